"""The 发放回收登记表 and the registered copies, printed from the demo's 涉密 常务会议 (huiwu.demo_secret):
every column and the totals in the text layer, every font embedded (no Helvetica), each copy of a registered
议程 with its 份号 and 领取人 on its first page, a short sheet for a meeting with nothing registered, the CLI."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from huiwu.db import Database
from huiwu.demo_secret import add_demo_secret
from huiwu.errors import ValidationError
from huiwu.services import checklists, dashboard, printing
from huiwu.services import secret_register as svc
from tests.conftest import run_cli


def pdftotext(pdf: bytes, *pages: int) -> str:
    args = ["pdftotext", "-raw", *(["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []), "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()


def unembedded_fonts(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return [line for line in out.splitlines()[2:] if line.split()[-5] != "yes"]


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def demo(demo_db: Database) -> int:
    with demo_db.uow() as uow:  # (create_demo may have called it already: then it adds nothing)
        made = add_demo_secret(uow)
    with demo_db.uow() as uow:
        assert add_demo_secret(uow).material_ids == ()  # twice: nothing more
        assert made.meeting_id is not None and len(svc.register_view(uow, made.meeting_id).out) == 2
    return made.meeting_id


def test_the_demo_register_keeps_its_checklist_open_and_shows_on_the_dashboard(demo_db: Database, demo: int) -> None:
    with demo_db.uow() as uow:
        view = svc.register_view(uow, demo)
        rows = [r for r in checklists.checklist(uow, demo) if r.title == "涉密材料随议题收回"]
        reminders = [r for r in dashboard.dashboard(uow).reminders if r.meeting_id == demo]
    assert view.totals.out == 2 and len(view.materials) == 2
    assert rows and rows[0].state_label == "待收回" and not rows[0].done
    assert any(r.kind_label == "涉密材料未收回" and view.out[0].name in r.text for r in reminders)


def test_the_register_prints_every_copy_with_totals_and_fonts_embedded(demo_db: Database, demo: int) -> None:
    with demo_db.uow() as uow:
        view = svc.register_view(uow, demo)
        pdf = printing.document_pdf(uow, "register", demo)
    assert unembedded_fonts(pdf) == [] and b"Helvetica" not in pdf
    text = squash(pdftotext(pdf))
    assert text.startswith("秘密★1年涉密材料发放回收登记表")  # the highest mark it names, top left
    for heading in ("份号", "材料名称", "密级", "领取人", "单位", "领取时间", "退回时间", "经办人"):
        assert heading in text
    for c in view.copies:
        assert squash(f"{c.number}{c.material_title}{c.level_label}{c.name}") in text, c.code
    t = view.totals
    assert f"合计：登记{t.registered}份，发出{t.issued}份，收回{t.returned}份，未收回{t.out}份。" in text
    assert squash(f"未收回：{view.out[0].code}{view.out[0].name}") in text


def test_a_meeting_with_nothing_registered_prints_a_short_sheet(demo_db: Database, demo: int) -> None:
    with demo_db.uow() as uow:
        other = next(m for m in range(1, 40) if m != demo and not svc.register_view(uow, m).materials)
        pdf = printing.document_pdf(uow, "register", other)
    assert "本次会议未登记涉密材料。" in squash(pdftotext(pdf)) and unembedded_fonts(pdf) == []


def test_each_registered_copy_prints_its_number_and_recipient(demo_db: Database, demo: int) -> None:
    with demo_db.uow() as uow:
        material = next(m for m in svc.register_view(uow, demo).materials if m.title == "会议议程")
        pdf = printing.document_pdf(uow, "agenda", demo, material_id=material.id)
        with pytest.raises(ValidationError, match="不按份号印制"):
            printing.document_pdf(uow, "cards", demo, material_id=material.id)
    assert unembedded_fonts(pdf) == [] and b"Helvetica" not in pdf
    from pypdf import PdfReader

    pages = len(PdfReader(__import__("io").BytesIO(pdf)).pages)
    per_copy = pages // len(material.copies)
    for k, c in enumerate(material.copies):
        first = squash(pdftotext(pdf, k * per_copy + 1))
        assert first.startswith(f"{c.number}领取人：{c.name}（{c.unit}）"), first[:60]
    # the register's numbering is the print's: the agenda printed without it is numbered the plain way
    with demo_db.uow() as uow:
        plain = printing.document_pdf(uow, "agenda", demo, copies=2)
    assert "领取人" not in pdftotext(plain)


def test_cli_prints_the_register_and_the_copies(demo_db: Database, demo: int, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    assert run_cli(["--db", demo_db.url, "print", "register", str(demo), "-o", str(out)]) == 0
    assert "涉密材料发放回收登记表" in squash(pdftotext(out.read_bytes()))
    with demo_db.uow() as uow:
        material = svc.register_view(uow, demo).materials[0]
    copies = tmp_path / "copies.pdf"
    assert run_cli(["--db", demo_db.url, "print", "notice", str(demo), "--material", str(material.id),
                    "-o", str(copies)]) == 0
    assert f"领取人：{material.copies[0].name}" in squash(pdftotext(copies.read_bytes(), 1))
