"""The whole data model of Huiwu (DESIGN.md), as SQLAlchemy 2 ORM classes.

Codes stored in the database are short English words (``"draft"``); the Chinese the office reads is
in the ``*_LABELS`` tables next to each enum, so a label can be reworded without a migration.
Times are stored as naive UTC and come back timezone-aware (:class:`UTCDateTime`), which is the only
form that is unambiguous on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.processors import str_to_datetime
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, naive UTC stored, aware UTC out — identical on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} would be ambiguous; pass an aware one")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], dt.datetime | None]:
        """:meth:`process_result_value` after the driver's own conversion, as one function per column.

        A large list reads a few hundred thousand times, and the generic TypeDecorator chain (three calls and a
        ``replace(tzinfo=…)`` each) cost about a twentieth of the largest lists' loads (issue 18). On SQLite,
        whose driver gives the stored text, ``fromisoformat(text + "+00:00")`` reads it as UTC in one call; any
        text that does not come back as plain UTC that way (a date alone, an offset already written) goes the
        ordinary way, so the value is the same as :meth:`process_result_value` of the impl's datetime.
        """
        impl = self.impl_instance.result_processor(dialect, coltype)
        utc = dt.UTC
        if impl is None:  # PostgreSQL: the driver gives naive datetimes

            def naive_utc(value: Any) -> dt.datetime | None:
                return None if value is None else value.replace(tzinfo=utc)

            return naive_utc
        parse, fallback = dt.datetime.fromisoformat, impl
        if impl is not str_to_datetime:  # a dialect's own parsing (not fromisoformat): keep it

            def converted(value: Any) -> dt.datetime | None:
                moment = fallback(value)
                return None if moment is None else moment.replace(tzinfo=utc)

            return converted

        def sqlite_text(value: Any) -> dt.datetime | None:
            if value is None:
                return None
            if value.__class__ is str:
                try:
                    moment = parse(value + "+00:00")
                except ValueError:
                    pass
                else:
                    if moment.tzinfo is utc:
                        return moment
            read = fallback(value)
            return None if read is None else read.replace(tzinfo=utc)

        return sqlite_text


# Time stamps come from the unit of work's clock (huiwu/db.py fills every column marked here when a row is
# inserted, and the "update" ones when it changes), never from the wall clock.
CREATED = {"stamp": "create"}
UPDATED = {"stamp": "update"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Versioned:
    """Editable aggregates carry a version; a save with a stale version is refused (ConflictError)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(info=UPDATED)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # SQLAlchemy bumps the version on every UPDATE and refuses a flush whose row changed meanwhile.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- enums and their labels


class UnitKind(enum.StrEnum):
    LEADERSHIP = "leadership"  # 县领导 / 领导班子
    DEPARTMENT = "department"  # 县直部门
    TOWNSHIP = "township"  # 乡镇（街道）
    SUPERIOR = "superior"  # 上级机关
    OTHER = "other"


UNIT_KIND_LABELS = {
    UnitKind.LEADERSHIP: "县领导",
    UnitKind.DEPARTMENT: "县直部门",
    UnitKind.TOWNSHIP: "乡镇",
    UnitKind.SUPERIOR: "上级机关",
    UnitKind.OTHER: "其他",
}


class MeetingKind(enum.StrEnum):
    STANDING = "standing"  # 常务会议
    TOPIC = "topic"  # 专题会议
    DISPATCH = "dispatch"  # 调度会
    PLENARY = "plenary"  # 全体会议
    VIDEO = "video"  # 视频会议
    TRAINING = "training"  # 培训
    OTHER = "other"


MEETING_KIND_LABELS = {
    MeetingKind.STANDING: "常务会议",
    MeetingKind.TOPIC: "专题会议",
    MeetingKind.DISPATCH: "调度会",
    MeetingKind.PLENARY: "全体会议",
    MeetingKind.VIDEO: "视频会议",
    MeetingKind.TRAINING: "培训",
    MeetingKind.OTHER: "其他",
}


class MeetingStatus(enum.StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    NOTIFIED = "notified"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    CANCELLED = "cancelled"


MEETING_STATUS_LABELS = {
    MeetingStatus.DRAFT: "草稿",
    MeetingStatus.SCHEDULED: "已安排",
    MeetingStatus.NOTIFIED: "已通知",
    MeetingStatus.IN_PROGRESS: "进行中",
    MeetingStatus.FINISHED: "已结束",
    MeetingStatus.CANCELLED: "已取消",
}


class Confidentiality(enum.StrEnum):
    """公开 and the office's own 内部 (not a state secret, printed without a mark), then the three 密级 of
    国家秘密 (GB/T 9704 §7.2: 秘密 / 机密 / 绝密 only). Whether a value is a 密级: :func:`huiwu.rules.secrecy.is_state_secret`."""

    PUBLIC = "public"
    INTERNAL = "internal"
    MIMI = "secret_mimi"  # 秘密
    JIMI = "secret_jimi"  # 机密
    JUEMI = "secret_juemi"  # 绝密


# The one table of these labels: the editor's combo, the printed 密级 mark and the audit trail read it.
CONFIDENTIALITY_LABELS = {
    Confidentiality.PUBLIC: "公开",
    Confidentiality.INTERNAL: "内部",
    Confidentiality.MIMI: "秘密",
    Confidentiality.JIMI: "机密",
    Confidentiality.JUEMI: "绝密",
}


class ParticipantRole(enum.StrEnum):
    ATTEND = "attend"  # 出席
    NONVOTING = "nonvoting"  # 列席
    STAFF = "staff"  # 工作人员
    INVITED = "invited"  # 特邀


PARTICIPANT_ROLE_LABELS = {
    ParticipantRole.ATTEND: "出席",
    ParticipantRole.NONVOTING: "列席",
    ParticipantRole.STAFF: "工作人员",
    ParticipantRole.INVITED: "特邀",
}


class Attendance(enum.StrEnum):
    PENDING = "pending"  # 未签到
    PRESENT = "present"  # 已签到 (迟到 is derived from signed_in_at > start)
    LEAVE = "leave"  # 请假
    SUBSTITUTE = "substitute"  # 代会
    ABSENT = "absent"  # 缺席


ATTENDANCE_LABELS = {
    Attendance.PENDING: "未签到",
    Attendance.PRESENT: "已签到",
    Attendance.LEAVE: "请假",
    Attendance.SUBSTITUTE: "代会",
    Attendance.ABSENT: "缺席",
}


class ChecklistPhase(enum.StrEnum):
    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


CHECKLIST_PHASE_LABELS = {
    ChecklistPhase.BEFORE: "会前",
    ChecklistPhase.DURING: "会中",
    ChecklistPhase.AFTER: "会后",
}


class OffsetUnit(enum.StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    WORKDAYS = "workdays"


class ActionState(enum.StrEnum):
    OPEN = "open"  # 办理中
    DONE = "done"  # 已办结
    CLOSED = "closed"  # 已销号


ACTION_STATE_LABELS = {
    ActionState.OPEN: "办理中",
    ActionState.DONE: "已办结",
    ActionState.CLOSED: "已销号",
}
OVERDUE_LABEL = "逾期"


class LeaveState(enum.StrEnum):
    PENDING = "pending"  # 待审批
    APPROVED = "approved"  # 已批准
    REJECTED = "rejected"  # 未批准
    RETURNED = "returned"  # 已销假
    WITHDRAWN = "withdrawn"  # 已撤回


LEAVE_STATE_LABELS = {
    LeaveState.PENDING: "待审批",
    LeaveState.APPROVED: "已批准",
    LeaveState.REJECTED: "未批准",
    LeaveState.RETURNED: "已销假",
    LeaveState.WITHDRAWN: "已撤回",
}


class WeekState(enum.StrEnum):
    DRAFT = "draft"
    FINAL = "final"


WEEK_STATE_LABELS = {WeekState.DRAFT: "草稿", WeekState.FINAL: "已定稿"}


class RequestState(enum.StrEnum):
    """会议申报 as the clerk decides it beside the draft week."""

    PENDING = "pending"  # 待审核
    ACCEPTED = "accepted"  # 已列入 (it became a meeting)
    DECLINED = "declined"  # 未列入 (with a reason)


REQUEST_STATE_LABELS = {
    RequestState.PENDING: "待审核",
    RequestState.ACCEPTED: "已列入",
    RequestState.DECLINED: "未列入",
}


class MergeKind(enum.StrEnum):
    MERGE = "merge"  # 整合会议
    RIDE = "ride"  # 借会开会


MERGE_KIND_LABELS = {MergeKind.MERGE: "整合会议", MergeKind.RIDE: "借会开会"}


# ---------------------------------------------------------------- directory


class Unit(Versioned, Base):
    """单位: a department, a 乡镇, a superior body. ``sort_order`` is the office's 排序号."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(20), default=UnitKind.DEPARTMENT)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    people: Mapped[list[Person]] = relationship(back_populates="unit")


class Person(Versioned, Base):
    """人员. The pinyin columns are derived from the name on save so search needs no computation."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(100), default="")  # 职务
    sort_order: Mapped[int] = mapped_column(Integer, default=0)  # 排序号, also the 主席台 order
    phone: Mapped[str] = mapped_column(String(50), default="")
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))  # 分管领导
    pinyin_initials: Mapped[str] = mapped_column(String(50), default="", index=True)
    pinyin_full: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[Unit] = relationship(back_populates="people")
    supervisor: Mapped[Person | None] = relationship(remote_side=[id])
    __table_args__ = (UniqueConstraint("unit_id", "name", name="uq_person_unit_name"),)


class Group(Versioned, Base):
    """A reusable attendee list, e.g. 各乡镇乡镇长."""

    __tablename__ = "person_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    members: Mapped[list[GroupMember]] = relationship(
        cascade="all, delete-orphan", order_by="GroupMember.position"
    )


class GroupMember(Base):
    __tablename__ = "group_member"
    group_id: Mapped[int] = mapped_column(ForeignKey("person_group.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    person: Mapped[Person] = relationship()


class Venue(Versioned, Base):
    """会议室."""

    __tablename__ = "venue"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    platform_seats: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 主席台 seats; 0: unknown
    has_video: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


# ---------------------------------------------------------------- meetings


def new_uid() -> str:
    return f"{uuid.uuid4()}@huiwu"


class Meeting(Versioned, Base):
    """One meeting. ``sequence`` is the iCalendar SEQUENCE, bumped on every change that syncs."""

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default=MeetingKind.TOPIC)
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.DRAFT, index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime]
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"), index=True)
    video_link: Mapped[str] = mapped_column(String(500), default="")
    host_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))  # 主办
    undertaker_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))  # 承办
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))  # 主持
    confidentiality: Mapped[str] = mapped_column(String(20), default=Confidentiality.PUBLIC)
    secrecy_term: Mapped[str] = mapped_column(String(20), default="")  # 保密期限 of a 密级: "1年", "6个月", "长期"
    notes: Mapped[str] = mapped_column(Text, default="")
    notice_text: Mapped[str] = mapped_column(Text, default="")  # the edited 会议通知, empty = generate
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # soft delete, recoverable

    venue: Mapped[Venue | None] = relationship()
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    host_unit: Mapped[Unit | None] = relationship(foreign_keys=[host_unit_id])
    undertaker_unit: Mapped[Unit | None] = relationship(foreign_keys=[undertaker_unit_id])
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    checklist_items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ChecklistItem.position"
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ActionItem.id"
    )


class AgendaItem(Base):
    """议题."""

    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    presenter_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    presenter_name: Mapped[str] = mapped_column(String(100), default="")  # 汇报人
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)  # 涉密材料 collected after it
    # its own 密级 (秘密/机密/绝密, or "") and 保密期限; ``confidential`` is true exactly when it has one
    secrecy_level: Mapped[str] = mapped_column(String(20), default="", server_default="")
    secrecy_term: Mapped[str] = mapped_column(String(20), default="", server_default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    presenter_unit: Mapped[Unit | None] = relationship()
    attending_units: Mapped[list[AgendaAttendingUnit]] = relationship(cascade="all, delete-orphan")


class AgendaAttendingUnit(Base):
    """列席单位 of one 议题."""

    __tablename__ = "agenda_attending_unit"
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    unit: Mapped[Unit] = relationship()


class Participant(Base):
    """One invitee of one meeting, with their attendance — one model for 签到, 请假, 代会 and 缺席."""

    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=ParticipantRole.ATTEND)
    attendance: Mapped[str] = mapped_column(String(20), default=Attendance.PENDING)
    signed_in_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    left_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # 早退
    leave_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("leave_request.id", ondelete="SET NULL"), index=True
    )
    substitute_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    substitute_name: Mapped[str] = mapped_column(String(50), default="")  # 代会人员 not in the directory
    substitute_title: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    platform: Mapped[bool | None] = mapped_column(Boolean, default=None)  # 主席台: None until the clerk decides
    # Two PCs recording one person's attendance: the second save is refused, never silently wins.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    meeting: Mapped[Meeting] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    substitute: Mapped[Person | None] = relationship(foreign_keys=[substitute_person_id])
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_participant_meeting_person"),
        Index("ix_participant_person_attendance", "person_id", "attendance"),
    )


# ---------------------------------------------------------------- checklists


class ChecklistTemplate(Versioned, Base):
    """A template saved by the office; the built-in ones are data files in resources/checklists."""

    __tablename__ = "checklist_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    meeting_kind: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    items: Mapped[list[ChecklistTemplateItem]] = relationship(
        cascade="all, delete-orphan", order_by="ChecklistTemplateItem.position"
    )


class ChecklistTemplateItem(Base):
    __tablename__ = "checklist_template_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_template.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300))
    offset_value: Mapped[int] = mapped_column(Integer, default=0)
    offset_unit: Mapped[str] = mapped_column(String(10), default=OffsetUnit.DAYS)
    at_time: Mapped[str] = mapped_column(String(5), default="")  # "17:00" for a fixed time of day
    owner: Mapped[str] = mapped_column(String(100), default="")


class ChecklistItem(Versioned, Base):
    """One 会前/会中/会后 step of one meeting. ``due_at`` is recomputed whenever the meeting moves."""

    __tablename__ = "checklist_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300))
    offset_value: Mapped[int] = mapped_column(Integer, default=0)
    offset_unit: Mapped[str] = mapped_column(String(10), default=OffsetUnit.DAYS)
    at_time: Mapped[str] = mapped_column(String(5), default="")
    due_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    owner: Mapped[str] = mapped_column(String(100), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_by: Mapped[str] = mapped_column(String(100), default="")
    done_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="checklist_items")


# ---------------------------------------------------------------- decisions (议定事项督办)


class ActionItem(Versioned, Base):
    """议定事项. 逾期 is not stored: it is an open item whose deadline has passed."""

    __tablename__ = "action_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    responsible_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    responsible_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(10), default=ActionState.OPEN, index=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    # the 明白纸's 时限节点 it tracks, if it came from one (a plain column: adding a foreign key to the existing
    # SQLite table would mean rebuilding it, cascading to its 反馈)
    handout_milestone_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    # why it may be filed away unfinished (a meeting is 归档 only when every item is 已销号 or says why not)
    archive_note: Mapped[str] = mapped_column(Text, default="", server_default="")

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")
    responsible_unit: Mapped[Unit | None] = relationship()
    responsible_person: Mapped[Person | None] = relationship()
    feedback: Mapped[list[ActionFeedback]] = relationship(
        cascade="all, delete-orphan", order_by="ActionFeedback.entry_date"
    )


class ActionFeedback(Base):
    """反馈: progress reported by the responsible unit."""

    __tablename__ = "action_feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_item_id: Mapped[int] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"), index=True)
    entry_date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)


# ---------------------------------------------------------------- leave (请假)


class LeaveRequest(Versioned, Base):
    """请假: for one meeting, or for a date-time range (a general absence, 请销假)."""

    __tablename__ = "leave_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    ends_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    substitute_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    substitute_name: Mapped[str] = mapped_column(String(50), default="")
    substitute_title: Mapped[str] = mapped_column(String(100), default="")
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    state: Mapped[str] = mapped_column(String(10), default=LeaveState.PENDING, index=True)
    channel: Mapped[str] = mapped_column(String(20), default="书面")  # 请假方式: 书面 / 电话 / 短信
    retroactive: Mapped[bool] = mapped_column(Boolean, default=False)  # 补办
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    returned_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # 销假: actual return
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)

    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    substitute: Mapped[Person | None] = relationship(foreign_keys=[substitute_person_id])
    approver: Mapped[Person | None] = relationship(foreign_keys=[approver_id])
    meeting: Mapped[Meeting | None] = relationship()


# ---------------------------------------------------------------- 明白纸


class Handout(Versioned, Base):
    """明白纸: 干什么事、什么标准、时限节点、奖惩机制, contact and attached tables, on one A4 page."""

    __tablename__ = "handout"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    tasks: Mapped[str] = mapped_column(Text, default="")
    standards: Mapped[str] = mapped_column(Text, default="")
    rewards_penalties: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    copies: Mapped[int] = mapped_column(Integer, default=1)
    # its own 密级 (a 明白纸 without a meeting can be 涉密); printed is the higher of this and its meeting's
    confidentiality: Mapped[str] = mapped_column(String(20), default=Confidentiality.PUBLIC,
                                                 server_default=Confidentiality.PUBLIC.value)
    secrecy_term: Mapped[str] = mapped_column(String(20), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    milestones: Mapped[list[HandoutMilestone]] = relationship(
        cascade="all, delete-orphan", order_by="HandoutMilestone.position"
    )
    tables: Mapped[list[HandoutTable]] = relationship(
        cascade="all, delete-orphan", order_by="HandoutTable.position"
    )
    meeting: Mapped[Meeting | None] = relationship()


class HandoutMilestone(Base):
    __tablename__ = "handout_milestone"
    id: Mapped[int] = mapped_column(primary_key=True)
    handout_id: Mapped[int] = mapped_column(ForeignKey("handout.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    node: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")


class HandoutTable(Base):
    """An attached table the reader fills in: its columns and (possibly blank) rows as JSON."""

    __tablename__ = "handout_table"
    id: Mapped[int] = mapped_column(primary_key=True)
    handout_id: Mapped[int] = mapped_column(ForeignKey("handout.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    columns: Mapped[list[Any]] = mapped_column(JSON, default=list)
    rows: Mapped[list[Any]] = mapped_column(JSON, default=list)


# ---------------------------------------------------------------- what comes back (回执, 明白纸 tables)


class ReturnKind(enum.StrEnum):
    REPLY = "reply"  # 回执 of a meeting's notice
    TABLE = "table"  # an attached table of a 明白纸, filled in by each unit


RETURN_KIND_LABELS = {ReturnKind.REPLY: "回执", ReturnKind.TABLE: "明白纸附表"}


class ReturnState(enum.StrEnum):
    PENDING = "pending"  # 未回复 (逾期 once the deadline has passed: huiwu.rules.returns)
    RETURNED = "returned"  # 已回复 / 已交


RETURN_STATE_LABELS = {ReturnState.PENDING: "未回复", ReturnState.RETURNED: "已回复"}


class ReplyAnswer(enum.StrEnum):
    ATTEND = "attend"  # 参会
    ABSENT = "absent"  # 不参会 (with a reason): becomes a leave request
    SUBSTITUTE = "substitute"  # 代会 (who): becomes a leave request naming the substitute


REPLY_ANSWER_LABELS = {ReplyAnswer.ATTEND: "参会", ReplyAnswer.ABSENT: "不参会", ReplyAnswer.SUBSTITUTE: "代会"}


class ReturnRequest(Versioned, Base):
    """Something the office sent out and expects back by a deadline: a meeting's 回执, or one attached table of a
    明白纸. Its recipients, each with their state, are the items."""

    __tablename__ = "return_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    handout_id: Mapped[int | None] = mapped_column(ForeignKey("handout.id", ondelete="CASCADE"), index=True)
    handout_table_id: Mapped[int | None] = mapped_column(ForeignKey("handout_table.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300), default="")
    deadline: Mapped[dt.datetime | None] = mapped_column(default=None)  # 截止时间; None: no deadline given
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    items: Mapped[list[ReturnItem]] = relationship(cascade="all, delete-orphan", order_by="ReturnItem.id")


class ReturnItem(Versioned, Base):
    """One recipient of a ReturnRequest — a person, or a unit (that names its attendee, or fills in a table) —
    and what came back from them, when, and how it was entered."""

    __tablename__ = "return_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("return_request.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(10), default=ReturnState.PENDING)
    answer: Mapped[str] = mapped_column(String(20), default="")  # a 回执's ReplyAnswer
    reason: Mapped[str] = mapped_column(Text, default="")  # 不参会的原因
    substitute_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    substitute_name: Mapped[str] = mapped_column(String(50), default="")
    named_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))  # a unit's attendee
    data: Mapped[list[Any]] = mapped_column(JSON, default=list)  # a table's returned rows
    returned_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    channel: Mapped[str] = mapped_column(String(20), default="")  # 电话 / 书面 / 表格导入
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    leave_request_id: Mapped[int | None] = mapped_column(ForeignKey("leave_request.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person | None] = relationship(foreign_keys=[person_id])
    unit: Mapped[Unit | None] = relationship()
    substitute: Mapped[Person | None] = relationship(foreign_keys=[substitute_person_id])
    named_person: Mapped[Person | None] = relationship(foreign_keys=[named_person_id])


# ---------------------------------------------------------------- imported calendars and sync


class ImportedCalendar(Versioned, Base):
    """A calendar imported from .ics (a leader's, an upper-level notice feed), shown read-only."""

    __tablename__ = "imported_calendar"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#4a90d9")
    source: Mapped[str] = mapped_column(String(1000), default="")  # file path or URL
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    imported_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    visible: Mapped[bool] = mapped_column(Boolean, default=True)
    events: Mapped[list[ImportedEvent]] = relationship(
        back_populates="calendar", cascade="all, delete-orphan"
    )


class ImportedEvent(Base):
    """One VEVENT (a series master or an override). ``raw`` keeps its text to expand recurrences."""

    __tablename__ = "imported_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[int] = mapped_column(ForeignKey("imported_calendar.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(500))
    recurrence_id: Mapped[str] = mapped_column(String(50), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime]
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    is_recurring: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    attendees: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[name, email], ...]
    raw: Mapped[str] = mapped_column(Text, default="")

    calendar: Mapped[ImportedCalendar] = relationship(back_populates="events")
    __table_args__ = (
        UniqueConstraint("calendar_id", "uid", "recurrence_id", name="uq_imported_event_uid"),
    )


class ImportedEventPerson(Base):
    """An imported attendee mapped by name to a directory person, so the event counts in conflicts."""

    __tablename__ = "imported_event_person"
    event_id: Mapped[int] = mapped_column(ForeignKey("imported_event.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class CalDavTarget(Versioned, Base):
    """A CalDAV calendar that receives meetings: the office's, or one leader's (``person_id``).

    The password is never stored here; it lives in the OS keyring under ``keyring_key``.
    """

    __tablename__ = "caldav_target"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    url: Mapped[str] = mapped_column(String(1000))
    username: Mapped[str] = mapped_column(String(200), default="")
    calendar_url: Mapped[str] = mapped_column(String(1000), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_sync_result: Mapped[str] = mapped_column(Text, default="")
    sync_token: Mapped[str] = mapped_column(String(500), default="")
    # The imported calendar holding the events created on this calendar outside the office (the leader's phone).
    # A plain id, not a foreign key: the clerk may delete that calendar (the next sync makes a new one), and
    # adding a foreign key on SQLite would mean rebuilding this table, which cascades to its records.
    imported_calendar_id: Mapped[int | None] = mapped_column(Integer, default=None)


class CalDavRecord(Base):
    """What was last pushed to / pulled from one target for one meeting (for change detection)."""

    __tablename__ = "caldav_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("caldav_target.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    uid: Mapped[str] = mapped_column(String(500))
    href: Mapped[str] = mapped_column(String(1000), default="")
    etag: Mapped[str] = mapped_column(String(200), default="")
    pushed_sequence: Mapped[int] = mapped_column(Integer, default=-1)
    pushed_version: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # STATUS:CANCELLED first written
    resend: Mapped[bool] = mapped_column(Boolean, default=False)  # write the office's version at the next sync
    __table_args__ = (UniqueConstraint("target_id", "uid", name="uq_caldav_record_uid"),)


class CalDavPendingState(enum.StrEnum):
    OPEN = "open"  # waiting for the clerk
    ACCEPTED = "accepted"  # the meeting was cancelled in the office
    REJECTED = "rejected"  # the office's version is written back at the next sync
    SETTLED = "settled"  # moot: cancelled in the office meanwhile, or put back on the server


class CalDavPending(Versioned, Base):
    """A deletion or cancellation of an office meeting made on a CalDAV server (a leader's phone), waiting for
    the clerk to accept (cancel the meeting) or reject (write it back). Kept until decided, never re-detected."""

    __tablename__ = "caldav_pending"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("caldav_target.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "deleted" / "cancelled"
    state: Mapped[str] = mapped_column(String(20), default=CalDavPendingState.OPEN)
    title: Mapped[str] = mapped_column(String(300), default="")  # the meeting's title when found
    detail: Mapped[str] = mapped_column(Text, default="")  # the server's text of the event (a cancellation)
    detected_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")


# ---------------------------------------------------------------- the week (周安排)


class WeekPlan(Versioned, Base):
    """一周会议安排 of one ISO week; once 已定稿, later changes are recorded as amendments."""

    __tablename__ = "week_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    iso_year: Mapped[int] = mapped_column(Integer)
    iso_week: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default=WeekState.DRAFT)
    finalized_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    finalized_by: Mapped[str] = mapped_column(String(100), default="")
    snapshot: Mapped[list[Any]] = mapped_column(JSON, default=list)  # the meetings as finalised
    # 签发: the 主要领导 (or a delegate) who signed the current edition. The name is stored as printed, so a
    # signed week still reads right after the person is renamed or leaves; the id is a plain column (no foreign
    # key: adding one to an existing SQLite table would mean rebuilding it, cascading to its 变更).
    signer_id: Mapped[int | None] = mapped_column(Integer, default=None)
    signer_name: Mapped[str] = mapped_column(String(50), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    edition: Mapped[int] = mapped_column(Integer, default=0)  # 第N版: 1 at the first 定稿, +1 at each re-issue
    amendments: Mapped[list[WeekAmendment]] = relationship(
        cascade="all, delete-orphan", order_by="WeekAmendment.id"
    )
    __table_args__ = (UniqueConstraint("iso_year", "iso_week", name="uq_week_plan_week"),)


class WeekAmendment(Base):
    """变更: a change to a finalised week."""

    __tablename__ = "week_amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    week_plan_id: Mapped[int] = mapped_column(ForeignKey("week_plan.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    change: Mapped[str] = mapped_column(String(20))  # added / changed / cancelled
    description: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")  # 变更原因
    edition: Mapped[int] = mapped_column(Integer, default=1)  # the edition it amends (later ones re-issued it)
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class MeetingRequest(Versioned, Base):
    """会议申报: a unit or a leader's office asks for a meeting in ISO week (iso_year, iso_week). ``late`` is
    decided when it is filed, against the cut-off then in force (huiwu.rules.requests), and never changes."""

    __tablename__ = "meeting_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    iso_year: Mapped[int] = mapped_column(Integer)
    iso_week: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default=MeetingKind.TOPIC)
    starts_at: Mapped[dt.datetime]  # the wanted time
    ends_at: Mapped[dt.datetime]
    alt_starts_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # a second choice, if any
    alt_ends_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    venue_note: Mapped[str] = mapped_column(String(200), default="")  # a wish the directory has no venue for
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))  # 申报单位
    requested_by: Mapped[str] = mapped_column(String(100), default="")  # 申报人 (and phone), as told
    requested_at: Mapped[dt.datetime] = mapped_column(index=True)
    late: Mapped[bool] = mapped_column(Boolean, default=False)  # 逾期申报
    notes: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default=RequestState.PENDING)
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(String(100), default="")

    venue: Mapped[Venue | None] = relationship()
    chair: Mapped[Person | None] = relationship()
    unit: Mapped[Unit | None] = relationship()
    invitees: Mapped[list[MeetingRequestInvitee]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingRequestInvitee.id"
    )
    __table_args__ = (Index("ix_meeting_request_week", "iso_year", "iso_week"),)


class MeetingRequestInvitee(Base):
    """One expected participant of a 会议申报: a person, a unit (its 主要负责同志) or a group; exactly one is set."""

    __tablename__ = "meeting_request_invitee"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("meeting_request.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("person_group.id", ondelete="CASCADE"))

    person: Mapped[Person | None] = relationship()
    unit: Mapped[Unit | None] = relationship()
    group: Mapped[Group | None] = relationship()


class MeetingCap(Versioned, Base):
    """会议计划: the office's yearly limit for meetings of one kind ("" = every kind) held by one host unit
    (None = any), and/or the least share of them to be held as 视频会议. Read by the 会议精简 ledger."""

    __tablename__ = "meeting_cap"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="")
    host_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    max_count: Mapped[int | None] = mapped_column(Integer, default=None)  # 全年不超过 N 次
    min_video_percent: Mapped[int | None] = mapped_column(Integer, default=None)  # 视频会议不少于 N%
    note: Mapped[str] = mapped_column(Text, default="")  # the rule it comes from, e.g. 县政府工作规则第十二条

    host_unit: Mapped[Unit | None] = relationship()


class MeetingMerge(Base):
    """A 整合会议 / 借会开会 proposal the clerk accepted: the source meeting was avoided. ``person_times_saved``
    counts the source's invitees who were invited to the target already (they now come once, not twice);
    ``minutes_saved`` is that number times the source's length."""

    __tablename__ = "meeting_merge"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(10), default=MergeKind.MERGE)
    person_times_saved: Mapped[int] = mapped_column(Integer, default=0)
    minutes_saved: Mapped[int] = mapped_column(Integer, default=0)
    merged_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    merged_by: Mapped[str] = mapped_column(String(100), default="")


# ---------------------------------------------------------------- the paper trail: 纪要, 涉密材料, 归档卷


class MinutesState(enum.StrEnum):
    DRAFT = "draft"  # 起草
    REVIEW = "review"  # 送审 (to the chair)
    SIGNED = "signed"  # 已签发: the text changes only by a recorded revision
    ISSUED = "issued"  # 已印发


MINUTES_STATE_LABELS = {
    MinutesState.DRAFT: "起草",
    MinutesState.REVIEW: "送审",
    MinutesState.SIGNED: "已签发",
    MinutesState.ISSUED: "已印发",
}


class Minutes(Versioned, Base):
    """会议纪要 of one meeting. Numbered per kind per year (``kind`` is the meeting's kind when it was numbered);
    its 出席/请假/列席 lines are never stored: they are read from the attendance record when shown or printed."""

    __tablename__ = "minutes"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default=MeetingKind.TOPIC)
    year: Mapped[int | None] = mapped_column(Integer, default=None)
    number: Mapped[int | None] = mapped_column(Integer, default=None)  # 〔year〕number号
    title: Mapped[str] = mapped_column(String(300), default="")
    distribution: Mapped[str] = mapped_column(Text, default="")  # 分送
    issuer: Mapped[str] = mapped_column(String(200), default="")  # 印发机关
    issued_on: Mapped[dt.date | None] = mapped_column(Date, default=None)  # 印发日期
    state: Mapped[str] = mapped_column(String(10), default=MinutesState.DRAFT)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    submitted_by: Mapped[str] = mapped_column(String(100), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    signed_by: Mapped[str] = mapped_column(String(100), default="")  # who signed (the chair)
    issued_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)  # revisions after 签发
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)

    meeting: Mapped[Meeting] = relationship()
    sections: Mapped[list[MinutesSection]] = relationship(
        cascade="all, delete-orphan", order_by="MinutesSection.position")
    revisions: Mapped[list[MinutesRevision]] = relationship(
        cascade="all, delete-orphan", order_by="MinutesRevision.number")
    __table_args__ = (UniqueConstraint("kind", "year", "number", name="uq_minutes_kind_year_number"),)


class MinutesSection(Base):
    """One section of the body: usually one 议题 and what was decided on it."""

    __tablename__ = "minutes_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("minutes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    heading: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[list[MinutesDecision]] = relationship(
        cascade="all, delete-orphan", order_by="MinutesDecision.position")


class MinutesDecision(Base):
    """One decision of a section (a paragraph of the 纪要); once made a 议定事项, it links to its 督办 item."""

    __tablename__ = "minutes_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("minutes_section.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    action_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_item.id", ondelete="SET NULL"), index=True)
    action_item: Mapped[ActionItem | None] = relationship()


class MinutesRevision(Base):
    """A change to a signed 纪要: why, by whom, when, and the text as it stood before (a plain snapshot)."""

    __tablename__ = "minutes_revision"
    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("minutes.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str] = mapped_column(Text, default="")
    made_by: Mapped[str] = mapped_column(String(100), default="")
    made_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SecretMaterial(Versioned, Base):
    """涉密材料 handed out at a meeting (or one 议题 of it): title, 密级 and 保密期限; each copy is registered."""

    __tablename__ = "secret_material"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    secrecy_level: Mapped[str] = mapped_column(String(20), default=Confidentiality.MIMI)
    secrecy_term: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    copies: Mapped[list[SecretCopy]] = relationship(cascade="all, delete-orphan", order_by="SecretCopy.copy_no")


class SecretCopy(Versioned, Base):
    """One numbered copy (份号) of a 涉密材料: to whom it went, when, and when it came back (回收) to whom."""

    __tablename__ = "secret_copy"
    id: Mapped[int] = mapped_column(primary_key=True)
    material_id: Mapped[int] = mapped_column(ForeignKey("secret_material.id", ondelete="CASCADE"), index=True)
    copy_no: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    recipient_name: Mapped[str] = mapped_column(String(50), default="")  # as registered (a non-directory recipient too)
    recipient_unit: Mapped[str] = mapped_column(String(100), default="")
    issued_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # 领取时间
    issued_by: Mapped[str] = mapped_column(String(100), default="")  # 经办人 at hand-out
    returned_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # 退回时间
    returned_to: Mapped[str] = mapped_column(String(100), default="")  # 经办人 at 回收
    note: Mapped[str] = mapped_column(Text, default="")
    person: Mapped[Person | None] = relationship()
    __table_args__ = (UniqueConstraint("material_id", "copy_no", name="uq_secret_copy_material_copy_no"),)


class MeetingArchive(Base):
    """A meeting filed away (已归档): the 归档卷 as built then, frozen. A later change to the meeting reopens it
    (``reopened_at`` and what changed); the meeting is 已归档 while its newest archive is not reopened."""

    __tablename__ = "meeting_archive"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    archived_at: Mapped[dt.datetime] = mapped_column(info=CREATED)
    archived_by: Mapped[str] = mapped_column(String(100), default="")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    contents: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[section, first page, last, note], …]
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    reopened_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    reopened_by: Mapped[str] = mapped_column(String(100), default="")
    reopened_reason: Mapped[str] = mapped_column(Text, default="")


class HolidayOverride(Base):
    """The office's own entry for a day the ``holidays`` package does not know or gets wrong."""

    __tablename__ = "holiday_override"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(100), default="")


# ---------------------------------------------------------------- audit


class AuditEntry(Base):
    """Who changed what, when. ``meeting_id`` lets a meeting show its whole history quickly."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True, info=CREATED)
    actor: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    meeting_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(50))
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
