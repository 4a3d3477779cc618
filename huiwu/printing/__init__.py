"""PDF documents of a meeting: pure functions from plain data (``huiwu.printing.data``) to PDF bytes.

No Qt and no database here: the services load what a document needs and call one ``render_*`` function;
the GUI previews and prints the bytes.
"""

from huiwu.printing.errors import FontNotFoundError, HandoutDoesNotFit, PrintError
from huiwu.printing.fonts import ROLE_LABELS, ResolvedFont, clear_font_cache, resolve_fonts

__all__ = [
    "ROLE_LABELS",
    "FontNotFoundError",
    "HandoutDoesNotFit",
    "PrintError",
    "ResolvedFont",
    "clear_font_cache",
    "resolve_fonts",
]
