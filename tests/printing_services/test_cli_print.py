from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from huiwu import db as dbmod
from tests.printing_services.conftest import build_office


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HUIWU_CONFIG_DIR": str(tmp_path / "cfg"), "HUIWU_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "huiwu", *args], capture_output=True, text=True, env=env, timeout=120)


def test_print_commands(sqlite_db: dbmod.Database, tmp_path: Path) -> None:
    office = build_office(sqlite_db)
    path = sqlite_db.sqlite_path()
    assert path is not None
    sqlite_db.dispose()
    out = tmp_path / "s.pdf"
    result = run(tmp_path, "--db", str(path), "print", "signin", str(office.meeting_id), "-o", str(out),
                 "--no-phone", "--walk-in", "4")
    assert result.returncode == 0, result.stderr
    assert "已生成签到表" in result.stdout
    text = PdfReader(out).pages[0].extract_text()
    assert "钱多多" in text and "联系电话" not in text
    result = run(tmp_path, "--db", str(path), "print", "notice", str(office.meeting_id), "-o", str(tmp_path / "n.pdf"),
                 "--copies", "2")
    assert result.returncode == 0, result.stderr
    firsts = [p.extract_text() for p in PdfReader(tmp_path / "n.pdf").pages if "关于召开" in (p.extract_text() or "")]
    assert len(firsts) == 2 and "000001" in firsts[0] and "000002" in firsts[1]
    result = run(tmp_path, "--db", str(path), "print", "cards", str(office.meeting_id), "-o", str(tmp_path / "c.pdf"),
                 "--copies", "2")
    assert result.returncode == 2 and "不按份号印制" in result.stderr
    result = run(tmp_path, "--db", str(path), "print", "report", "--from", "2026-11-01", "--to", "2026-11-30",
                 "-o", str(tmp_path / "r.pdf"))
    assert result.returncode == 0, result.stderr and "孙小二" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    result = run(tmp_path, "--db", str(path), "print", "handout", str(office.meeting_id), "-o", str(tmp_path / "h.pdf"))
    assert result.returncode == 2 and "还没有明白纸" in result.stderr
    result = run(tmp_path, "--db", str(path), "print", "signin", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "需要会议编号" in result.stderr
    result = run(tmp_path, "--db", str(path), "print", "report", "--from", "2026-13-01", "--to", "2026-11-30",
                 "-o", str(tmp_path / "r.pdf"))
    assert result.returncode == 2 and "无法识别" in result.stderr


def test_print_in_process_leaves_the_collector_as_it_found_it(sqlite_db: dbmod.Database, tmp_path: Path) -> None:
    """Only a process that exits after the print freezes what it allocated out of the cyclic collector; a
    caller running the command in-process (here) keeps collecting what the document left."""
    import gc

    from huiwu.cli import run as run_in_process

    office = build_office(sqlite_db)
    path = sqlite_db.sqlite_path()
    assert path is not None
    sqlite_db.dispose()
    frozen = gc.get_freeze_count()
    argv = ["--db", str(path), "print", "signin", str(office.meeting_id), "-o", str(tmp_path / "s.pdf")]
    assert run_in_process(argv) == 0  # not this process's command line: not standalone
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    try:
        assert run_in_process(argv, standalone=True) == 0
        assert gc.isenabled() and gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()
