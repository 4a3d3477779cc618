"""密级 and 保密期限: which meetings are state secrets, how their mark is written, how long it lasts.

DOMAIN.md, "Marks on confidential documents" (GB/T 9704-2012 §7.2): the levels are 绝密 / 机密 / 秘密 only;
the mark is the level, then "★" and the 保密期限 in Arabic digits ("秘密★1年", "机密★6个月"), or the level
alone ("绝密"). The office's own 内部 is not a state secret and is never marked as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from huiwu.errors import ValidationError
from huiwu.models import CONFIDENTIALITY_LABELS, Confidentiality

STATE_SECRET_LEVELS = (Confidentiality.MIMI, Confidentiality.JIMI, Confidentiality.JUEMI)  # lowest first
LONG_TERM = "长期"
MAX_TERM_CHARS = 10
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_TERM = re.compile(r"^(?:(?P<y>\d{1,2})年)?(?:(?P<m>\d{1,3})个?月)?$")


def is_state_secret(confidentiality: str) -> bool:
    """秘密, 机密 or 绝密: a 国家秘密. Everything that asks "is this 涉密" (redaction of the week, the ICS
    export, the printed mark) asks this; 公开 and 内部 are not."""
    return confidentiality in STATE_SECRET_LEVELS


def level_label(confidentiality: str) -> str:
    """"秘密" / "机密" / "绝密" / "内部" / "公开" from the one label table; unknown values read as 公开."""
    try:
        return CONFIDENTIALITY_LABELS[Confidentiality(confidentiality)]
    except ValueError:
        return CONFIDENTIALITY_LABELS[Confidentiality.PUBLIC]


def normalise_term(term: str) -> str:
    """A 保密期限 as the mark prints it: "1年", "6个月", "1年6个月", "长期" or "" (none given).

    Full-width digits and "6月" are accepted and written the standard way; anything else is refused with a
    sentence, so a typo never reaches a 涉密 document's first line."""
    text = "".join(term.split()).translate(_FULLWIDTH_DIGITS)
    if text in ("", LONG_TERM):
        return text
    match = _TERM.match(text)
    if len(text) > MAX_TERM_CHARS or match is None or not (match["y"] or match["m"]):
        raise ValidationError(f"保密期限“{term.strip()}”看不懂，请写成“1年”“6个月”“1年6个月”或“长期”。")
    years, months = int(match["y"] or 0), int(match["m"] or 0)
    if years == 0 and months == 0:
        raise ValidationError("保密期限不能为 0。")
    return (f"{years}年" if years else "") + (f"{months}个月" if months else "")


#: 《保守国家秘密法》: 绝密 at most 30 years, 机密 20, 秘密 10, "除另有规定外" — a longer term is written 长期.
TERM_LIMIT_YEARS: dict[str, int] = {Confidentiality.MIMI: 10, Confidentiality.JIMI: 20, Confidentiality.JUEMI: 30}


def secrecy_term_for(confidentiality: str, term: str) -> str:
    """What is stored: the normalised 保密期限 of a 密级, within the law's limit for its level; a meeting that is
    not a state secret has none."""
    if not is_state_secret(confidentiality):
        return ""
    text = normalise_term(term)
    limit = TERM_LIMIT_YEARS[Confidentiality(confidentiality)]
    if text and text != LONG_TERM and _term_months(text) > limit * 12:
        raise ValidationError(
            f"{level_label(confidentiality)}级事项的保密期限一般不超过 {limit} 年（《保守国家秘密法》），"
            f"“{text}”超过了；另有规定的，请写“长期”或按规定的期限填写。")
    return text


def secrecy_mark(confidentiality: str, term: str = "") -> str:
    """The first-page mark of a 涉密 document ("秘密★1年", "绝密"), or "" for 公开 and 内部."""
    if not is_state_secret(confidentiality):
        return ""
    label = level_label(confidentiality)
    return f"{label}★{term}" if term else label


def _term_months(term: str) -> float:
    if term == LONG_TERM:
        return float("inf")
    match = _TERM.match(term)
    if match is None:
        return 0.0
    return int(match["y"] or 0) * 12 + int(match["m"] or 0)


def highest_secrecy(marks: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """The (level, term) a document covering several meetings carries (the printed week): the highest 密级
    among them, and the longest 保密期限 at that level. ("public", "") when none is a state secret."""
    secret = [(STATE_SECRET_LEVELS.index(Confidentiality(c)), _term_months(t), c, t)
              for c, t in marks if is_state_secret(c)]
    if not secret:
        return Confidentiality.PUBLIC.value, ""
    _rank, _months, level, term = max(secret, key=lambda x: (x[0], x[1]))
    return str(level), term


def document_level(own: str, own_term: str, meeting: str, meeting_term: str) -> tuple[str, str]:
    """The 密级 of a document that has its own and may belong to a meeting (a 明白纸): the higher state
    secret of the two, with its 保密期限 (a 涉密 meeting's handed-out materials carry its mark, DOMAIN.md);
    else 内部 when either is 内部; else 公开."""
    level, term = highest_secrecy([(own, own_term), (meeting, meeting_term)])
    if is_state_secret(level):
        return level, term
    if Confidentiality.INTERNAL.value in (own, meeting):
        return Confidentiality.INTERNAL.value, ""
    return Confidentiality.PUBLIC.value, ""


def numbered(copies: int, confidentiality: str) -> bool:
    """Whether copies carry a 份号: when there are several, and always for a 涉密 or 内部 document, one copy
    included (GB/T 9704 §7.2.1: 涉密公文应当标注份号; the office registers its 内部 papers the same way).
    ``confidentiality`` is the stored value or its label."""
    return copies > 1 or confidentiality not in ("", Confidentiality.PUBLIC.value, "公开")
