"""huiwu/ is the core: it must never import Qt, so core tests and the CLI need no GUI at all."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "huiwu"
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_qt_or_the_gui() -> None:
    offenders = {
        str(path.relative_to(CORE.parent)): sorted(imported_modules(path) & set(FORBIDDEN))
        for path in CORE.rglob("*.py")
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert not offenders, f"huiwu/ must not import Qt or ui/: {offenders}"


def test_the_check_itself_sees_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6" in imported_modules(sample)


# ---------------------------------------------------------------- one clock

GUI = CORE.parent / "ui"
CLOCK_MODULE = CORE / "clock.py"
_WALL_CLOCK = {
    ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
    ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QDateTime", "currentDateTimeUtc"),
    ("QTime", "currentTime"), ("time", "localtime"), ("time", "gmtime"),
}


def wall_clock_reads(path: Path) -> list[int]:
    """Lines that ask the system for the date or time (``datetime.now()``, ``date.today()``, ``QDate.currentDate()``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else owner.id if isinstance(owner, ast.Name) else ""
            if (name, node.func.attr) in _WALL_CLOCK:
                lines.append(node.lineno)
    return lines


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    """"Time is passed in": the core and the GUI get now from the one clock they are given (huiwu/clock.py)."""
    offenders = {
        str(path.relative_to(CORE.parent)): lines
        for path in [*CORE.rglob("*.py"), *GUI.rglob("*.py")]
        if path != CLOCK_MODULE and (lines := wall_clock_reads(path))
    }
    assert not offenders, f"read the time from the clock you are given (uow.now(), ctx.today()): {offenders}"
    assert wall_clock_reads(CLOCK_MODULE)  # the system clock itself is there


def test_the_clock_check_itself_sees_every_form(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text(
        "import datetime as dt\nfrom datetime import date, datetime\nfrom PySide6.QtCore import QDate\n"
        "a = dt.datetime.now(dt.UTC)\nb = date.today()\nc = datetime.utcnow()\nd = QDate.currentDate()\n"
        "e = dt.date(2026, 1, 1)\n",
        encoding="utf-8",
    )
    assert wall_clock_reads(sample) == [4, 5, 6, 7]
