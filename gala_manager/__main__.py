"""Entry point for `python -m gala_manager`."""

import sys

from gala_manager.launcher import main

sys.exit(main())
