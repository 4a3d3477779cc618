"""export-ics / import-ics."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from huiwu.calendar.ics_import import IcsImportError
from huiwu.cli import Context
from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError, ValidationError
from huiwu.files import write_bytes_atomic
from huiwu.models import Person, Venue
from huiwu.services import calendars, week


def register(sub: Any) -> None:
    exp = sub.add_parser("export-ics", help="把会议导出为 .ics 日历文件")
    exp.add_argument("-o", "--output", type=Path, required=True, help="输出文件")
    exp.add_argument("--week", help="如 2026-W48")
    exp.add_argument("--from", dest="date_from", help="开始日期 YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", help="结束日期 YYYY-MM-DD")
    exp.add_argument("--person", help="只导出此人参加的会议（姓名）")
    exp.add_argument("--venue", help="只导出此会议室的会议（名称）")
    exp.add_argument("--include-confidential", action="store_true", help="包含内部/涉密会议的详情")
    exp.set_defaults(handler=cmd_export)
    imp = sub.add_parser("import-ics", help="导入 .ics 日历文件（再次导入同名日历会更新）")
    imp.add_argument("file", type=Path)
    imp.add_argument("--calendar", required=True, help="导入后的日历名称")
    imp.add_argument("--color", help="颜色，如 #cc3333")
    imp.add_argument("--owner", help="日历所属人员（姓名），其日程计入冲突检查")
    imp.add_argument("--skip-bad", action="store_true",
                     help="跳过无法读取的日程，只导入其余日程（默认：有一个日程无法读取就不导入整个文件）")
    imp.set_defaults(handler=cmd_import)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"日期“{text}”无效，应写作 2026-11-23。") from None


def _range(args: argparse.Namespace, ctx: Context) -> tuple[dt.date, dt.date]:
    if args.week:
        if args.date_from or args.date_to:
            raise ValidationError("--week 与 --from/--to 只能选一种。")
        year, number = week.parse_week(args.week)
        monday = dt.date.fromisocalendar(year, number, 1)
        return monday, monday + dt.timedelta(days=6)
    if args.date_from and args.date_to:
        return _date(args.date_from), _date(args.date_to)
    if args.date_from or args.date_to:
        raise ValidationError("请同时给出 --from 和 --to。")
    y, w, _ = ctx.today().isocalendar()
    monday = dt.date.fromisocalendar(y, w, 1)
    return monday, monday + dt.timedelta(days=6)


def person_by_name(uow: UnitOfWork, name: str) -> int:
    ids = list(uow.session.scalars(select(Person.id).where(Person.name == name.strip())))
    if not ids:
        raise NotFoundError(f"通讯录中没有“{name}”。")
    if len(ids) > 1:
        raise ValidationError(f"通讯录中有 {len(ids)} 位“{name}”，无法区分。")
    return ids[0]


def _venue(uow: UnitOfWork, name: str) -> int:
    vid = uow.session.scalar(select(Venue.id).where(Venue.name == name.strip()))
    if vid is None:
        raise NotFoundError(f"没有名为“{name}”的会议室。")
    return vid


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    date_from, date_to = _range(args, ctx)
    with ctx.db.uow() as uow:
        person_id = person_by_name(uow, args.person) if args.person else None
        venue_id = _venue(uow, args.venue) if args.venue else None
        data = calendars.export_ics(uow, date_from=date_from, date_to=date_to, person_id=person_id,
                                    venue_id=venue_id, include_confidential=args.include_confidential)
    try:
        write_bytes_atomic(args.output, data)
    except OSError as exc:
        raise ValidationError(f"无法写入 {args.output}：{exc.strerror or exc}") from None
    count = data.count(b"BEGIN:VEVENT")
    ctx.out(f"已导出 {count} 个会议（{date_from.isoformat()} 至 {date_to.isoformat()}）到 {args.output}")
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    try:
        with ctx.db.uow() as uow:
            owner = person_by_name(uow, args.owner) if args.owner else None
            result = calendars.import_ics(uow, args.file, args.calendar, args.color, owner, skip_bad=args.skip_bad)
    except IcsImportError as exc:
        if not exc.bad_events or not exc.good_count:
            raise
        # Every bad event on its own line, then what the clerk can do: nothing has been written.
        print(f"错误：无法导入日历文件 {exc.file_name}：有 {len(exc.bad_events)} 个日程无法读取，"
              "文件中的日程均未导入：", file=sys.stderr)
        for bad in exc.bad_events:
            print(f"  {bad.sentence()}", file=sys.stderr)
        print(f"加 --skip-bad 可只导入其余 {exc.good_count} 个日程。", file=sys.stderr)
        return 2
    ctx.out(result.summary())
    for bad in result.bad:
        ctx.out(f"  已跳过：{bad.sentence()}")
    for w in result.warnings:
        ctx.out(f"  注意：{w}")
    for s in result.skipped:
        ctx.out(f"  {s}")
    return 0
