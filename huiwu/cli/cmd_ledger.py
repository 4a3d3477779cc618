"""ledger: the 会议精简 ledger of a year (text, JSON or the printed 通报) and its 会议计划 (ledger plan)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from huiwu.cli import Context
from huiwu.cli.cmd_stats import format_table
from huiwu.errors import ValidationError
from huiwu.files import write_bytes_atomic
from huiwu.models import MEETING_KIND_LABELS
from huiwu.rules import ledger as rules
from huiwu.services import ledger

EVERY_KIND_WORDS = ("", "all", "全部", "全部会议")


def register(sub: Any) -> None:
    parser = sub.add_parser("ledger", help="会议精简台账：按会议类型、主办单位、月份统计会议数量，对照年度会议计划",
                            description="不带 ACTION 时显示台账；plan 设置、列出或删除年度会议计划。")
    parser.add_argument("--year", type=int, help="年度，如 2026（默认今年）")
    parser.add_argument("--json", action="store_true",
                        help="以 JSON 输出（rows 为按类型/单位/月份的明细：held、cancelled、cap、avoided_by_merge、person_times 等）")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="把《会议精简情况通报》印为 PDF 文件")
    parser.set_defaults(handler=cmd_ledger)
    actions = parser.add_subparsers(dest="ledger_command", metavar="ACTION")
    kinds = "、".join(f"{k.value} {v}" for k, v in MEETING_KIND_LABELS.items())
    plan = actions.add_parser("plan", help="设置、列出或删除年度会议计划（全年次数上限、视频会议最低占比）",
                              description=f"会议类型：{kinds}；all 或不写表示全部会议。")
    plan.add_argument("--year", type=int, default=argparse.SUPPRESS, help="年度（默认今年）")
    plan.add_argument("--kind", default="", help="会议类型（代码或中文名，如 standing、常务会议；默认全部会议）")
    plan.add_argument("--unit", help="主办单位（全称或简称；默认不分主办单位）")
    plan.add_argument("--max", type=int, dest="max_count", help="全年不超过 N 次")
    plan.add_argument("--video-percent", type=int, dest="video_percent", help="视频会议不少于 N%%")
    plan.add_argument("--note", default="", help="依据，如“县政府工作规则第十二条”")
    group = plan.add_mutually_exclusive_group()
    group.add_argument("--list", action="store_true", help="列出该年度的会议计划")
    group.add_argument("--remove", action="store_true", help="删除该类型、该主办单位的一项计划")
    plan.set_defaults(handler=cmd_plan)


def _year(args: argparse.Namespace, ctx: Context) -> int:
    year = getattr(args, "year", None)
    return int(year) if year is not None else ctx.today().year


def parse_kind(text: str) -> str:
    """A kind code from its code or its Chinese label; "" (every kind) from all / 全部 / nothing."""
    word = text.strip()
    if word.lower() in EVERY_KIND_WORDS:
        return rules.EVERY_KIND
    for kind, label in MEETING_KIND_LABELS.items():
        if word in (kind.value, label):
            return kind.value
    choices = "、".join(f"{k.value}（{v}）" for k, v in MEETING_KIND_LABELS.items())
    raise ValidationError(f"会议类型“{word}”不对，可选：{choices}，或 all 表示全部会议。")


def cmd_ledger(args: argparse.Namespace, ctx: Context) -> int:
    year = _year(args, ctx)
    with ctx.db.uow() as uow:
        book = ledger.ledger(uow, year)
        pdf = ledger.ledger_pdf(uow, year) if args.pdf else None
    if pdf is not None:
        try:
            write_bytes_atomic(args.pdf, pdf)
        except OSError as exc:
            raise ValidationError(f"无法写入文件 {args.pdf}：{exc.strerror or exc}") from None
    if args.json:
        ctx.out(json.dumps(book.as_json(), ensure_ascii=False, indent=2))
        return 0
    for line in ledger_lines(book, ctx):
        ctx.out(line)
    if pdf is not None:
        ctx.out(f"已生成《{book.title}》：{args.pdf}（{len(pdf) // 1024 + 1} KB）")
    return 0


def _figures(f: ledger.Figures) -> tuple[str, ...]:
    return (str(f.held), str(f.planned), str(f.cancelled), str(f.avoided_by_merge), str(f.person_times))


FIGURE_HEADERS = ("已召开", "已安排", "已取消", "整合/借会减少", "参会人次")


def ledger_lines(book: ledger.Ledger, ctx: Context) -> list[str]:
    t = book.total
    lines = [f"{book.year}年会议精简台账（截至 {book.as_of:%Y-%m-%d %H:%M}）",
             f"已召开 {t.held} 次，已安排 {t.planned} 次，已取消 {t.cancelled} 次，整合会议/借会开会减少 "
             f"{t.avoided_by_merge} 次（减少 {t.person_times_saved} 人次）；参会 {t.person_times} 人次，"
             f"其中乡镇人员 {t.township_person_times} 人次、{rules.cn_hours(t.township_minutes)} 小时"
             + (f"；全年计划 {book.plan_total} 次" if book.plan_total is not None else "")]
    lines += ["", "按会议类型："]
    lines += format_table(("会议类型", *FIGURE_HEADERS, "全年计划", "执行情况"), [
        (g.label, *_figures(g.figures), "—" if g.cap is None else str(g.cap), g.cap_state_label or "—")
        for g in book.by_kind])
    lines += ["", "按类型、主办单位、月份："]
    if book.rows:
        lines += format_table(("会议类型", "主办单位", "月份", *FIGURE_HEADERS, "全年计划"), [
            (r.kind_label, r.unit_name, f"{r.month}月", *_figures(r.figures), "—" if r.cap is None else str(r.cap))
            for r in book.rows])
    else:
        lines.append("  （本年度没有会议）")
    lines += ["", "会议计划："]
    if book.caps:
        lines += format_table(("编号", "计划事项", "已召开", "已安排", "执行情况", "依据"), [
            (str(c.cap.id), f"{c.cap.scope_label}：{c.cap.rule_text}", str(c.figures.held), str(c.figures.planned),
             ledger.cap_verdict(c), c.cap.note or "—") for c in book.caps])
    else:
        lines.append(f"  （尚未设置，可用 huiwu ledger plan --year {book.year} --kind standing --max 12 设置）")
    lines += ["", "整合会议、借会开会（计为减少的会议）："]
    if book.merges:
        lines += format_table(("序号", "原会议", "原定时间", "并入会议", "方式", "减少人次"), [
            (str(i), m.source_title, f"{m.source_starts_at:%m-%d %H:%M}", m.target_title or "（已删除）", m.kind_label,
             str(m.person_times_saved)) for i, m in enumerate(book.merges, 1)])
    else:
        lines.append("  （无）")
    return lines


def cmd_plan(args: argparse.Namespace, ctx: Context) -> int:
    year = _year(args, ctx)
    kind = parse_kind(args.kind)
    if args.list:
        with ctx.db.uow() as uow:
            caps = ledger.list_caps(uow, year)
        if not caps:
            ctx.out(f"{year}年尚未设置会议计划。")
            return 0
        ctx.out(f"{year}年会议计划：")
        for line in format_table(("编号", "范围", "计划", "依据"),
                                 [(str(c.id), c.scope_label, c.rule_text, c.note or "—") for c in caps]):
            ctx.out(line)
        return 0
    if args.remove:
        with ctx.db.uow() as uow:
            unit_id = ledger.unit_id_by_name(uow, args.unit) if args.unit else None
            found = ledger.find_cap(ledger.list_caps(uow, year), kind, unit_id)
            if found is None:
                scope = f"{ledger.kind_label(kind)}（{args.unit or rules.ANY_UNIT_LABEL}）"
                raise ValidationError(f"{year}年的会议计划中没有“{scope}”这一项。")
            ledger.delete_cap(uow, found.id, found.version)
        ctx.out(f"已删除{year}年会议计划：{found.scope_label}{found.rule_text}")
        return 0
    if args.max_count is None and args.video_percent is None:
        raise ValidationError("请用 --max 指定全年次数上限，或用 --video-percent 指定视频会议最低占比。")
    with ctx.db.uow() as uow:
        unit_id = ledger.unit_id_by_name(uow, args.unit) if args.unit else None
        row, added = ledger.set_cap(uow, ledger.CapInput(year, kind, unit_id, args.max_count, args.video_percent,
                                                         args.note))
    ctx.out(f"已{'添加' if added else '修改'}{year}年会议计划：{row.scope_label}{row.rule_text}")
    return 0
