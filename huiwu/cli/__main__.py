"""``python -m huiwu.cli …``: the headless commands without the GUI launcher (scripts, tests)."""

import sys

from huiwu.cli import run

sys.exit(run(sys.argv[1:]))
