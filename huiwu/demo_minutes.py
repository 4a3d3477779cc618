"""Demo data for the 会议纪要: every 常务会议, 调度会 and 专题会议 the demo office has held gets its 纪要, drafted
from the record the day after (numbered per kind in the order held), sent to the chair that afternoon, signed
the next morning and 印发 two working days later — except the latest of each kind, still 已签发 or 送审. Each
纪要 adds one decision of its own (on the first 议题 the meeting had no 议定事项 for, else under 其他事项), turned
into a 督办 item in one step, so the 督办 page shows items linked back to their 纪要 paragraph.

Everything goes through huiwu.services.minutes at the moment it would have happened (DOMAIN.md: 纪要 drafted
T+1d, 领导审签, 印发 T+3d). Call ``add_demo_minutes(uow)`` after ``huiwu.demo.create_demo``; running it twice
changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.models import Meeting, MeetingKind, MeetingStatus, Minutes, MinutesState, Unit
from huiwu.services import minutes as svc

KINDS = (MeetingKind.STANDING, MeetingKind.DISPATCH, MeetingKind.TOPIC)
DISTRIBUTION: dict[str, str] = {MeetingKind.STANDING: "县委、县人大常委会、县政协领导，县政府领导，县政府各组成部门"}
DECISIONS: dict[str, str] = {
    MeetingKind.STANDING: "会议原则同意，由{unit}会同有关部门修改完善后按程序报批，并抓好组织实施。",
    MeetingKind.DISPATCH: "各乡镇要对照目标任务查漏补缺，{unit}每周汇总进展情况报县政府办公室。",
    MeetingKind.TOPIC: "由{unit}牵头，会同有关单位制定具体工作方案，明确责任分工和完成时限。",
}


@dataclass(frozen=True)
class DemoMinutes:
    minutes_ids: tuple[int, ...] = ()
    issued: int = 0
    linked: int = 0  # decisions turned into 督办 items here


def _weekday_after(day: dt.date, days: int) -> dt.date:
    """``days`` weekdays after ``day`` (the demo's own calendar; holidays do not matter to it)."""
    while days:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def add_demo_minutes(uow: UnitOfWork) -> DemoMinutes:
    s = uow.session
    tz = uow.settings.tz()
    now = uow.now()
    held = s.scalars(select(Meeting).where(Meeting.kind.in_(KINDS), Meeting.status == MeetingStatus.FINISHED,
                                           Meeting.deleted_at.is_(None)).order_by(Meeting.starts_at, Meeting.id)).all()
    if not held or s.scalar(select(Minutes.id).limit(1)) is not None:
        return DemoMinutes()  # nothing held yet, or the demo ran already
    latest = {m.kind: m.id for m in held}
    units = {u.name: u.id for u in s.scalars(select(Unit))}
    made: list[int] = []
    issued = linked = 0
    for m in held:
        ended = m.ends_at.astimezone(tz).date()

        def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
            return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz)

        drafted, signed_day = _weekday_after(ended, 1), _weekday_after(ended, 2)
        issue_day = _weekday_after(ended, 4)
        if at(drafted, 10) > now:
            continue  # held yesterday: the 纪要 is drafted later today
        meeting_id = m.id
        with uow.clock_at(at(drafted, 10)):
            view = svc.save_draft(uow, meeting_id)
            view = _own_decision(uow, meeting_id, view)
        linked += _link(uow, meeting_id, view, units, at(drafted, 10, 20), signed_day)
        view = svc.load_minutes(uow, meeting_id)
        steps = [("submit", at(drafted, 16))]
        last = latest[m.kind] == m.id
        if not (last and m.kind == MeetingKind.STANDING):  # the latest 常务会议 waits for the 县长
            steps.append(("sign", at(signed_day, 9, 30)))
            if not last:
                steps.append(("issue", at(issue_day, 15)))
        for step, when in steps:
            if when > now:
                break
            with uow.clock_at(when):
                view = svc.transition(uow, meeting_id, step, view.version)
        issued += view.state == MinutesState.ISSUED
        if view.minutes_id is not None:
            made.append(view.minutes_id)
    return DemoMinutes(tuple(made), issued, linked)


def _own_decision(uow: UnitOfWork, meeting_id: int, view: svc.MinutesView) -> svc.MinutesView:
    """One decision the meeting took beyond its 议定事项: on the first part that has none, with a body line."""
    data = view.as_input()
    sections = list(data.sections)
    k = next((i for i, sec in enumerate(sections) if not sec.decisions), len(sections) - 1)
    target = sections[k]
    unit = _unit_of(view, target.heading) or "县政府办公室"
    text = DECISIONS.get(view.kind, DECISIONS[MeetingKind.TOPIC]).format(unit=unit)
    body = target.body or "经研究，会议议定："
    if "议定" not in body:
        body += "经研究，会议议定："
    sections[k] = dataclasses.replace(target, body=body, decisions=(*target.decisions, svc.DecisionInput(text)))
    distribution = DISTRIBUTION.get(view.kind, view.distribution)
    return svc.save_minutes(uow, meeting_id, dataclasses.replace(data, sections=tuple(sections),
                                                                 distribution=distribution), view.version)


def _unit_of(view: svc.MinutesView, heading: str) -> str:
    """The unit that reported on the 议题 (the draft's "会议听取了县公安局的汇报"), if any."""
    for sec in view.sections:
        if sec.heading == heading and sec.body.startswith("会议听取了") and "的汇报" in sec.body:
            return sec.body.removeprefix("会议听取了").split("的汇报", 1)[0]
    return ""


def _link(uow: UnitOfWork, meeting_id: int, view: svc.MinutesView, units: dict[str, int], when: dt.datetime,
          deadline_from: dt.date) -> int:
    """The new decision made a 督办 item (one step), due a month after the 纪要 is signed."""
    for sec in view.sections:
        for d in sec.decisions:
            if d.id is not None and d.action_item_id is None:
                unit = _unit_of(view, sec.heading) or "县政府办公室"
                with uow.clock_at(when):
                    svc.decision_to_action(uow, meeting_id, d.id, svc.ToAction(
                        units.get(unit) or units.get("县政府办公室"), deadline_from + dt.timedelta(days=30)))
                return 1
    return 0
