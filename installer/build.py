"""Build the one-folder bundle for the platform this runs on (`make bundle` calls this).

    .venv/bin/python installer/build.py [--clean]

It installs nothing: `make bundle` has put PyInstaller into the venv (the `bundle` extra). The
translations are compiled first when star_desktop.i18n is there, so the bundle carries fresh
.qm files; then PyInstaller runs installer/star-desktop.spec into dist/ (work files in build/).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "star-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from star_desktop import __version__

    return __version__


def bundle_path() -> Path:
    """Where the spec puts the application on this platform."""
    if sys.platform == "darwin":
        return DIST / "STAR Desktop.app"
    return DIST / "star-desktop"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run(cmd: list[str]) -> None:
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Bygg programpaketet (PyInstaller) för den här "
                                            "plattformen.")
    p.add_argument("--clean", action="store_true", help="töm PyInstallers cache först")
    args = p.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller saknas: kör `make bundle` (installerar extrat bundle).",
              file=sys.stderr)
        return 2
    started = time.monotonic()
    if importlib.util.find_spec("star_desktop.i18n") is not None:
        run([sys.executable, "-m", "star_desktop.i18n", "compile"])
    else:
        print("star_desktop.i18n finns inte: översättningarna kompileras inte", flush=True)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST),
           "--workpath", str(WORK), "--log-level", "WARN"]
    if args.clean:
        cmd.append("--clean")
    run([*cmd, str(SPEC)])
    bundle = bundle_path()
    if not bundle.exists():
        print(f"Inget paket i {bundle}", file=sys.stderr)
        return 1
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    print(f"Paketet: {bundle} ({folder_size(bundle) / 1_048_576:.0f} MB, "
          f"byggt på {minutes} min {seconds} s)")
    if sys.platform == "win32":
        print("Installationsprogrammet (Inno Setup): "
              rf"iscc /DAppVersion={_version()} installer\star-desktop.iss")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
