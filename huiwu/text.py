"""Plain-text rules shared by every input: what a one-line field may hold."""

from __future__ import annotations

import unicodedata


def control_character_at(text: str) -> int | None:
    """1-based position of the first line break or other control character (Unicode category Cc), or None.

    Names, posts and calendar names print on one line (sign-in sheet, 席卡, the week); a line break in an
    Excel cell (Alt+Enter) or a NUL in a file is the input's fault and is refused with its position.
    """
    for n, char in enumerate(text, start=1):
        if unicodedata.category(char) == "Cc":
            return n
    return None
