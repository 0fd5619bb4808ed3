"""`python -m desktop` is the `cabang` command."""

import sys

from desktop.cli import main

sys.exit(main())
