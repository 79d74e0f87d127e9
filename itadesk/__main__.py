import sys

from itadesk.cli import main

sys.exit(main())
