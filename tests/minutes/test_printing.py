"""The printed 纪要: the text layer reads as the 纪要 (title, number, lines, parts, decisions, 版记), every font
embedded (no Helvetica), a draft says so, a 涉密 纪要 carries its 密级 and prints as numbered copies; the
renderer on hand-made data keeps the 版记 on the last page whatever the length; ``huiwu minutes`` and
``huiwu print minutes`` headless."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from huiwu.db import Database
from huiwu.errors import ValidationError
from huiwu.printing.minutes import MinutesDoc, MinutesPart, render_minutes
from huiwu.services import minutes as svc
from huiwu.services import printing
from tests.attendance.conftest import seed_office
from tests.conftest import run_cli
from tests.minutes.conftest import Standing, add_standing, finish


def pdftotext(pdf: bytes, *pages: int) -> str:
    args = ["pdftotext", "-raw", *(["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []), "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()


def fonts_of(pdf: bytes) -> list[list[str]]:
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return [line.split() for line in out.splitlines()[2:]]


def _squash(text: str) -> str:
    return "".join(text.split())


def _check_fonts(pdf: bytes) -> None:
    fonts = fonts_of(pdf)
    assert fonts and all(f[-5] == "yes" for f in fonts), fonts  # emb
    assert not [f for f in fonts if "Helvetica" in f[0]]
    raw = pdf.decode("latin-1")
    assert "/Helvetica" not in raw and "/Times" not in raw


def test_the_printed_minutes_read_as_the_minutes(sqlite_db: Database) -> None:
    s = add_standing(sqlite_db, seed_office(sqlite_db, []))
    with sqlite_db.uow() as uow:
        draft_pdf = printing.document_pdf(uow, "minutes", s.meeting_id)  # none saved: the draft from the record
        view = svc.load_minutes(uow, s.meeting_id)
    _check_fonts(draft_pdf)
    text = _squash(pdftotext(draft_pdf))
    assert "草稿" in text
    for piece in ("县政府第49次常务会议纪要", "〔2026〕1号", "时间：2026年11月17日（星期二）09:00—12:00",
                  "主持：王县长（县长）", "出席：无", "请假：无", "一、研究2027年财政预算草案",
                  "（一）预算草案提交县人大常委会审议", "四、其他事项", "分送：", "（未印发）"):
        assert _squash(piece) in text, piece
    assert text.index("出席") < text.index("一、研究") < text.index("分送")
    # signed and issued: no 草稿 mark, the 版记 dated
    with sqlite_db.uow() as uow:
        v = svc.save_draft(uow, s.meeting_id)
    finish(sqlite_db, s.meeting_id)
    for step in ("submit", "sign", "issue"):
        with sqlite_db.uow() as uow:
            v = svc.transition(uow, s.meeting_id, step, v.version)
    with sqlite_db.uow() as uow:
        pdf = printing.document_pdf(uow, "minutes", s.meeting_id)
    text = _squash(pdftotext(pdf))
    assert "草稿" not in text and "送审稿" not in text and "2026年11月23日印发" in text
    assert view.title in text
    _check_fonts(pdf)


def test_a_secret_meeting_carries_its_mark_and_prints_numbered_copies(sqlite_db: Database) -> None:
    s = add_standing(sqlite_db, seed_office(sqlite_db, []), confidentiality="secret_jimi", secrecy_term="5年")
    with sqlite_db.uow() as uow:
        one = printing.document_pdf(uow, "minutes", s.meeting_id)
        three = printing.document_pdf(uow, "minutes", s.meeting_id, copies=3)
        with pytest.raises(ValidationError):
            printing.document_pdf(uow, "minutes", s.meeting_id, copies=0)
    first = _squash(pdftotext(one, 1))
    assert "000001机密★5年" in first
    pages = len(PdfReader(io.BytesIO(one)).pages)
    reader = PdfReader(io.BytesIO(three))
    assert len(reader.pages) == 3 * pages
    for k in range(3):
        assert f"{k + 1:06d}机密★5年" in _squash(reader.pages[k * pages].extract_text() or "")
    _check_fonts(three)


def test_the_imprint_stays_on_the_last_page_whatever_the_length() -> None:
    for n in (1, 6, 14, 30):
        doc = MinutesDoc(
            title="县政府第49次常务会议纪要", number_text="〔2026〕49号",
            header=(("时间", "2026年11月17日（星期二）09:00—12:00"), ("出席", "、".join(["张三"] * 40)), ("请假", "无")),
            parts=tuple(MinutesPart(f"{k}、议题{k}", ("会议听取了汇报。" * 6,), (("（一）", "由县财政局牵头落实。" * 3),))
                        for k in range(1, n + 1)),
            distribution="县委办，县人大办，县政协办，" + "、".join(f"单位{k}" for k in range(30)),
            issuer="清河县人民政府办公室", issued_on_text="2026年12月3日")
        pdf = render_minutes(doc)
        reader = PdfReader(io.BytesIO(pdf))
        last = _squash(pdftotext(pdf, len(reader.pages)))
        assert "2026年12月3日印发" in last and "分送：" in last
        for k in range(1, len(reader.pages)):
            assert "印发" not in _squash(pdftotext(pdf, k))
            assert _squash(pdftotext(pdf, k)).strip()  # no empty page
        _check_fonts(pdf)


def test_cli_prints_the_text_the_json_and_the_pdf(sqlite_db: Database, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    s: Standing = add_standing(sqlite_db, seed_office(sqlite_db, []))
    mid = str(s.meeting_id)
    assert run_cli(["--db", sqlite_db.url, "minutes", mid]) == 0
    out = capsys.readouterr().out
    assert out.startswith("县政府第49次常务会议纪要\n〔2026〕1号") and "请假：无" in out and "尚未保存" in out
    assert run_cli(["--db", sqlite_db.url, "minutes", mid, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["saved"] is False and data["number"] == "〔2026〕1号" and len(data["sections"]) == 4
    assert run_cli(["--db", sqlite_db.url, "minutes", mid, "--submit"]) == 2  # nothing saved yet
    assert "请先保存" in capsys.readouterr().err
    assert run_cli(["--db", sqlite_db.url, "minutes", mid, "--save"]) == 0
    finish(sqlite_db, s.meeting_id)
    for step in ("--submit", "--sign", "--issue"):
        assert run_cli(["--db", sqlite_db.url, "minutes", mid, step, *(["--on", "2026-11-25"] if step == "--issue"
                                                                          else [])]) == 0
    assert "已印发" in capsys.readouterr().out
    out_pdf = tmp_path / "m.pdf"
    assert run_cli(["--db", sqlite_db.url, "print", "minutes", mid, "-o", str(out_pdf)]) == 0
    text = _squash(pdftotext(out_pdf.read_bytes()))
    assert "2026年11月25日印发" in text and "县政府第49次常务会议纪要" in text
    _check_fonts(out_pdf.read_bytes())
