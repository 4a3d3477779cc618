"""One 会议通知: the tab's text, the printed notice and ``huiwu notice`` are the same text, before and after edits."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from huiwu.db import Database
from huiwu.services import notice, printing
from huiwu.services.notice import parse_notice
from tests.meetings.test_services import at, new, seed

PAGE_NUMBER = re.compile(r"—\d+—")


def _squash(text: str) -> str:
    return "".join(text.split())


def _printed(database: Database, meeting_id: int) -> str:
    """The notice pages' text layer, without page numbers and the attached 回执 page."""
    with database.uow() as uow:
        pdf = printing.document_pdf(uow, "notice", meeting_id)
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    assert "回执" in pages[-1]
    return PAGE_NUMBER.sub("", _squash("".join(pages[:-1])))


def _shown(database: Database, meeting_id: int) -> str:
    with database.uow() as uow:
        return notice.notice_text(uow, meeting_id)


def test_generated_notice_prints_what_the_tab_shows(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1, 9, 30), people=("李四", "钱七"))
    text = _shown(database, r.meeting_id)
    assert _printed(database, r.meeting_id) == _squash(text)
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[0] == "关于召开财政预算专题会议的通知" and lines[1].endswith("：")
    assert "一、会议时间" in lines and "联系人：孙八　联系电话：1234" in lines
    assert lines[-2:] == ["××县人民政府办公室", "2026年11月23日"]  # 落款 and the pinned "today"


EDITED = """关于召开财政预算专题会议的通知
县政府领导、县财政局：

经研究，定于12月1日上午召开财政预算专题会议。现将有关事项通知如下：

一、会议时间
12月1日（星期二）上午9时30分，会期半天。
二、会议议题
（一）研究预算调整方案。
（二）听取审计整改情况汇报。

请各单位提前 30 分钟到会。
联系人：孙八　联系电话：1234

××县人民政府办公室
2026年11月20日
（此件不公开）
附件：回执
"""


def test_edited_text_prints_line_for_line_and_signs_once(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1, 9, 30))
        notice.save_notice_text(uow, r.meeting_id, EDITED, r.version)
    assert _shown(database, r.meeting_id).strip() == EDITED.strip()
    printed = _printed(database, r.meeting_id)
    assert printed == _squash(EDITED)  # every line, in order, nothing twice, nothing added
    assert printed.count("××县人民政府办公室") == 1 and printed.count("2026年11月20日") == 1
    with database.uow() as uow:
        n = notice.build_notice(uow, r.meeting_id)
        doc = printing.notice_doc(uow, printing.load_meeting(uow, r.meeting_id))
    assert n.signature == "××县人民政府办公室" and n.date_text == "2026年11月20日"
    assert n.postscript == ("（此件不公开）", "附件：回执")
    assert doc.paragraphs[:3] == ("经研究，定于12月1日上午召开财政预算专题会议。现将有关事项通知如下：", "一、会议时间",
                                  "12月1日（星期二）上午9时30分，会期半天。")  # a heading is its own paragraph
    assert "（一）研究预算调整方案。" in doc.paragraphs and "（二）听取审计整改情况汇报。" in doc.paragraphs


def test_text_without_a_sign_off_prints_none_and_says_so(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1, 9, 30))
        notice.save_notice_text(uow, r.meeting_id, "关于开会的通知\n\n定于12月1日开会。\n请准时参加。", r.version)
        n = notice.build_notice(uow, r.meeting_id)
    assert (n.signature, n.date_text) == ("", "")
    assert notice.notice_warnings(n) and _printed(database, r.meeting_id) == _squash("关于开会的通知定于12月1日开会。请准时参加。")


def test_cli_notice_show_set_and_reset(sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import run_cli as run

    with sqlite_db.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1, 9, 30))
    url = str(sqlite_db.sqlite_path())
    assert run(["--db", url, "notice", str(r.meeting_id)]) == 0
    shown = capsys.readouterr().out
    assert shown.strip() == _shown(sqlite_db, r.meeting_id).strip()
    assert not any(word in shown for word in ("编号", "状态", "草稿"))  # only the notice itself
    edited = tmp_path / "notice.txt"
    edited.write_text(EDITED, encoding="utf-8")
    assert run(["--db", url, "notice", str(r.meeting_id), "--set", str(edited)]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == EDITED.strip() and "已保存" in out.err
    assert _printed(sqlite_db, r.meeting_id) == _squash(EDITED)
    gb = tmp_path / "gb.txt"
    gb.write_bytes("关于开会的通知\n\n定于明日开会。\n".encode("gb18030"))
    assert run(["--db", url, "notice", str(r.meeting_id), "--set", str(gb)]) == 0
    assert "定于明日开会。" in capsys.readouterr().out
    assert run(["--db", url, "notice", str(r.meeting_id), "--reset"]) == 0
    assert "一、会议时间" in capsys.readouterr().out
    assert run(["--db", url, "notice", str(r.meeting_id), "--set", str(tmp_path / "missing.txt")]) == 2
    assert "无法读取文件" in capsys.readouterr().err


# ---------------------------------------------------------------- the parser never drops or doubles a line

_LINE = st.one_of(
    st.text(alphabet="会议通知定于召开请准时参加各单位一二三、（）。：，0123456789年月日 ", min_size=0, max_size=24),
    st.sampled_from(["××县人民政府办公室", "2026年11月23日", "二〇二六年十一月二十三日", "一、会议时间", "（此件公开发布）",
                     "各乡镇：", "联系人：张三", "", "附件：回执"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=25))
def test_every_typed_line_lands_once_in_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    n = parse_notice(text)
    placed = [n.title, *([n.addressees + "："] if n.addressees else []), *n.body,
              *(x for x in (n.signature, n.date_text) if x), *n.postscript]
    assert [x.strip() for x in placed if x.strip()] == [x.strip() for x in lines if x.strip()]
    assert parse_notice(n.as_text()) == n  # the tab's text reads back to the same notice
