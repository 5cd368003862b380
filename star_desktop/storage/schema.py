"""Schema versions of team files: Alembic revisions shipped inside the package.

Opening a file that is already at the newest version must not pay for importing Alembic
(~0.2 s), so the revision of a file is read with plain SQL and the list of known revisions comes
from the revision files' names (each is named ``<revision>_<slug>.py``; a test checks that this
list equals Alembic's own). Alembic itself is imported only to create, stamp or upgrade.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import Connection, exc

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "star_desktop.storage:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def known_revisions() -> tuple[str, ...]:
    """Every revision this version knows, oldest first (revision ids sort in order)."""
    versions = files("star_desktop.storage.migrations").joinpath("versions")
    return tuple(sorted(
        p.name.split("_", 1)[0] for p in versions.iterdir()
        if p.name.endswith(".py") and p.name[:1].isdigit()
    ))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(connection: Connection) -> str | None:
    """The file's revision from its alembic_version table; None if it has none."""
    try:
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except exc.OperationalError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def stamp_head(connection: Connection) -> None:
    from alembic import command

    command.stamp(alembic_config(connection), "head")


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)
