"""Extra boxes of the settings page, one module each with ``create_box(ctx) -> QWidget`` (fonts, CalDAV …).

Kept apart so each capability owns its own file; the settings page shows them in module-name order.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any


def box_modules() -> list[Any]:
    return [importlib.import_module(f"{__name__}.{m.name}") for m in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)]
