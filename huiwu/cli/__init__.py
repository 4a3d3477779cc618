"""The headless ``huiwu`` commands. Each ``cmd_*.py`` module here adds its subcommands via ``register``.

A command function receives the parsed arguments and a :class:`Context`, prints what happened in
Chinese, and returns the exit status: 0 done, 2 the user's input was refused (the message says why).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from huiwu.clock import SYSTEM_CLOCK, Clock
from huiwu.errors import HuiwuError
from huiwu.logs import setup_logging
from huiwu.settings import Settings, load_settings

if TYPE_CHECKING:
    from huiwu.db import Database

Handler = Callable[[argparse.Namespace, "Context"], int]
log = logging.getLogger(__name__)


@dataclass
class Context:
    db_url: str | None
    settings: Settings
    clock: Clock = SYSTEM_CLOCK
    #: The command is the whole process (``python -m huiwu print …``): it exits when the command returns, so
    #: what the command leaves behind need not be collected. False when a caller (a test) runs commands in-process.
    standalone: bool = False

    @cached_property
    def db(self) -> Database:
        """Opened (and migrated) on first use: SQLAlchemy and the ORM load only for a command that reads data."""
        from huiwu.db import Database, resolve_url, upgrade

        db = Database(resolve_url(self.db_url, self.settings), self.settings, self.clock)
        upgrade(db)
        return db

    def today(self) -> dt.date:
        """Today in the office's zone, by the context's clock (defaults like "this week" start here)."""
        return self.clock.today(self.settings.tz())

    def out(self, text: str = "") -> None:
        print(text)


# Which module registers which top-level command, so a command imports only its own module (printing,
# calendars and statistics pull in heavy libraries). tests/foundation/test_cli.py checks it is complete.
COMMANDS = {
    "demo": "cmd_setup",
    "db": "cmd_setup",
    "backup": "cmd_setup",
    "import-roster": "cmd_roster",
    "export-roster": "cmd_roster",
    "meetings": "cmd_meetings",
    "checklist": "cmd_meetings",
    "notice": "cmd_meetings",
    "stats": "cmd_stats",
    "headcount": "cmd_stats",
    "replies": "cmd_replies",
    "week": "cmd_week",
    "export-ics": "cmd_ics",
    "import-ics": "cmd_ics",
    "publish-ics": "cmd_feeds",
    "print": "cmd_print",
    "ledger": "cmd_ledger",
    "handout-returns": "cmd_handout_returns",
    "minutes": "cmd_minutes",
    "register": "cmd_register",
    "archive": "cmd_archive",
}


def command_modules() -> list[str]:
    """Every ``cmd_*`` module of this package."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("cmd_"))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for one command (fast), or for all of them when ``command`` is unknown (help)."""
    parser = argparse.ArgumentParser(prog="huiwu", description="会务 — 会议组织、签到、请假、周安排与打印。不带子命令时打开图形界面。")
    db_help = "数据库地址：SQLite 文件路径或 postgresql://… （默认使用设置或内置数据库）"
    parser.add_argument("--db", help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[command]] if command in COMMANDS else command_modules()
    for name in modules:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(sub)
    for command_parser in sub.choices.values():  # `huiwu print … --db X` works as well as `huiwu --db X print …`
        command_parser.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    return parser


def _command_word(argv: list[str]) -> str | None:
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--db":
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def run(argv: list[str], clock: Clock = SYSTEM_CLOCK, *, standalone: bool | None = None) -> int:
    """One command; ``clock`` is the system's (tests pass a pinned one). ``standalone`` (:attr:`Context.standalone`)
    is by default whether ``argv`` is this process's own command line, as every launcher passes it."""
    if standalone is None:
        standalone = argv == sys.argv[1:]
    parser = build_parser(_command_word(argv))
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    log_file = setup_logging()
    try:
        context = Context(args.db, load_settings(), clock, standalone)
        return handler(args, context)
    except HuiwuError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `huiwu meetings | head`: the reader left, which is not an error
        sys.stdout = open(os.devnull, "w")  # stops Python complaining about the pipe at exit
        return 0
    except Exception as exc:  # a bug: the details (which may hold SQL and personal data) go to the log only
        if os.environ.get("HUIWU_DEBUG"):
            raise
        log.exception("command %s failed", argv[:1])
        print(f"错误：程序内部出错（{type(exc).__name__}），详情已写入 {log_file}。本次未完成的修改没有保存。",
              file=sys.stderr)
        return 1
    finally:
        if "context" in locals() and "db" in context.__dict__:
            context.db.dispose()
