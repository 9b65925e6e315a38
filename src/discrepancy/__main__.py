"""``python -m discrepancy`` runs the command line."""

import sys

from discrepancy.cli import main

sys.exit(main())
