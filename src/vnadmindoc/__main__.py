"""``python -m vnadmindoc`` runs the command line."""

import sys

from vnadmindoc.cli import main

sys.exit(main())
