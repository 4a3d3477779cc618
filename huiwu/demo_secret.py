"""Demo data for the 涉密材料 发放回收登记: the demo's latest 县政府常务会议 that has been held (its first 议题, the
budget adjustment, is 秘密) hands out two registered materials — the 议题's 送审稿 and the 议程 — numbered to its
participants in 排序号 order, handed out as its first 议题 began and ticked back as its 议题 ended, all but two
copies of the 送审稿 (so its checklist item stays open and the 工作台 lists them).

Everything goes through huiwu.services.secret_register at the moment it would have happened. Call
``add_demo_secret(uow)`` after ``huiwu.demo.create_demo``; running it twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.models import Confidentiality, Meeting, MeetingKind, MeetingStatus, SecretMaterial
from huiwu.rules.secrecy import is_state_secret
from huiwu.services import secret_register as svc

UNRETURNED = 2  # copies of the 送审稿 still out at the end of the demo


@dataclass(frozen=True)
class DemoSecret:
    meeting_id: int | None
    material_ids: tuple[int, ...] = ()
    copies: int = 0
    out: tuple[str, ...] = ()  # the codes still out


def _meeting(uow: UnitOfWork) -> Meeting | None:
    """The latest 常务会议 held, with a 涉密 议题."""
    candidates = uow.session.scalars(
        select(Meeting).where(Meeting.kind == MeetingKind.STANDING, Meeting.status == MeetingStatus.FINISHED,
                              Meeting.deleted_at.is_(None)).order_by(Meeting.starts_at.desc())).all()
    return next((m for m in candidates if any(is_state_secret(a.secrecy_level) for a in m.agenda_items)), None)


def add_demo_secret(uow: UnitOfWork) -> DemoSecret:
    meeting = _meeting(uow)
    if meeting is None:
        return DemoSecret(None)
    if uow.session.scalar(select(SecretMaterial.id).where(SecretMaterial.meeting_id == meeting.id).limit(1)):
        return DemoSecret(meeting.id)  # already registered: the demo runs once
    tz = uow.settings.tz()
    mid, start = meeting.id, meeting.starts_at.astimezone(tz)
    secret_item = next(a for a in sorted(meeting.agenda_items, key=lambda a: a.position)
                       if is_state_secret(a.secrecy_level))
    ends = svc.agenda_ends(meeting, tz)
    item_end = ends.get(secret_item.id, meeting.ends_at.astimezone(tz))
    title = secret_item.title.removeprefix("研究").strip("《》") or secret_item.title
    with uow.clock_at(start - dt.timedelta(days=1, hours=-1)):  # registered the day before, when printed
        draft = svc.add_material(uow, mid, svc.MaterialInput(f"《{title}》（送审稿）", agenda_item_id=secret_item.id,
                                                             secrecy_term="1年"))
        agenda = svc.add_material(uow, mid, svc.MaterialInput("会议议程", secrecy_level=Confidentiality.MIMI.value,
                                                              secrecy_term="6个月"))
    with uow.clock_at(start + dt.timedelta(minutes=1)):  # handed out as the first 议题 begins
        svc.issue_copies(uow, mid, material_id=draft.id)
        svc.issue_copies(uow, mid, material_id=agenda.id)
    view = svc.register_view(uow, mid)
    out: list[str] = []
    by_material = {m.id: m for m in view.materials}
    for material, back_at in ((by_material[draft.id], item_end), (by_material[agenda.id], meeting.ends_at.astimezone(tz))):
        issued = [c for c in material.copies if c.out]
        keep = issued[-UNRETURNED:] if material.id == draft.id else []
        for k, c in enumerate(issued):
            if c in keep:
                out.append(c.code)
                continue
            with uow.clock_at(back_at + dt.timedelta(seconds=4 * k)):  # about four seconds a copy
                svc.return_copy(uow, mid, c.code)
    return DemoSecret(mid, (draft.id, agenda.id), len(view.copies), tuple(out))
