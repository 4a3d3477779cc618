"""修改记录 for people: after the office's real use cases on the demo database (create, update, 请假, sign-in,
早退, 更正, merge, 清单 tick, 议定事项, notice), no line of the record names an internal field, shows an ISO
timestamp or an English code — and the meeting editor's history tab shows exactly those lines."""

from __future__ import annotations

import datetime as dt
import enum
import re
from zoneinfo import ZoneInfo

from sqlalchemy import select

import huiwu.models as models
from huiwu.db import Database
from huiwu.models import AuditEntry, MeetingStatus, Person, Unit, Venue
from huiwu.services import actions, archive, attendance, audit, checklists, leave, meetings, notice
from huiwu.services.history import NOTHING, Names, change_lines, changes_text
from tests.conftest import wait_idle

TZ = ZoneInfo("Asia/Shanghai")
ISO = re.compile(r"\d{4}-\d\d-\d\dT|\+00:00|\d\d:\d\d:\d\d")
CODES = sorted({m.value for obj in vars(models).values()
                if isinstance(obj, type) and issubclass(obj, enum.StrEnum) and obj is not enum.StrEnum
                for m in obj}, key=len, reverse=True)


def _ascii_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z_]){re.escape(word)}(?![A-Za-z_])")


def _use_cases(db: Database) -> int:
    """The office's day on a new meeting; returns its id."""
    start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=TZ)
    with db.uow() as uow:
        s = uow.session
        people = s.scalars(select(Person).where(Person.active.is_(True)).order_by(Person.id).limit(12)).all() \
            if hasattr(Person, "active") else s.scalars(select(Person).order_by(Person.id).limit(12)).all()
        ids = [p.id for p in people]
        venues = s.scalars(select(Venue).order_by(Venue.id).limit(2)).all()
        units = s.scalars(select(Unit).order_by(Unit.id).limit(2)).all()
        venue_ids, unit_ids = [v.id for v in venues], [u.id for u in units]
        saved = meetings.create_meeting(
            uow, meetings.MeetingInput("历史记录测试会", "topic", start, start + dt.timedelta(hours=2),
                                       venue_id=venue_ids[0], chair_id=ids[0]),
            participants=[meetings.ParticipantInput(i) for i in ids[:8]])
    mid = saved.meeting_id
    with db.uow() as uow:  # update: name, kind, time, room, chair, host, 密级, notes, one more invitee, one fewer
        saved = meetings.update_meeting(
            uow, mid, saved.version,
            meetings.MeetingInput("历史记录测试会（调整）", "dispatch", start + dt.timedelta(minutes=30),
                                  start + dt.timedelta(hours=2, minutes=30), venue_id=venue_ids[1],
                                  chair_id=ids[1], host_unit_id=unit_ids[0], confidentiality="internal",
                                  notes="改在下午"),
            participants=[meetings.ParticipantInput(i) for i in [*ids[1:8], ids[8]]])
    start += dt.timedelta(minutes=30)
    with db.uow() as uow:
        saved = meetings.set_status(uow, mid, saved.version, MeetingStatus.SCHEDULED)
    with db.uow() as uow:
        saved = meetings.set_status(uow, mid, saved.version, MeetingStatus.NOTIFIED)
    with db.uow() as uow:
        leave.create_leave(uow, leave.LeaveInput(ids[2], "赴省开会", meeting_id=mid,
                                                 substitute=leave.Substitute(name="代会同志")), approve=True)
    with db.uow() as uow:
        leave.create_leave(uow, leave.LeaveInput(ids[3], "病假", meeting_id=mid), approve=True)
    with db.uow() as uow:
        rows = {r.person_id: r for r in attendance.load_roster(uow, mid).rows}
        attendance.sign_in(uow, mid, rows[ids[4]].participant_id, at=start + dt.timedelta(minutes=5, seconds=32))
        attendance.sign_in(uow, mid, rows[ids[5]].participant_id, at=start - dt.timedelta(minutes=10))
        attendance.sign_in(uow, mid, rows[ids[2]].participant_id, at=start + dt.timedelta(minutes=1))  # 代会
        attendance.mark_left_early(uow, rows[ids[5]].participant_id, at=start + dt.timedelta(hours=1))
        attendance.correct_attendance(uow, rows[ids[6]].participant_id, "absent", "未请假未到会")
    with db.uow() as uow:
        items = checklists.checklist(uow, mid)
        checklists.set_done(uow, items[0].id, True, note="已报批")
    with db.uow() as uow:
        a = actions.create_action(uow, mid, actions.ActionInput("抓紧落实", responsible_unit_id=unit_ids[0],
                                                                responsible_person_id=ids[1],
                                                                deadline=dt.date(2026, 12, 10)))
    with db.uow() as uow:
        a = actions.update_action(uow, a.id, a.version, actions.ActionInput(
            "抓紧落实并报送", responsible_unit_id=unit_ids[1], deadline=dt.date(2026, 12, 20)))
    with db.uow() as uow:
        actions.add_feedback(uow, a.id, dt.date(2026, 11, 25), "已启动")
    with db.uow() as uow:
        actions.mark_done(uow, a.id)
    with db.uow() as uow:  # a second meeting of the same afternoon is merged into this one
        other = meetings.create_meeting(
            uow, meetings.MeetingInput("同期专题会", "topic", start + dt.timedelta(hours=3),
                                       start + dt.timedelta(hours=4)),
            participants=[meetings.ParticipantInput(i) for i in ids[9:12]])
    with db.uow() as uow:
        target = meetings.meeting_row(uow, mid).version
        meetings.merge_meetings(uow, other.meeting_id, other.version, mid, target)
    with db.uow() as uow:
        notice.save_notice_text(uow, mid, "关于召开历史记录测试会的通知\n\n各单位：\n\n定于11月24日召开。",
                                meetings.meeting_row(uow, mid).version)
    with db.uow() as uow:
        meetings.set_status(uow, mid, meetings.meeting_row(uow, mid).version, MeetingStatus.FINISHED,
                            now=start + dt.timedelta(hours=3))
    with db.uow() as uow:  # 归档 with the 已办结 item explained, then a change reopens the volume
        archive.set_archive_note(uow, a.id, "已办结，待下次会议销号")
    with db.uow() as uow:
        archive.archive_meeting(uow, mid)
    with db.uow() as uow:
        checklists.set_done(uow, checklists.checklist(uow, mid)[1].id, True)
    return mid


def test_every_line_of_every_record_is_for_people(demo_db: Database) -> None:
    mid = _use_cases(demo_db)
    with demo_db.uow() as uow:
        keys = {k for e in uow.session.scalars(select(AuditEntry)) for k in (e.changes or {})}
        ours = audit.meeting_history(uow, mid)
        everything = audit.recent(uow, limit=100_000)
    assert {"attendance", "signed_in_at", "left_at", "venue_id", "starts_at", "done", "state", "added"} <= keys
    key_words = [_ascii_word(k) for k in sorted(keys, key=len, reverse=True)]
    code_words = [_ascii_word(c) for c in CODES]
    for row in everything:
        for line in (row.summary, row.changes_text):
            assert not ISO.search(line), line
            assert not [p.pattern for p in key_words if p.search(line)], line
            assert not [p.pattern for p in code_words if p.search(line)], line
            assert "（其他）" not in line and not line.startswith("其他：") and "；其他：" not in line, line
    text = "\n".join(r.changes_text for r in ours)
    for expected in ("签到状态：未签到 → 已签到", "签到时间：2026-11-24 09:35", "离会时间：2026-11-24 10:30",
                     "签到状态：未签到 → 缺席", "更正原因：未请假未到会", "已完成：否 → 是", "备注：已报批",
                     "状态：待审批 → 已批准", "类型：专题会议 → 调度会", "开始时间：2026-11-24 09:00 → 2026-11-24 09:30",
                     "密级：公开 → 内部", "状态：办理中 → 已办结", "办理时限：2026-12-10 → 2026-12-20",
                     "办理情况反馈：已启动", "移入议题", "添加人员：", "移除人员：", "状态：进行中 → 已结束"):
        assert expected in text, expected
    # ids are names: the rooms, the chair, the units
    with demo_db.uow() as uow:
        venues = [v.name for v in uow.session.scalars(select(Venue).order_by(Venue.id).limit(2))]
    assert f"会议室：{venues[0]} → {venues[1]}" in text


def test_values_are_worded_and_unknown_ids_never_show() -> None:
    utc = dt.UTC
    names = Names({"venue": {3: "第一会议室"}, "person": {7: "王五"}})
    lines = change_lines({"attendance": ["present", "leave"],
                          "signed_in_at": ["2026-12-09T01:05:32.136109+00:00", None],
                          "venue_id": [3, 4], "chair_id": [None, 7], "done": [False, True],
                          "added": ["张三", "李四"], "status": ["notified", "CANCELLED"]},
                         "participant", TZ, names)
    assert lines == ["签到状态：已签到 → 请假", f"签到时间：2026-12-09 09:05 → {NOTHING}",
                     "会议室：第一会议室 → （已删除）", "主持人：王五", "已完成：否 → 是", "添加人员：张三、李四",
                     "状态：已通知 → 已取消"]
    assert changes_text({"state": ["pending", "approved"]}, "leave_request", utc) == "状态：待审批 → 已批准"
    assert changes_text({"state": ["open", "done"]}, "action_item", utc) == "状态：办理中 → 已办结"
    assert changes_text({"title": ["局长", "副局长"]}, "person", utc) == "职务：局长 → 副局长"
    assert changes_text({"notes": ["", ""]}, "meeting", utc) == ""  # nothing a person could see changed


def test_the_history_tab_shows_the_worded_lines(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    mid = _use_cases(gui_ctx.db)
    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
        detail = meetings.get_meeting(uow, mid)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    editor.history_tab.reload()
    wait_idle(qtbot, gui_ctx)
    model = editor.history_tab.model
    qtbot.waitUntil(lambda: model.rowCount() > 10)
    shown = [model.data(model.index(r, 3)) or "" for r in range(model.rowCount())]
    assert any("签到时间：2026-11-24 09:35" in s for s in shown)
    assert not [s for s in shown if ISO.search(s) or "signed_in_at" in s or "attendance" in s]
    editor.dirty = False
