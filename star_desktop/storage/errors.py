"""Why a team file could not be opened, each in words a coordinator understands.

Every error carries a Swedish message for the GUI and an exit code for the command line; none
of the paths that raise them writes to the file.
"""

from __future__ import annotations

from pathlib import Path


class TeamFileError(Exception):
    """Base class: a team file could not be created, opened or checked."""

    exit_code = 2

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message


class FileMissingError(TeamFileError):
    exit_code = 3


class NotATeamFileError(TeamFileError):
    exit_code = 4


class WrongPassphraseError(TeamFileError):
    exit_code = 5


class DamagedFileError(TeamFileError):
    exit_code = 6


class TooNewError(TeamFileError):
    exit_code = 7


class PassphraseCancelled(TeamFileError):
    """The coordinator chose not to give a passphrase."""

    exit_code = 8


class FileExistsTeamError(TeamFileError):
    exit_code = 9
