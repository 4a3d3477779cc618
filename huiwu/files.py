"""Writing files the office keeps: whole or not at all, private, and never a live formula.

Every file the app writes (exports, PDFs, backups, settings) goes through :func:`write_atomic`: the bytes go
to a temporary file beside the target and are renamed into place only when complete, so a full disk or a
crash leaves the old file (or none), never a 0-byte or half-written one, and no ``.partial`` leftovers. A
full disk is said in words (磁盘已满) with where.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from huiwu.errors import HuiwuError

PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


class DiskFullError(HuiwuError):
    """There is no room left where the file was to be written."""


def disk_full_message(path: Path) -> str:
    return (f"磁盘已满，无法写入 {path}。请清理该磁盘（例如删除不用的旧备份、下载文件）后重试；"
            "已有的文件和数据库没有被改动。")


def write_atomic(path: Path, write: Callable[[Path], object], *, private: bool = False) -> Path:
    """Call ``write(tmp)`` for a temporary file in the target's folder, then move it over ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with tmp.open("rb") as written:  # on the disk before it takes the old file's name
            os.fsync(written.fileno())
        os.chmod(tmp, PRIVATE_FILE if private else _shared_mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(disk_full_message(path)) from exc
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _shared_mode(path: Path) -> int:
    """An export keeps the mode of the file it replaces, or gets the usual one (mkstemp's files are 0600)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_bytes_atomic(path: Path, data: bytes, *, private: bool = False) -> Path:
    return write_atomic(path, lambda tmp: tmp.write_bytes(data), private=private)


def make_private(path: Path) -> None:
    """Only the clerk's own account may read it (settings, the database, backups); folders 0700."""
    with contextlib.suppress(OSError):  # a file system without modes (FAT, network shares) keeps its own rules
        os.chmod(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


# ---------------------------------------------------------------- .xlsx exports

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def append_text_row(sheet: Any, values: Iterable[object]) -> None:
    """``sheet.append`` that never turns a name or 职务 starting with "=" into a live Excel formula."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_START):
            cell.data_type = "s"  # stored as text: Excel shows it, does not evaluate it


def save_workbook(book: Any, path: Path) -> Path:
    """An openpyxl workbook to ``path``, whole or not at all.

    Built in memory first: openpyxl leaves its zip file open when a write fails, and the garbage
    collector later prints a traceback for it; an office's .xlsx is small.
    """
    buffer = io.BytesIO()
    book.save(buffer)
    return write_bytes_atomic(Path(path), buffer.getvalue())
