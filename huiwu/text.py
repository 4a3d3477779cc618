"""Plain-text rules shared by every input: what a one-line field may hold."""

from __future__ import annotations

import re
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


# A phone as offices write it: 0316-1234567, 13800001234, (0316)1234567, 0316-1234567转8001.
_PHONE = re.compile(r"^[+＋(（]?\d[\d\-－—()（）转]{4,}\d$")


def split_contact(text: str) -> tuple[str, str]:
    """"张三 0316-1234567" -> ("张三", "0316-1234567"): the last word is the phone when it looks like one.

    The office's default contact is one line (联系人及电话); a notice prints it as 联系人 and 联系电话, like a
    meeting's own contact.
    """
    words = text.split()
    if words and _PHONE.match(words[-1]):
        return " ".join(words[:-1]), words[-1]
    return text.strip(), ""
