"""Icons, translations and print templates, found through importlib.resources."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def resource_path(relative: str) -> Path:
    """A file under resources/ as a real path (works installed, editable and frozen)."""
    ref = files(__name__).joinpath(relative)
    with as_file(ref) as p:
        return Path(p)
