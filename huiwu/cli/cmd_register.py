"""register — a meeting's 涉密材料 发放回收登记 without the GUI: the register and what is still out, and 回收 by code."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from huiwu.cli import Context
from huiwu.errors import ValidationError

USAGE = "huiwu register MEETING_ID [--json]  |  huiwu register return MEETING_ID CODE…"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "register", help="涉密材料发放回收登记：列出登记表和未收回的份；register return 会议编号 份号… 登记收回",
        description="huiwu register 会议编号 [--json]：登记表和未收回的份。\n"
                    "huiwu register return 会议编号 份号…：逐份登记收回；份号写 000003，"
                    "会议有多份材料时写“材料序号-份号”，如 2-000003。",
        usage=USAGE)
    p.add_argument("words", nargs="+", metavar="ARG", help="会议编号；或 return 会议编号 份号…")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（中文不转义）")
    p.add_argument("--material", type=int, metavar="ID", help="return：不带材料序号的份号属于这份材料（材料编号）")
    p.set_defaults(handler=cmd_register)


def _meeting_id(word: str) -> int:
    try:
        return int(word)
    except ValueError:
        raise ValidationError(f"“{word}”不是会议编号。用法：{USAGE}") from None


def copy_json(c: Any) -> dict[str, Any]:
    return {
        "code": c.code, "number": c.number, "material": c.material_title, "level": c.level_label,
        "recipient": c.name or None, "unit": c.unit or None, "state": c.state_text, "out": c.out,
        "issued_at": c.issued_at.isoformat() if c.issued_at else None, "issued_by": c.issued_by or None,
        "returned_at": c.returned_at.isoformat() if c.returned_at else None, "returned_to": c.returned_to or None,
    }


def cmd_register(args: argparse.Namespace, ctx: Context) -> int:
    from huiwu.services import secret_register as svc

    words: list[str] = args.words
    if words[0] == "return":
        if len(words) < 3:
            raise ValidationError(f"请给出会议编号和至少一个份号。用法：{USAGE}")
        meeting_id, failed = _meeting_id(words[1]), 0
        for code in words[2:]:
            try:
                with ctx.db.uow() as uow:
                    result = svc.return_copy(uow, meeting_id, code, args.material)
                ctx.out(result.text)
            except ValidationError as exc:
                failed += 1
                print(str(exc), file=sys.stderr)
            except Exception as exc:  # a RuleError (already back, not handed out): say it, go on with the rest
                from huiwu.errors import HuiwuError

                if not isinstance(exc, HuiwuError):
                    raise
                failed += 1
                print(str(exc), file=sys.stderr)
        with ctx.db.uow() as uow:
            view = svc.register_view(uow, meeting_id)
        ctx.out(f"《{view.title}》{view.summary}")
        return 2 if failed else 0
    if len(words) != 1:
        raise ValidationError(f"参数过多。用法：{USAGE}")
    with ctx.db.uow() as uow:
        view = svc.register_view(uow, _meeting_id(words[0]))
    if args.json:
        ctx.out(json.dumps({
            "meeting_id": view.meeting_id, "title": view.title, "mark": view.mark or None,
            "totals": {"registered": view.totals.registered, "issued": view.totals.issued,
                       "returned": view.totals.returned, "out": view.totals.out},
            "materials": [{"id": m.id, "no": m.no, "title": m.title, "agenda": m.agenda_title or None,
                           "level": m.level_label, "mark": m.mark, "copies": [copy_json(c) for c in m.copies]}
                          for m in view.materials],
            "out": [copy_json(c) for c in view.out],
        }, ensure_ascii=False, indent=2))
        return 0
    ctx.out(f"《{view.title}》{view.summary}")
    for m in view.materials:
        about = f"（议题：{m.agenda_title}）" if m.agenda_title else ""
        ctx.out(f"{m.no}. {m.title}　{m.mark}{about}　{m.totals.text}")
        for c in m.copies:
            when = f"　领取 {c.issued_at:%m-%d %H:%M}" if c.issued_at else ""
            back = f"　退回 {c.returned_at:%m-%d %H:%M}" if c.returned_at else ""
            ctx.out(f"   {c.code}　{c.recipient}　{c.state_text}{when}{back}")
    if view.out:
        ctx.out(f"未收回 {len(view.out)} 份：{svc.outstanding_text(view.out, limit=len(view.out))}")
    return 0
