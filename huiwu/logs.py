"""The app's log file: where details go that a clerk's message leaves out (the driver's words, tracebacks).

``data_dir()/logs/huiwu.log``, rotated at 1 MB with 5 kept, readable by this account only (it may name
people and meetings). Nothing is printed to the terminal by the log: commands print their own sentences.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from huiwu.files import PRIVATE_FILE, make_private
from huiwu.settings import data_dir

_handler: logging.Handler | None = None


def log_path() -> Path:
    return data_dir() / "logs" / "huiwu.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to the log file (once per process); returns the file's path."""
    global _handler
    path = log_path()
    root = logging.getLogger()
    if _handler is not None and getattr(_handler, "baseFilename", "") == str(path):
        return path
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        make_private(path.parent)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8", delay=True)
        if path.exists():
            path.chmod(PRIVATE_FILE)
    except OSError:  # a read-only or full data folder: no log rather than no app
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    logging.lastResort = None  # records below the handlers' levels are dropped, never printed
    logging.raiseExceptions = False  # a log that cannot be written (a full disk) prints no traceback either
    _handler = handler
    return path
