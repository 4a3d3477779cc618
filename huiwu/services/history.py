"""修改记录 for people: an audit entry's ``changes`` ({field: [before, after]}) in the office's words.

Issue 14: the record "is written in Chinese for people: field names in the office's words, times in the office
zone to the minute, no internal values" — never "attendance: present → leave; signed_in_at: 2026-12-09T01:05…".
One function (:func:`change_lines`) says it for every screen and document that shows the record; codes go
through the models' *_LABELS tables (the ones the forms show), ids become names where a lookup has them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from huiwu.models import (
    ACTION_STATE_LABELS,
    ATTENDANCE_LABELS,
    CHECKLIST_PHASE_LABELS,
    CONFIDENTIALITY_LABELS,
    LEAVE_STATE_LABELS,
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    MERGE_KIND_LABELS,
    MINUTES_STATE_LABELS,
    PARTICIPANT_ROLE_LABELS,
    REQUEST_STATE_LABELS,
    UNIT_KIND_LABELS,
    WEEK_STATE_LABELS,
)

NOTHING = "无"
LONG_TEXT = 40  # a longer text (a notice, a 明白纸 paragraph) is shown cut, with "…"
TIME_FORMAT = "%Y-%m-%d %H:%M"  # the office's own way of writing a time, to the minute
_ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:?\d\d|Z)?$")

#: Field → what the office calls it, for every key a service writes into ``changes``.
FIELD_LABELS: dict[str, str] = {
    # the meeting
    "title": "名称", "kind": "类型", "starts_at": "开始时间", "ends_at": "结束时间", "venue_id": "会议室",
    "video_link": "视频会议链接", "host_unit_id": "主办单位", "undertaker_unit_id": "承办单位", "chair_id": "主持人",
    "confidentiality": "密级", "secrecy_term": "保密期限", "notes": "备注", "contact_name": "联系人",
    "contact_phone": "联系电话", "status": "状态", "cancel_reason": "取消原因", "agenda": "议题",
    "agenda_items": "移入议题", "added": "添加人员", "removed": "移除人员", "notice_text": "通知正文",
    "platform": "主席台人员", "location": "地点", "merged_into_id": "并入会议", "start": "开始时间", "end": "结束时间",
    "place": "地点",
    # 签到 and 请假
    "attendance": "签到状态", "signed_in_at": "签到时间", "left_at": "离会时间", "substitute_name": "代会人员",
    "substitute_title": "代会人员职务", "substitute_person_id": "代会人员", "leave_request_id": "请假",
    "reason": "原因", "state": "状态", "returned_at": "销假时间", "approver_id": "审批人",
    "decision_note": "审批意见", "role": "身份",
    # 会前/会中/会后 清单
    "done": "已完成", "note": "备注", "phase": "阶段", "offset_value": "提前量", "offset_unit": "提前量单位",
    "at_time": "时刻", "owner": "负责人",
    # 议定事项
    "text": "内容", "responsible_unit_id": "责任单位", "responsible_person_id": "责任人", "deadline": "办理时限",
    "feedback": "办理情况反馈", "archive_note": "未销号原因",
    # 明白纸
    "tasks": "干什么事", "standards": "什么标准", "rewards_penalties": "奖惩机制", "contact": "联系人",
    "copies": "份数", "meeting_id": "所属会议", "milestones": "时限节点", "tables": "附表",
    # the directory, the 会议计划, holidays, the calendar server
    "name": "名称", "unit_id": "单位", "phone": "联系电话", "year": "年度", "max_count": "会议次数上限",
    "min_video_percent": "视频会议比例下限", "is_workday": "上班", "server_version": "服务器上的版本",
    "lines": "同步情况",
    # 会议纪要
    "distribution": "分送", "issuer": "印发机关", "signed_by": "签发人", "issued_on": "印发日期",
    "revision": "修订次数", "from_minutes": "出自纪要",
    # 涉密材料 发放回收登记
    "secrecy_level": "密级", "issued_at": "领取时间", "issued_by": "发放经办人", "returned_to": "回收经办人",
    "recipient_name": "领取人", "recipient_unit": "领取人单位",
}

#: Where one key means something else for one kind of record.
ENTITY_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("person", "name"): "姓名", ("person", "title"): "职务", ("checklist_item", "title"): "事项",
    ("handout", "title"): "标题", ("meeting_cap", "kind"): "会议类型", ("unit", "kind"): "单位类别",
    ("week_plan", "reason"): "变更原因", ("participant", "reason"): "更正原因", ("holiday", "name"): "节日名称",
    ("minutes", "title"): "纪要标题", ("minutes", "number"): "纪要编号", ("minutes", "sections"): "修改的部分",
    ("minutes", "reason"): "修订原因",
    ("secret_material", "title"): "材料名称", ("secret_copy", "returned_at"): "退回时间",
}

_ICS_STATUS = {"CANCELLED": "已取消", "CONFIRMED": "已确认", "TENTATIVE": "待定"}
_OFFSET_UNITS = {"minutes": "分钟", "hours": "小时", "days": "天", "workdays": "个工作日"}


def _table(labels: Mapping[Any, str]) -> dict[str, str]:
    return {str(k): v for k, v in labels.items()}


#: Field → its codes' labels (the forms' own tables).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "kind": _table(MEETING_KIND_LABELS), "status": _table(MEETING_STATUS_LABELS) | _ICS_STATUS,
    "confidentiality": _table(CONFIDENTIALITY_LABELS), "secrecy_level": _table(CONFIDENTIALITY_LABELS),
    "attendance": _table(ATTENDANCE_LABELS),
    "role": _table(PARTICIPANT_ROLE_LABELS), "phase": _table(CHECKLIST_PHASE_LABELS), "offset_unit": _OFFSET_UNITS,
    "merge_kind": _table(MERGE_KIND_LABELS),
}
ENTITY_VALUE_LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("leave_request", "state"): _table(LEAVE_STATE_LABELS), ("action_item", "state"): _table(ACTION_STATE_LABELS),
    ("unit", "kind"): _table(UNIT_KIND_LABELS), ("week_plan", "state"): _table(WEEK_STATE_LABELS),
    ("meeting_request", "state"): _table(REQUEST_STATE_LABELS), ("request", "state"): _table(REQUEST_STATE_LABELS),
    ("minutes", "state"): _table(MINUTES_STATE_LABELS),
}

#: Fields holding an id, and what the id names.
ID_FIELDS: dict[str, str] = {
    "venue_id": "venue", "host_unit_id": "unit", "undertaker_unit_id": "unit", "unit_id": "unit",
    "responsible_unit_id": "unit", "chair_id": "person", "approver_id": "person", "responsible_person_id": "person",
    "substitute_person_id": "person", "meeting_id": "meeting", "merged_into_id": "meeting",
    "leave_request_id": "leave", "platform": "participant",
}


@dataclass(frozen=True)
class Names:
    """The names behind the ids an entry holds (kind → id → name); a missing one reads "（已删除）"."""

    by_kind: Mapping[str, Mapping[int, str]] = field(default_factory=dict)

    def of(self, kind: str, ident: Any) -> str:
        if ident is None or ident == "":
            return NOTHING
        try:
            key = int(ident)
        except (TypeError, ValueError):
            return str(ident)
        return self.by_kind.get(kind, {}).get(key, "（已删除）")


# --------------------------------------------------------------------------- values


def time_text(value: dt.datetime, tz: dt.tzinfo) -> str:
    """"2026-12-09 09:05" in the office's zone (a naive value is UTC, as the database keeps it)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(tz).strftime(TIME_FORMAT)


def _scalar(value: Any, tz: dt.tzinfo, labels: Mapping[str, str] | None) -> str:
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return time_text(value, tz)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        if labels and value in labels:
            return labels[value]
        if _ISO_TIME.match(value):
            try:
                return time_text(dt.datetime.fromisoformat(value.replace("Z", "+00:00")), tz)
            except ValueError:
                pass
        text = " ".join(value.split())
        return text if len(text) <= LONG_TEXT else text[:LONG_TEXT] + "…"
    return str(value)


def value_text(value: Any, tz: dt.tzinfo, labels: Mapping[str, str] | None = None, *,
               id_kind: str = "", names: Names | None = None) -> str:
    """One value for people: labels for codes, names for ids, 是/否, office-zone minutes, lists with 、."""
    if isinstance(value, list | tuple):
        if not value:
            return NOTHING
        parts = [value_text(v, tz, labels, id_kind=id_kind, names=names) if not isinstance(v, list | tuple)
                 else " ".join(p for p in (value_text(x, tz, labels) for x in v) if p != NOTHING)
                 for v in value]
        text = "、".join(p for p in parts if p)
        return text if len(text) <= 2 * LONG_TEXT else text[:2 * LONG_TEXT] + "…"
    if id_kind and not isinstance(value, bool):
        return (names or Names()).of(id_kind, value)
    return _scalar(value, tz, labels)


# --------------------------------------------------------------------------- one entry


def field_label(entity: str, key: str) -> str:
    return ENTITY_FIELD_LABELS.get((entity, key)) or FIELD_LABELS.get(key) or "其他"


def _special(key: str) -> Callable[[Any, dt.tzinfo, Names], str] | None:
    """Entries whose value is not a [before, after] pair, worded as a sentence."""
    return {
        "agenda_items": lambda v, tz, n: f"移入议题 {v[-1] if isinstance(v, list) else v} 项",
        "server_version": lambda v, tz, n: "服务器上另有修改，已保存其版本备查",
        "lines": lambda v, tz, n: "；".join(str(x) for x in v) if isinstance(v, list) else str(v),
    }.get(key)


def change_lines(changes: Mapping[str, Any], entity: str = "", tz: dt.tzinfo = dt.UTC,
                 names: Names | None = None) -> list[str]:
    """Each change of an audit entry as one line for people: "签到状态：未签到 → 已签到",
    "签到时间：2026-12-09 09:05" (a value set where there was none is just the value), "添加人员：张三、李四".
    Fields whose two sides read the same are left out."""
    names = names or Names()
    lines: list[str] = []
    for key, value in changes.items():
        label = field_label(entity, key)
        special = _special(key)
        if special is not None:
            lines.append(f"{label}：{special(value, tz, names)}" if key != "agenda_items" else special(value, tz, names))
            continue
        labels = ENTITY_VALUE_LABELS.get((entity, key)) or VALUE_LABELS.get(key)
        kind = ID_FIELDS.get(key, "")
        pair = isinstance(value, list | tuple) and len(value) == 2 and key not in ("added", "removed", "platform")
        if pair:
            before, after = (value_text(v, tz, labels, id_kind=kind, names=names) for v in value)
            if before == after:
                continue
            lines.append(f"{label}：{after}" if before == NOTHING else f"{label}：{before} → {after}")
        else:
            lines.append(f"{label}：{value_text(value, tz, labels, id_kind=kind, names=names)}")
    return lines


def changes_text(changes: Mapping[str, Any], entity: str = "", tz: dt.tzinfo = dt.UTC,
                 names: Names | None = None) -> str:
    return "；".join(change_lines(changes, entity, tz, names))


# --------------------------------------------------------------------------- names from the database


def load_names(uow: Any, entries: Iterable[Mapping[str, Any]]) -> Names:
    """Every name the entries' ids point to, in one statement per kind of record."""
    from huiwu.models import LeaveRequest, Meeting, Participant, Person, Unit, Venue

    wanted: dict[str, set[int]] = {}
    for changes in entries:
        for key, value in changes.items():
            kind = ID_FIELDS.get(key)
            if kind is None:
                continue
            items = value if isinstance(value, list | tuple) else [value]
            for item in items:
                for v in item if isinstance(item, list | tuple) else [item]:
                    if isinstance(v, int) and not isinstance(v, bool):
                        wanted.setdefault(kind, set()).add(v)
    s = uow.session
    found: dict[str, dict[int, str]] = {}
    simple = {"venue": (Venue, Venue.name), "unit": (Unit, Unit.name), "person": (Person, Person.name),
              "meeting": (Meeting, Meeting.title)}
    for kind, ids in wanted.items():
        if kind in simple:
            model, column = simple[kind]
            found[kind] = dict(s.execute(select(model.id, column).where(model.id.in_(ids))).all())  # type: ignore[attr-defined]
        elif kind == "leave":
            rows = s.execute(select(LeaveRequest.id, LeaveRequest.reason, LeaveRequest.state)
                             .where(LeaveRequest.id.in_(ids))).all()
            found[kind] = {i: f"请假（{reason}，{LEAVE_STATE_LABELS.get(state, '')}）" if reason
                           else f"请假（{LEAVE_STATE_LABELS.get(state, '')}）" for i, reason, state in rows}
        elif kind == "participant":
            found[kind] = dict(s.execute(select(Participant.id, Person.name).join(Person, Participant.person_id == Person.id)
                                         .where(Participant.id.in_(ids))).all())
    return Names(found)
