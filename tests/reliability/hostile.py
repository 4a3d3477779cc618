"""Hostile and fuzzed input files, and the child process that feeds them to the real import services.

The parent (test_hostile_inputs.py) writes the inputs into a folder and runs::

    python -m tests.reliability.hostile DATABASE_URL CASES.json SECONDS

in a child whose address space is capped (RLIMIT_AS). For each case the child imports the file through the
service a clerk's click uses (calendars.import_ics, roster.import_roster) in its own unit of work, then shows
the week the file is about (week.week_view), each step under a time cap (SIGALRM). It prints one JSON line
per case: the outcome (accepted, refused, traceback, hang, memory), the seconds, the length of the message
and whether the database changed although the file was refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import signal
import sys
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# ----------------------------------------------------------------------------------------- the inputs

CRLF = "\r\n"


def _calendar(*lines: str, zone: str = "") -> bytes:
    body = CRLF.join(("BEGIN:VEVENT", *lines, "END:VEVENT"))
    return (CRLF.join(("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN")) + CRLF + zone + body + CRLF
            + "END:VCALENDAR" + CRLF).encode("utf-8")


def _many_observances(n: int) -> str:
    rules = "".join(
        f"BEGIN:STANDARD{CRLF}DTSTART:{1900 + i // 1000:04d}0101T0000{i % 60:02d}{CRLF}TZOFFSETFROM:+0800{CRLF}"
        f"TZOFFSETTO:+0800{CRLF}END:STANDARD{CRLF}" for i in range(n)
    )
    return f"BEGIN:VTIMEZONE{CRLF}TZID:X{CRLF}{rules}END:VTIMEZONE{CRLF}"


def hostile_ics(scale: float) -> dict[str, bytes]:
    """The inputs issue 11 measured hanging or failing, at ``scale`` of the measured size (1.0: full)."""
    big = max(5, int(50 * scale))  # MB; the line limit is 4 MB, so even the CI size is refused for its length
    start = "DTSTART:20261124T010000Z"
    return {
        "rrule_interval_zero": _calendar("UID:a", start, "RRULE:FREQ=DAILY;INTERVAL=0"),
        "rrule_minutely_from_2000": _calendar("UID:b", "DTSTART:20000101T000000Z", "RRULE:FREQ=MINUTELY"),
        "rrule_secondly_from_1900": _calendar("UID:c", "DTSTART:19000101T000000Z",
                                              "RRULE:FREQ=SECONDLY;UNTIL=20300101T000000Z"),
        "rrule_secondly_no_end": _calendar("UID:d", start, "RRULE:FREQ=SECONDLY"),
        "rrule_hourly_no_end": _calendar("UID:d2", start, "RRULE:FREQ=HOURLY"),
        "rrule_daily_count_1e8": _calendar("UID:j", start, "RRULE:FREQ=DAILY;COUNT=100000000"),
        f"folded_line_{big}mb": _calendar("UID:e", start, "DESCRIPTION:" + f"{CRLF} ".join(
            ["x" * 70] * (big * 1_000_000 // 73))),
        f"one_line_{big}mb": _calendar("UID:g", start, "DESCRIPTION:" + "y" * (big * 1_000_000)),
        f"vtimezone_{int(100_000 * scale) or 1000}_rules": _calendar(
            "UID:f", "DTSTART;TZID=X:20261124T090000", zone=_many_observances(int(100_000 * scale) or 1000)),
        "sequence_40_digits": _calendar("UID:h", start, "SEQUENCE:" + "9" * 40),
        "sequence_2_pow_31": _calendar("UID:h2", start, f"SEQUENCE:{2**31}"),
        "nul_bytes": _calendar("UID:i\x00", start, "SUMMARY:常务\x00会议"),
        "many_events": (CRLF.join(["BEGIN:VCALENDAR", "VERSION:2.0"] + [
            f"BEGIN:VEVENT{CRLF}UID:m{i}{CRLF}DTSTART:20261124T0{i % 10}0000Z{CRLF}SUMMARY:会{i}{CRLF}END:VEVENT"
            for i in range(int(20_000 * scale) or 500)] + ["END:VCALENDAR", ""])).encode(),
        "empty": b"",
        "not_a_calendar": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10,
    }


def _mutations(rng: random.Random) -> list[Callable[[list[bytes]], list[bytes]]]:
    def drop(lines: list[bytes]) -> list[bytes]:
        del lines[rng.randrange(len(lines))]
        return lines

    def duplicate(lines: list[bytes]) -> list[bytes]:
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        return lines

    def swap(lines: list[bytes]) -> list[bytes]:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        return lines

    def truncate(lines: list[bytes]) -> list[bytes]:
        return lines[: rng.randrange(len(lines))]

    def flip(lines: list[bytes]) -> list[bytes]:
        i = rng.randrange(len(lines))
        line = bytearray(lines[i])
        if line:
            line[rng.randrange(len(line))] = rng.randrange(256)
        lines[i] = bytes(line)
        return lines

    def huge_number(lines: list[bytes]) -> list[bytes]:
        i = rng.randrange(len(lines))
        digits = [k for k, c in enumerate(lines[i]) if 48 <= c <= 57]
        if digits:
            k = rng.choice(digits)
            lines[i] = lines[i][:k] + b"9" * rng.choice((12, 40, 400)) + lines[i][k + 1:]
        return lines

    def hostile_rule(lines: list[bytes]) -> list[bytes]:
        rule = rng.choice((b"RRULE:FREQ=DAILY;INTERVAL=0", b"RRULE:FREQ=SECONDLY", b"RRULE:FREQ=MINUTELY;COUNT=9",
                           b"RRULE:FREQ=YEARLY;BYSETPOS=-400", b"RRULE:FREQ=WEEKLY;UNTIL=99991231T000000Z",
                           b"RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=999999999", b"EXDATE:00000000T000000Z",
                           b"RRULE:FREQ=DAILY;INTERVAL=-3", b"DURATION:P99999999W"))
        starts = [k for k, line in enumerate(lines) if line.upper().startswith(b"DTSTART")]
        lines.insert((rng.choice(starts) + 1) if starts else rng.randrange(len(lines) + 1), rule)
        return lines

    return [drop, duplicate, swap, truncate, flip, huge_number, hostile_rule]


def fuzzed_ics(seeds: list[Path], per_file: int, seed: int) -> dict[str, bytes]:
    """``per_file`` mutants of each seed file, one to three mutations each; reproducible from ``seed``."""
    rng = random.Random(seed)
    mutations = _mutations(rng)
    out: dict[str, bytes] = {}
    for path in seeds:
        original = path.read_bytes().splitlines(keepends=False)
        if not original:
            continue
        for n in range(per_file):
            lines = list(original)
            for _ in range(rng.randint(1, 3)):
                if lines:
                    lines = rng.choice(mutations)(lines)
            out[f"fuzz_{path.parent.name}_{path.stem}_{n}"] = b"\r\n".join(lines) + b"\r\n"
    return out


ROSTER_UNITS = ("单位名称", "简称", "类别", "排序号")
ROSTER_PEOPLE = ("单位", "姓名", "职务", "排序号", "联系电话", "是否领导", "是否在职", "分管领导")


def _roster(path: Path, people: list[tuple[Any, ...]], units: list[tuple[Any, ...]] | None = None) -> Path:
    from openpyxl import Workbook

    from huiwu.files import append_text_row

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "单位"
    sheet.append(ROSTER_UNITS)
    for row in units if units is not None else [("县财政局", "财政局", "县直部门", 1)]:
        sheet.append(row)
    people_sheet = book.create_sheet("人员")
    people_sheet.append(ROSTER_PEOPLE)
    for row in people:
        append_text_row(people_sheet, list(row))  # as a clerk's Excel keeps it: text, not a formula
    book.save(path)
    return path


def _rezip(path: Path, replace: dict[str, Callable[[bytes], bytes]] | None = None,
           stream: dict[str, Callable[[], Iterator[bytes]]] | None = None) -> Path:
    """Rewrite an .xlsx with some members changed (``replace``) or written from a generator (``stream``)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info, data in members:
            if stream and info.filename in stream:
                with target.open(info.filename, "w", force_zip64=True) as out:
                    for chunk in stream[info.filename]():
                        out.write(chunk)
            else:
                target.writestr(info.filename, replace[info.filename](data) if replace and info.filename in replace
                                else data)
    tmp.replace(path)
    return path


def _lie_about_size(path: Path, member: str) -> Path:
    """Make the zip's headers claim ``member`` unpacks to 100 bytes (the data still unpacks to its real size)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data[at + size_at:at + size_at + 4] = (100).to_bytes(4, "little")
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def hostile_rosters(folder: Path, scale: float) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    sheet = "xl/worksheets/sheet2.xml"
    rows = max(200_000, int(10_000_000 * scale))
    cell_mb = max(80, int(1024 * scale))

    def bomb_rows() -> Iterator[bytes]:
        yield b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        yield b"<sheetData>"
        row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
        for _ in range(rows // 10_000):
            yield row * 10_000
        yield b"</sheetData></worksheet>"

    def bomb_cell() -> Iterator[bytes]:
        yield (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               b'<sheetData><row><c t="inlineStr"><is><t>')
        for _ in range(cell_mb):
            yield b"z" * (1024 * 1024)
        yield b"</t></is></c></row></sheetData></worksheet>"

    def ok(name: str) -> Path:
        return _roster(folder / f"{name}.xlsx", [("县财政局", "张三", "局长", 1, "", "是", "是", "")])

    cases = {
        f"zip_bomb_{rows}_rows": _rezip(ok("zip_bomb_rows"), stream={sheet: bomb_rows}),
        f"zip_bomb_one_cell_{cell_mb}mb": _rezip(ok("zip_bomb_cell"), stream={sheet: bomb_cell}),
        "zip_lies_about_its_size": _lie_about_size(_rezip(ok("zip_lies"), stream={sheet: bomb_rows}), sheet),
        "broken_xml_sheet": _rezip(ok("broken_sheet"), replace={sheet: lambda b: b[: len(b) // 2]}),
        "broken_xml_workbook": _rezip(ok("broken_workbook"), replace={"xl/workbook.xml": lambda b: b"<workbook"}),
        "broken_xml_styles": _rezip(ok("broken_styles"), replace={"xl/styles.xml": lambda b: b"\x00\xff<<"}),
        "not_a_zip": _write(folder / "not_a_zip.xlsx", b"PK\x03\x04" + b"\x00" * 100),
        "order_1e309": _roster(folder / "order_1e309.xlsx", [("县财政局", "张三", "局长", "1e309", "", "是", "是", "")]),
        "order_1e20": _roster(folder / "order_1e20.xlsx", [("县财政局", "张三", "局长", 1e20, "", "是", "是", "")]),
        "order_3e9": _roster(folder / "order_3e9.xlsx", [("县财政局", "张三", "局长", 3e9, "", "是", "是", "")]),
        "order_nan": _roster(folder / "order_nan.xlsx", [("县财政局", "张三", "局长", "nan", "", "是", "是", "")]),
        "title_5000_chars": _roster(folder / "title_5000.xlsx", [("县财政局", "张三", "局" * 5000, 1, "", "是", "是", "")]),
        "unit_600_chars": _roster(folder / "unit_600.xlsx", [("县" * 600, "张三", "局长", 1, "", "是", "是", "")],
                                  [("县" * 600, "", "县直部门", 1)]),
        "formula_name": _roster(folder / "formula.xlsx", [("县财政局", '=HYPERLINK("http://x","点我")', "局长", 1, "",
                                                             "是", "是", "")]),
        "newline_in_name": _roster(folder / "newline.xlsx", [("县财政局", "张\n三", "局长", 1, "", "是", "是", "")]),
    }
    return cases


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------------------- the child


class Hang(BaseException):
    """Raised by the time cap; a BaseException, so that no ``except Exception`` in the code under test hides it."""


@contextmanager
def time_cap(seconds: float) -> Iterator[None]:
    def ring(signum: int, frame: Any) -> None:
        raise Hang()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fingerprint(database: Any) -> str:
    """A digest of every row of every table: equal before and after means nothing was written."""
    from sqlalchemy import select

    from huiwu.models import Base

    digest = hashlib.sha256()
    with database.uow() as uow:
        for table in Base.metadata.sorted_tables:
            rows = uow.session.execute(select(table)).all()
            for row in sorted(repr(tuple(r)) for r in rows):
                digest.update(row.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass
class Outcome:
    case: str
    kind: str  # ics / roster
    outcome: str  # accepted / refused / traceback / hang / memory
    seconds: float
    message_chars: int = 0
    changed_after_refusal: bool = False
    week_outcome: str = ""  # after an accepted calendar: ok / traceback / hang / memory
    detail: str = ""


def _attempt(step: Callable[[], Any], cap: float) -> tuple[str, str]:
    from huiwu.errors import HuiwuError

    try:
        with time_cap(cap):
            step()
    except Hang:
        return "hang", ""
    except MemoryError:
        return "memory", ""
    except HuiwuError as exc:
        return "refused", str(exc)
    except Exception:
        return "traceback", traceback.format_exc()[-3000:]
    return "accepted", ""


def run_case(database: Any, case: dict[str, str], cap: float) -> Outcome:
    from huiwu.services import calendars, roster, week

    path = Path(case["path"])
    before = _before(database)
    _last.clear()
    started = time.perf_counter()

    def import_file() -> None:
        with database.uow() as uow:
            if case["kind"] == "ics":
                calendars.import_ics(uow, path, f"日历{case['name'][:80]}")
            else:
                roster.import_roster(uow, path)

    outcome, message = _attempt(import_file, cap)
    result = Outcome(case["name"], case["kind"], outcome, round(time.perf_counter() - started, 2),
                     len(message), detail=message[:300] if outcome != "refused" else message[:120])
    if outcome == "refused":
        after = fingerprint(database)
        result.changed_after_refusal = after != before
        _last["after"] = after
    if outcome == "accepted" and case["kind"] == "ics":

        def show_week() -> None:
            with database.uow() as uow:
                week.week_view(uow, 2026, 48)

        result.week_outcome, detail = _attempt(show_week, cap)
        result.detail = result.detail or detail[:300]
        with database.uow() as uow:  # the next case starts from the same small database
            for row in calendars.list_calendars(uow):
                calendars.delete_calendar(uow, row.id)
            uow.commit()
    return result


_last: dict[str, str] = {}


def _before(database: Any) -> str:
    """The fingerprint before a case: the last case's after-state when it is known (a refusal changed nothing)."""
    return _last.get("after") or fingerprint(database)


def main(argv: list[str]) -> int:
    from huiwu.clock import FixedClock
    from huiwu.db import Database
    from huiwu.settings import Settings

    url, cases_file, cap = argv[0], Path(argv[1]), float(argv[2])
    database = Database(url, Settings(), FixedClock(dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC)))
    for case in json.loads(cases_file.read_text(encoding="utf-8")):
        outcome = run_case(database, case, cap)
        print(json.dumps(outcome.__dict__, ensure_ascii=False), flush=True)
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
