"""Printing benchmark: a 1,000-person 签到表, whole process, against a bare script and against LibreOffice.

Run as ``python bench/print.py`` (``make bench``). Three processes print the same 1,000 rows, each timed from
exec to exit, in turn, several times (the medians and the spread are printed):

* ``huiwu print signin`` on a fresh SQLite office made in a temporary folder (outside the timing);
* a bare script: sqlite3 + one reportlab Table in one face, what a programmer would write in twenty lines;
* ``soffice --headless --convert-to pdf`` of an .xlsx of the same rows (what offices do today), when
  LibreOffice is installed (``apt-get install libreoffice-calc-nogui``); otherwise a skip line.

Goals (issue 18): huiwu at most 1.3× the bare script, and at least 2.5× faster than LibreOffice. The first
huiwu run (fonts parsed and cached, bytecode compiled) is reported apart: every later run is what a clerk
gets. Both Python processes run with bytecode caching on (in the temporary folder), as an installed app does.

An in-process comparison (render only, fonts warm) is printed first, for scale.
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
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
RUNS = int(os.environ.get("BENCH_PRINT_RUNS", "7"))  # per process kind; LibreOffice gets as many
UNITS = tuple(f"县直第{i}单位" for i in range(1, 41))
COLUMNS = ("序号", "单位", "姓名", "职务", "联系电话", "签到", "备注")
BARE_TARGET = 1.3
SOFFICE_TARGET = 2.5


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


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def compare_in_process() -> None:
    rows = participants()
    font = resolve_fonts()["song"].name
    huiwu_pdf(rows), bare_pdf(rows, font)  # warm up: font parsing is a one-off per process
    ours, bare = [], []
    for _ in range(4):  # interleaved, so a busy moment on the machine hits both alike
        ours.append(timed(lambda: huiwu_pdf(rows)))
        bare.append(timed(lambda: bare_pdf(rows, font)))
    print(f"signin_{N} in process (render only): huiwu {statistics.median(ours):.3f} s, bare reportlab "
          f"{statistics.median(bare):.3f} s, ratio {statistics.median(ours) / statistics.median(bare):.2f}")


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


def spread(times: Sequence[float]) -> str:
    return (f"median {statistics.median(times):.3f} s, min {min(times):.3f}, max {max(times):.3f} "
            f"(n={len(times)})")


CPU: dict[str, list[float]] = {}  # CPU seconds (user + system, the process and what it waited for) per label


def run(cmd: Sequence[str], env: dict[str, str], cwd: Path | None = None, label: str = "") -> float:
    """Wall seconds from exec to exit; the CPU seconds go to ``CPU[label]`` (steadier on a shared machine)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        child = subprocess.Popen(list(cmd), stdout=log, stderr=subprocess.STDOUT, env=env, cwd=cwd)
        _pid, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            log.seek(0)
            sys.stderr.write(log.read().decode(errors="replace"))
            raise SystemExit(f"bench/print.py: {cmd[0]} … failed ({child.returncode})")
    if label:
        CPU.setdefault(label, []).append(usage.ru_utime + usage.ru_stime)
    return elapsed


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def compare_processes() -> list[str]:
    """Whole process against whole process; returns the goal lines."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        out, xlsx, db = tmp / "huiwu.pdf", tmp / "signin.xlsx", tmp / "office.sqlite3"
        meeting_id = make_meeting_db(db)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"HUIWU_CONFIG_DIR": str(tmp / "config"), "HUIWU_DATA_DIR": str(tmp / "data"),
                "HUIWU_CACHE_DIR": str(tmp / "cache"), "PYTHONPYCACHEPREFIX": str(tmp / "pycache")}
        env.pop("HUIWU_DATABASE_URL", None)
        env.pop("HUIWU_DEBUG", None)
        cmd = [sys.executable, "-m", "huiwu", "--db", str(db), "print", "signin", str(meeting_id), "-o", str(out)]
        first = run(cmd, env, ROOT)
        print(f"signin_process: first huiwu print (parses and caches the fonts, compiles bytecode) {first:.3f} s")

        script = tmp / "bare.py"
        script.write_text(BARE_PROCESS, encoding="utf-8")
        font = resolve_fonts()["body"]
        bare_cmd = [sys.executable, str(script), str(db), font.path, str(font.subfont_index), str(tmp / "bare.pdf")]
        run(bare_cmd, env)  # its bytecode and the OS file cache, like huiwu's first run

        soffice = find_soffice()
        lo_cmd: list[str] = []
        if soffice is not None:
            write_xlsx(xlsx, participants())
            profile = (tmp / "lo-profile").as_uri()  # its own profile: the first start creates it (not timed)
            lo_cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                      "--outdir", str(tmp / "lo"), str(xlsx)]
            run(lo_cmd, env)

        ours: list[float] = []
        bare: list[float] = []
        lo: list[float] = []
        for _ in range(RUNS):  # in turn, so a busy moment on the shared machine hits each alike
            ours.append(run(cmd, env, ROOT, "huiwu"))
            bare.append(run(bare_cmd, env, label="bare"))
            if lo_cmd:
                lo.append(run(lo_cmd, env, label="soffice"))

    print(f"signin_process: huiwu print signin ({N} people, whole process): {spread(ours)}")
    print(f"signin_process: bare sqlite3 + reportlab script, whole process: {spread(bare)}")
    cpu = {label: statistics.median(times) for label, times in CPU.items()}
    print("signin_process: CPU seconds, median: " + ", ".join(f"{k} {v:.3f}" for k, v in cpu.items())
          + f" (huiwu/bare {cpu['huiwu'] / cpu['bare']:.2f}×"
          + (f", soffice/huiwu {cpu['soffice'] / cpu['huiwu']:.2f}×)" if "soffice" in cpu else ")"))
    ratio = statistics.median(ours) / statistics.median(bare)
    per_run = sorted(o / b for o, b in zip(ours, bare, strict=True))
    print(f"signin_process: huiwu/bare per run {per_run[0]:.2f}–{per_run[-1]:.2f}×")
    goals = [f"goal print-vs-bare: {ratio:.2f}× (target <= {BARE_TARGET}×) {'OK' if ratio <= BARE_TARGET else 'MISS'}"]
    if lo:
        print(f"signin_process: soffice --convert-to pdf of the same sheet, whole process: {spread(lo)}")
        faster = statistics.median(lo) / statistics.median(ours)
        goals.append(f"goal print-vs-soffice: {faster:.1f}× faster (target >= {SOFFICE_TARGET}×) "
                     f"{'OK' if faster >= SOFFICE_TARGET else 'MISS'}")
    else:
        goals.append("skip print-vs-soffice: LibreOffice not installed")
    return goals


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as cache:
        os.environ["HUIWU_CACHE_DIR"] = cache  # this process's parsed fonts: never the clerk's cache folder
        compare_in_process()
        for line in compare_processes():
            print(line)
