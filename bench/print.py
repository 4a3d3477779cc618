"""Printing benchmark: a 1,000-person 签到表, against bare reportlab and against LibreOffice.

Run as ``python bench/print.py``. Targets: huiwu within 1.3× of a bare reportlab Table of the same rows and
font (our grouping, leave marks and page-count footer must stay cheap), and at least 2× faster, process for
process, than converting an equivalent .xlsx with ``soffice --headless`` (what offices do today).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle  # noqa: E402

from huiwu.printing.data import MeetingDoc, ParticipantRow  # noqa: E402
from huiwu.printing.fonts import resolve_fonts  # noqa: E402
from huiwu.printing.signin import render_signin  # noqa: E402

N = 1000
UNITS = tuple(f"县直第{i}单位" for i in range(1, 41))
COLUMNS = ("序号", "单位", "姓名", "职务", "联系电话", "签到", "备注")


def participants(n: int = N) -> tuple[ParticipantRow, ...]:
    per = -(-n // len(UNITS))
    return tuple(
        ParticipantRow(seq=i + 1, unit=UNITS[i // per], name=f"张{i + 1}三", title="副局长",
                       phone=f"1380000{i:04d}", attendance="请假" if i % 9 == 8 else "")
        for i in range(n)
    )


def huiwu_pdf(rows: tuple[ParticipantRow, ...]) -> bytes:
    return render_signin(MeetingDoc(title="全县经济工作会议"), rows)


def bare_pdf(rows: tuple[ParticipantRow, ...], font: str) -> bytes:
    """What a programmer would write in ten lines: one Table, one header row repeated, one font."""
    data = [list(COLUMNS)] + [[str(r.seq), r.unit, r.name, r.title, r.phone, "", r.attendance] for r in rows]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm)
    table = Table(data, repeatRows=1, rowHeights=[None] + [10 * mm] * len(rows))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 10.5), ("GRID", (0, 0), (-1, -1), 0.6, "black")]))
    doc.build([table])
    return buf.getvalue()


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def compare_in_process() -> None:
    rows = participants()
    font = resolve_fonts()["song"].name
    huiwu_pdf(rows), bare_pdf(rows, font)  # warm up: font parsing is a one-off per process
    ours, bare = float("inf"), float("inf")
    for _ in range(4):  # interleaved, so a busy moment on the machine hits both alike
        ours = min(ours, best_of(lambda: huiwu_pdf(rows), runs=2))
        bare = min(bare, best_of(lambda: bare_pdf(rows, font), runs=2))
    print(f"signin_{N}: huiwu {ours:.2f} s, bare reportlab {bare:.2f} s, ratio {ours / bare:.2f} (target <= 1.3)")


def write_xlsx(path: Path, rows: tuple[ParticipantRow, ...]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(list(COLUMNS))
    for r in rows:
        ws.append([r.seq, r.unit, r.name, r.title, r.phone, "", r.attendance])
    ws.print_title_rows = "1:1"
    wb.save(path)


def make_meeting_db(path: Path, n: int = N) -> int:
    """A fresh SQLite office with one meeting of ``n`` invitees (the bench's rows), for ``huiwu print signin``."""
    import datetime as dt

    from huiwu.db import Database, upgrade
    from huiwu.models import Attendance, Meeting, Participant, Person, Unit
    from huiwu.settings import Settings

    db = Database(f"sqlite:///{path}", Settings(operator="bench"))
    upgrade(db, backup=False)
    with db.uow() as uow:
        units = {name: Unit(name=name, sort_order=k) for k, name in enumerate(UNITS, start=1)}
        start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
        meeting = Meeting(title="全县经济工作会议", starts_at=start, ends_at=start + dt.timedelta(hours=3))
        uow.session.add(meeting)
        for r in participants(n):
            person = Person(name=r.name, unit=units[r.unit], title=r.title, phone=r.phone, sort_order=r.seq)
            attendance = Attendance.LEAVE if r.attendance == "请假" else Attendance.PENDING
            uow.session.add(Participant(meeting=meeting, person=person, attendance=attendance))
        uow.commit()
        meeting_id = meeting.id
    db.dispose()
    return meeting_id


BARE_PROCESS = """
import sqlite3, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
db, font, index, out = sys.argv[1:]
pdfmetrics.registerFont(TTFont("F", font, subfontIndex=int(index)))
rows = sqlite3.connect(db).execute(
    "SELECT p.sort_order, u.name, p.name, p.title, p.phone FROM participant x JOIN person p ON p.id = x.person_id"
    " JOIN unit u ON u.id = p.unit_id ORDER BY u.sort_order, p.sort_order").fetchall()
data = [["序号", "单位", "姓名", "职务", "联系电话", "签到", "备注"]] + [[str(r[0]), *r[1:], "", ""] for r in rows]
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm)
table = Table(data, repeatRows=1, rowHeights=[None] + [10 * mm] * len(rows))
table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "F", 10.5), ("GRID", (0, 0), (-1, -1), 0.6, "black")]))
doc.build([table])
"""


def compare_processes() -> None:
    """Whole process against whole process: ``huiwu print signin`` against ``soffice --convert-to pdf``."""
    with tempfile.TemporaryDirectory() as tmp:
        out, xlsx, db = Path(tmp, "huiwu.pdf"), Path(tmp, "signin.xlsx"), Path(tmp, "office.sqlite3")
        meeting_id = make_meeting_db(db)
        env = {**os.environ, "HUIWU_CONFIG_DIR": tmp, "HUIWU_DATA_DIR": tmp}
        cmd = [sys.executable, "-m", "huiwu", "--db", str(db), "print", "signin", str(meeting_id), "-o", str(out)]
        subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)  # warm the OS file cache
        ours = best_of(lambda: subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT), runs=3)
        print(f"signin_process: huiwu print signin ({N} people, whole process) {ours:.2f} s")
        script = Path(tmp, "bare.py")
        script.write_text(BARE_PROCESS, encoding="utf-8")
        font = resolve_fonts()["body"]
        bare_cmd = [sys.executable, str(script), str(db), font.path, str(font.subfont_index), str(Path(tmp, "bare.pdf"))]
        bare = best_of(lambda: subprocess.run(bare_cmd, check=True, capture_output=True), runs=3)
        print(f"signin_process: bare sqlite3 + reportlab script, whole process {bare:.2f} s "
              f"(huiwu/bare {ours / bare:.1f}x: the difference is importing SQLAlchemy and the ORM models)")
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("signin_process: soffice comparison skipped, soffice (LibreOffice) is not on PATH")
            return
        write_xlsx(xlsx, participants())
        lo = best_of(lambda: subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp,
                                             str(xlsx)], check=True, capture_output=True), runs=3)
    print(f"signin_process: huiwu {ours:.2f} s, soffice {lo:.2f} s, soffice/huiwu {lo / ours:.1f}x (target >= 2)")


if __name__ == "__main__":
    compare_in_process()
    compare_processes()
