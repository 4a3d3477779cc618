"""meetings, checklist, notice."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from huiwu.cli import Context
from huiwu.errors import ValidationError
from huiwu.services.checklists import checklist
from huiwu.services.meetings import list_meetings, meeting_row


def register(sub: Any) -> None:
    ls = sub.add_parser("meetings", help="列出会议（编号、时间、地点、状态、名称）")
    ls.add_argument("--week", help="只列这一周，如 2026-W48")
    ls.add_argument("--json", action="store_true", help="输出 JSON")
    ls.set_defaults(handler=cmd_meetings)
    cl = sub.add_parser("checklist", help="列出一个会议的会前/会中/会后清单")
    cl.add_argument("meeting_id", type=int)
    cl.set_defaults(handler=cmd_checklist)
    nt = sub.add_parser("notice", help="会议通知全文（与“会议通知”页和打印件一致）；--set 保存修改后的文字")
    nt.add_argument("meeting_id", type=int)
    action = nt.add_mutually_exclusive_group()
    action.add_argument("--set", dest="set_file", type=Path, metavar="FILE",
                        help="把文件中的文字存为该会议的通知（UTF-8 文本）")
    action.add_argument("--reset", action="store_true", help="丢弃修改，恢复为按会议自动生成")
    nt.set_defaults(handler=cmd_notice)


def cmd_meetings(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.uow() as uow:
        rows = list_meetings(uow, week=args.week)
    if args.json:
        ctx.out(json.dumps([
            {"id": r.id, "title": r.title, "kind": r.kind_label, "status": r.status, "status_label": r.status_label,
             "archived": r.archived, "starts_at": r.starts_at.isoformat(), "ends_at": r.ends_at.isoformat(), "venue": r.place}
            for r in rows
        ], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        ctx.out(f"{r.id:>5}  {r.starts_at:%Y-%m-%d %H:%M}—{r.ends_at:%H:%M}  {r.status_text:<4}  "
                f"{r.title}  @ {r.place or '（未定）'}")
    ctx.out(f"共 {len(rows)} 个会议。")
    return 0


def cmd_checklist(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.uow() as uow:
        meeting = meeting_row(uow, args.meeting_id)
        rows = checklist(uow, args.meeting_id)
    ctx.out(f"{meeting.title}（{meeting.starts_at:%Y-%m-%d %H:%M}，{meeting.status_label}）")
    for r in rows:
        due = f"{r.due_at:%Y-%m-%d %H:%M}" if r.due_at else "—"
        done = f"（{r.done_by} {r.done_at:%m-%d %H:%M}）" if r.done and r.done_at else ""
        ctx.out(f"{r.id:>6}  {r.phase_label}  {due}  {r.state_label:<3}  {r.title}  [{r.owner}]{done}")
    done_count = sum(1 for r in rows if r.done)
    ctx.out(f"共 {len(rows)} 项，已完成 {done_count} 项。")
    return 0


def cmd_notice(args: argparse.Namespace, ctx: Context) -> int:
    """Only the notice's text on stdout, so it can be piped to a file, edited and stored with --set."""
    from huiwu.services import notice

    text: str | None = None
    if args.set_file is not None:
        text = _read_text(args.set_file)
    elif args.reset:
        text = ""
    with ctx.db.uow() as uow:
        if text is not None:
            notice.save_notice_text(uow, args.meeting_id, text, meeting_row(uow, args.meeting_id).version)
        out = notice.notice_text(uow, args.meeting_id)
    if text is not None:
        import sys

        print("已恢复为自动生成的通知。" if not text.strip() else f"已保存 {args.set_file} 为会议通知。", file=sys.stderr)
    ctx.out(out.rstrip("\n"))
    return 0


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"无法读取文件 {path}：{exc.strerror or exc}。") from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(f"文件 {path} 不是 UTF-8 或 GB18030 编码的文本，请另存为 UTF-8 后再试。")
