"""Passwords (the shared PostgreSQL server's, the CalDAV servers'): never in plain text, on every platform.

Where a password goes, in order:

1. The OS keyring where one runs: Windows Credential Manager, the macOS Keychain, the Secret Service of a
   Linux desktop (GNOME Keyring, KWallet).
2. Otherwise (a 信创 or server Linux without a running Secret Service) the office chooses in 设置:

   - **session** (the default): nothing is written anywhere; a password is asked the first time it is needed
     after Huiwu starts (the first sync, the first connection) and kept in this process's memory only;
   - **encrypted file**: ``passwords.enc`` in the config folder (0600), encrypted with a key derived from a
     passphrase (scrypt, then Fernet: AES-128-CBC with an HMAC-SHA256, from ``cryptography``). The
     passphrase is asked once per session and only its derived key is kept in memory.

   The choice is the file itself: when ``passwords.enc`` exists the office chose the encrypted file, so the
   GUI, the CLI and every PC account agree without a setting that could drift from it.

The core never asks anybody anything itself: the GUI installs a prompt with :func:`set_prompt` (a Qt
dialog, reached from worker threads through a blocking queued signal); without one a password that is not
known is simply not known (:func:`get_or_ask` returns None) and a locked file says so in a sentence.

Older versions kept passwords in a plain ``passwords.json`` (0600). It is read once, moved to the store in use
and deleted, and :func:`notices` (and the prompt's ``tell``) says so.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from huiwu.errors import HuiwuError
from huiwu.files import make_private, write_bytes_atomic
from huiwu.settings import config_dir

log = logging.getLogger(__name__)

SESSION = "session"
ENCRYPTED_FILE = "encrypted_file"
PASSPHRASE_MIN = 8
PASSPHRASE_TRIES = 3
_FORMAT = "huiwu-passwords"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # about 0.1 s and 32 MB per try: slow for guessing, quick for a clerk


class PasswordStoreError(HuiwuError):
    """The password store could not be used; the message says what to do."""


class WrongPassphraseError(PasswordStoreError):
    """The passphrase of the encrypted password file was wrong every time it was asked."""


@dataclass(frozen=True)
class Request:
    """What the GUI's prompt is asked for.

    ``kind``: "password" (of one server, kept as the store in use says), "passphrase" (of the encrypted
    file, to open it) or "new_passphrase" (to create it: the dialog asks twice and checks
    :func:`passphrase_problem`). ``problem`` is why the previous answer was refused ("" the first time).
    """

    kind: Literal["password", "passphrase", "new_passphrase"]
    title: str
    text: str
    problem: str = ""


Prompt = Callable[[Request], "str | None"]  # the answer, or None when the clerk cancelled
Tell = Callable[[str], None]

_lock = threading.RLock()  # guards the state below; never held while a prompt waits for the clerk
_asking = threading.Lock()  # one question at a time (two workers may need the passphrase at once)
_prompt: Prompt | None = None
_tell: Tell | None = None
_memory: dict[str, str] = {}  # this session's passwords (the session fallback; answers to get_or_ask)
_vault: _Vault | None = None  # the opened encrypted file
_notices: list[str] = []
_migrated = False
_probe: tuple[Any, bool] | None = None  # (keyring backend, usable)


@dataclass
class _Vault:
    salt: bytes
    key: bytes  # the Fernet key derived from the passphrase; the passphrase itself is not kept
    data: dict[str, str]


# ---------------------------------------------------------------- the GUI's part


def set_prompt(prompt: Prompt | None, tell: Tell | None = None) -> None:
    """Install how to ask the clerk (``prompt``) and how to tell them what happened (``tell``: migration)."""
    global _prompt, _tell
    with _lock:
        _prompt, _tell = prompt, tell


def notices() -> list[str]:
    """What this session did that the clerk should know (the plain file moved), newest last."""
    with _lock:
        return list(_notices)


def end_session() -> None:
    """Forget every password and the opened file, as at the end of the process (tests; a 锁定 action)."""
    global _vault, _migrated
    with _lock:
        _memory.clear()
        _vault = None
        _notices.clear()
        _migrated = False


def passphrase_problem(passphrase: str, confirmation: str) -> str:
    """Why a new passphrase is refused, as a sentence; "" when it is accepted."""
    if len(passphrase) < PASSPHRASE_MIN:
        return f"口令至少 {PASSPHRASE_MIN} 个字符。"
    if passphrase != confirmation:
        return "两次输入的口令不一致，请重新输入。"
    return ""


@contextmanager
def _one_question() -> Iterator[None]:
    """One question at a time. The main (GUI) thread never waits here: a worker holding the lock may be
    waiting for the GUI thread to show its dialog, so waiting would hang both."""
    if threading.current_thread() is threading.main_thread():
        if not _asking.acquire(blocking=False):
            raise PasswordStoreError("另一个密码询问尚未回答，请先回答它，再重试。")
    else:
        _asking.acquire()
    try:
        yield
    finally:
        _asking.release()


def _ask(request: Request) -> str | None:
    prompt = _prompt
    if prompt is None:
        return None
    return prompt(request)


def _say(text: str) -> None:
    log.warning("%s", text)
    with _lock:
        _notices.append(text)
        tell = _tell
    if tell is not None:
        tell(text)


# ---------------------------------------------------------------- where passwords go


def encrypted_path() -> Path:
    return config_dir() / "passwords.enc"


def plain_path() -> Path:
    """The plain-text file of older versions; only read to migrate it, never written."""
    return config_dir() / "passwords.json"


def _keyring() -> Any | None:
    """The OS keyring, or None when this PC has none that works ("No recommended backend was available")
    or only one that would keep passwords in plain text (keyrings.alt's PlaintextKeyring)."""
    global _probe
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:
        log.info("no keyring: %s", exc)
        return None
    with _lock:
        if _probe is not None and _probe[0] is backend:
            return keyring if _probe[1] else None
    usable = _usable(backend)
    if usable:
        try:
            keyring.get_password("huiwu", "__probe__")
        except Exception as exc:  # a backend that cannot be reached (no Secret Service running)
            log.info("no usable keyring: %s", exc)
            usable = False
    with _lock:
        _probe = (backend, usable)
    return keyring if usable else None


def _usable(backend: Any) -> bool:
    kind = type(backend)
    module, name = kind.__module__, kind.__name__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return False
    if module.startswith("keyrings.alt") and "Plaintext" in name:
        return False  # plain text is what this module exists to avoid
    priority = getattr(backend, "priority", 1)
    return not isinstance(priority, (int, float)) or priority > 0


def keyring_available() -> bool:
    return _keyring() is not None


def fallback() -> str:
    """The office's choice for a PC without a keyring: :data:`ENCRYPTED_FILE` when the file exists, else
    :data:`SESSION`."""
    return ENCRYPTED_FILE if encrypted_path().exists() else SESSION


def where() -> str:
    """Where passwords go on this PC, in the clerk's words (设置 shows it)."""
    if _keyring() is not None:
        return "系统密码库"
    if fallback() == ENCRYPTED_FILE:
        return f"加密的密码文件 {encrypted_path()}（本机没有系统密码库；口令在每次启动会务后首次需要时询问）"
    return "仅在内存中（本机没有系统密码库；关闭会务即忘记，下次同步或连接时再询问）"


# ---------------------------------------------------------------- reading and writing


def _key(service: str, name: str) -> str:
    return f"{service}/{name}"


def get(service: str, name: str) -> str | None:
    """The stored password, or None. Never asks for the password itself; may ask the passphrase of the
    encrypted file (once per session)."""
    _migrate_once()
    kr = _keyring()
    if kr is not None:
        try:
            value = kr.get_password(service, name)
        except Exception as exc:  # a locked keyring: the session's memory or the file may still have it
            log.warning("keyring unreadable (%s)", exc)
        else:
            if value is not None:
                return str(value)
    key = _key(service, name)
    with _lock:
        if key in _memory:
            return _memory[key]
    if encrypted_path().exists():
        return _vault_data().get(key)
    return None


def get_or_ask(service: str, name: str, label: str) -> str | None:
    """The stored password, else the one the clerk types now (``label`` names what it is for, e.g.
    日历同步目标“办公室日历”); None when there is no prompt or the clerk cancelled.

    A typed password is kept for this session; with the encrypted file it is also saved there.
    """
    value = get(service, name)
    if value:
        return value
    if _prompt is None:
        return None
    if _keyring() is None and fallback() == SESSION:
        why = "本机没有系统密码库，按本单位的选择，密码只保存在内存中，关闭会务后即忘记。"
    else:
        why = "尚未保存该密码。"
    with _one_question():
        answer = _ask(Request("password", f"{label}的密码", f"请输入{label}的密码。{why}"))
    if not answer:
        return None
    if _keyring() is None and fallback() == ENCRYPTED_FILE:
        _vault_change(_key(service, name), answer)
    else:
        with _lock:
            _memory[_key(service, name)] = answer
    return answer


def put(service: str, name: str, password: str | None) -> None:
    """Store (or, with None / "", forget) a password."""
    _migrate_once()
    key = _key(service, name)
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
            log.warning("keyring refused (%s); using the office's fallback", exc)
    with _lock:
        _memory.pop(key, None)
    if encrypted_path().exists():
        if password and not stored:
            _vault_change(key, password)
        elif key in _vault_data():
            _vault_change(key, None)
    elif password and not stored:
        with _lock:
            _memory[key] = password


# ---------------------------------------------------------------- the office's choice


def choose_fallback(mode: str) -> str:
    """Switch the store of a PC without a keyring; the passwords known now move along. Returns a sentence.

    Raises :class:`PasswordStoreError` when the clerk cancels the passphrase (nothing changed then).
    """
    global _vault
    if mode not in (SESSION, ENCRYPTED_FILE):
        raise ValueError(mode)
    if mode == fallback():
        return "密码保存方式未改变。"
    if mode == ENCRYPTED_FILE:
        with _one_question():
            passphrase = _ask(Request(
                "new_passphrase", "设置密码文件的口令",
                f"密码将加密保存在 {encrypted_path()}。请设置口令（至少 {PASSPHRASE_MIN} 个字符）；"
                "以后每次启动会务，第一次需要密码时会询问此口令。口令无法找回，请牢记。"))
        if passphrase is None:
            raise PasswordStoreError("没有设置口令，密码保存方式未改变。")
        problem = passphrase_problem(passphrase, passphrase)
        if problem:
            raise PasswordStoreError(problem + "密码保存方式未改变。")
        salt = os.urandom(16)
        with _lock:
            moved = dict(_memory)
            vault = _Vault(salt, _derive(passphrase, salt, _SCRYPT), moved)
        _write_vault(vault)
        with _lock:
            _vault = vault
            _memory.clear()
        return f"密码已改为加密保存在 {encrypted_path()}，已移入 {len(moved)} 个密码。"
    data = _vault_data()
    with _lock:
        _memory.update(data)
        _vault = None
    encrypted_path().unlink(missing_ok=True)
    return (f"已删除加密的密码文件；其中 {len(data)} 个密码在本次运行期间仍可使用，"
            "关闭会务后需要时再询问。")


def forget_encrypted_file() -> str:
    """The passphrase is forgotten: delete the file (its passwords are lost) so they can be typed again."""
    global _vault
    path = encrypted_path()
    with _lock:
        _vault = None
    path.unlink(missing_ok=True)
    return f"已删除加密的密码文件 {path}，其中的密码需要重新填写（下次同步或连接时会询问）。"


# ---------------------------------------------------------------- the encrypted file


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    raw = Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(passphrase.encode("utf-8"))
    return base64.urlsafe_b64encode(raw)


def _read_envelope() -> dict[str, Any]:
    path = encrypted_path()
    try:
        envelope = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(envelope, dict) or envelope.get("format") != _FORMAT:
            raise ValueError("不是会务的密码文件")
        return envelope
    except (OSError, ValueError, KeyError) as exc:
        raise PasswordStoreError(
            f"加密的密码文件 {path} 无法读取（{exc}）。可在“设置 → 密码保存方式”中删除它后重新填写密码。") from exc


def _vault_data() -> dict[str, str]:
    """The opened file's passwords, asking the passphrase the first time in this session."""
    with _lock:
        if _vault is not None:
            return _vault.data
    with _one_question():
        with _lock:  # another thread may have opened it while this one waited to ask
            if _vault is not None:
                return _vault.data
        return _open_vault()


def _open_vault() -> dict[str, str]:
    from cryptography.fernet import Fernet, InvalidToken

    global _vault
    envelope = _read_envelope()
    path = encrypted_path()
    if _prompt is None:
        raise PasswordStoreError(f"密码加密保存在 {path}，需要输入口令才能读取，请在会务窗口中操作。")
    salt = base64.b64decode(envelope["salt"])
    params = {k: int(envelope["kdf"][k]) for k in ("n", "r", "p")}
    problem = ""
    for attempt in range(1, PASSPHRASE_TRIES + 1):
        passphrase = _ask(Request(
            "passphrase", "输入密码文件的口令",
            f"本机没有系统密码库，会务的密码加密保存在 {path}。请输入该文件的口令（每次启动会务后只问一次）。",
            problem))
        if passphrase is None:
            raise PasswordStoreError("没有输入密码文件的口令，密码没有读取或保存。")
        key = _derive(passphrase, salt, params)
        try:
            plain = Fernet(key).decrypt(envelope["data"].encode("ascii"))
        except InvalidToken:
            problem = f"口令不正确，请重新输入（已输错 {attempt} 次，共可试 {PASSPHRASE_TRIES} 次）。"
            continue
        data = json.loads(plain.decode("utf-8"))
        vault = _Vault(salt, key, {str(k): str(v) for k, v in data.items()})
        with _lock:
            _vault = vault
        return vault.data
    raise WrongPassphraseError(
        f"口令不正确，已试 {PASSPHRASE_TRIES} 次，加密的密码文件没有打开，密码没有读取或保存。"
        "忘记口令时，可在“设置 → 密码保存方式”中删除该文件，再重新填写各个密码。")


def _vault_change(key: str, password: str | None) -> None:
    _vault_data()
    with _lock:
        vault = _vault
        assert vault is not None
        data = dict(vault.data)
        if password:
            data[key] = password
        else:
            data.pop(key, None)
        changed = _Vault(vault.salt, vault.key, data)
    _write_vault(changed)
    with _lock:
        vault.data = data


def _write_vault(vault: _Vault) -> None:
    from cryptography.fernet import Fernet

    token = Fernet(vault.key).encrypt(json.dumps(vault.data, ensure_ascii=False).encode("utf-8"))
    envelope = {
        "format": _FORMAT,
        "version": 1,
        "note": "会务的密码文件，已用口令加密（scrypt + Fernet）。忘记口令时在“设置 → 密码保存方式”中删除后重新填写密码。",
        "kdf": {"name": "scrypt", **_SCRYPT},
        "salt": base64.b64encode(vault.salt).decode("ascii"),
        "data": token.decode("ascii"),
    }
    folder = encrypted_path().parent
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    write_bytes_atomic(encrypted_path(), json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8"),
                       private=True)


# ---------------------------------------------------------------- the plain file of older versions


def migrate_plain_file() -> str | None:
    """Move the passwords of an old plain ``passwords.json`` to the store in use and delete the file.

    Returns the sentence said to the clerk (also in :func:`notices`), or None when there was nothing to move.
    """
    global _migrated
    path = plain_path()
    with _lock:
        _migrated = True
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("old password file %s unreadable (%s); deleting it", path, exc)
        raw = {}
    old = {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
    for key, password in old.items():
        service, _, name = key.partition("/")
        put(service, name, password)
    path.unlink(missing_ok=True)
    where_now = where()
    text = f"旧版本以明文保存在 {path} 的 {len(old)} 个密码已移入：{where_now}；明文文件已删除。"
    if _keyring() is None and fallback() == SESSION and old:
        text += "这些密码在本次运行期间有效，之后需要时再询问；如需长期保存，请在“设置 → 密码保存方式”中选择加密的密码文件。"
    _say(text)
    return text


def _migrate_once() -> None:
    global _migrated
    with _lock:
        if _migrated:
            return
    if plain_path().exists():
        migrate_plain_file()
    else:
        with _lock:
            _migrated = True
