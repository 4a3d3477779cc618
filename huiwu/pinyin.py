"""Pinyin for people's names, so "zs" and "zhangsan" find 张三.

pypinyin reads characters by their common reading; as a surname many read differently (单 shàn, 曾 zēng,
解 xiè …). The first character(s) of a name are therefore looked up in a surname table first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Compound surnames first (longest match wins), then single characters whose surname reading differs
# from (or is a rarer reading of) their everyday one.
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "令狐": ("ling", "hu"),
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"),
    "单于": ("chan", "yu"),
    "澹台": ("tan", "tai"),
    "皇甫": ("huang", "fu"),
    "东方": ("dong", "fang"),
    "慕容": ("mu", "rong"),
    "公孙": ("gong", "sun"),
    "夏侯": ("xia", "hou"),
}

SURNAME_READINGS: dict[str, str] = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "区": "ou",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "覃": "qin",
    "尉": "yu",
    "翟": "zhai",
    "秘": "bi",
    "种": "chong",
    "任": "ren",
    "纪": "ji",
    "华": "hua",
    "燕": "yan",
    "宁": "ning",
    "柏": "bai",
    "员": "yun",
    "召": "shao",
    "沈": "shen",
    "折": "she",
    "阚": "kan",
    "繁": "po",
    "句": "gou",
    "那": "na",
    "牟": "mou",
    "蕃": "pi",
    "隗": "wei",
    "相": "xiang",
    "薄": "bo",
    "贲": "ben",
    "朝": "chao",
    "重": "chong",
    "都": "du",
    "过": "guo",
    "黑": "he",
    "藏": "zang",
    "臧": "zang",
    "郇": "huan",
    "冼": "xian",
    "粘": "nian",
    "车": "che",
    "石": "shi",
    "长": "chang",
    "参": "can",
    "应": "ying",
    "大": "da",
    "洗": "xian",
    "褚": "chu",
    "能": "nai",
    "逄": "pang",
    "庞": "pang",
    "汤": "tang",
    "谌": "chen",
    "殷": "yin",
    "占": "zhan",
    "强": "qiang",
    "万": "wan",
}


@dataclass(frozen=True)
class NamePinyin:
    initials: str  # "zs"
    full: str  # "zhangsan"
    syllables: tuple[str, ...]  # ("zhang", "san")


@lru_cache(maxsize=8192)
def name_pinyin(name: str) -> NamePinyin:
    name = name.strip()
    surname: tuple[str, ...] = ()
    rest = name
    for compound, reading in COMPOUND_SURNAMES.items():
        if name.startswith(compound):
            surname, rest = reading, name[len(compound) :]
            break
    else:
        if name and name[0] in SURNAME_READINGS:
            surname, rest = (SURNAME_READINGS[name[0]],), name[1:]
    from huiwu._pinyin_table import lazy_normal  # pypinyin's readings, compact (its dictionaries: ~55 MiB)

    given = tuple(s.lower() for s, _ in lazy_normal(rest) if s.strip())
    syllables = tuple(surname) + given
    return NamePinyin(
        initials="".join(s[0] for s in syllables if s),
        full="".join(syllables),
        syllables=syllables,
    )


def normalise_query(query: str) -> str:
    return "".join(query.lower().split())


def match_rank(query: str, name: str, initials: str, full: str) -> int | None:
    """How well ``query`` matches a person (lower is better), or None when it does not.

    Exact name 0, exact initials 1, name prefix 2, initials prefix 3, full pinyin prefix 4,
    name substring 5, full pinyin substring 6 — the order a clerk expects in a candidate list.
    """
    q = normalise_query(query)
    if not q:
        return None
    if q == name:
        return 0
    if q == initials:
        return 1
    if name.startswith(q):
        return 2
    if initials.startswith(q):
        return 3
    if full.startswith(q):
        return 4
    if q in name:
        return 5
    if len(q) >= 2 and q in full:
        return 6
    return None


@lru_cache(maxsize=16384)
def text_pinyin(text: str) -> NamePinyin:
    """Pinyin of any text (a meeting's title, a decision): every character by its everyday reading.

    Characters without a reading (digits, Latin, punctuation) are left out of the initials and the syllables.
    """
    from huiwu._pinyin_table import lazy_normal

    syllables = tuple(s.lower() for s, reading in lazy_normal(text) if reading and s.isascii() and s.isalpha())
    return NamePinyin(initials="".join(s[0] for s in syllables), full="".join(syllables), syllables=syllables)


def text_matches(query: str, *texts: str) -> bool:
    """Whether a search box's ``query`` finds any of ``texts``: as written, or by pinyin.

    The one rule every list's search follows for titles, units and decisions: "防汛" and "fx" and
    "fangxun" all find 全县防汛抗旱工作调度会 (people's names rank with :func:`match_rank` instead).
    """
    q = normalise_query(query)
    if not q:
        return True
    if any(q in "".join(t.lower().split()) for t in texts):
        return True
    if not (q.isascii() and q.isalpha()):
        return False
    for text in texts:
        spelled = text_pinyin(text)
        if q in spelled.initials or (len(q) >= 2 and q in spelled.full):
            return True
    return False


def person_matches(query: str, name: str) -> bool:
    """Whether ``query`` finds the person called ``name`` (by name, initials or full pinyin)."""
    spelled = name_pinyin(name)
    return match_rank(query, name, spelled.initials, spelled.full) is not None
