"""Entry point for `python -m gala_manager`."""

import sys

from gala_manager.cli import main

sys.exit(main())
