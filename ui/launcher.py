"""The ``huiwu`` command: with no arguments (or only GUI options) it opens the window; with a subcommand it works headless."""

from __future__ import annotations

import sys

GUI_OPTIONS = {"--selftest", "--db", "--lang", "--no-demo", "--quit-when-shown", "--quit-when-ready"}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from ui.app import run_gui  # Qt is only imported when a window is wanted

        return run_gui(argv)
    from huiwu.cli import run

    return run(argv)


def _wants_gui(argv: list[str]) -> bool:
    words = [a for a in argv if not a.startswith("-")]
    options = {a.split("=", 1)[0] for a in argv if a.startswith("-")}
    if "-h" in options or "--help" in options:
        return False
    # "--db URL" takes a value: the only positional word may be that value
    if "--db" in argv:
        i = argv.index("--db")
        words = [w for j, w in enumerate(argv) if not w.startswith("-") and j != i + 1]
    return not words and options <= GUI_OPTIONS


if __name__ == "__main__":
    sys.exit(main())
