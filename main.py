"""Start Gala Manager from a source checkout: `python main.py [FILE.gala]`."""

import sys

from gala_manager.launcher import main

if __name__ == "__main__":
    sys.exit(main())
