"""One search rule for every list: as written, by pinyin initials or by full pinyin."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu.pinyin import person_matches, text_matches, text_pinyin

TITLE = "全县防汛抗旱工作调度会"


def test_a_title_is_found_by_its_words_its_initials_and_its_pinyin() -> None:
    for query in ("防汛", "fx", "FX", "fangxun", "qxfx", "diaodu hui", " 防汛 抗旱 "):
        assert text_matches(query, TITLE), query
    for query in ("常务", "cw", "x防", "f2"):
        assert not text_matches(query, TITLE), query


def test_any_of_several_fields_may_match() -> None:
    assert text_matches("cz", "研究预算调整方案", "县财政局")
    assert text_matches("", "anything")


def test_people_by_name_initials_and_surname_readings() -> None:
    assert person_matches("zs", "张三") and person_matches("zhangsan", "张三")
    assert person_matches("shan", "单雄信")  # the surname reading, not dān
    assert not person_matches("ls", "张三")


HAN = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=12)


@given(HAN, st.data())
@settings(max_examples=80, deadline=None)
def test_every_run_of_initials_and_of_the_title_finds_it(title: str, data: st.DataObject) -> None:
    spelled = text_pinyin(title)
    start = data.draw(st.integers(0, len(title) - 1))
    end = data.draw(st.integers(start + 1, len(title)))
    assert text_matches(title[start:end], title)
    if spelled.initials:
        i = data.draw(st.integers(0, len(spelled.initials) - 1))
        assert text_matches(spelled.initials[i:], title)
