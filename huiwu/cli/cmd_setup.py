"""demo, db upgrade/downgrade/current, backup."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from huiwu import db as dbmod
from huiwu.cli import Context
from huiwu.demo import create_demo, is_empty
from huiwu.settings import save_settings


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="在空数据库中生成演示数据（清河县政府办）")
    demo.set_defaults(handler=cmd_demo)

    database = sub.add_parser("db", help="数据库维护")
    db_sub = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="升级数据库结构到最新（SQLite 先自动备份）")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(handler=cmd_upgrade)
    down = db_sub.add_parser("downgrade", help="把数据库结构降到指定版本（先自动备份；会删除较新版本的表和列）")
    down.add_argument("revision", help="目标版本，例如 0001；base 表示删除全部表")
    down.add_argument("--yes", action="store_true", help="确认降级（不加则只说明将发生什么）")
    down.set_defaults(handler=cmd_downgrade)
    restore = db_sub.add_parser("restore", help="把降级前或 PostgreSQL 的 .json 备份恢复到一个空数据库")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=cmd_restore)
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
    if s.identity_adopted:  # the settings named no office: the demo's name becomes the 落款 of its papers
        save_settings(ctx.settings)
        ctx.out(f"本机设置的单位名称已设为“{ctx.settings.office_name}”（可在设置中修改）。")
    return 0


@contextmanager
def _schema_database(ctx: Context) -> Iterator[dbmod.Database]:
    """The database the schema commands work on, opened without migrating it, and closed afterwards."""
    database = dbmod.Database(dbmod.resolve_url(ctx.db_url, ctx.settings), ctx.settings, ctx.clock)
    try:
        yield database
    finally:
        database.dispose()


def cmd_upgrade(args: argparse.Namespace, ctx: Context) -> int:
    with _schema_database(ctx) as database:
        backup = dbmod.upgrade(database, args.revision)
        ctx.out(f"数据库结构版本：{dbmod.current_revision(database)}" + (f"（升级前已备份到 {backup}）" if backup else ""))
    return 0


def cmd_downgrade(args: argparse.Namespace, ctx: Context) -> int:
    with _schema_database(ctx) as database:
        where = dbmod.shown(database.url)
        if not args.yes:
            loss = ("会删除全部表，清空整个数据库（所有会议、人员、签到和请假记录）" if args.revision == "base"
                    else f"会删除版本 {args.revision} 之后加入的表和列及其中的数据")
            shared = "；这是多台电脑共用的数据库，其他电脑也将无法使用" if not database.is_sqlite else ""
            ctx.out(f"把 {where} 降级到“{args.revision}”{loss}{shared}。降级前会自动备份。"
                    "确认降级请加 --yes 重新运行。")
            return 2
        backup = dbmod.downgrade(database, args.revision)
        ctx.out(f"数据库结构版本：{dbmod.current_revision(database) or '空'}")
        if backup is not None:
            how = (f"恢复：huiwu --db 空数据库 db restore {backup}" if backup.suffix == ".json"
                   else f"恢复：pg_restore --dbname=… {backup}" if backup.suffix == ".pgdump"
                   else "恢复：关闭会务后用该文件替换数据库文件")
            ctx.out(f"降级前已备份到 {backup}（{how}）")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from huiwu import dump

    with _schema_database(ctx) as database:
        rows = dump.restore(database, args.file)
        restored = dbmod.current_revision(database)
        ctx.out(f"已从 {args.file} 恢复 {rows} 行到 {dbmod.shown(database.url)}，结构版本 {restored or '空'}。")
        dbmod.upgrade(database, backup=False)
        if dbmod.current_revision(database) != restored:
            ctx.out(f"已升级到最新结构版本 {dbmod.current_revision(database)}。")
    return 0


def cmd_current(args: argparse.Namespace, ctx: Context) -> int:
    with _schema_database(ctx) as database:
        ctx.out(f"{database.engine.url.render_as_string(hide_password=True)}：版本 {dbmod.current_revision(database) or '空'}"
                f"（最新 {dbmod.head_revision(database)}）")
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    path = dbmod.backup_to(ctx.db, args.file) if args.file else dbmod.backup_sqlite(ctx.db, reason="manual")
    if path is None:
        ctx.out("没有可备份的数据库文件。")
        return 2
    ctx.out(f"已备份到 {path}")
    return 0
