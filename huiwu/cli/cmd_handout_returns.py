"""handout-returns: a 明白纸's attached tables sent to units and what came back (the ledger, export, import,
the merged table, 时限节点 to 督办)."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import select

from huiwu.cli import Context
from huiwu.errors import ValidationError
from huiwu.files import write_bytes_atomic
from huiwu.models import Unit
from huiwu.services import handout_returns as svc


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "handout-returns", help="明白纸附表回收：发送给各单位、导出表格、导入回收的表格、台账（已交/未交/逾期）、汇总、时限节点转督办",
        description="不带选项时显示各附表的回收台账。--send 先把附表发送给报送单位（默认为关联会议的参会单位，"
                    "没有关联会议时为全部乡镇）；--export 导出各单位填写的表格；--import 导入回收的表格（有错误时不导入，退出码 2）。")
    parser.add_argument("handout_id", type=int, metavar="HANDOUT_ID", help="明白纸编号")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出台账（每张附表：截止时间，每个单位的状态、报送时间和内容）")
    parser.add_argument("--send", action="store_true", help="把附表发送给报送单位（需 --deadline）")
    parser.add_argument("--units", nargs="+", metavar="UNIT", help="报送单位（全称或简称，可用“、”或逗号分隔；默认见上）")
    parser.add_argument("--deadline", help="报送截止时间，如 2026-11-30 17:00 或 2026-11-30（当天 17:00）")
    parser.add_argument("--export", type=Path, metavar="DIR", help="把附表导出为 .xlsx（每张附表一个文件，每个单位一个工作表）")
    parser.add_argument("--per-unit", action="store_true", help="与 --export 合用：每个单位一个文件")
    parser.add_argument("--import", dest="import_files", nargs="+", type=Path, metavar="FILE", help="导入各单位回收的 .xlsx")
    parser.add_argument("--merged", type=Path, metavar="FILE", help="把汇总表写成 .xlsx 或 .pdf")
    parser.add_argument("--to-actions", action="store_true", help="把有责任单位的时限节点转为督办事项（已转的不重复）")
    parser.set_defaults(handler=cmd_handout_returns)


def _unit_ids(ctx: Context, words: list[str]) -> list[int]:
    names = [n.strip() for w in words for n in re.split(r"[、,，;；]", w) if n.strip()]
    with ctx.db.uow() as uow:
        units = [(u.id, u.name, u.short_name) for u in uow.session.scalars(select(Unit).where(Unit.active.is_(True)))]
    ids = []
    for name in names:
        found = [u for u in units if u[1] == name] or [u for u in units if u[2] == name]
        if len(found) != 1:
            why = "不在通讯录中" if not found else f"对应 {len(found)} 个单位，请写全称"
            raise ValidationError(f"单位“{name}”{why}。")
        ids.append(found[0][0])
    return ids


def cmd_handout_returns(args: argparse.Namespace, ctx: Context) -> int:
    hid = args.handout_id
    if args.send:
        if not args.deadline:
            raise ValidationError("发送附表需要写明截止时间：--deadline 2026-11-30 17:00。")
        ids = _unit_ids(ctx, args.units) if args.units else None
        with ctx.db.uow() as uow:
            sent = svc.send_tables(uow, hid, svc.parse_deadline(args.deadline, uow.settings.tz()), ids)
        ctx.out(sent.text)
    if args.import_files:
        with ctx.db.uow() as uow:
            preview = svc.preview_import(uow, hid, args.import_files)
        if not preview.ok:
            ctx.out(preview.summary())
            for e in preview.errors:
                ctx.out(f"  {e}")
            return 2
        with ctx.db.uow() as uow:
            done = svc.import_returns(uow, hid, args.import_files)
        ctx.out("已导入：" + done.summary())
        for s in done.skipped:
            ctx.out(f"  跳过 {s}")
    if args.to_actions:
        with ctx.db.uow() as uow:
            ctx.out(svc.milestones_to_actions(uow, hid).text)
    if args.export:
        with ctx.db.uow() as uow:
            files = svc.export_tables(uow, hid, args.export, per_unit_files=args.per_unit)
        ctx.out(f"已导出 {len(files)} 个文件到 {args.export}：")
        for f in files:
            ctx.out(f"  {f.name}")
    if args.merged:
        _merged(ctx, hid, args.merged)
    if args.json:
        with ctx.db.uow() as uow:
            ledger = svc.handout_returns(uow, hid)
        ctx.out(json.dumps(ledger.as_json(), ensure_ascii=False, indent=2))
    elif not (args.send or args.import_files or args.to_actions or args.export or args.merged):
        with ctx.db.uow() as uow:
            ledger = svc.handout_returns(uow, hid)
        for line in ledger_lines(ledger):
            ctx.out(line)
    return 0


def _merged(ctx: Context, hid: int, target: Path) -> None:
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError(f"汇总表只能写成 .xlsx 或 .pdf，不能是“{target.name}”。")
    with ctx.db.uow() as uow:
        if suffix == ".xlsx":
            svc.export_merged_xlsx(uow, hid, target)
        else:
            pdf = svc.merged_pdf(uow, hid)
    if suffix == ".pdf":
        try:
            write_bytes_atomic(target, pdf)
        except OSError as exc:
            raise ValidationError(f"无法写入文件 {target}：{exc.strerror or exc}") from None
    ctx.out(f"已生成汇总表：{target}")


def ledger_lines(ledger: svc.HandoutReturns) -> list[str]:
    lines = [f"明白纸《{ledger.title}》" + (f"（{ledger.meeting_title}）" if ledger.meeting_title else "")]
    if not ledger.tables:
        lines.append("  附表尚未发送。用 --send --deadline … 发送给报送单位。")
    for t in ledger.tables:
        when = f"{t.deadline:%Y-%m-%d %H:%M} 截止" if t.deadline else "未定截止时间"
        lines.append(f"附表《{t.title}》 {when}：{t.counts_text}")
        for u in t.units:
            at = f"{u.returned_at:%m-%d %H:%M}" if u.returned_at else ""
            rows = f"{len(u.rows)} 行" if u.state == "returned" else ""
            lines.append(f"  {u.unit_name:<10}\t{u.state_text}\t{at}\t{rows}\t{u.channel}".rstrip())
    for title in ledger.unsent:
        lines.append(f"附表《{title}》尚未发送。")
    if ledger.milestones:
        lines.append(f"时限节点 {ledger.milestones} 个（有责任单位），已转督办 {ledger.milestone_actions} 个。")
    return lines
