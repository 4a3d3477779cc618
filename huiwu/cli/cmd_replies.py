"""replies — a meeting's 回执 ledger without the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from huiwu.cli import Context


def register(sub: Any) -> None:
    p = sub.add_parser("replies", help="会议回执：每位参会人员（或单位）的回执情况，未回复和逾期有标记")
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（中文不转义）")
    p.add_argument("--export", metavar="FILE.xlsx", help="导出回执表（每位参会人员一行），发给各单位填写")
    p.add_argument("--import", dest="import_file", metavar="FILE.xlsx",
                   help="导入填好的回执表；有任何错误时一条也不登记，并指出第几行哪一列")
    p.add_argument("--dry-run", action="store_true", help="与 --import 同用：只检查，不登记")
    p.set_defaults(handler=cmd_replies)


def reply_json(r: Any) -> dict[str, Any]:
    return {
        "key": r.key, "name": r.name, "unit": r.unit_name, "title": r.title, "state": r.state,
        "state_label": r.state_text, "overdue": r.overdue, "answer": r.answer or None,
        "answer_label": r.answer_label or None, "reason": r.reason, "substitute": r.substitute_text or None,
        "named_person": r.named_person or None,
        "returned_at": r.returned_at.isoformat() if r.returned_at else None, "channel": r.channel or None,
        "leave_request_id": r.leave_request_id, "leave_state_label": r.leave_state_label or None,
    }


def cmd_replies(args: argparse.Namespace, ctx: Context) -> int:
    from pathlib import Path

    from huiwu.services import replies

    if args.export:
        with ctx.db.uow() as uow:
            path = replies.export_reply_sheet(uow, args.meeting_id, Path(args.export))
        ctx.out(f"已导出回执表：{path}")
        return 0
    if args.import_file:
        with ctx.db.uow() as uow:
            read = replies.read_reply_sheet if args.dry_run else replies.import_reply_sheet
            preview = read(uow, args.meeting_id, Path(args.import_file))
        if not preview.clean:
            for line in preview.errors:
                print(line, file=sys.stderr)
            print(f"回执表有 {len(preview.errors)} 处问题，没有登记任何回执。", file=sys.stderr)
            return 2
        done = "可以登记" if args.dry_run else "已登记"
        ctx.out(f"{preview.path}：{done} {len(preview.replies)} 条回执（另有 {preview.blank} 人未填写是否参会）。")
        return 0
    with ctx.db.uow() as uow:
        view = replies.reply_ledger(uow, args.meeting_id)
    if args.json:
        ctx.out(json.dumps({
            "meeting_id": view.meeting_id, "title": view.title, "deadline": view.deadline.isoformat(),
            "counts": {"total": view.counts.total, "returned": view.counts.returned, "pending": view.counts.pending,
                       "overdue": view.counts.overdue, **{k: v for k, v in sorted(view.answers.items())}},
            "replies": [reply_json(r) for r in view.rows],
        }, ensure_ascii=False, indent=2))
        return 0
    ctx.out(f"《{view.title}》{view.summary}（{view.deadline_text}）")
    for n, r in enumerate(view.rows, 1):
        leave_text = f"　请假：{r.leave_state_label}" if r.leave_state_label else ""
        when = f"　{r.returned_at:%m-%d %H:%M} {r.channel}" if r.returned_at else ""
        ctx.out(f"{n}. {r.unit_name}　{r.name}　{r.text}{when}{leave_text}")
    return 0
