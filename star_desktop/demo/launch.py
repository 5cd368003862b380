"""`star-desktop --demo`: a freshly generated demo team, opened without prompts."""

from __future__ import annotations

from pathlib import Path

from .. import preferences
from ..storage.teamfile import TeamFile, open_team_file


def demo_path() -> Path:
    return preferences.data_dir() / "demo" / "Demoteam STAR.star"


def open_fresh_demo(actor: str, *, cases: int | None = None, seed: int = 1) -> TeamFile:
    """Generate the demo team anew (its data are made up) and open it with its known passphrase."""
    from .generator import DEFAULT_CASES, DEMO_PASSPHRASE, generate_demo

    path = demo_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    generate_demo(path, cases=DEFAULT_CASES if cases is None else cases, seed=seed)
    return open_team_file(path, actor=actor, ask_passphrase=lambda _reason: DEMO_PASSPHRASE
                          if _reason is None else None)
