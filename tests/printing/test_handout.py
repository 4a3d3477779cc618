"""明白纸: exactly one page per copy, shrinking to fit, or a message that says what to shorten."""

from __future__ import annotations

import pytest
from conftest import make_handout, pdf_pages_text, squash

from huiwu.printing.data import AttachedTable, Milestone
from huiwu.printing.errors import HandoutDoesNotFit, PrintError
from huiwu.printing.handout import BODY_SIZES, handout_fit, render_handout


def test_normal_handout_is_one_page_at_full_size() -> None:
    fit = handout_fit(make_handout())
    assert fit.fits and not fit.shrunk and fit.body_size == BODY_SIZES[0]
    pages = pdf_pages_text(render_handout(make_handout()))
    assert len(pages) == 1
    text = squash(pages[0])
    for heading in ("一、干什么事", "二、什么标准", "三、时限节点", "四、奖惩机制", "五、联系人"):
        assert heading in text
    assert "附表1：森林火灾隐患排查情况统计表" in text and "3月10日前" in text


def test_longer_handout_shrinks_but_stays_on_one_page() -> None:
    doc = make_handout(tasks=tuple(f"第{i}项任务：" + "按要求认真组织实施，确保各项措施落实到位。" * 3 for i in range(14)))
    fit = handout_fit(doc)
    assert fit.fits and fit.shrunk and fit.body_size >= 9
    assert len(pdf_pages_text(render_handout(doc))) == 1


def test_too_long_raises_with_what_to_shorten() -> None:
    doc = make_handout(standards=("各项工作标准要求具体明确、可量化、可考核。" * 40,) * 6,
                       milestones=tuple(Milestone(f"{i}月", "节点", "单位") for i in range(1, 13)))
    fit = handout_fit(doc)
    assert not fit.fits and fit.body_size == BODY_SIZES[-1] and fit.overflow_mm > 0
    with pytest.raises(HandoutDoesNotFit) as info:
        render_handout(doc)
    assert isinstance(info.value, PrintError)
    message = str(info.value)
    assert "超出一页" in message and "毫米" in message and "什么标准" in message
    assert info.value.longest[0][0] == "什么标准"


def test_confidential_copies_are_numbered_one_page_each() -> None:
    """GB/T 9704 §7.2: the 份号 (six digits) on the first line, "秘密★1年" on the second, then the title."""
    doc = make_handout(confidentiality="秘密", secrecy_mark="秘密★1年", copies=3)
    pages = [squash(p) for p in pdf_pages_text(render_handout(doc))]
    assert len(pages) == 3
    for n, page in enumerate(pages, start=1):
        assert page.index(f"{n:06d}") < page.index("秘密★1年") < page.index(squash(doc.title))
        assert "涉密" not in page  # not a 密级


def test_single_internal_copy_is_still_numbered() -> None:
    pages = [squash(p) for p in pdf_pages_text(render_handout(make_handout(confidentiality="内部")))]
    assert len(pages) == 1 and "000001" in pages[0] and "★" not in pages[0]


def test_public_single_copy_is_not_numbered() -> None:
    pages = [squash(p) for p in pdf_pages_text(render_handout(make_handout()))]
    assert "份" not in pages[0]


def test_attached_table_with_given_rows() -> None:
    table = AttachedTable("人员名单", ("姓名", "单位", "电话"), rows=(("张三", "县林业局", "123"),), blank_rows=2)
    text = squash(pdf_pages_text(render_handout(make_handout(tables=(table,))))[0])
    assert "附表1：人员名单" in text and "张三县林业局123" in text
