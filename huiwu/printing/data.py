"""What the printers need, as plain frozen data: the contract between the service layer and the PDFs.

The services fill these from the database; the printers never see an ORM object or a session, so a
document can be tested, previewed and re-printed from hand-made data. Everything a printer shows is already
decided here (order, labels, marks, dates in the office's zone): the printers only lay it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Confidentiality = Literal["公开", "内部", "秘密", "机密", "绝密"]  # labels of huiwu.models.CONFIDENTIALITY_LABELS
SeatingRule = Literal["alternate", "centre_on_first"]
DaySlot = Literal["上午", "下午", "晚上"]

# --------------------------------------------------------------------------- the meeting


@dataclass(frozen=True)
class AgendaDocItem:
    """One 议题, in the order it is taken."""

    position: int
    title: str
    presenter_unit: str = ""
    presenter_name: str = ""
    minutes: int | None = None
    attending_units: tuple[str, ...] = ()  # 列席单位
    secrecy_mark: str = ""  # the 议题's own 密级 ("机密★5年"), printed after its title


@dataclass(frozen=True)
class MeetingDoc:
    """The meeting as every document heads it. Datetimes are aware and already in the office's zone."""

    title: str
    kind_label: str = ""  # 常务会议 / 专题会议 / …
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    venue: str = ""
    video_link: str = ""
    organisers: tuple[str, ...] = ()  # 主办 / 承办 unit names
    chair: str = ""
    confidentiality: Confidentiality = "公开"
    notes: str = ""
    agenda: tuple[AgendaDocItem, ...] = ()
    secrecy_mark: str = ""  # "秘密★1年" at the top left of page 1 (huiwu.rules.secrecy), "" for 公开 / 内部
    copy_number: int = 0  # 份号 of this copy (printed 000001 above the mark); 0: copies not numbered


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the sign-in sheet; rows arrive in 排序号 order, grouped by unit."""

    seq: int
    unit: str
    name: str
    title: str = ""  # 职务
    phone: str = ""
    role_label: str = "出席"  # 出席 / 列席 / 工作人员 / 特邀
    attendance: str = ""  # "" / 请假 / 代会 / 已签到 / 迟到 / 缺席
    substitute_name: str = ""  # for 代会
    substitute_title: str = ""
    note: str = ""
    unit_sort_key: int = 0

    @property
    def on_leave(self) -> bool:
        return self.attendance == "请假" and not self.substitute_name


@dataclass(frozen=True)
class ScheduleSlot:
    """One line of a 日程 (meetings of a full day or more)."""

    date: dt.date
    time_range: str  # "08:30—12:00"
    activity: str
    place: str = ""
    accompanying: str = ""  # 陪同人员


# --------------------------------------------------------------------------- notice


@dataclass(frozen=True)
class ReplyForm:
    """回执 attached to a notice: a title, the columns, and how many blank rows to leave."""

    title: str = "回执"
    columns: tuple[str, ...] = ("姓名", "单位", "职务", "联系电话", "是否参会")
    blank_rows: int = 5
    deadline_text: str = ""  # "请于5月20日前报送县政府办公室"


@dataclass(frozen=True)
class NoticeDoc:
    """会议通知 exactly as the text says: every paragraph is one line of the body, printed as it is written
    (headings "一、" / "（一）" set in their faces); the contact line, if any, is one of the paragraphs."""

    title: str  # 关于召开××会议的通知
    recipients: str = ""  # 主送
    paragraphs: tuple[str, ...] = ()
    issuer: str = ""  # 落款
    date: dt.date | None = None
    date_text: str = ""  # 成文日期 as written; when empty, ``date`` formatted
    postscript: tuple[str, ...] = ()  # 附注 and other lines after the date
    reply_form: ReplyForm | None = None
    secrecy_mark: str = ""  # "秘密★1年" of a 涉密 meeting's notice
    copy_number: int = 0  # 份号 of this copy; 0: not numbered
    printed_by: str = ""  # 版记: 印发机关 (GB/T 9704 §7.4.3); "" prints no 版记
    printed_on: dt.date | None = None  # 印发日期


# --------------------------------------------------------------------------- 明白纸


@dataclass(frozen=True)
class Milestone:
    date: str  # free text: "5月20日前", "每周五"
    node: str
    owner: str = ""


@dataclass(frozen=True)
class AttachedTable:
    """A table the reader fills in and sends back; ``blank_rows`` empty rows follow the given ones."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    blank_rows: int = 3


@dataclass(frozen=True)
class HandoutDoc:
    """明白纸: one A4 page telling units what to do, to which standard, by when, and what follows."""

    title: str
    tasks: tuple[str, ...] = ()  # 干什么事
    standards: tuple[str, ...] = ()  # 什么标准
    milestones: tuple[Milestone, ...] = ()  # 时限节点
    rewards_penalties: tuple[str, ...] = ()  # 奖惩机制
    contact: str = ""  # 联系人及电话
    tables: tuple[AttachedTable, ...] = ()
    confidentiality: Confidentiality = "公开"
    copies: int = 1  # numbered (份号 000001 …) when > 1 or when not 公开
    secrecy_mark: str = ""  # "秘密★1年" when its meeting is 涉密
    issuer: str = ""
    date: dt.date | None = None


# --------------------------------------------------------------------------- seating and cards


@dataclass(frozen=True)
class SeatPerson:
    name: str
    title: str = ""


@dataclass(frozen=True)
class AudienceUnit:
    """One unit's block of seats 台下, in 排序号 order from the front row."""

    unit: str
    people: int


@dataclass(frozen=True)
class SeatingDoc:
    """主席台 seats: people in 排序号 order (No. 1 first); the printer places them by the rule. The rest of the
    participants sit 台下 by unit (``audience``, front row first)."""

    meeting_title: str
    people: tuple[SeatPerson, ...]
    rule: SeatingRule = "alternate"
    venue: str = ""
    secrecy_mark: str = ""
    audience: tuple[AudienceUnit, ...] = ()
    copy_number: int = 0  # 份号 of this copy; 0: not numbered


# --------------------------------------------------------------------------- follow-up and attendance


@dataclass(frozen=True)
class ActionRow:
    """One 议定事项 in the 督办清单."""

    seq: int
    meeting_title: str
    decision: str
    responsible_unit: str
    responsible_person: str = ""
    deadline: dt.date | None = None
    state_label: str = "办理中"  # 办理中 / 已办结 / 已销号 / 逾期
    latest_feedback: str = ""
    overdue: bool = False


@dataclass(frozen=True)
class ActionDoc:
    title: str = "会议议定事项督办清单"
    as_of: dt.date | None = None
    rows: tuple[ActionRow, ...] = ()
    issuer: str = ""


@dataclass(frozen=True)
class AttendanceReportRow:
    """One line of the 通报, already worded (the service takes it from huiwu.services.stats.absence_report)."""

    seq: int
    name: str
    unit: str
    title: str
    meeting: str
    time: dt.datetime | None
    kind: str  # 迟到 / 缺席 / 早退 / 未经批准代会
    situation: str  # 情形: "迟到 12 分钟", "缺席", "未经批准代会（王五）"
    on_leave: str = "否"  # 是否请假: "否" / "已请假（未批准）"
    leave_channel: str = ""  # 请假方式: 书面 / 电话 / 短信 …


@dataclass(frozen=True)
class ReportDoc:
    """Attendance 通报 over a period; counts are derived from the rows."""

    period_label: str  # "2026年5月"
    rows: tuple[AttendanceReportRow, ...] = ()
    meeting_count: int = 0
    issuer: str = ""
    date: dt.date | None = None
    title: str = ""  # default "关于{period}期间会议出勤情况的通报"

    @property
    def full_title(self) -> str:
        return self.title or f"关于{self.period_label}期间会议出勤情况的通报"


# --------------------------------------------------------------------------- 一周会议安排


@dataclass(frozen=True)
class WeekDay:
    date: dt.date
    weekday_label: str  # 周一 … 周日
    holiday_label: str = ""  # "劳动节" / "调休上班" / ""


@dataclass(frozen=True)
class WeekEntry:
    date: dt.date
    slot: DaySlot
    time: str  # "09:00" or "09:00—11:30"
    title: str
    place: str = ""
    chair: str = ""  # 主持 / 出席领导
    participants: str = ""  # 参会范围
    organiser: str = ""  # 承办单位
    note: str = ""
    amended: bool = False
    amendment: str = ""


@dataclass(frozen=True)
class WeekDoc:
    week_label: str  # "2026年第19周（5月4日—5月10日）"
    days: tuple[WeekDay, ...]
    entries: tuple[WeekEntry, ...] = ()
    amendments: tuple[str, ...] = ()  # 变更情况, one sentence each
    issuer: str = ""
    title: str = "一周会议安排"
    show_evening: bool | None = None  # None: only when an entry is in the evening
    secrecy_mark: str = ""  # printed with its 涉密 meetings in full: the highest 密级 among them


# --------------------------------------------------------------------------- 签到结果表


@dataclass(frozen=True)
class ResultRow:
    """One invitee on the 签到结果表, already worded: ``mark`` is "√", "迟到 5 分钟", "请假（赴省开会）",
    "代会（王五）", "缺席" … as :func:`huiwu.services.printing.result_mark` says from the roster's outcome."""

    seq: int
    unit: str
    name: str
    title: str = ""
    mark: str = ""
    signed_in_at: dt.datetime | None = None  # whoever signed in for the seat (office zone)
    note: str = ""  # 备注: 列席 / 工作人员, 离会时间, the clerk's notes


@dataclass(frozen=True)
class ResultTotals:
    """The foot of the 签到结果表: the sign-in page's Tally (工作人员 are not 应到)."""

    expected: int = 0  # 应到
    present: int = 0  # 实到 (本人 + 代会)
    substitute: int = 0  # of which 代会
    leave: int = 0  # 请假
    absent: int = 0  # 缺席
    missing: int = 0  # 未签到 (only before the sign-in is closed)
    late: int = 0  # 迟到
    left_early: int = 0  # 早退


@dataclass(frozen=True)
class ResultDoc:
    """签到结果表: the staff-marked sign-in sheet after the meeting, rows in 排序号 order grouped by unit."""

    meeting: MeetingDoc
    rows: tuple[ResultRow, ...] = ()
    totals: ResultTotals = ResultTotals()
    closed: bool = True  # the sign-in was closed (缺席 decided); otherwise 未签到 is still open
    as_of: dt.datetime | None = None  # when the record was read (office zone)
    issuer: str = ""
