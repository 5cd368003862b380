"""Preferences of this computer's user, kept outside team files (JSON in the config folder).

Only what is not personal about participants lives here: recently opened team files (each as
its path and its team's name, which is all the start page shows), the coordinator's display name
for the audit log, the language. Nothing read from inside a team file but the team's name is ever
written here. The folder can be moved with STAR_DESKTOP_CONFIG_DIR (tests and portable installs).
"""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from . import APP_NAME

MAX_RECENT = 8
#: The values of Preferences.language: Swedish (the default), English, or the computer's language
#: (Swedish when that is Swedish, otherwise English; see star_desktop.i18n.resolve_language).
LANGUAGES = ("sv", "en", "system")


def config_dir() -> Path:
    override = os.environ.get("STAR_DESKTOP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    """Where the app keeps files of its own, such as the generated demo team."""
    override = os.environ.get("STAR_DESKTOP_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


@dataclass
class Preferences:
    recent_files: list[str] = field(default_factory=list)
    #: The team name of each recent file (by path), shown instead of the file's name.
    recent_teams: dict[str, str] = field(default_factory=dict)
    coordinator_name: str = ""
    language: str = "sv"
    last_folder: str = ""

    @property
    def actor(self) -> str:
        """Who the audit log names: the coordinator's name, else the computer's user name."""
        if self.coordinator_name.strip():
            return self.coordinator_name.strip()
        try:
            return getpass.getuser()
        except Exception:
            return "okänd"

    def add_recent(self, path: Path | str, team: str = "") -> None:
        p = str(Path(path).resolve())
        self.recent_files = [p] + [r for r in self.recent_files if r != p]
        del self.recent_files[MAX_RECENT:]
        if team.strip():
            self.recent_teams[p] = team.strip()
        self._prune_teams()

    def remove_recent(self, path: Path | str) -> None:
        p = str(Path(path).resolve())
        self.recent_files = [r for r in self.recent_files if r != p]
        self._prune_teams()

    def recent_team(self, path: str) -> str:
        """The name the recent list shows: the team's, else the file's name without suffix."""
        return self.recent_teams.get(path) or Path(path).stem

    def _prune_teams(self) -> None:
        self.recent_teams = {p: t for p, t in self.recent_teams.items() if p in self.recent_files}


def _file() -> Path:
    return config_dir() / "preferences.json"


def load() -> Preferences:
    try:
        raw = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    known = {k: v for k, v in raw.items() if k in Preferences.__dataclass_fields__}
    prefs = Preferences(**known)
    prefs.recent_files = [r for r in prefs.recent_files if isinstance(r, str)][:MAX_RECENT]
    if prefs.language not in LANGUAGES:
        prefs.language = "sv"
    if not isinstance(prefs.recent_teams, dict):
        prefs.recent_teams = {}
    prefs.recent_teams = {p: t for p, t in prefs.recent_teams.items()
                          if isinstance(t, str) and p in prefs.recent_files}
    return prefs


def save(prefs: Preferences) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one."""
    target = _file()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".preferences.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(prefs), fh, ensure_ascii=False, indent=2)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
