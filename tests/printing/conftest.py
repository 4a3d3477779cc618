"""Hand-made documents for the printing tests, and helpers to read PDFs back."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from huiwu.printing.data import (
    ActionDoc,
    ActionRow,
    AgendaDocItem,
    AttachedTable,
    AttendanceReportRow,
    HandoutDoc,
    MeetingDoc,
    Milestone,
    NoticeDoc,
    ParticipantRow,
    ReplyForm,
    ReportDoc,
    ScheduleSlot,
    SeatingDoc,
    SeatPerson,
    WeekDay,
    WeekDoc,
    WeekEntry,
)
from huiwu.printing.fonts import ResolvedFont, resolve_fonts

CST = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")
UNITS = ("县委办公室", "县政府办公室", "县发展和改革局", "县财政局", "某某镇人民政府")


@pytest.fixture(scope="session")
def fonts() -> dict[str, ResolvedFont]:
    return resolve_fonts()


def pdf_pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Extracted text without the spaces and line breaks a PDF text extractor invents."""
    return "".join(text.split())


def make_meeting(**kw: object) -> MeetingDoc:
    base: dict[str, object] = dict(
        title="全县第二季度重点工作推进会", kind_label="专题会议",
        starts_at=dt.datetime(2026, 5, 20, 9, 0, tzinfo=CST), ends_at=dt.datetime(2026, 5, 20, 11, 30, tzinfo=CST),
        venue="县政府三楼第一会议室", organisers=("县政府办公室",), chair="李明",
        agenda=(
            AgendaDocItem(1, "听取县发改局关于一季度经济运行情况的汇报", "县发改局", "王强", 15, ("县统计局", "县财政局")),
            AgendaDocItem(2, "研究部署第二季度重点项目建设工作", "县住建局", "赵刚", 20, ("各乡镇",)),
        ),
    )
    base.update(kw)
    return MeetingDoc(**base)  # type: ignore[arg-type]


def make_participants(n: int, units: tuple[str, ...] = UNITS) -> tuple[ParticipantRow, ...]:
    """n people spread over the units in order; every 9th is on leave, every 11th sends a substitute."""
    per_unit = max(1, -(-n // len(units)))
    rows = []
    for i in range(n):
        seq = i + 1
        sub = ("王五", "副局长") if seq % 11 == 0 else ("", "")
        rows.append(ParticipantRow(
            seq=seq, unit=units[min(i // per_unit, len(units) - 1)], name=f"张{seq}三",
            title="局长" if i % per_unit == 0 else "副局长", phone=f"1380000{seq:04d}",
            attendance="代会" if sub[0] else ("请假" if seq % 9 == 0 else ""),
            substitute_name=sub[0], substitute_title=sub[1],
        ))
    return tuple(rows)


def make_notice(paragraphs: tuple[str, ...] | None = None) -> NoticeDoc:
    return NoticeDoc(
        title="关于召开全县第二季度重点工作推进会的通知",
        recipients="各乡镇人民政府，县直各单位",
        paragraphs=paragraphs or (
            "为贯彻落实全县经济工作会议精神，研究部署第二季度重点工作，经县政府同意，定于近期召开全县第二季度重点工作推进会。现将有关事项通知如下：",
            "一、会议时间",
            "2026年5月20日（星期三）上午9:00，会期半天。",
            "二、会议地点",
            "县政府三楼第一会议室。",
            "三、参会人员",
            "（一）出席人员。县政府县长、副县长，县政府办公室主任。",
            "（二）列席人员。各乡镇乡镇长，县直各单位主要负责人。",
            "四、有关要求",
            "请各参会人员提前15分钟到达会场签到，无特殊情况不得请假，确需请假的须按规定程序报批。",
            "联系人：张三　联系电话：0123-4567890",
        ),
        issuer="某某县人民政府办公室", date=dt.date(2026, 5, 15),
        reply_form=ReplyForm(deadline_text="请于5月18日17:00前报送县政府办公室。"),
    )


def make_handout(**kw: object) -> HandoutDoc:
    base: dict[str, object] = dict(
        title="春季森林防火工作明白纸",
        tasks=("全面排查辖区内林区火源隐患，建立台账，逐项整改销号。", "落实护林员日常巡护制度，重点时段加密巡查。"),
        standards=("隐患排查覆盖率100%，整改销号率100%。", "护林员每日巡护不少于2次，巡护记录完整。"),
        milestones=(Milestone("3月10日前", "完成隐患排查并上报台账", "各乡镇"),
                    Milestone("3月31日前", "完成全部整改销号", "各乡镇、县林业局")),
        rewards_penalties=("排查整改工作成效突出的，年终考核予以加分；发生火情且未及时处置的，依规追究责任。",),
        contact="县林业局 李四 0123-7654321",
        tables=(AttachedTable("森林火灾隐患排查情况统计表", ("乡镇", "排查点位数", "发现隐患数", "已整改数", "备注"),
                              blank_rows=4),),
        issuer="某某县森林防火指挥部办公室", date=dt.date(2026, 3, 1),
    )
    base.update(kw)
    return HandoutDoc(**base)  # type: ignore[arg-type]


def make_actions(n: int = 6) -> ActionDoc:
    rows = tuple(ActionRow(
        seq=i, meeting_title="县政府第12次常务会议", decision=f"加快推进第{i}批重点项目前期工作，确保按期开工。",
        responsible_unit="县发展和改革局", responsible_person="王强",
        deadline=dt.date(2026, 5, 31) + dt.timedelta(days=i),
        state_label="逾期" if i % 3 == 0 else "办理中", latest_feedback="已完成可研批复，正在办理用地手续。",
        overdue=i % 3 == 0) for i in range(1, n + 1))
    return ActionDoc(as_of=dt.date(2026, 6, 10), rows=rows, issuer="县政府督查室")


def make_report() -> ReportDoc:
    rows = (
        AttendanceReportRow(1, "张三", "县财政局", "副局长", "县政府第12次常务会议",
                            dt.datetime(2026, 5, 6, 9, 12, tzinfo=CST), "迟到", "迟到 12 分钟"),
        AttendanceReportRow(2, "李四", "某某镇人民政府", "镇长", "全县安全生产工作会议",
                            dt.datetime(2026, 5, 14, 15, 0, tzinfo=CST), "缺席", "缺席", "已请假（未批准）", "电话"),
    )
    return ReportDoc(period_label="2026年5月", rows=rows, meeting_count=9, issuer="县政府办公室",
                     date=dt.date(2026, 6, 2))


def make_week(variant_entries: int = 1) -> WeekDoc:
    monday = dt.date(2026, 5, 4)
    names = "周一 周二 周三 周四 周五 周六 周日".split()
    days = tuple(WeekDay(monday + dt.timedelta(days=i), names[i], "调休上班" if i == 5 else "") for i in range(7))
    entries = []
    for i in range(5 * variant_entries):
        d = monday + dt.timedelta(days=i % 5)
        entries.append(WeekEntry(d, "上午" if i % 2 == 0 else "下午", "09:00" if i % 2 == 0 else "15:00",
                                 f"第{i + 1}项专题会议", "县政府第一会议室", "李明", "县直有关单位主要负责人",
                                 "县政府办公室", amended=i == 2, amendment="时间由周三上午调整为周三下午" if i == 2 else ""))
    return WeekDoc("2026年第19周（5月4日—5月10日）", days, tuple(entries),
                   amendments=("第3项专题会议时间由周三上午调整为周三下午。",), issuer="县政府办公室")


def make_schedule() -> tuple[ScheduleSlot, ...]:
    d1, d2 = dt.date(2026, 5, 20), dt.date(2026, 5, 21)
    return (ScheduleSlot(d1, "08:30—09:00", "报到", "县宾馆大厅", "会务组"),
            ScheduleSlot(d1, "09:00—12:00", "开幕式暨第一次全体会议", "县会议中心", "县委办"),
            ScheduleSlot(d2, "09:00—11:30", "分组讨论", "各分会场", ""))


def make_seating(n: int = 5) -> SeatingDoc:
    return SeatingDoc("全县经济工作会议", tuple(SeatPerson(f"领导{i}") for i in range(1, n + 1)))


# --------------------------------------------------------------------------- rendering to pixels

HAS_PDFTOPPM = shutil.which("pdftoppm") is not None


def png_rows(png: bytes) -> tuple[int, int, int, list[bytes]]:
    """Width, height, bytes per pixel and unfiltered rows of an 8-bit non-interlaced PNG (pdftoppm's)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, bpp = 8, b"", 0, 0, 3
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, _depth, colour = struct.unpack(">IIBB", data[:10])
            bpp = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        ftype, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def dark_fraction(pdf: bytes, tmp_path: Path, dpi: int = 30) -> float:
    """Share of page-1 pixels that are clearly not white, from pdftoppm's rendering."""
    src = tmp_path / "page.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-gray", "-r", str(dpi), "-f", "1", "-l", "1", str(src),
                    str(tmp_path / "page")], check=True, timeout=60)
    png = next(tmp_path.glob("page*.png")).read_bytes()
    width, height, _bpp, rows = png_rows(png)
    dark = sum(1 for row in rows for v in row if v < 160)
    return dark / (width * height)
