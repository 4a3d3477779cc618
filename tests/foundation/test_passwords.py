"""Passwords on a PC without a keyring (issue 13 item 3): asked once per session, or an encrypted file whose
passphrase is asked; never plain text; the plain passwords.json of older versions is moved and deleted."""

from __future__ import annotations

import json
import stat

import keyring
import pytest

from huiwu import passwords
from huiwu.db import keep_password_out_of_settings, resolve_url
from huiwu.settings import Settings, load_settings, save_settings, settings_path


class Clerk:
    """Answers the prompts as the GUI's dialogs would, and remembers what was asked."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[passwords.Request] = []

    def __call__(self, request: passwords.Request) -> str | None:
        self.asked.append(request)
        return self.answers.pop(0) if self.answers else None


@pytest.fixture(autouse=True)
def _pc_without_keyring(no_keyring: None) -> None:
    """Every test here runs on a PC without a keyring (tests/conftest.py)."""


def test_a_pc_without_keyring_says_so_and_keeps_passwords_in_memory_by_default() -> None:
    assert not passwords.keyring_available()
    assert passwords.fallback() == passwords.SESSION and "仅在内存中" in passwords.where()
    passwords.put("huiwu-caldav", "办公室日历", "secret")  # setting up a target works: no "No recommended backend"
    assert passwords.get("huiwu-caldav", "办公室日历") == "secret"
    assert not passwords.encrypted_path().exists() and not passwords.plain_path().exists()  # nothing on disk
    passwords.end_session()  # Huiwu closed and opened again
    assert passwords.get("huiwu-caldav", "办公室日历") is None


def test_session_fallback_asks_once_per_session() -> None:
    clerk = Clerk("secret", "other")
    passwords.set_prompt(clerk)
    assert passwords.get_or_ask("huiwu-caldav", "办公室日历", "日历同步目标“办公室日历”") == "secret"
    assert passwords.get_or_ask("huiwu-caldav", "办公室日历", "日历同步目标“办公室日历”") == "secret"
    assert len(clerk.asked) == 1 and clerk.asked[0].kind == "password"
    assert "只保存在内存中" in clerk.asked[0].text and "办公室日历" in clerk.asked[0].title
    passwords.end_session()
    assert passwords.get_or_ask("huiwu-caldav", "办公室日历", "日历同步目标“办公室日历”") == "other"
    assert len(clerk.asked) == 2
    assert not passwords.encrypted_path().exists() and not passwords.plain_path().exists()


def test_no_prompt_and_cancel_mean_no_password() -> None:
    assert passwords.get_or_ask("huiwu-caldav", "x", "x") is None  # the CLI: nobody to ask
    passwords.set_prompt(Clerk(None))
    assert passwords.get_or_ask("huiwu-caldav", "x", "x") is None


def test_encrypted_file_keeps_passwords_across_sessions_and_holds_no_plain_text() -> None:
    clerk = Clerk("correct horse", "correct horse")
    passwords.set_prompt(clerk)
    passwords.put("huiwu-caldav", "办公室日历", "s3cret-日历")
    said = passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    assert "已移入 1 个密码" in said and passwords.fallback() == passwords.ENCRYPTED_FILE
    assert clerk.asked[0].kind == "new_passphrase"
    passwords.put("huiwu-database", "postgresql+psycopg://huiwu@server/huiwu", "pg-pass")
    path = passwords.encrypted_path()
    raw = path.read_bytes()
    for secret in ("s3cret", "日历", "pg-pass", "correct horse"):
        assert secret.encode("utf-8") not in raw
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "加密的密码文件" in passwords.where()
    passwords.end_session()  # the next start: the passphrase is asked once, then every password is there
    assert passwords.get("huiwu-caldav", "办公室日历") == "s3cret-日历"
    assert passwords.get("huiwu-database", "postgresql+psycopg://huiwu@server/huiwu") == "pg-pass"
    assert [r.kind for r in clerk.asked] == ["new_passphrase", "passphrase"]


def test_wrong_passphrase_is_refused_with_a_sentence() -> None:
    passwords.set_prompt(Clerk("correct horse"))
    passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    passwords.put("huiwu-caldav", "办公室日历", "secret")
    passwords.end_session()
    clerk = Clerk("wrong one", "wrong two", "wrong three")
    passwords.set_prompt(clerk)
    with pytest.raises(passwords.WrongPassphraseError, match="口令不正确，已试 3 次") as caught:
        passwords.get("huiwu-caldav", "办公室日历")
    assert "删除该文件" in str(caught.value)
    assert [r.problem for r in clerk.asked][1].startswith("口令不正确，请重新输入")
    passwords.set_prompt(Clerk("wrong", "correct horse"))  # a typo, then the right one
    assert passwords.get("huiwu-caldav", "办公室日历") == "secret"


def test_a_locked_file_without_a_prompt_says_what_to_do() -> None:
    passwords.set_prompt(Clerk("correct horse"))
    passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    passwords.end_session()
    passwords.set_prompt(None)
    with pytest.raises(passwords.PasswordStoreError, match="需要输入口令"):
        passwords.get("huiwu-caldav", "x")


def test_new_passphrase_rules_and_going_back_to_session() -> None:
    assert "至少 8 个字符" in passwords.passphrase_problem("short", "short")
    assert "不一致" in passwords.passphrase_problem("long enough", "long enougj")
    assert passwords.passphrase_problem("long enough", "long enough") == ""
    passwords.set_prompt(Clerk(None))
    with pytest.raises(passwords.PasswordStoreError, match="未改变"):
        passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    assert passwords.fallback() == passwords.SESSION
    passwords.set_prompt(Clerk("correct horse", "correct horse"))
    passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    passwords.put("huiwu-caldav", "a", "pa")
    said = passwords.choose_fallback(passwords.SESSION)
    assert "已删除加密的密码文件" in said and not passwords.encrypted_path().exists()
    assert passwords.get("huiwu-caldav", "a") == "pa"  # still usable for the rest of this run
    passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    assert "重新填写" in passwords.forget_encrypted_file() and passwords.fallback() == passwords.SESSION


def test_old_plain_file_is_moved_and_deleted_with_a_message() -> None:
    old = passwords.plain_path()
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_text(json.dumps({"huiwu-caldav/办公室日历": "secret", "huiwu-database/postgresql://h@s/d": "pg"}),
                   encoding="utf-8")
    told: list[str] = []
    passwords.set_prompt(Clerk("correct horse"), told.append)
    passwords.choose_fallback(passwords.ENCRYPTED_FILE)  # the office chose the file before the old one is read
    assert passwords.get("huiwu-caldav", "办公室日历") == "secret"  # read once, on first use
    assert not old.exists()
    assert len(told) == 1 and "2 个密码已移入：加密的密码文件" in told[0] and "明文文件已删除" in told[0]
    assert passwords.notices() == told
    passwords.end_session()
    passwords.set_prompt(Clerk("correct horse"))
    assert passwords.get("huiwu-database", "postgresql://h@s/d") == "pg"
    assert b"secret" not in passwords.encrypted_path().read_bytes()


def test_old_plain_file_into_the_session_says_it_will_ask_again() -> None:
    old = passwords.plain_path()
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_text(json.dumps({"huiwu-caldav/办公室日历": "secret"}), encoding="utf-8")
    said = passwords.migrate_plain_file()
    assert said is not None and "仅在内存中" in said and "加密的密码文件" in said
    assert not old.exists() and passwords.get("huiwu-caldav", "办公室日历") == "secret"


def test_the_keyring_wins_where_one_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.caldav.conftest import MemoryKeyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    old = passwords.plain_path()
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_text(json.dumps({"huiwu-caldav/a": "pa"}), encoding="utf-8")
    assert passwords.where() == "系统密码库"
    passwords.put("huiwu-caldav", "b", "pb")
    assert backend.store == {("huiwu-caldav", "a"): "pa", ("huiwu-caldav", "b"): "pb"} and not old.exists()
    passwords.put("huiwu-caldav", "b", None)
    assert ("huiwu-caldav", "b") not in backend.store


def test_the_database_password_uses_the_same_fallback() -> None:
    """huiwu.db keeps the PostgreSQL password out of the settings file, into the office's choice."""
    passwords.set_prompt(Clerk("correct horse"))
    passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    s = Settings(database_url="postgresql://huiwu:s3cret@server:5432/huiwu")
    assert keep_password_out_of_settings(s)
    save_settings(s)
    assert "s3cret" not in settings_path().read_text(encoding="utf-8")
    assert b"s3cret" not in passwords.encrypted_path().read_bytes()
    passwords.end_session()
    passwords.set_prompt(Clerk("correct horse"))
    assert "s3cret" in resolve_url(None, load_settings())


def test_the_gui_thread_never_waits_behind_a_question_a_worker_is_asking() -> None:
    """A worker's question waits for the GUI thread to show it; the GUI thread asking meanwhile must not wait."""
    import threading

    asked, release = threading.Event(), threading.Event()

    def slow_clerk(request: passwords.Request) -> str | None:
        asked.set()
        release.wait(5)
        return "secret"

    passwords.set_prompt(slow_clerk)
    worker = threading.Thread(target=lambda: passwords.get_or_ask("huiwu-caldav", "a", "a"))
    worker.start()
    assert asked.wait(5)
    with pytest.raises(passwords.PasswordStoreError, match="另一个密码询问尚未回答"):
        passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    release.set()
    worker.join(5)
    assert passwords.get("huiwu-caldav", "a") == "secret" and passwords.fallback() == passwords.SESSION
