"""week show / week conflicts / week finalize — the 周安排 without the GUI."""

from __future__ import annotations

import argparse
import json
from typing import Any

from huiwu.cli import Context
from huiwu.errors import ValidationError
from huiwu.rules.requests import next_week_of
from huiwu.services import week


def register(sub: Any) -> None:
    parser = sub.add_parser("week", help="周会议安排：查看、冲突检查、定稿")
    actions = parser.add_subparsers(dest="week_command", metavar="ACTION")
    for name, handler, text in (
        ("show", cmd_show, "列出一周的会议、导入日程、请假和合并建议"),
        ("conflicts", cmd_conflicts, "列出一周的冲突及处理建议"),
        ("finalize", cmd_finalize, "定稿并签发（已有变更时重新签发为下一版）"),
        ("reason", cmd_reason, "填写或更正一项变更的原因（序号见 week show 的变更情况）"),
        ("requests", cmd_requests, "列出一周的会议申报（默认下周），逾期申报有标记"),
    ):
        p = actions.add_parser(name, help=text)
        p.add_argument("--week", help="如 2026-W48（默认本周；requests 默认下周）")
        if name == "requests":
            p.add_argument("--json", action="store_true", help="以 JSON 输出（中文不转义）")
        if name == "reason":
            p.add_argument("--change", type=int, required=True, help="变更情况中的序号")
            p.add_argument("--reason", required=True, help="变更原因")
        if name == "finalize":
            p.add_argument("--signer", help="签发人姓名（默认县长；重名时写“单位 姓名”）")
        if name in ("show", "conflicts"):
            p.add_argument("--include-secret", action="store_true",
                           help="显示涉密会议的名称、地点和人员（默认只显示“涉密会议”和时间）")
        p.set_defaults(handler=handler)
    parser.set_defaults(handler=lambda args, ctx: (parser.print_help(), 2)[1])


def _week(args: argparse.Namespace, ctx: Context, default_next: bool = False) -> tuple[int, int]:
    if args.week:
        return week.parse_week(args.week)
    if default_next:
        return next_week_of(ctx.today())
    y, w, _ = ctx.today().isocalendar()
    return y, w


def _view(args: argparse.Namespace, ctx: Context) -> week.WeekView:
    year, number = _week(args, ctx)
    with ctx.db.uow() as uow:
        view = week.week_view(uow, year, number)
    return view if args.include_secret else week.redact_secret(view)


def day_lines(view: week.WeekView) -> list[str]:
    """Each day and under it every item that occupies it (a multi-day one under each of its days), with the
    half-days it takes that day: the layout of the grid and the printed week (:meth:`week.WeekView.placed`)."""
    lines: list[str] = []
    placed = view.placed()
    for day in view.days:
        lines.append(f"{day.weekday_label} {day.date.month}月{day.date.day}日" + (f"（{day.label}）" if day.label else ""))
        halves: dict[str, list[week.PlacedItem]] = {}
        for p in placed:
            if p.date == day.date:
                halves.setdefault(p.item.key, []).append(p)
        for parts in halves.values():
            p, item = parts[0], parts[0].item
            source = f"［{item.calendar_name}］" if item.source == "imported" else ""
            state = "（已取消）" if item.cancelled else ("（变更）" if item.amended else "")
            place = f"　{item.place}" if item.place else ""
            chair = f"　主持：{item.chair_name}" if item.chair_name else ""
            when = "、".join(x.slot for x in parts)
            lines.append(f"  {when}　{p.time_text}　{source}{p.title_text}{state}{place}{chair}")
    return lines


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    view = _view(args, ctx)
    year, number = view.iso_year, view.iso_week
    ctx.out(f"{view.label}　{view.state_label}" + (f"（第{view.edition}版）" if view.edition else ""))
    if view.signer_name and view.signed_at is not None:
        ctx.out(week.signoff_line(view.signer_name, view.signed_at) + f"　定稿：{view.finalized_by}")
    for line in day_lines(view):
        ctx.out(line)
    if view.absences:
        ctx.out("请假：")
        for b in view.absences:
            ctx.out(f"  {b.person_name}　{b.start:%m-%d %H:%M}—{b.end:%m-%d %H:%M}　{b.reason}")
    if view.proposals:
        ctx.out("合并建议：")
        for p in view.proposals:
            ctx.out(f"  【{p.kind_label}】《{p.source_title}》→《{p.target_title}》：{p.reason}")
    if view.amendments:
        ctx.out(f"变更情况（共 {len(view.amendments)} 项）：")
        for n, a in enumerate(view.amendments, 1):
            ctx.out(f"  {n}. {a.text}")
    for w in view.warnings:
        ctx.out(f"注意：{w}")
    ctx.out(f"冲突 {len(view.conflicts)} 处（huiwu week conflicts --week {year}-W{number:02d} 查看）")
    return 0


def cmd_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    view = _view(args, ctx)
    if not view.conflicts:
        ctx.out(f"{view.label}没有冲突。")
        return 0
    ctx.out(f"{view.label}共 {len(view.conflicts)} 处冲突：")
    for n, c in enumerate(view.conflicts, 1):
        ctx.out(f"{n}. 【{c.kind_label}】{c.message}")
        ctx.out(f"   建议：{c.suggestion}")
    return 0


def cmd_finalize(args: argparse.Namespace, ctx: Context) -> int:
    year, number = _week(args, ctx)
    with ctx.db.uow() as uow:
        signer = week.resolve_signer(uow, args.signer) if args.signer else None
        view = week.finalize_week(uow, year, number, signer)
    live = sum(1 for i in view.items if i.source == "meeting" and not i.cancelled)
    edition = f"（第{view.edition}版）" if view.edition >= 2 else ""
    ctx.out(f"{view.label}已定稿{edition}，共 {live} 个会议；之后的改动将记为变更。")
    if view.signed_at is not None and view.signer_name:
        ctx.out(week.signoff_line(view.signer_name, view.signed_at))
    return 0


def cmd_reason(args: argparse.Namespace, ctx: Context) -> int:
    year, number = _week(args, ctx)
    with ctx.db.uow() as uow:
        view = week.week_view(uow, year, number)
        if not 1 <= args.change <= len(view.amendments):
            raise ValidationError(f"{view.label}没有第 {args.change} 项变更（共 {len(view.amendments)} 项）。")
        a = view.amendments[args.change - 1]
        week.set_amendment_reason(uow, a.amendment_id, args.reason)
    ctx.out(f"已填写变更原因：{a.description}（原因：{args.reason.strip()}）")
    return 0


def request_json(r: Any) -> dict[str, Any]:
    """One 会议申报 as `week requests --json` prints it."""
    return {
        "id": r.request_id, "title": r.title, "kind": r.kind, "kind_label": r.kind_label,
        "starts_at": r.starts_at.isoformat(), "ends_at": r.ends_at.isoformat(),
        "alternative": [r.alt_starts_at.isoformat(), r.alt_ends_at.isoformat()] if r.alt_starts_at else None,
        "venue": r.venue_text, "chair": r.chair_name, "unit": r.unit_name, "requested_by": r.requested_by,
        "requested_at": r.requested_at.isoformat(), "late": r.late, "state": r.state, "state_label": r.state_label,
        "decline_reason": r.decline_reason, "meeting_id": r.meeting_id, "invitees": r.invitees_text,
        "people": [name for _, name in r.people],
        "clashes": [c.message for c in r.clashes], "proposals": [p.text for p in r.proposals],
    }


def cmd_requests(args: argparse.Namespace, ctx: Context) -> int:
    from huiwu.models import RequestState
    from huiwu.services import requests

    year, number = _week(args, ctx, default_next=True)
    with ctx.db.uow() as uow:
        view = requests.week_requests(uow, year, number)
    if args.json:
        ctx.out(json.dumps({"week": f"{year}-W{number:02d}", "label": view.label, "cutoff": view.cutoff.isoformat(),
                            "requests": [request_json(r) for r in view.rows]}, ensure_ascii=False, indent=2))
        return 0
    late = view.count(late=True)
    ctx.out(f"{view.label}会议申报 {len(view.rows)} 项（{view.cutoff_text}；逾期 {late} 项，"
            f"待审核 {view.count(RequestState.PENDING)} 项）")
    for n, r in enumerate(view.rows, 1):
        flag = "【逾期申报】" if r.late else ""
        ctx.out(f"{n}. {flag}{r.title}（{r.kind_label}）{r.time_text}　{r.state_label}")
        ctx.out(f"   申报：{r.requester_text}，{r.requested_at:%m月%d日 %H:%M}；参会：{r.invitees_text or '（无）'}")
        if r.alt_text:
            ctx.out(f"   备选时间：{r.alt_text}")
        if r.decline_reason:
            ctx.out(f"   未列入原因：{r.decline_reason}")
        for c in r.clashes:
            ctx.out(f"   冲突：{c.message}")
        for p in r.proposals:
            ctx.out(f"   建议：{p.text}")
    return 0
