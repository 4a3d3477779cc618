"""stats: attendance statistics (and the 通报 list) for a period, optionally exported to .xlsx."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any

from huiwu.cli import Context
from huiwu.errors import ValidationError
from huiwu.services import attendance, stats


def register(sub: Any) -> None:
    cmd = sub.add_parser("stats", help="参会考勤统计：应到、实到、请假、代会、迟到、缺席、出席率")
    cmd.add_argument("--from", dest="date_from", required=True, help="开始日期 YYYY-MM-DD")
    cmd.add_argument("--to", dest="date_to", required=True, help="结束日期 YYYY-MM-DD（含当天）")
    cmd.add_argument("--unit", help="只统计该单位（全称或简称）")
    cmd.add_argument("--by", choices=("unit", "person", "meeting"), default="unit",
                     help="按单位（默认）、按人员或按会议统计")
    cmd.add_argument("--report", action="store_true", help="同时列出通报名单（迟到、缺席、早退、未经批准代会）")
    cmd.add_argument("--json", action="store_true", help="以 JSON 输出（rows 为统计行，report 为通报名单）")
    cmd.add_argument("--xlsx", type=Path, help="导出为 .xlsx 文件")
    cmd.set_defaults(handler=cmd_stats)
    head = sub.add_parser("headcount", help="某次会议的出(列)席人数与未到人员（按单位）")
    head.add_argument("meeting_id", type=int, help="会议编号")
    head.set_defaults(handler=cmd_headcount)


def _date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"{what}“{text}”格式不正确，应为 YYYY-MM-DD。") from exc


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[str]:
    table = [[str(c) for c in header], *[[str(c) for c in r] for r in rows]]
    widths = [max(_width(r[i]) for r in table) for i in range(len(header))]
    return ["  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(r)).rstrip() for r in table]


def cmd_stats(args: argparse.Namespace, ctx: Context) -> int:
    date_from = _date(args.date_from, "开始日期")
    date_to = _date(args.date_to, "结束日期")
    with ctx.db.uow() as uow:
        result = stats.statistics(uow, date_from, date_to, args.by, args.unit)
        report = stats.absence_report(uow, date_from, date_to, args.unit) if args.report else None
        if args.xlsx:
            stats.export_xlsx(uow, date_from, date_to, args.xlsx, args.unit)
    header, rows = stats.stat_table(result)
    if args.json:
        data: dict[str, Any] = {"period": result.period_label,
                                "rows": [dict(zip(header, row, strict=True)) for row in rows]}
        if report is not None:
            data["report"] = [r.as_json() for r in report.rows]
        ctx.out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    ctx.out(f"参会考勤统计（{result.period_label}）" + (f" — {args.unit}" if args.unit else ""))
    for line in format_table(header, rows):
        ctx.out(line)
    if report is not None:
        ctx.out()
        ctx.out(f"通报名单（{report.period_label}）")
        table = [tuple(str(c) for c in row) for row in stats.report_table(report, ctx.settings.tz())]
        for line in format_table(stats.REPORT_HEADER, table):
            ctx.out(line)
    if args.xlsx:
        ctx.out(f"已导出到 {args.xlsx}")
    return 0


def cmd_headcount(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.uow() as uow:
        roster = attendance.load_roster(uow, args.meeting_id)
    tz = ctx.settings.tz()
    m = roster.meeting
    ctx.out(f"{m.title}（{m.starts_at.astimezone(tz):%Y-%m-%d %H:%M}，{m.status_label}）")
    ctx.out(attendance.headcount_text(roster.counters) + f"，迟到 {roster.counters.late} 人")
    groups = attendance.missing_by_unit(roster.rows)
    if groups:
        ctx.out("未到人员：")
        for unit, rows in groups:
            ctx.out(f"  {unit}：" + "、".join(r.name for r in rows))
    return 0
