"""Entry point of the frozen program (build_installer.spec): the same as the `itadesk` command."""

import sys

from itadesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
