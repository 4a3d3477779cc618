"""Files the office keeps: whole or not at all on a full disk, private, and never a live formula."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest

from huiwu import files, passwords
from huiwu.db import Database, backup_sqlite, keep_password_out_of_settings, resolve_url, split_password
from huiwu.settings import Settings, load_settings, save_settings, settings_path


def test_a_failed_write_leaves_the_old_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def full(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(files.DiskFullError, match="磁盘已满"):
        files.write_atomic(target, full)
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_settings_database_and_backups_are_private(sqlite_db: Database, tmp_path: Path) -> None:
    save_settings(Settings(office_name="清河县人民政府办公室"), tmp_path / "cfg" / "settings.json")
    assert stat.S_IMODE((tmp_path / "cfg" / "settings.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "cfg").stat().st_mode) == 0o700
    backup = backup_sqlite(sqlite_db, reason="manual")
    assert backup is not None and stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700


def test_backups_of_each_purpose_rotate_on_their_own(sqlite_db: Database) -> None:
    database = Database(sqlite_db.url, Settings(backups_kept=2), sqlite_db.clock)
    try:
        before_upgrade = backup_sqlite(database, reason="before-upgrade")
        for _ in range(4):
            backup_sqlite(database, reason="manual")
        assert before_upgrade is not None and before_upgrade.exists()  # routine backups never rotate it away
        assert len(list(before_upgrade.parent.glob("*-manual.sqlite3"))) == 2
    finally:
        database.dispose()


def test_the_database_password_never_reaches_the_settings_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_keyring", lambda: None)  # a Linux PC without a Secret Service
    s = Settings(database_url="postgresql://huiwu:s3cret@server:5432/huiwu")
    assert keep_password_out_of_settings(s)
    save_settings(s)
    text = settings_path().read_text(encoding="utf-8")
    assert "s3cret" not in text and "huiwu@server" in text
    assert "s3cret" in resolve_url(None, load_settings())  # the app still connects with it
    assert not passwords.plain_path().exists() and "本机没有系统密码库" in passwords.where()  # never plain text
    assert split_password("sqlite:////tmp/x.sqlite3") == ("sqlite:////tmp/x.sqlite3", None)


def test_xlsx_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    from openpyxl import Workbook, load_workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    files.append_text_row(sheet, ['=HYPERLINK("http://x","点我")', "+1", "张三", 3])
    book.save(tmp_path / "x.xlsx")
    row = [c for c in load_workbook(tmp_path / "x.xlsx").active[1]]  # type: ignore[index]
    assert [c.data_type for c in row] == ["s", "s", "s", "n"] and row[0].value.startswith("=HYPERLINK")


def test_exports_are_readable_as_usual_and_private_files_are_not(tmp_path: Path) -> None:
    import os

    mask = os.umask(0o022)
    try:
        export = files.write_bytes_atomic(tmp_path / "week.ics", b"x")
        assert stat.S_IMODE(export.stat().st_mode) == 0o644  # colleagues and a web server may read an export
        export.chmod(0o664)
        files.write_bytes_atomic(export, b"y")
        assert stat.S_IMODE(export.stat().st_mode) == 0o664  # a replaced file keeps its mode
        secret = files.write_bytes_atomic(tmp_path / "passwords.json", b"{}", private=True)
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    finally:
        os.umask(mask)
