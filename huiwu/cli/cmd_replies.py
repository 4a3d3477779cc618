"""replies — a meeting's 回执 ledger without the GUI."""

from __future__ import annotations

import argparse
import json
from typing import Any

from huiwu.cli import Context


def register(sub: Any) -> None:
    p = sub.add_parser("replies", help="会议回执：每位参会人员（或单位）的回执情况，未回复和逾期有标记")
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（中文不转义）")
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
    from huiwu.services import replies

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
