"""Every setting of this PC, declared once with its type and default.

Settings live in a small JSON file in the user's config folder (platformdirs), not in the database,
because the first of them — where the database is — must be known before any database is opened.
Domain data (people, meetings, holiday overrides) lives in the database. The GUI's window geometry
goes to QSettings in ``ui/``; everything the core and the CLI also need is here.
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import logging
import os
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from huiwu.errors import ValidationError
from huiwu.text import control_character_at

log = logging.getLogger(__name__)

APP_NAME = "huiwu"
PLACEHOLDER_OFFICE = "××县人民政府办公室"  # the default until the first-run dialog (or 设置) names the office
NAME_MAX = 20  # 姓名 of the clerk, as 修改记录 shows it
OFFICE_MAX = 40  # 单位名称 / 落款: one line of a notice (the notice reader takes a longer line for body text)
CONTACT_MAX = 60  # 联系人及电话


def config_dir() -> Path:
    """``HUIWU_CONFIG_DIR`` wins so tests and portable installs never touch the user's real settings."""
    env = os.environ.get("HUIWU_CONFIG_DIR")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    env = os.environ.get("HUIWU_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def embedded_database_path() -> Path:
    """The embedded SQLite file, used when neither ``--db``, ``HUIWU_DATABASE_URL`` nor the settings name one."""
    return data_dir() / "huiwu.sqlite3"


def normalise_url(url: str) -> str:
    """Accept a bare file path for SQLite and a plain postgresql:// URL (we ship psycopg 3)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def database_address(cli_url: str | None, settings: Settings | None) -> tuple[str, bool]:
    """Which database this process opens, without SQLAlchemy (the window's start-up needs it before that import):
    ``--db`` first, then ``HUIWU_DATABASE_URL``, then the settings page, then the embedded file.

    Returns (the address, whether it came from the settings, whose password is kept in the password store).
    """
    for candidate in (cli_url, os.environ.get("HUIWU_DATABASE_URL")):
        if candidate:
            return normalise_url(candidate), False
    if settings is not None and settings.database_url:
        return normalise_url(settings.database_url), True
    return f"sqlite:///{embedded_database_path()}", False


def command_line_operator() -> str:
    """Who a command writes as when nobody named themselves: ``HUIWU_OPERATOR`` (a script or a scheduled task
    says who it is), else a label that says it is the command line under an OS account, never the bare account
    as though it were a person."""
    named = " ".join(os.environ.get("HUIWU_OPERATOR", "").split())
    if named:
        return named[:NAME_MAX]
    try:
        account = getpass.getuser()
    except (OSError, KeyError):  # an account without a name (a container's bare uid)
        return "命令行"
    return f"命令行（{account}）"


class OperatorMissingError(ValidationError):
    """The window writes nothing until the clerk has said who they are (修改记录 names a person)."""

    def __init__(self) -> None:
        super().__init__("请先填写您的姓名：每条修改记录都写明是谁改的。本次没有保存任何更改。"
                         "请在“欢迎使用会务”对话框或“设置”页的“您的姓名”中填写后重试。")


def contact_line(own: str, office_default: str) -> str:
    """联系人及电话 of a document: its own when it has one, else the office's default (may be empty)."""
    return own.strip() or office_default.strip()


@dataclass
class Settings:
    database_url: str = ""  # empty: the embedded SQLite file in data_dir()
    office_name: str = PLACEHOLDER_OFFICE
    issuer: str = ""  # 落款 when it differs from the office name (e.g. 中共清河县委办公室); empty: the office name
    default_contact: str = ""  # 联系人及电话 printed when a meeting or 明白纸 names none, e.g. "张三 0316-1234567"
    timezone: str = "Asia/Shanghai"
    operator: str = ""  # the clerk's name (first-run dialog, 设置), written to every 修改记录; kept per PC
    language: str = "zh_CN"
    early_minutes: int = 10  # 早来十分钟: signing in this long before the start counts as early
    seating_rule: str = "alternate"  # 座次: "alternate" (DOMAIN.md) or "centre_on_first"
    merge_threshold: float = 0.7  # Jaccard overlap above which two meetings are proposed for merging
    fonts: dict[str, str] = field(default_factory=dict)  # print role -> font file chosen by the user
    backups_kept: int = 5
    feeds_folder: str = ""  # where the read-only .ics subscription feeds are published (a share); empty: none
    # 日历同步: a meeting cancelled or deleted in the office stays on the CalDAV calendars as 已取消 this many days
    # after the cancellation was written, then is removed from them (0: removed at the next sync).
    caldav_grace_days: int = 7
    # 会议申报: requests for a week are due by this ISO weekday (5 = 周五) and time of the week before
    request_cutoff_weekday: int = 5
    request_cutoff_time: str = "15:00"
    office_from_demo: bool = False  # the office's name is the demo office's, put there by a new demo database
    # Not a setting of this PC (never saved or loaded): who writes when ``operator`` is empty. The command line
    # writes a label (command_line_operator); the window sets None and refuses to write without a name.
    unnamed_operator: str | None = field(default_factory=command_line_operator, compare=False, repr=False,
                                         metadata={"saved": False})

    def operator_name(self) -> str:
        """The one name every record written through these settings carries (修改记录, 完成人, 定稿人, 变更记录).

        Raises :class:`OperatorMissingError` in the window when the clerk has not given their name yet.
        """
        name = self.operator.strip()
        if name:
            return name
        if self.unnamed_operator is None:
            raise OperatorMissingError()
        return self.unnamed_operator

    @contextmanager
    def writing_as(self, unnamed: str) -> Iterator[None]:
        """Within the block, records nobody named write ``unnamed`` (the demo office the window fills in before
        the clerk has said who they are is "示例数据", not the clerk)."""
        before = self.unnamed_operator
        self.unnamed_operator = unnamed
        try:
            yield
        finally:
            self.unnamed_operator = before

    def issuer_line(self) -> str:
        """落款 of every notice, 明白纸, 通报, 督办清单 and 周安排: the issuer line if set, else the office's name."""
        return self.issuer.strip() or self.office_name.strip() or PLACEHOLDER_OFFICE

    def contact_line(self, own: str = "") -> str:
        return contact_line(own, self.default_contact)

    def needs_identity(self) -> bool:
        """The first-run question is due: nobody has said who the clerk is, or which office this is (the demo
        office's name, put there by a new demo database, is not an answer)."""
        return (not self.operator.strip() or self.office_name.strip() in ("", PLACEHOLDER_OFFICE)
                or self.office_from_demo)

    def identity(self) -> Identity:
        return Identity(self.operator, self.office_name, self.issuer, self.default_contact)

    def with_identity(self, identity: Identity) -> Settings:
        i = identity.cleaned()
        return dataclasses.replace(self, operator=i.operator, office_name=i.office_name, issuer=i.issuer,
                                   default_contact=i.default_contact, office_from_demo=False)

    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Identity:
    """Who works on this PC and for which office: asked on first run, editable in 设置."""

    operator: str  # 您的姓名, written to every 修改记录
    office_name: str  # 单位名称
    issuer: str = ""  # 落款, when it differs from the office name
    default_contact: str = ""  # 默认联系人及电话

    def cleaned(self) -> Identity:
        """Surrounding spaces dropped; a 落款 equal to the office name is the same as none."""
        office = self.office_name.strip()
        issuer = self.issuer.strip()
        return Identity(self.operator.strip(), office, "" if issuer == office else issuer,
                        self.default_contact.strip())

    def problems(self) -> dict[str, str]:
        """Field name -> what is wrong with it, as a sentence the clerk can act on; empty when all is well."""
        i = self.cleaned()
        found: dict[str, str] = {}
        checks = (
            ("operator", "姓名", i.operator, NAME_MAX, "请填写您的姓名：它写入每条修改记录。"),
            ("office_name", "单位名称", i.office_name, OFFICE_MAX, "请填写单位名称：它是通知、明白纸和周安排的落款。"),
            ("issuer", "落款", i.issuer, OFFICE_MAX, ""),
            ("default_contact", "联系人及电话", i.default_contact, CONTACT_MAX, ""),
        )
        for name, label, value, limit, if_empty in checks:
            problem = _line_problem(label, value, limit, if_empty)
            if problem:
                found[name] = problem
        if "office_name" not in found and i.office_name == PLACEHOLDER_OFFICE:
            found["office_name"] = f"“{PLACEHOLDER_OFFICE}”是示例，请填写本单位的名称，如“清河县人民政府办公室”。"
        for name, label, value in (("office_name", "单位名称", i.office_name), ("issuer", "落款", i.issuer)):
            if name not in found and value.endswith(_SENTENCE_END):
                found[name] = f"{label}是通知末尾的署名，不能以“{value[-1]}”结尾。"
        return found


_SENTENCE_END = ("。", "；", "：", ":", "，", ",", ";", "、")


def _line_problem(label: str, value: str, limit: int, if_empty: str) -> str:
    """One line of text: ``if_empty`` is the sentence for a required field left empty ("" = optional)."""
    if not value:
        return if_empty
    at = control_character_at(value)
    if at is not None:
        return f"{label}的第 {at} 个字符是换行或控制字符，请删除后再保存。"
    if len(value) > limit:
        return f"{label}最多 {limit} 个字，现在有 {len(value)} 个字。"
    return ""


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Unknown keys are ignored and bad values fall back to defaults, so an old file never blocks start."""
    path = path or settings_path()
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Settings):
        if f.metadata.get("saved", True) and f.name in raw and isinstance(raw[f.name], type(getattr(defaults, f.name))):
            values[f.name] = raw[f.name]
    settings = Settings(**values)
    try:
        settings.tz()
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r in settings; using Asia/Shanghai", settings.timezone)
        settings.timezone = "Asia/Shanghai"
    if not 1 <= settings.request_cutoff_weekday <= 7 or not _is_clock_time(settings.request_cutoff_time):
        log.warning("bad 会议申报 cut-off %r %r in settings; using Friday 15:00",
                    settings.request_cutoff_weekday, settings.request_cutoff_time)
        settings.request_cutoff_weekday, settings.request_cutoff_time = 5, "15:00"
    return settings


def _is_clock_time(text: str) -> bool:
    hours, _, minutes = text.partition(":")
    return hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write to a temporary file and rename, so a crash mid-write never leaves half a file."""
    from huiwu.files import make_private, write_bytes_atomic

    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    make_private(path.parent)
    saved = {f.name: getattr(settings, f.name) for f in dataclasses.fields(Settings) if f.metadata.get("saved", True)}
    data = json.dumps(saved, ensure_ascii=False, indent=2).encode("utf-8")
    write_bytes_atomic(path, data, private=True)
