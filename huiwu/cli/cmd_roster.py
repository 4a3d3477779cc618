"""import-roster, export-roster."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from huiwu.cli import Context
from huiwu.services.roster import export_roster, import_roster, preview_roster


def register(sub: Any) -> None:
    imp = sub.add_parser("import-roster", help="从 .xlsx 导入通讯录（先预览，文件无误才写入）")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="只预览，不写入")
    imp.set_defaults(handler=cmd_import)
    exp = sub.add_parser("export-roster", help="把通讯录导出为 .xlsx（可原样再导入）")
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.uow() as uow:
        preview = preview_roster(uow, args.file)
    ctx.out(preview.summary())
    if not preview.ok:
        for error in preview.errors:
            ctx.out(f"  {error}")
        ctx.out("文件有错误，未导入任何数据。请改正后重新导入。")
        return 2
    if args.dry_run:
        ctx.out("（预览模式，未写入）")
        return 0
    with ctx.db.uow() as uow:
        import_roster(uow, args.file)
    ctx.out("已导入。")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.uow() as uow:
        count = export_roster(uow, args.file)
    ctx.out(f"已导出 {count} 名人员到 {args.file}")
    return 0
