"""Every way a CalDAV server can fail, as the sentence the clerk reads: against Radicale where it can show it
(wrong password, a calendar that is not there, a closed port), else against a small local server (403, 507,
a self-signed certificate, no answer). Never a library's text; nothing recorded as synced."""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from huiwu.db import Database
from huiwu.models import CalDavTarget
from huiwu.services import caldav_sync
from huiwu.services.caldav_sync import CalDavError, TargetEdit
from tests.caldav.conftest import MemoryKeyring
from tests.caldav.radicale import running_radicale
from tests.conftest import DEMO_DAY, free_port
from tests.week.factory import add_meeting, at


@pytest.fixture(scope="module")
def radicale_with_login(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A second Radicale that checks passwords (clerk / secret)."""
    with running_radicale(tmp_path_factory.mktemp("radicale_login"), {"clerk": "secret"}) as url:
        yield url


_EMPTY = b'<?xml version="1.0"?><multistatus xmlns="DAV:"></multistatus>'


class _Refusing(http.server.BaseHTTPRequestHandler):
    """Lists an empty calendar unless told to refuse it; refuses every PUT with ``put_status``."""

    report_status = 207
    put_status = 507

    def _answer(self, status: int, body: bytes = b"") -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "application/xml")
        self.end_headers()
        self.wfile.write(body)

    def do_REPORT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer(self.report_status, _EMPTY if self.report_status == 207 else b"")

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer(self.put_status, b"<error>quota</error>")

    def log_message(self, *args: object) -> None:
        pass


def _serve(handler: type[http.server.BaseHTTPRequestHandler], tls: ssl.SSLContext | None = None
           ) -> tuple[http.server.HTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    scheme = "https" if tls else "http"
    return server, f"{scheme}://127.0.0.1:{server.server_address[1]}/cal/"


def _self_signed(folder: Path) -> ssl.SSLContext:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


def _fails(database: Database, url: str, calendar_url: str = "", password: str = "secret", *,
           part_way: bool = False) -> str:
    """The sentence of a sync that fails; ``part_way``: after the calendar was read (what was done is kept and
    the target's result says the sync did not finish), else before anything happened."""
    with database.uow() as uow:
        for t in caldav_sync.list_targets(uow):
            caldav_sync.delete_target(uow, t.id)
        row = caldav_sync.save_target(uow, TargetEdit("县长日历", url, "clerk", calendar_url), password=password)
    with pytest.raises(CalDavError) as caught:
        caldav_sync.sync_target(database, row.id)
    text = str(caught.value)
    for raw in ("Error", "urllib3", "niquests", "Max retries", "reason", "HTTPConnection"):
        assert raw not in text, text
    with database.uow() as uow:
        t = uow.session.get(CalDavTarget, row.id)
        assert t is not None
        if part_way:
            assert t.last_sync_at is not None and "同步未完成" in t.last_sync_result
        else:
            assert t.last_sync_at is None  # nothing recorded as synced
    return text


def test_radicale_refusals_are_sentences(sqlite_db: Database, radicale_with_login: str,
                                         memory_keyring: MemoryKeyring) -> None:
    import caldav

    cal = caldav.DAVClient(url=radicale_with_login, username="clerk", password="secret").principal().make_calendar(
        name="县长", cal_id="county")
    text = _fails(sqlite_db, radicale_with_login, str(cal.url), "wrong")
    assert text.startswith("日历服务器“县长日历”拒绝登录（401）：用户名或密码不对。") and "重新填写" in text
    text = _fails(sqlite_db, radicale_with_login, radicale_with_login + "clerk/nosuch/")
    assert "找不到该日历" in text and "（404）" in text and "日历地址" in text
    closed = f"http://127.0.0.1:{free_port()}/"
    text = _fails(sqlite_db, closed)
    assert "连接被拒绝" in text and "服务器可能没有运行" in text


def test_other_failures_are_sentences(sqlite_db: Database, memory_keyring: MemoryKeyring, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    class Forbidden(_Refusing):
        report_status = 403

    server, url = _serve(Forbidden)
    text = _fails(sqlite_db, url)
    assert "拒绝访问" in text and "（403）" in text and "授予权限" in text
    server.shutdown()

    with sqlite_db.uow() as uow:  # something to write, so that the PUT meets the full disk
        add_meeting(uow, "防汛调度会", at(DEMO_DAY + dt.timedelta(days=2), 9), at(DEMO_DAY + dt.timedelta(days=2), 10))
    server, url = _serve(_Refusing)
    text = _fails(sqlite_db, url, part_way=True)
    assert "存储空间已满或超出配额" in text and "（507）" in text and "删除不再需要的旧日程" in text
    server.shutdown()

    server, url = _serve(_Refusing, _self_signed(tmp_path))
    text = _fails(sqlite_db, url)
    assert "证书无法验证" in text and "受信任的证书" in text
    server.shutdown()

    text = _fails(sqlite_db, "http://no-such-host.invalid/cal/")
    assert "找不到日历服务器“no-such-host.invalid”" in text and "DNS" in text

    monkeypatch.setattr(caldav_sync, "TIMEOUT", 1.0)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts, never answers
    try:
        text = _fails(sqlite_db, f"http://127.0.0.1:{silent.getsockname()[1]}/cal/")
    finally:
        silent.close()
    assert "在 1 秒内没有响应" in text
