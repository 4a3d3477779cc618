"""Passwords (the shared PostgreSQL server's, the CalDAV servers'): in the OS keyring, or a private file.

The keyring is Windows Credential Manager, the macOS Keychain or the Secret Service on Linux. A Linux PC
without a running Secret Service (common on 信创 desktops and servers) has no keyring at all; then the
password goes to ``passwords.json`` in the user's config folder, readable by that account only (0600, the
folder 0700) — never into the settings file or the database. :func:`where` says which, for 设置.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from huiwu.errors import HuiwuError
from huiwu.files import make_private, write_bytes_atomic
from huiwu.settings import config_dir

log = logging.getLogger(__name__)


class PasswordStoreError(HuiwuError):
    """Neither the keyring nor the private file could be used; the message says what to do."""


def _keyring() -> Any | None:
    """The OS keyring, or None when this PC has none that works ("No recommended backend was available")."""
    try:
        import keyring

        keyring.get_password("huiwu", "__probe__")
    except Exception as exc:  # no backend, or one that cannot be reached (no Secret Service running)
        log.info("no usable keyring: %s", exc)
        return None
    return keyring


def _file() -> Path:
    return config_dir() / "passwords.json"


def _read_file() -> dict[str, str]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise PasswordStoreError(f"密码文件 {_file()} 无法读取（{exc}）；请在设置中重新填写密码。") from exc
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_file(data: dict[str, str]) -> None:
    folder = _file().parent
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    write_bytes_atomic(_file(), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), private=True)


def _key(service: str, name: str) -> str:
    return f"{service}/{name}"


def get(service: str, name: str) -> str | None:
    kr = _keyring()
    if kr is not None:
        try:
            value = kr.get_password(service, name)
        except Exception as exc:  # a locked keyring: fall back to the file rather than fail
            log.warning("keyring unreadable (%s); trying the private file", exc)
        else:
            if value is not None:
                return str(value)
    return _read_file().get(_key(service, name))


def put(service: str, name: str, password: str | None) -> None:
    """Store (or, with None / "", forget) a password."""
    kr = _keyring()
    stored = False
    if kr is not None:
        try:
            if password:
                kr.set_password(service, name, password)
                stored = True
            elif kr.get_password(service, name) is not None:
                kr.delete_password(service, name)
        except Exception as exc:
            log.warning("keyring refused (%s); using the private file", exc)
    data = _read_file()
    if password and not stored:
        data[_key(service, name)] = password
        _write_file(data)
    elif _key(service, name) in data:  # stored in the keyring now, or forgotten: not in the file any more
        del data[_key(service, name)]
        _write_file(data)


def where() -> str:
    """Where passwords go on this PC, in the clerk's words."""
    if _keyring() is not None:
        return "系统密码库"
    return f"仅本账户可读的文件 {_file()}（本机没有系统密码库）"

