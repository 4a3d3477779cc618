"""demo, db upgrade/downgrade/current, backup."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from huiwu import db as dbmod
from huiwu.cli import Context
from huiwu.demo import create_demo, is_empty


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="在空数据库中生成演示数据（清河县政府办）")
    demo.set_defaults(handler=cmd_demo)

    database = sub.add_parser("db", help="数据库维护")
    db_sub = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="升级数据库结构到最新（SQLite 先自动备份）")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(handler=cmd_upgrade)
    down = db_sub.add_parser("downgrade", help="把数据库结构降到指定版本")
    down.add_argument("revision")
    down.set_defaults(handler=cmd_downgrade)
    cur = db_sub.add_parser("current", help="显示数据库结构版本")
    cur.set_defaults(handler=cmd_current)

    backup = sub.add_parser("backup", help="备份内置 SQLite 数据库")
    backup.add_argument("file", nargs="?", type=Path, help="备份到该文件（默认写入数据目录的 backups 文件夹）")
    backup.set_defaults(handler=cmd_backup)


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.uow() as uow:
        if not is_empty(uow):
            ctx.out("数据库中已有数据，未生成演示数据。")
            return 2
        s = create_demo(uow)
    ctx.out(f"已生成演示数据：{s.units} 个单位、{s.people} 名人员、{s.groups} 个分组、{s.venues} 个会议室、"
            f"{s.meetings} 个会议、{s.leave_requests} 条请假记录。")
    return 0


def cmd_upgrade(args: argparse.Namespace, ctx: Context) -> int:
    database = dbmod.Database(dbmod.resolve_url(ctx.db_url, ctx.settings), ctx.settings, ctx.clock)
    try:
        backup = dbmod.upgrade(database, args.revision)
        ctx.out(f"数据库结构版本：{dbmod.current_revision(database)}" + (f"（升级前已备份到 {backup}）" if backup else ""))
    finally:
        database.dispose()
    return 0


def cmd_downgrade(args: argparse.Namespace, ctx: Context) -> int:
    database = dbmod.Database(dbmod.resolve_url(ctx.db_url, ctx.settings), ctx.settings, ctx.clock)
    try:
        dbmod.backup_sqlite(database, reason="before-downgrade")
        dbmod.downgrade(database, args.revision)
        ctx.out(f"数据库结构版本：{dbmod.current_revision(database) or '空'}")
    finally:
        database.dispose()
    return 0


def cmd_current(args: argparse.Namespace, ctx: Context) -> int:
    database = dbmod.Database(dbmod.resolve_url(ctx.db_url, ctx.settings), ctx.settings, ctx.clock)
    try:
        ctx.out(f"{database.engine.url.render_as_string(hide_password=True)}：版本 {dbmod.current_revision(database) or '空'}"
                f"（最新 {dbmod.head_revision(database)}）")
    finally:
        database.dispose()
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    path = dbmod.backup_to(ctx.db, args.file) if args.file else dbmod.backup_sqlite(ctx.db, reason="manual")
    if path is None:
        ctx.out("没有可备份的数据库文件。")
        return 2
    ctx.out(f"已备份到 {path}")
    return 0
