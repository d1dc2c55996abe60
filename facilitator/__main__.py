"""`python -m facilitator` runs the same entry point as the `facilitator` command."""

import sys

from .cli import main

sys.exit(main())
