"""minutes — a meeting's 会议纪要 without the GUI: its text (a draft from the record when none is saved yet),
keeping the draft, and the steps 送审 → 签发 → 印发."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from huiwu.cli import Context
from huiwu.errors import ValidationError

STEPS = ("submit", "return", "sign", "issue")


def register(sub: Any) -> None:
    p = sub.add_parser("minutes", help="会议纪要：打印纪要文字（尚未起草时据会议记录生成草稿）；保存草稿、送审、签发、印发",
                       description="不带选项时输出纪要文字；出席、请假、列席名单每次都按签到和请假记录生成。")
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（中文不转义）")
    p.add_argument("--save", action="store_true", help="把据会议记录生成的草稿保存为本会议的纪要（取得编号）")
    step = p.add_mutually_exclusive_group()
    step.add_argument("--submit", dest="step", action="store_const", const="submit", help="送审（送主持人审签）")
    step.add_argument("--return", dest="step", action="store_const", const="return", help="退回修改（送审 → 起草）")
    step.add_argument("--sign", dest="step", action="store_const", const="sign", help="登记签发")
    step.add_argument("--issue", dest="step", action="store_const", const="issue", help="登记印发")
    p.add_argument("--signer", default="", help="与 --sign 同用：签发人（默认为会议主持人）")
    p.add_argument("--on", dest="issued_on", help="与 --issue 同用：印发日期，如 2026-12-03（默认今天）")
    p.set_defaults(handler=cmd_minutes, step=None)


def minutes_json(v: Any) -> dict[str, Any]:
    return {
        "meeting_id": v.meeting_id, "saved": v.saved, "state": v.state, "state_label": v.state_label,
        "number": v.number_text or None, "year": v.year, "title": v.title, "time": v.time_text, "place": v.place,
        "chair": v.chair, "present": list(v.attendance.present), "leave": list(v.attendance.leave),
        "nonvoting": list(v.attendance.nonvoting), "held": v.held,
        "sections": [{"heading": s.heading, "body": s.body, "decisions": [
            {"text": d.text, "action_item_id": d.action_item_id, "ref": d.ref, "action": d.action_text or None}
            for d in s.decisions]} for s in v.sections],
        "distribution": v.distribution, "issuer": v.issuer,
        "issued_on": v.issued_on.isoformat() if v.issued_on else None, "secrecy_mark": v.secrecy_mark or None,
        "submitted": v.submitted or None, "signed": v.signed or None, "issued": v.issued or None,
        "revision": v.revision,
        "revisions": [{"number": r.number, "reason": r.reason, "made_by": r.made_by,
                       "made_at": r.made_at.isoformat()} for r in v.revisions],
    }


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"日期“{text}”无法识别，请写成 2026-12-03。") from None


def cmd_minutes(args: argparse.Namespace, ctx: Context) -> int:
    from huiwu.services import minutes

    issued_on = _date(args.issued_on)
    if args.save:
        with ctx.db.uow() as uow:
            view = minutes.save_draft(uow, args.meeting_id)
        ctx.out(f"已保存纪要草稿：《{view.title}》{view.number_text}")
    if args.step:
        with ctx.db.uow() as uow:
            version = minutes.load_minutes(uow, args.meeting_id).version
            view = minutes.transition(uow, args.meeting_id, args.step, version, signer=args.signer,
                                      issued_on=issued_on)
        ctx.out(f"纪要《{view.title}》已{minutes.ACTION_LABELS[args.step]}，当前状态：{view.state_label}")
    if args.save or args.step:
        return 0
    with ctx.db.uow() as uow:
        view = minutes.load_minutes(uow, args.meeting_id)
    if args.json:
        ctx.out(json.dumps(minutes_json(view), ensure_ascii=False, indent=2))
    else:
        ctx.out(view.as_text().rstrip("\n"))
    return 0
