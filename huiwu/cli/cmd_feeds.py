"""publish-ics: the read-only subscription feeds (the office, each leader, each venue) into a folder or share."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from huiwu.calendar import feeds
from huiwu.cli import Context
from huiwu.errors import ValidationError


def register(sub: Any) -> None:
    pub = sub.add_parser("publish-ics", help="发布只读订阅日历（本单位、每位领导、每个会议室）到文件夹或共享")
    pub.add_argument("--to", dest="folder", type=Path, help="目标文件夹（默认：设置中的订阅日历文件夹）")
    pub.add_argument("--include-confidential", action="store_true", help="包含内部/涉密会议的详情（默认只显示时间）")
    pub.set_defaults(handler=cmd_publish)


def cmd_publish(args: argparse.Namespace, ctx: Context) -> int:
    folder = args.folder or (Path(ctx.settings.feeds_folder) if ctx.settings.feeds_folder else None)
    if folder is None:
        raise ValidationError("请用 --to 指定发布到哪个文件夹，或在设置中选择订阅日历文件夹。")
    with ctx.db.uow() as uow:
        built = feeds.build_feeds(uow, include_confidential=args.include_confidential)
    published = feeds.write_feeds(folder, built, ctx.settings.office_name)  # no transaction open while writing
    for feed in published.feeds:
        ctx.out(f"  {folder / feed.file_name}  {feed.calendar_name}（{feed.events} 个会议）")
    for path in published.written[len(published.feeds):]:
        ctx.out(f"  {path}  订阅说明")
    for path in published.removed:
        ctx.out(f"  已删除 {path}（该领导或会议室已不在名单中）")
    ctx.out(published.summary())
    if args.include_confidential:
        ctx.out("注意：本次包含内部/涉密会议的详情，请确认该文件夹只有有权查看的人能访问。")
    return 0
