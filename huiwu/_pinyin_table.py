"""pypinyin's readings in a compact table, kept in the user's cache folder.

pypinyin loads both of its dictionaries at import — 42,000 characters and 47,000 phrases with their tone-marked
readings as JSON lists of lists — which costs about 55 MiB of the window's memory for what the search boxes
need: each character's everyday reading without tones, and the phrases whose reading differs from their
characters' (银行 yín háng, 重庆 chóng qìng). The first use builds that table from pypinyin itself and writes
it to the cache folder (:mod:`marshal`, plain data; keyed by pypinyin's version and a format number); every
later process loads it in a few milliseconds and never imports pypinyin.

:func:`lazy_normal` then reads a text exactly as ``pypinyin.lazy_pinyin(text, style=Style.NORMAL)`` does:
runs of characters with and without a reading are split first; a run of characters is cut by forward maximum
matching over pypinyin's phrases (its ``mmseg`` in strict mode: a cut is always a phrase or one character);
a phrase reads as the dictionary says, any other character by its first reading. A test compares the two on
generated text, so a pypinyin upgrade that changes the rules fails there, not in a clerk's search.
"""

from __future__ import annotations

import logging
import marshal
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

log = logging.getLogger(__name__)

FORMAT = 2


@dataclass(frozen=True)
class Table:
    chars: dict[str, str]  # a character → its first reading, toneless ("行" → "xing")
    special: dict[str, tuple[str, ...]]  # a phrase → its readings, where they are not its characters'
    prefixes: dict[str, bool]  # every prefix of every phrase (how far a match may grow): is it a phrase itself
    han: re.Pattern[str]  # one character that has a reading (pypinyin's RE_HANS)
    longest: int


def _pypinyin_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pypinyin")
    except PackageNotFoundError:  # a frozen bundle without its metadata: its modules say it
        import pypinyin

        return str(getattr(pypinyin, "__version__", "0"))


def cache_file() -> Path:
    from huiwu.paths import cache_dir

    return cache_dir() / "pinyin" / f"pypinyin-{_pypinyin_version()}-{FORMAT}.table"


def build() -> tuple[object, ...]:
    """The table's plain data, from pypinyin (imported here, once per cache file)."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.style import convert

    def normal(reading: str) -> str:  # one object per reading, so the cache file and the table share them
        return sys.intern(str(convert(reading, Style.NORMAL, True, default=reading)))

    chars = {chr(code): normal(value.split(",")[0]) for code, value in PINYIN_DICT.items()}
    special: dict[str, tuple[str, ...]] = {}
    for word, readings in PHRASES_DICT.items():
        read = tuple(normal(r[0]) for r in readings)
        if read != tuple(chars.get(ch, ch) for ch in word):
            special[word] = read
    prefixes = {w[: i + 1]: False for w in PHRASES_DICT for i in range(len(w) - 1)}
    prefixes.update(dict.fromkeys(PHRASES_DICT, True))
    pattern = RE_HANS.pattern
    body = pattern[pattern.index("[") : pattern.rindex("]") + 1]  # the character class of '^(?:[…])+$'
    return FORMAT, chars, special, prefixes, body


def _load(path: Path) -> tuple[object, ...] | None:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.info("pinyin cache %s unreadable (%s); rebuilding it", path, exc)
        return None
    if not (isinstance(data, tuple) and len(data) == 5 and data[0] == FORMAT):
        return None
    return data


@lru_cache(maxsize=1)
def table() -> Table:
    """The table, from the cache file when there is a good one, else built and written for next time."""
    path = cache_file()
    data = _load(path)
    if data is None:
        data = build()
        try:
            from huiwu.files import write_bytes_atomic

            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, marshal.dumps(data))  # type: ignore[arg-type]
        except OSError as exc:  # a read-only profile: the table still works, it is only not kept
            log.info("pinyin cache %s not written: %s", path, exc)
    _format, chars, special, prefixes, body = data
    known = cast("dict[str, bool]", prefixes)
    return Table(chars=cast("dict[str, str]", chars),
                 special=cast("dict[str, tuple[str, ...]]", special),
                 prefixes=known, han=re.compile(str(body)), longest=max((len(w) for w in known), default=1))


def _runs(text: str, han: re.Pattern[str]) -> Iterator[tuple[str, bool]]:
    """``text`` in runs of characters that have a reading and runs that have none (pypinyin's simple_seg)."""
    start = 0
    for k in range(1, len(text) + 1):
        if k == len(text) or bool(han.fullmatch(text[k])) != bool(han.fullmatch(text[start])):
            yield text[start:k], bool(han.fullmatch(text[start]))
            start = k


def _cut(run: str, t: Table) -> Iterator[str]:
    """Forward maximum matching in strict mode, step for step as pypinyin's ``mmseg.Seg.cut``: the longest
    phrase starting here, else one character; a tail that is only the start of a phrase goes character by
    character."""
    remain = run
    while remain:
        last = 0
        for end in range(1, len(remain) + 1):
            whole = t.prefixes.get(remain[:end])
            if whole is not None:
                if whole:
                    last = end
                continue
            cut = last or 1
            yield remain[:cut]
            remain = remain[cut:]
            break
        else:
            if last:
                yield remain[:last]
                remain = remain[last:]
                continue
            yield from remain  # only the start of a phrase, never a whole one: character by character
            return


def lazy_normal(text: str) -> list[tuple[str, bool]]:
    """Each reading of ``text`` with whether it is one (False: a run of characters without a reading, kept as
    written), as ``lazy_pinyin(text, style=Style.NORMAL, errors="default")`` returns them."""
    t = table()
    out: list[tuple[str, bool]] = []
    for run, has_reading in _runs(text, t.han):
        if not has_reading:
            out.append((run, False))
            continue
        for piece in _cut(run, t):
            readings = t.special.get(piece)
            if readings is not None:
                out.extend((r, True) for r in readings)
                continue
            for ch in piece:
                reading = t.chars.get(ch)
                out.append((reading, True) if reading is not None else (ch, False))
    return out
