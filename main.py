"""Start Upstream from a source checkout: `python main.py` (the same as `python -m facilitator`)."""

import sys

from facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
