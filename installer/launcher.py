"""The bundle's entry point: the same `star-desktop` command as the installed package."""

import sys

from star_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
