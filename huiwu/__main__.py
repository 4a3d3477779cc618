"""``python -m huiwu COMMAND``: the headless commands only (the ``huiwu`` script also opens the GUI)."""

from __future__ import annotations

import sys

from huiwu.cli import run


def main() -> int:
    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
