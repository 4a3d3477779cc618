"""会议精简 ledger: the year's 会议计划 (caps per kind and host unit, set by the office) and the meetings counted
against it — held, still arranged, cancelled and avoided by 整合会议 / 借会开会 — per kind, host unit and month,
with the person-times spent (those of the 乡镇 too, with their hours) and the person-times the merges saved.

What counts as what is :mod:`huiwu.rules.ledger` (and 实到 is :mod:`huiwu.rules.attendance`); this module loads
the rows in a fixed number of set-based statements, whatever the year holds, and writes nothing when it reads.
The CLI (``huiwu ledger``), the 会议精简 page and the printed 通报 all show the :class:`Ledger` made here.

Choices the docstrings of the rules spell out:

* A meeting belongs to the month (office zone) it starts in.
* ``held`` are meetings whose start has passed by the unit of work's clock; those still to come are ``planned``
  (已安排), kept apart, and both count against a cap (so an overrun shows before it happens).
* ``person_times`` are 实到 seats of held meetings; ``planned_person_times`` the 应到 seats of planned ones.
* 乡镇 figures (``township_person_times``, ``township_minutes``) are the 实到 seats of held meetings whose
  person belongs to a 乡镇 unit, and the minutes each spent there (:func:`huiwu.rules.ledger.meeting_minutes`).
* ``avoided_by_merge`` counts the accepted merges (``MeetingMerge`` rows) whose source meeting started in the
  month and is still cancelled; their ``person_times_saved`` and ``minutes_saved`` are credited with them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, ValidationError
from huiwu.models import (
    MEETING_KIND_LABELS,
    MERGE_KIND_LABELS,
    Meeting,
    MeetingCap,
    MeetingKind,
    MeetingMerge,
    MeetingStatus,
    MergeKind,
    Participant,
    Person,
    Unit,
    UnitKind,
)
from huiwu.rules import attendance
from huiwu.rules import ledger as rules
from huiwu.rules.order import unit_order
from huiwu.services import audit

if TYPE_CHECKING:  # the printer needs reportlab, which the ledger on screen and in the CLI does without
    from huiwu.printing.ledger import LedgerDoc

MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_CAP = 10_000
NO_UNIT = "未指定主办单位"
KIND_ORDER = tuple(k.value for k in MeetingKind)


def kind_label(kind: str) -> str:
    """"常务会议", or "全部会议" for a cap on every kind."""
    if kind == rules.EVERY_KIND:
        return rules.EVERY_KIND_LABEL
    try:
        return MEETING_KIND_LABELS[MeetingKind(kind)]
    except ValueError:
        return kind


# ---------------------------------------------------------------- the 会议计划 (caps)


@dataclass(frozen=True)
class CapInput:
    """One line of the 会议计划: "常务会议全年不超过 12 次", "县农业农村局全年会议不超过 6 次，视频会议不少于 30%"."""

    year: int
    kind: str = rules.EVERY_KIND  # a MeetingKind code, or "" for every kind
    host_unit_id: int | None = None  # None: whoever hosts
    max_count: int | None = None  # 全年不超过 N 次
    min_video_percent: int | None = None  # 视频会议不少于 N%
    note: str = ""  # the rule it comes from


@dataclass(frozen=True)
class CapRow:
    id: int
    version: int
    year: int
    kind: str
    kind_label: str
    host_unit_id: int | None
    host_unit_name: str  # "" for any unit
    max_count: int | None
    min_video_percent: int | None
    note: str

    @property
    def scope_label(self) -> str:
        """"常务会议（各主办单位）", "全部会议（县农业农村局）"."""
        return f"{self.kind_label}（{self.host_unit_name or rules.ANY_UNIT_LABEL}）"

    @property
    def scope(self) -> rules.Scope:
        return rules.Scope(self.kind, self.host_unit_id)

    @property
    def rule_text(self) -> str:
        """"全年不超过 12 次，视频会议不少于 30%"."""
        parts = []
        if self.max_count is not None:
            parts.append(f"全年不超过 {self.max_count} 次")
        if self.min_video_percent is not None:
            parts.append(f"视频会议不少于 {self.min_video_percent}%")
        return "，".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "year": self.year, "kind": self.kind, "kind_label": self.kind_label,
                "unit": self.host_unit_name or None, "max_count": self.max_count,
                "min_video_percent": self.min_video_percent, "note": self.note}


def list_caps(uow: UnitOfWork, year: int) -> list[CapRow]:
    """The 会议计划 of ``year``: every kind first, then by kind, then any unit before the units in 排序号 order."""
    rows = uow.session.execute(
        select(MeetingCap, Unit.name, Unit.sort_order).outerjoin(Unit, MeetingCap.host_unit_id == Unit.id)
        .where(MeetingCap.year == year)
    ).all()
    caps = [(_cap_key(cap.kind, cap.host_unit_id, sort, name), _cap_row(cap, name)) for cap, name, sort in rows]
    return [row for _, row in sorted(caps, key=lambda pair: pair[0])]


def _cap_key(kind: str, unit_id: int | None, unit_sort: int | None, unit_name: str | None) -> tuple[Any, ...]:
    kind_rank = -1 if kind == rules.EVERY_KIND else KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
    unit_rank = (0, 0, "", 0) if unit_id is None else (1, *unit_order(unit_sort or 0, unit_name or "", unit_id))
    return (kind_rank, unit_rank)


def _cap_row(cap: MeetingCap, unit_name: str | None) -> CapRow:
    return CapRow(cap.id, cap.version, cap.year, cap.kind, kind_label(cap.kind), cap.host_unit_id, unit_name or "",
                  cap.max_count, cap.min_video_percent, cap.note)


def _validate_cap(uow: UnitOfWork, data: CapInput, cap_id: int | None) -> str:
    """The host unit's name ("" for any); raises ValidationError with what to correct."""
    if not MIN_YEAR <= data.year <= MAX_YEAR:
        raise ValidationError(f"年度“{data.year}”不对，应在 {MIN_YEAR} 到 {MAX_YEAR} 之间。")
    if data.kind != rules.EVERY_KIND and data.kind not in KIND_ORDER:
        labels = "、".join(MEETING_KIND_LABELS.values())
        raise ValidationError(f"会议类型“{data.kind}”不对，应为{labels}之一，或留空表示全部会议。")
    if data.max_count is None and data.min_video_percent is None:
        raise ValidationError("请填写全年会议次数上限或视频会议最低占比（至少一项）。")
    if data.max_count is not None and not 0 <= data.max_count <= MAX_CAP:
        raise ValidationError(f"全年会议次数上限应在 0 到 {MAX_CAP} 之间，现为 {data.max_count}。")
    if data.min_video_percent is not None and not 0 <= data.min_video_percent <= 100:
        raise ValidationError(f"视频会议最低占比应在 0% 到 100% 之间，现为 {data.min_video_percent}%。")
    if len(data.note) > 2000:
        raise ValidationError("依据说明太长（最多 2000 字）。")
    unit_name = ""
    if data.host_unit_id is not None:
        unit = uow.session.get(Unit, data.host_unit_id)
        if unit is None:
            raise NotFoundError("所选主办单位已不存在，可能已被其他人删除。")
        unit_name = unit.name
    unit_match = (MeetingCap.host_unit_id.is_(None) if data.host_unit_id is None
                  else MeetingCap.host_unit_id == data.host_unit_id)
    same = uow.session.scalar(select(MeetingCap.id).where(
        MeetingCap.year == data.year, MeetingCap.kind == data.kind, unit_match, MeetingCap.id != (cap_id or -1)))
    if same is not None:
        scope = f"{kind_label(data.kind)}（{unit_name or rules.ANY_UNIT_LABEL}）"
        raise ValidationError(f"{data.year}年的会议计划中已有“{scope}”一项，请修改那一项，不要重复添加。")
    return unit_name


def save_cap(uow: UnitOfWork, data: CapInput, cap_id: int | None = None, version: int | None = None) -> CapRow:
    """Add (``cap_id`` None) or change one line of the 会议计划; one scope (year, kind, unit) has one line.

    ``version`` is the one the clerk opened: a line changed meanwhile on another PC is refused, not overwritten.
    """
    data = replace(data, note=data.note.strip())
    unit_name = _validate_cap(uow, data, cap_id)
    if cap_id is None:
        cap = MeetingCap()
        before: dict[str, Any] = {}
    else:
        cap = _load_cap(uow, cap_id, version)
        before = _cap_fields(cap)
    cap.year, cap.kind, cap.host_unit_id = data.year, data.kind, data.host_unit_id
    cap.max_count, cap.min_video_percent, cap.note = data.max_count, data.min_video_percent, data.note
    uow.session.add(cap)
    uow.flush()
    row = _cap_row(cap, unit_name)
    action = "create" if cap_id is None else "update"
    verb = "添加" if cap_id is None else "修改"
    audit.record(uow, "meeting_cap", cap.id, action, f"{verb}{data.year}年会议计划：{row.scope_label}{row.rule_text}",
                 changes=audit.diff(before, _cap_fields(cap)))
    uow.commit()
    return replace(row, version=cap.version)


def set_cap(uow: UnitOfWork, data: CapInput) -> tuple[CapRow, bool]:
    """Set the 会议计划's line for the scope of ``data`` (year, kind, host unit): changes the line the scope has,
    or adds one. Returns the line and whether it was added. What ``huiwu ledger plan`` and the demo use."""
    unit_match = (MeetingCap.host_unit_id.is_(None) if data.host_unit_id is None
                  else MeetingCap.host_unit_id == data.host_unit_id)
    existing = uow.session.scalar(select(MeetingCap).where(
        MeetingCap.year == data.year, MeetingCap.kind == data.kind, unit_match))
    if existing is None:
        return save_cap(uow, data), True
    return save_cap(uow, data, existing.id, existing.version), False


def find_cap(caps: list[CapRow], kind: str, host_unit_id: int | None) -> CapRow | None:
    """The line of ``caps`` (one year's, from :func:`list_caps`) for exactly this scope."""
    return next((c for c in caps if c.kind == kind and c.host_unit_id == host_unit_id), None)


def delete_cap(uow: UnitOfWork, cap_id: int, version: int | None = None) -> None:
    """Remove one line of the 会议计划 (the meetings themselves are untouched)."""
    cap = _load_cap(uow, cap_id, version)
    unit_name = cap.host_unit.name if cap.host_unit is not None else ""
    row = _cap_row(cap, unit_name)
    uow.session.delete(cap)
    audit.record(uow, "meeting_cap", cap_id, "delete", f"删除{row.year}年会议计划：{row.scope_label}{row.rule_text}",
                 changes=audit.diff(_cap_fields(cap), {}))
    uow.commit()


def _load_cap(uow: UnitOfWork, cap_id: int, version: int | None) -> MeetingCap:
    cap = uow.session.get(MeetingCap, cap_id)
    if cap is None:
        raise NotFoundError(f"会议计划中的这一项不存在（编号 {cap_id}），可能已被其他人删除。")
    if version is not None and cap.version != version:
        raise ConflictError("会议计划中的这一项", version, cap.version)
    return cap


def _cap_fields(cap: MeetingCap) -> dict[str, Any]:
    return {"year": cap.year, "kind": cap.kind, "host_unit_id": cap.host_unit_id, "max_count": cap.max_count,
            "min_video_percent": cap.min_video_percent, "note": cap.note}


def unit_id_by_name(uow: UnitOfWork, name: str) -> int:
    """The unit named ``name`` (full or short name), for the CLI's ``--unit``."""
    found = uow.session.scalars(select(Unit.id).where((Unit.name == name) | (Unit.short_name == name))).all()
    if not found:
        raise NotFoundError(f"没有名为“{name}”的单位。")
    if len(found) > 1:
        raise ValidationError(f"有 {len(found)} 个单位简称为“{name}”，请写单位全称。")
    return found[0]


# ---------------------------------------------------------------- the ledger


@dataclass(frozen=True)
class Figures:
    """What the ledger counts over any set of meetings (one month of one kind of one unit, or the whole year)."""

    held: int = 0  # 已召开
    planned: int = 0  # 已安排, still to come
    cancelled: int = 0  # 已取消, not by a merge
    avoided_by_merge: int = 0  # 整合会议 / 借会开会 credited
    person_times: int = 0  # 实到 at held meetings
    planned_person_times: int = 0  # 应到 at planned meetings
    township_person_times: int = 0  # 实到 of 乡镇 people at held meetings
    township_minutes: int = 0  # and the time they spent there
    video: int = 0  # held or planned meetings that are 视频会议
    person_times_saved: int = 0  # by the merges credited
    minutes_saved: int = 0  # person-minutes saved by them

    @property
    def counted(self) -> int:
        """What counts against a cap: held and still arranged."""
        return self.held + self.planned

    @property
    def township_hours(self) -> float:
        return round(self.township_minutes / 60, 1)

    @property
    def video_percent(self) -> float | None:
        return rules.video_percent(self.video, self.counted)

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Figures)))

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(Figures)}
        data["township_hours"] = self.township_hours
        data["hours_saved"] = round(self.minutes_saved / 60, 1)
        return data


@dataclass(frozen=True)
class LedgerRow:
    """One kind of meeting of one host unit in one month."""

    kind: str
    kind_label: str
    unit_id: int | None
    unit_name: str
    month: int  # 1 … 12
    figures: Figures
    cap: int | None  # the yearly cap that applies (the narrowest scope covering this kind and unit)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "kind_label": self.kind_label, "unit": self.unit_name, "month": self.month,
                **self.figures.as_json(), "cap": self.cap}


@dataclass(frozen=True)
class GroupRow:
    """One kind (or one host unit) over the year, with the cap set on exactly that scope, if any."""

    key: str  # the kind code, or the unit's id as text ("" for no unit)
    label: str
    figures: Figures
    cap: int | None
    cap_state: str | None  # rules.WITHIN / NEAR / OVER, None without a cap

    @property
    def cap_state_label(self) -> str:
        return rules.CAP_STATE_LABELS.get(self.cap_state or "", "")

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, **self.figures.as_json(), "cap": self.cap,
                "cap_state": self.cap_state, "cap_state_label": self.cap_state_label or None}


@dataclass(frozen=True)
class MonthRow:
    month: int
    figures: Figures
    counted_to_date: int  # held and planned from January to this month
    pace: float | None  # where the year's plan stands at the end of the month (rules.pace)

    def as_json(self) -> dict[str, Any]:
        return {"month": self.month, **self.figures.as_json(), "counted_to_date": self.counted_to_date,
                "pace": None if self.pace is None else round(self.pace, 2)}


@dataclass(frozen=True)
class CapStatus:
    """One line of the 会议计划 with the meetings it covers."""

    cap: CapRow
    figures: Figures  # of the meetings in the cap's scope
    state: str | None  # against max_count
    video_state: str | None  # against min_video_percent

    @property
    def state_label(self) -> str:
        return rules.CAP_STATE_LABELS.get(self.state or "", "")

    @property
    def video_state_label(self) -> str:
        return rules.VIDEO_STATE_LABELS.get(self.video_state or "", "")

    def as_json(self) -> dict[str, Any]:
        f = self.figures
        share = f.video_percent
        return {**self.cap.as_json(), "held": f.held, "planned": f.planned, "counted": f.counted,
                "cancelled": f.cancelled, "avoided_by_merge": f.avoided_by_merge, "state": self.state,
                "state_label": self.state_label or None, "video": f.video,
                "video_percent": None if share is None else round(share, 1), "video_state": self.video_state,
                "video_state_label": self.video_state_label or None}


@dataclass(frozen=True)
class MergeRow:
    """An accepted 整合会议 / 借会开会, credited as one meeting avoided."""

    id: int
    source_id: int
    source_title: str
    source_starts_at: dt.datetime  # office zone
    source_kind: str
    target_id: int | None
    target_title: str  # "" when the target was deleted since
    kind: str  # MergeKind
    kind_label: str
    person_times_saved: int
    minutes_saved: int
    merged_at: dt.datetime  # office zone
    merged_by: str

    @property
    def month(self) -> int:
        return self.source_starts_at.month

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "source_id": self.source_id, "source": self.source_title,
                "source_starts_at": self.source_starts_at.isoformat(), "month": self.month,
                "target_id": self.target_id, "target": self.target_title or None, "kind": self.kind,
                "kind_label": self.kind_label, "person_times_saved": self.person_times_saved,
                "minutes_saved": self.minutes_saved, "merged_at": self.merged_at.isoformat(),
                "merged_by": self.merged_by}


@dataclass(frozen=True)
class Ledger:
    year: int
    as_of: dt.datetime  # the unit of work's now, office zone: what is held and what still planned
    rows: tuple[LedgerRow, ...]  # per kind, host unit and month (only those with anything to count)
    by_kind: tuple[GroupRow, ...]  # every kind, in the kinds' order
    by_unit: tuple[GroupRow, ...]  # every host unit with meetings, in 排序号 order
    months: tuple[MonthRow, ...]  # 1 … 12
    caps: tuple[CapStatus, ...]  # the 会议计划, in list_caps order
    merges: tuple[MergeRow, ...]  # credited, in the order of their source meetings
    total: Figures
    plan_total: int | None  # rules.plan_total of the caps

    @property
    def title(self) -> str:
        return f"{self.year}年会议精简情况通报"

    def as_json(self) -> dict[str, Any]:
        return {
            "year": self.year, "as_of": self.as_of.isoformat(),
            "total": {**self.total.as_json(), "cap": self.plan_total},
            "rows": [r.as_json() for r in self.rows],
            "by_kind": [r.as_json() for r in self.by_kind],
            "by_unit": [r.as_json() for r in self.by_unit],
            "by_month": [m.as_json() for m in self.months],
            "caps": [c.as_json() for c in self.caps],
            "merges": [m.as_json() for m in self.merges],
        }


@dataclass(frozen=True)
class _Meeting:
    id: int
    kind: str
    unit_id: int | None
    month: int
    state: str
    video: bool
    minutes: int  # what one attendee spends there (rules.meeting_minutes)


def year_bounds(uow: UnitOfWork, year: int) -> tuple[dt.datetime, dt.datetime]:
    """1 January 00:00 to the next 1 January 00:00 in the office's zone."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(f"年度“{year}”不对，应在 {MIN_YEAR} 到 {MAX_YEAR} 之间。")
    tz = uow.settings.tz()
    return dt.datetime(year, 1, 1, tzinfo=tz), dt.datetime(year + 1, 1, 1, tzinfo=tz)


def ledger(uow: UnitOfWork, year: int) -> Ledger:
    """The 会议精简 ledger of ``year`` as of the unit of work's clock. Reads only, in four statements whatever the year holds."""
    lo, hi = year_bounds(uow, year)
    tz = uow.settings.tz()
    now = uow.now()
    caps = list_caps(uow, year)
    merges = _credited_merges(uow, lo, hi, tz)
    merged_sources = {m.source_id for m in merges}
    meetings, units = _meetings(uow, lo, hi, tz, now, merged_sources)
    merges = [m for m in merges if m.source_id in meetings and meetings[m.source_id].state == rules.AVOIDED]
    acc: dict[tuple[str, int | None, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in meetings.values():
        cell = acc[(m.kind, m.unit_id, m.month)]
        cell[{rules.HELD: "held", rules.PLANNED: "planned", rules.CANCELLED: "cancelled",
              rules.AVOIDED: "avoided_by_merge"}[m.state]] += 1
        if m.video and m.state in (rules.HELD, rules.PLANNED):
            cell["video"] += 1
    _count_seats(uow, lo, hi, meetings, acc)
    for merge in merges:
        source = meetings[merge.source_id]
        cell = acc[(source.kind, source.unit_id, source.month)]
        cell["person_times_saved"] += merge.person_times_saved
        cell["minutes_saved"] += merge.minutes_saved
    scopes = [(c.scope, c.max_count) for c in caps if c.max_count is not None]
    rows = [
        LedgerRow(kind, kind_label(kind), unit_id, units.get(unit_id, (NO_UNIT, 0))[0], month, Figures(**cell),
                  rules.most_specific(scopes, kind, unit_id))
        for (kind, unit_id, month), cell in acc.items()
    ]
    rows.sort(key=lambda r: (_kind_rank(r.kind), _unit_rank(r.unit_id, units), r.month))
    return _assemble(year, now.astimezone(tz), rows, caps, units, tuple(merges))


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def _unit_rank(unit_id: int | None, units: dict[int | None, tuple[str, int]]) -> tuple[Any, ...]:
    if unit_id is None:
        return (1, 0, "", 0)
    name, sort = units.get(unit_id, ("", 0))
    return (0, *unit_order(sort, name, unit_id))


def _meetings(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, tz: dt.tzinfo, now: dt.datetime,
              merged: set[int]) -> tuple[dict[int, _Meeting], dict[int | None, tuple[str, int]]]:
    """Every meeting of the year the ledger counts, and the host units' names and 排序号 (one statement)."""
    query = (
        select(Meeting.id, Meeting.kind, Meeting.status, Meeting.host_unit_id, Meeting.starts_at, Meeting.ends_at,
               Meeting.video_link, Meeting.deleted_at, Unit.name, Unit.sort_order)
        .outerjoin(Unit, Meeting.host_unit_id == Unit.id)
        .where(Meeting.starts_at >= lo, Meeting.starts_at < hi)
    )
    meetings: dict[int, _Meeting] = {}
    units: dict[int | None, tuple[str, int]] = {}
    for mid, kind, status, unit_id, start, end, link, deleted, unit_name, unit_sort in uow.session.execute(query):
        state = rules.meeting_state(status, deleted is not None, mid in merged, start, now)
        if state is None:
            continue
        if unit_id is not None:
            units[unit_id] = (unit_name, unit_sort)
        meetings[mid] = _Meeting(mid, kind, unit_id, start.astimezone(tz).month, state, rules.is_video(kind, link),
                                 rules.meeting_minutes(start, end, tz))
    return meetings, units


def _count_seats(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, meetings: dict[int, _Meeting],
                 acc: dict[tuple[str, int | None, int], dict[str, int]]) -> None:
    """参会人次 of held meetings (实到, by the attendance rule) and of planned ones (应到), one statement."""
    query = (
        select(Participant.meeting_id, Participant.role, Participant.attendance, Participant.signed_in_at,
               Participant.left_at, Unit.kind, Meeting.starts_at, Meeting.ends_at)
        .join(Meeting, Participant.meeting_id == Meeting.id)
        .join(Person, Participant.person_id == Person.id)
        .join(Unit, Person.unit_id == Unit.id)
        .where(Meeting.starts_at >= lo, Meeting.starts_at < hi, Meeting.deleted_at.is_(None),
               Meeting.status != MeetingStatus.CANCELLED)
    )
    for mid, role, state, signed, left, unit_kind, start, end in uow.session.execute(
            query.execution_options(yield_per=5000)):
        m = meetings.get(mid)
        if m is None:
            continue
        cell = acc[(m.kind, m.unit_id, m.month)]
        if m.state == rules.PLANNED:
            cell["planned_person_times"] += attendance.is_expected(role)
            continue
        if m.state != rules.HELD:
            continue
        if rules.counts_person_time(attendance.outcome(attendance.Seat(role, state, signed, left), start, end)):
            cell["person_times"] += 1
            if unit_kind == UnitKind.TOWNSHIP:
                cell["township_person_times"] += 1
                cell["township_minutes"] += m.minutes


def _credited_merges(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, tz: dt.tzinfo) -> list[MergeRow]:
    """The accepted merges whose source meeting started in the year (one statement): the latest per source,
    should a source have been merged, put back and merged again."""
    source, target = aliased(Meeting), aliased(Meeting)
    query = (
        select(MeetingMerge, source.title, source.starts_at, source.kind, target.title)
        .join(source, MeetingMerge.source_id == source.id)
        .outerjoin(target, MeetingMerge.target_id == target.id)
        .where(source.starts_at >= lo, source.starts_at < hi)
        .order_by(MeetingMerge.id)
    )
    latest: dict[int, MergeRow] = {}
    for merge, title, start, kind, target_title in uow.session.execute(query):
        kind_code = merge.kind if merge.kind in {k.value for k in MergeKind} else MergeKind.MERGE
        latest[merge.source_id] = MergeRow(
            merge.id, merge.source_id, title, start.astimezone(tz), kind, merge.target_id, target_title or "",
            kind_code, MERGE_KIND_LABELS[MergeKind(kind_code)], merge.person_times_saved, merge.minutes_saved,
            merge.merged_at.astimezone(tz), merge.merged_by)
    return sorted(latest.values(), key=lambda m: (m.source_starts_at, m.source_id))


def _assemble(year: int, as_of: dt.datetime, rows: list[LedgerRow], caps: list[CapRow],
              units: dict[int | None, tuple[str, int]], merges: tuple[MergeRow, ...]) -> Ledger:
    by_kind_f: dict[str, Figures] = defaultdict(Figures)
    by_unit_f: dict[int | None, Figures] = defaultdict(Figures)
    by_month_f: dict[int, Figures] = defaultdict(Figures)
    for r in rows:
        by_kind_f[r.kind] += r.figures
        by_unit_f[r.unit_id] += r.figures
        by_month_f[r.month] += r.figures
    exact = {(c.kind, c.host_unit_id): c.max_count for c in caps}
    by_kind = tuple(
        _group(kind, kind_label(kind), by_kind_f.get(kind, Figures()), exact.get((kind, None)))
        for kind in [*KIND_ORDER, *sorted(k for k in by_kind_f if k not in KIND_ORDER)]
    )
    by_unit = tuple(
        _group("" if unit_id is None else str(unit_id), units.get(unit_id, (NO_UNIT, 0))[0], f,
               exact.get((rules.EVERY_KIND, unit_id)) if unit_id is not None else None)
        for unit_id, f in sorted(by_unit_f.items(), key=lambda pair: _unit_rank(pair[0], units))
    )
    plan = rules.plan_total([(c.scope, c.max_count) for c in caps if c.max_count is not None])
    months: list[MonthRow] = []
    to_date = 0
    for month in range(1, 13):
        f = by_month_f.get(month, Figures())
        to_date += f.counted
        months.append(MonthRow(month, f, to_date, None if plan is None else rules.pace(plan, month)))
    statuses = tuple(_cap_status(c, rows) for c in caps)
    total = sum((r.figures for r in rows), Figures())
    return Ledger(year, as_of, tuple(rows), by_kind, by_unit, tuple(months), statuses, merges, total, plan)


def _group(key: str, label: str, f: Figures, cap: int | None) -> GroupRow:
    return GroupRow(key, label, f, cap, None if cap is None else rules.cap_state(f.counted, cap))


def _cap_status(cap: CapRow, rows: list[LedgerRow]) -> CapStatus:
    f = sum((r.figures for r in rows if cap.scope.covers(r.kind, r.unit_id)), Figures())
    state = None if cap.max_count is None else rules.cap_state(f.counted, cap.max_count)
    video = None if cap.min_video_percent is None else rules.video_state(f.video, f.counted, cap.min_video_percent)
    return CapStatus(cap, f, state, video)


def plan_of(book: Ledger, kind: str = rules.EVERY_KIND) -> int | None:
    """The year's plan for one kind (its cap of any host unit), or for all meetings (:attr:`Ledger.plan_total`)."""
    if kind == rules.EVERY_KIND:
        return book.plan_total
    return next((c.cap.max_count for c in book.caps
                 if c.cap.kind == kind and c.cap.host_unit_id is None and c.cap.max_count is not None), None)


def months_of(book: Ledger, kind: str = rules.EVERY_KIND) -> tuple[MonthRow, ...]:
    """The twelve months of one kind of meeting (every kind: :attr:`Ledger.months`), each with the meetings
    held and arranged to date and where that kind's plan stands (what the page's chart draws)."""
    if kind == rules.EVERY_KIND:
        return book.months
    plan = plan_of(book, kind)
    per_month: dict[int, Figures] = defaultdict(Figures)
    for r in book.rows:
        if r.kind == kind:
            per_month[r.month] += r.figures
    months, to_date = [], 0
    for month in range(1, 13):
        f = per_month.get(month, Figures())
        to_date += f.counted
        months.append(MonthRow(month, f, to_date, None if plan is None else rules.pace(plan, month)))
    return tuple(months)


# ---------------------------------------------------------------- the printed 通报


def ledger_pdf(uow: UnitOfWork, year: int) -> bytes:
    """"2026年会议精简情况通报": the ledger of ``year`` on paper, signed by the office (settings' issuer)."""
    from huiwu.printing.ledger import render_ledger
    from huiwu.services.printing import fonts

    return render_ledger(ledger_doc(uow, year), fonts(uow))


def ledger_doc(uow: UnitOfWork, year: int) -> LedgerDoc:
    """The plain document the printer lays out: exactly the figures of :func:`ledger`, as the page shows them."""
    from huiwu.printing.ledger import CapLine, KindLine, LedgerDoc, MergeLine, MonthLine, UnitLine

    book = ledger(uow, year)
    return LedgerDoc(
        year=book.year, as_of=book.as_of.date(), held=book.total.held, planned=book.total.planned,
        cancelled=book.total.cancelled, avoided=book.total.avoided_by_merge, person_times=book.total.person_times,
        township_person_times=book.total.township_person_times,
        township_hours=rules.cn_hours(book.total.township_minutes), person_times_saved=book.total.person_times_saved,
        hours_saved=rules.cn_hours(book.total.minutes_saved), plan_total=book.plan_total,
        kinds=tuple(KindLine(g.label, _count_text(g.cap), g.figures.held, g.figures.planned, g.figures.cancelled,
                             g.figures.avoided_by_merge, g.figures.person_times, share_text(g.figures.video_percent),
                             g.cap_state_label) for g in book.by_kind),
        caps=tuple(CapLine(c.cap.scope_label, c.cap.rule_text, c.figures.held, c.figures.planned, cap_verdict(c),
                           c.cap.note, c.state == rules.OVER)
                   for c in book.caps),
        months=tuple(MonthLine(m.month, m.figures.held, m.figures.planned, m.figures.cancelled,
                               m.figures.avoided_by_merge, m.figures.person_times, m.figures.township_person_times,
                               rules.cn_hours(m.figures.township_minutes), m.counted_to_date,
                               "" if m.pace is None else pace_text(m.pace)) for m in book.months),
        units=tuple(UnitLine(g.label, g.figures.held, g.figures.planned, g.figures.cancelled,
                             g.figures.avoided_by_merge, g.figures.person_times, _count_text(g.cap),
                             g.cap_state_label) for g in book.by_unit),
        merges=tuple(MergeLine(i, m.source_title, m.source_starts_at, m.target_title, m.kind_label,
                               m.person_times_saved, rules.cn_hours(m.minutes_saved))
                     for i, m in enumerate(book.merges, 1)),
        issuer=uow.settings.issuer_line(), date=uow.today(),
    )


def pace_text(pace: float) -> str:
    """"5", "0.8": the plan's pace, one decimal where it has one."""
    return f"{pace:.1f}".removesuffix(".0")


def share_text(percent: float | None) -> str:
    """"25.0%", or "—" when nothing is counted."""
    return "—" if percent is None else f"{percent:.1f}%"


def cap_verdict(status: CapStatus) -> str:
    """"超出计划；视频会议占 13.8%，未达要求" — how one line of the plan stands, as the page and the 通报 say it."""
    parts = [status.state_label] if status.state else []
    if status.video_state:
        parts.append(f"视频会议占 {share_text(status.figures.video_percent)}，{status.video_state_label}")
    return "；".join(parts) or "—"


def _count_text(cap: int | None) -> str:
    return "" if cap is None else f"{cap} 次"
