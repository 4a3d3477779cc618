"""print: every document of a meeting, the attendance 通报 and the week's schedule, to a PDF file."""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from huiwu.cli import Context
from huiwu.errors import ValidationError
from huiwu.files import write_bytes_atomic

MEETING_KINDS = ("notice", "agenda", "signin", "handout", "seating", "cards", "actions", "result", "minutes",
                 "register")
HELP = "notice 通知 / agenda 议程 / signin 签到表 / handout 明白纸 / seating 座次表 / cards 席卡 / actions 督办清单 / " \
       "result 签到结果表 / minutes 会议纪要 / register 涉密材料发放回收登记表 / archive 归档卷 / report 出勤通报 / " \
       "week 一周会议安排"


def register(sub: Any) -> None:
    p = sub.add_parser("print", help="把会议文档打印为 PDF 文件（通知、议程、签到表、明白纸、座次表、席卡、督办清单、签到结果表、会议纪要、通报、周安排）",
                       description=f"文档类型：{HELP}")
    p.add_argument("kind", choices=(*MEETING_KINDS, "archive", "report", "week"), metavar="KIND", help=HELP)
    p.add_argument("meeting_id", nargs="?", type=int, help="会议编号（report 和 week 不需要）")
    p.add_argument("-o", "--output", type=Path, required=True, help="输出的 PDF 文件")
    p.add_argument("--no-phone", action="store_true", help="签到表不印联系电话")
    p.add_argument("--walk-in", type=int, default=0, metavar="N", help="签到表末尾留 N 行临时参会空白行")
    p.add_argument("--from", dest="date_from", help="通报起始日期，如 2026-11-01")
    p.add_argument("--to", dest="date_to", help="通报截止日期，如 2026-11-30")
    p.add_argument("--week", help="周次，如 2026-W48")
    p.add_argument("--include-secret", action="store_true",
                   help="week：印出涉密会议的名称、地点和人员（默认只印“涉密会议”和时间）")
    p.add_argument("--list", action="store_true", help="周安排用列表样式（默认表格）")
    p.add_argument("--copies", type=int, default=1, metavar="N",
                   help="通知、议程、签到表、座次表、签到结果表、会议纪要印 N 份，每份首页标注份号（000001 起，涉密会议分发登记用）")
    p.add_argument("--material", type=int, metavar="ID",
                   help="通知、议程等按这份已登记涉密材料（材料编号）的份号逐份印制，每份标注份号和领取人")
    p.set_defaults(handler=cmd_print)


def _date(text: str | None, what: str) -> dt.date:
    if not text:
        raise ValidationError(f"请用 {what} 指定日期，如 2026-11-01。")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"日期“{text}”无法识别，请写成 2026-11-01。") from None


def _week(text: str | None) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", (text or "").strip(), re.IGNORECASE)
    if not match:
        raise ValidationError("请用 --week 指定周次，如 2026-W48。")
    year, week = int(match[1]), int(match[2])
    try:
        dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError(f"{year} 年没有第 {week} 周。") from None
    return year, week


def _skip_exit_collection() -> None:
    """At exit, before the interpreter tears the modules down: everything left is frozen out of the cyclic
    collector, whose final passes over SQLAlchemy's, reportlab's and the fonts' objects cost a one-shot
    ``huiwu print`` about a tenth of a second and free nothing the OS would not. Registered once."""
    global _exit_hook
    if not _exit_hook:
        _exit_hook = True
        atexit.register(gc.freeze)


_exit_hook = False


@contextmanager
def _collector_paused(exiting: bool = False) -> Iterator[None]:
    """No cyclic collection while one document is made: a 1,000-person sheet allocates a few hundred thousand
    short-lived objects (rows, cells, flowables) and each collection rescans every module loaded; what a
    document leaves cyclic is collected when the pause ends.

    ``exiting``: the process ends with this document. Then everything is frozen out of the collector when the
    pause ends instead: its first pass would walk every object allocated meanwhile — SQLAlchemy, reportlab,
    the models, the fonts, imported during the pause — about 80 ms of a one-shot ``huiwu print signin``, to
    free what the exit frees anyway."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if exiting:
            gc.freeze()
        if was_enabled:
            gc.enable()


def cmd_print(args: argparse.Namespace, ctx: Context) -> int:
    _skip_exit_collection()
    with _collector_paused(exiting=ctx.standalone):
        return _print(args, ctx)


def _print(args: argparse.Namespace, ctx: Context) -> int:
    from huiwu.services import printing

    kind: str = args.kind
    if kind == "archive":
        return _print_archive(args, ctx)
    if kind in MEETING_KINDS and args.meeting_id is None:
        raise ValidationError(f"打印{printing.KIND_LABELS[kind]}需要会议编号：huiwu print {kind} 会议编号 -o 文件.pdf")
    if kind == "week":
        try:
            import huiwu.services.week  # noqa: F401
        except ImportError:
            raise ValidationError("本版本尚未包含周安排打印（huiwu.services.week 不存在）。") from None
        year, week = _week(args.week)
    elif kind == "report":
        date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    with ctx.db.uow() as uow:
        if kind == "report":
            pdf = printing.report_pdf(uow, date_from, date_to)
        elif kind == "week":
            pdf = printing.week_pdf(uow, year, week, "list" if args.list else "grid", args.include_secret)
        else:
            pdf = printing.document_pdf(uow, kind, args.meeting_id, **_options(kind, args))
    try:
        write_bytes_atomic(args.output, pdf)
    except OSError as exc:
        raise ValidationError(f"无法写入文件 {args.output}：{exc.strerror or exc}") from None
    ctx.out(f"已生成{printing.KIND_LABELS[kind]}：{args.output}（{len(pdf) // 1024 + 1} KB）")
    return 0


def _print_archive(args: argparse.Namespace, ctx: Context) -> int:
    """The 归档卷: as filed while the meeting is 已归档, else as it would be filed now."""
    from huiwu.services import archive

    if args.meeting_id is None:
        raise ValidationError("打印归档卷需要会议编号：huiwu print archive 会议编号 -o 文件.pdf")
    with ctx.db.uow() as uow:
        state = archive.archive_state(uow, args.meeting_id)
        pdf = archive.archive_pdf(uow, args.meeting_id)
    _write(args.output, pdf)
    ctx.out(f"已生成归档卷：{args.output}（{len(pdf) // 1024 + 1} KB；{state.text}）")
    return 0


def _write(path: Path, pdf: bytes) -> None:
    try:
        write_bytes_atomic(path, pdf)
    except OSError as exc:
        raise ValidationError(f"无法写入文件 {path}：{exc.strerror or exc}") from None


def _options(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {"copies": args.copies} if args.copies != 1 else {}
    if args.material is not None:
        options = {"material_id": args.material}
    if kind == "signin":
        options |= {"with_phone": not args.no_phone, "walk_in_rows": args.walk_in}
    return options
