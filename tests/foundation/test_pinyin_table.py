"""The compact pinyin table reads every text as pypinyin itself does (``lazy_pinyin``, toneless), on generated
text made of pypinyin's own phrases, characters with and without a reading, Latin, digits and punctuation; its
cache file is written once, reused, and rebuilt when it is damaged."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

from huiwu import _pinyin_table as table_mod

PHRASES = sorted(PHRASES_DICT)
CHARS = sorted(chr(c) for c in PINYIN_DICT)
SPECIAL = sorted(table_mod.table().special)

pieces = st.one_of(
    st.sampled_from(PHRASES), st.sampled_from(SPECIAL), st.sampled_from(CHARS),
    st.sampled_from(["重庆", "银行", "单位", "行长", "长江", "调度会", "防汛抗旱", "会议纪要"]),
    st.text(alphabet="AbZ09 ,.，。、（）-〇㐀\U00020000\u2e80", min_size=1, max_size=3),
)
texts = st.lists(pieces, min_size=1, max_size=8).map("".join)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_reads_as_pypinyin_does(text: str) -> None:
    ours = table_mod.lazy_normal(text)
    assert [r for r, _ in ours] == lazy_pinyin(text, style=Style.NORMAL, errors="default")
    assert [r for r, has in ours if has] == lazy_pinyin(text, style=Style.NORMAL, errors="ignore")


def test_every_phrase_whose_reading_is_not_its_characters_reads_as_the_dictionary() -> None:
    t = table_mod.table()
    for word in SPECIAL[::7]:
        assert [r for r, _ in table_mod.lazy_normal(word)] == lazy_pinyin(word, style=Style.NORMAL)
    assert t.special["银行"] == ("yin", "hang") and t.chars["行"] == "xing"


def test_the_cache_file_is_written_reused_and_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUIWU_CACHE_DIR", str(tmp_path))
    table_mod.table.cache_clear()
    try:
        first = table_mod.table()
        path = table_mod.cache_file()
        assert path.exists() and path.is_relative_to(tmp_path)
        built = []
        monkeypatch.setattr(table_mod, "build", lambda: built.append(1) or (_ for _ in ()).throw(AssertionError))
        table_mod.table.cache_clear()
        assert table_mod.table().chars == first.chars and not built  # from the file, pypinyin not needed
        path.write_bytes(b"\x00garbage")
        monkeypatch.undo()
        monkeypatch.setenv("HUIWU_CACHE_DIR", str(tmp_path))
        table_mod.table.cache_clear()
        assert table_mod.table().special == first.special  # rebuilt, and written again
        assert table_mod._load(path) is not None
    finally:
        table_mod.table.cache_clear()
