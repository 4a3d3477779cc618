"""archive: whether a meeting can be filed (归档), the notes on unfinished 议定事项, and filing it."""

from __future__ import annotations

import argparse
import json
from typing import Any

from huiwu.cli import Context
from huiwu.errors import ValidationError


def register(sub: Any) -> None:
    p = sub.add_parser("archive", help="会议归档：查看能否归档、为未销号的议定事项写明原因、归档（归档卷随之冻结）",
                       description="不带选项时显示归档状态和尚未满足的条件。归档卷用 huiwu print archive 会议编号 -o 文件.pdf 打印。")
    p.add_argument("meeting_id", type=int, help="会议编号")
    p.add_argument("--note", nargs=2, action="append", metavar=("事项编号", "原因"), default=[],
                   help="写明某项议定事项未销号的原因（可多次使用；原因写空字符串表示清除）")
    p.add_argument("--file", dest="do_file", action="store_true", help="归档：满足条件时生成并冻结归档卷")
    p.add_argument("--json", action="store_true", help="以 JSON 输出状态")
    p.set_defaults(handler=cmd_archive)


def cmd_archive(args: argparse.Namespace, ctx: Context) -> int:
    from huiwu.services import archive

    for item, note in args.note:
        if not item.isdigit():
            raise ValidationError(f"议定事项编号“{item}”应为数字（见 huiwu archive {args.meeting_id} 列出的编号）。")
        with ctx.db.uow() as uow:
            ids = {i.id for i in archive.archive_state(uow, args.meeting_id).items}
            if int(item) not in ids:
                raise ValidationError(f"议定事项 {item} 不属于会议 {args.meeting_id}。")
            archive.set_archive_note(uow, int(item), note)
        ctx.out(f"已写明议定事项 {item} 的未销号原因。" if note.strip() else f"已清除议定事项 {item} 的未销号原因。")
    if args.do_file:
        with ctx.db.uow() as uow:
            state = archive.archive_meeting(uow, args.meeting_id)
        ctx.out(f"会议“{state.title}”{state.text}。")
        return 0
    with ctx.db.uow() as uow:
        state = archive.archive_state(uow, args.meeting_id)
    if args.json:
        ctx.out(json.dumps({
            "meeting_id": state.meeting_id, "title": state.title, "archived": state.archived, "state": state.text,
            "archived_at": state.archived_at.isoformat() if state.archived_at else None,
            "archived_by": state.archived_by, "pages": state.pages,
            "reopened_at": state.reopened_at.isoformat() if state.reopened_at else None,
            "reopened_reason": state.reopened_reason,
            "blockers": [b.text for b in state.blockers],
            "items": [{"id": i.id, "text": i.text, "unit": i.unit_name, "state": i.state_label,
                       "archive_note": i.archive_note} for i in state.items],
        }, ensure_ascii=False, indent=2))
        return 0
    ctx.out(f"{state.title}：{state.text}")
    for i in state.items:
        note = f"；未销号原因：{i.archive_note}" if i.archive_note and not i.closed else ""
        ctx.out(f"  [{i.id}] {i.state_label}  {i.text}（{i.unit_name or '未定责任单位'}）{note}")
    if state.blockers and not state.archived:
        ctx.out("还不能归档：")
        for b in state.blockers:
            ctx.out(f"  · {b.text}")
        ctx.out(f"为未销号事项写明原因：huiwu archive {state.meeting_id} --note 事项编号 原因")
    elif not state.archived:
        ctx.out(f"可以归档：huiwu archive {state.meeting_id} --file")
    return 0
