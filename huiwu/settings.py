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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "huiwu"


def config_dir() -> Path:
    """``HUIWU_CONFIG_DIR`` wins so tests and portable installs never touch the user's real settings."""
    env = os.environ.get("HUIWU_CONFIG_DIR")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    env = os.environ.get("HUIWU_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    database_url: str = ""  # empty: the embedded SQLite file in data_dir()
    office_name: str = "××县人民政府办公室"
    timezone: str = "Asia/Shanghai"
    operator: str = ""  # the name written to the audit log; empty: the OS user name
    language: str = "zh_CN"
    early_minutes: int = 10  # 早来十分钟: signing in this long before the start counts as early
    seating_rule: str = "alternate"  # 座次: "alternate" (DOMAIN.md) or "centre_on_first"
    merge_threshold: float = 0.7  # Jaccard overlap above which two meetings are proposed for merging
    fonts: dict[str, str] = field(default_factory=dict)  # print role -> font file chosen by the user
    backups_kept: int = 5

    def operator_name(self) -> str:
        return self.operator or getpass.getuser()

    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


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
        if f.name in raw and isinstance(raw[f.name], type(getattr(defaults, f.name))):
            values[f.name] = raw[f.name]
    settings = Settings(**values)
    try:
        settings.tz()
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r in settings; using Asia/Shanghai", settings.timezone)
        settings.timezone = "Asia/Shanghai"
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write to a temporary file and rename, so a crash mid-write never leaves half a file."""
    from huiwu.files import make_private, write_bytes_atomic

    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    make_private(path.parent)
    data = json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2).encode("utf-8")
    write_bytes_atomic(path, data, private=True)
