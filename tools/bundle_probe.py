"""Inside the frozen bundle: every library path the product uses, to prove an exclusion in build.spec left it working.

Not shipped. ``HUIWU_BUNDLE_PROBE=1 make bundle`` (or pyinstaller build.spec with that variable) adds a third
executable, ``dist/huiwu/huiwu-probe``, that shares the bundle's archive and libraries and runs this file instead
of ui/launcher.py, so it sees exactly the modules, Qt plugins and data the app sees. tools/bundle_check.py runs
it (with a CalDAV server and a PostgreSQL with SSL it starts) and removes it.

    huiwu-probe [--caldav URL USER PASSWORD] [--pg URL]

One line per check, "ok" or "FAILED: reason"; exit status 1 when one failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

FAILED: list[str] = []


def check(name: str, fn: Callable[[], object]) -> None:
    try:
        detail = fn()
    except BaseException as exc:
        FAILED.append(name)
        print(f"{name}: FAILED: {exc!r}", flush=True)
        traceback.print_exc()
        return
    print(f"{name}: ok{f' ({detail})' if detail else ''}", flush=True)


def tls() -> str:
    import hashlib
    import ssl

    context = ssl.create_default_context()  # the OS's CA paths, as Python's ssl and niquests use them
    assert context.verify_mode == ssl.CERT_REQUIRED
    hashlib.sha256(b"huiwu").hexdigest()
    import wassima

    roots = wassima.root_der_certificates()
    return f"{ssl.OPENSSL_VERSION}, {len(roots)} trusted roots from the OS"


def passwords(tmp: Path) -> str:
    import keyring
    import secretstorage  # noqa: F401 - keyring's Secret Service backend on a Linux desktop
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    key = Scrypt(salt=b"0" * 16, length=32, n=2**14, r=8, p=1).derive(b"passphrase")
    import base64

    token = Fernet(base64.urlsafe_b64encode(key)).encrypt(b"secret")
    assert Fernet(base64.urlsafe_b64encode(key)).decrypt(token) == b"secret"
    return f"keyring backend {type(keyring.get_keyring()).__name__}, Fernet + scrypt"


def zones() -> str:
    import zoneinfo

    import icalendar
    import recurring_ical_events

    zoneinfo.reset_tzpath(to=[])  # not the OS's database: the bundled tzdata (tzdata.zip), as on Windows
    zoneinfo.ZoneInfo.clear_cache()
    shanghai = zoneinfo.ZoneInfo("Asia/Shanghai")
    assert zoneinfo.ZoneInfo("America/New_York").utcoffset(__import__("datetime").datetime(2026, 7, 1)).days == -1
    import tzdata

    origin = "tzdata.zip" if ".zip" in (tzdata.__file__ or "") else tzdata.__file__
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//probe//\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:周例会\r\n"
        "DTSTART;TZID=Asia/Shanghai:20260105T090000\r\nDTEND;TZID=Asia/Shanghai:20260105T100000\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    cal = icalendar.Calendar.from_ical(text)
    events = recurring_ical_events.of(cal).between((2026, 1, 1), (2026, 2, 1))
    assert len(events) == 3 and events[0]["DTSTART"].dt.tzinfo.key == "Asia/Shanghai"
    count = len(zoneinfo.available_timezones())
    assert count > 500, count
    zoneinfo.reset_tzpath()
    return f"{count} zones from {origin}, {shanghai}, 3 occurrences"


def workbook(tmp: Path) -> str:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["姓名", "单位"])
    book.save(tmp / "probe.xlsx")
    assert openpyxl.load_workbook(tmp / "probe.xlsx").active["A1"].value == "姓名"
    return "openpyxl round trip"


def qt_text() -> str:
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    names = sorted(["张三", "李四", "王五", "阿强"], key=collator.sortKey)
    assert names[0] == "阿强", names  # pinyin order: a, l, w, z
    codecs = QStringDecoder.availableCodecs()  # what ICU can open (PySide6 binds no decode call)
    assert all(QStringDecoder(name).isValid() for name in ("GB18030", "GBK", "GB2312", "Big5")), codecs
    zone = QTimeZone(b"Asia/Shanghai")
    name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                            QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert name and "GMT" not in name, name
    upper = QLocale(QLocale.Language.English).toUpper("straße")
    return f"collation {''.join(n[0] for n in names)}, {len(codecs)} codecs, zone {name}, {upper}"


def gui(tmp: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HUIWU_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinterInfo

    from huiwu.settings import Settings
    from ui.app import build_context, install_translations, make_application, open_database
    from ui.main_window import MainWindow
    from ui.pages import PAGES

    errors: list[str] = []
    sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")
    settings = Settings()
    app = make_application(["huiwu-probe"])
    install_translations(app, "zh_CN")
    database = open_database(f"sqlite:///{tmp / 'gui.sqlite3'}", settings, demo=True)
    ctx = build_context(database, settings)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    shots = []
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        for _ in range(20):
            app.processEvents()
        image = window.grab()
        path = tmp / f"page-{row:02d}-{spec.key}.png"
        image.save(str(path))
        shots.append(path)
        assert not image.isNull(), spec.key
    from huiwu.services.meetings import list_meetings
    from huiwu.services.printing import document_pdf

    with database.uow() as uow:
        pdf = document_pdf(uow, "signin", list_meetings(uow)[0].id)
    (tmp / "signin.pdf").write_bytes(pdf)
    document = QPdfDocument()
    document.load(str(tmp / "signin.pdf"))
    assert document.pageCount() >= 1 and not document.render(0, window.size()).isNull()
    printers = len(QPrinterInfo.availablePrinters())
    ctx.shutdown()
    window.close()
    database.dispose()
    if errors:
        raise AssertionError("; ".join(errors[:5]))
    saved = os.environ.get("HUIWU_PROBE_SHOTS")
    if saved:
        import shutil

        for path in shots:
            shutil.copy(path, Path(saved) / path.name)
    return f"{len(PAGES)} pages shown, print preview renders, {printers} printers"


def caldav_sync(url: str, user: str, password: str) -> str:
    import caldav
    from caldav.lib.http_sync import USE_NIQUESTS

    client = caldav.DAVClient(url=url, username=user, password=password, timeout=10, require_tls=False,
                              enable_rfc6764=False)
    calendar = url.rstrip("/") + "/probe/"
    made = client.request(calendar, "MKCALENDAR", "", {})
    assert made.status in (201, 405), made.status
    body = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//probe//\r\nBEGIN:VEVENT\r\nUID:probe-1\r\nSUMMARY:周例会\r\n"
        "DTSTAMP:20260101T000000Z\r\nDTSTART:20260105T010000Z\r\nDTEND:20260105T020000Z\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    put = client.put(calendar + "probe-1.ics", body, {"Content-Type": "text/calendar; charset=utf-8"})
    assert put.status in (201, 204), put.status
    listing = client.request(calendar, "PROPFIND", "", {"Depth": "1"})
    assert listing.status == 207 and b"probe-1.ics" in (listing.raw if isinstance(listing.raw, bytes)
                                                        else str(listing.raw).encode())
    return f"MKCALENDAR, PUT, PROPFIND over {'niquests' if USE_NIQUESTS else 'requests'}"


def postgres(url: str, tmp: Path) -> str:
    os.environ["HUIWU_CONFIG_DIR"] = str(tmp / "config-pg")
    import psycopg

    from huiwu.services.directory import list_people
    from huiwu.settings import Settings
    from ui.app import open_database

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        ssl_in_use = conn.pgconn.ssl_in_use
        version = conn.execute("select version()").fetchone()[0].split(",")[0]
        server_side = conn.execute("select ssl, version from pg_stat_ssl where pid = pg_backend_pid()").fetchone()
    assert ssl_in_use or server_side[0], f"the connection is not encrypted: {server_side}"
    database = open_database(url, Settings(), demo=True)  # migrations; no demo data on a shared server
    with database.uow() as uow:
        people = len(list_people(uow))
    database.dispose()
    return (f"{version} over {server_side[1]} (PQsslInUse {ssl_in_use}; {psycopg.pq.__impl__} libpq "
            f"{psycopg.pq.version()}), schema migrated, {people} people")


def main(argv: list[str]) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="huiwu-probe-"))
    check("tls", tls)
    check("passwords", lambda: passwords(tmp))
    check("zones", zones)
    check("xlsx", lambda: workbook(tmp))
    check("qt text", qt_text)
    check("gui", lambda: gui(tmp))
    if "--caldav" in argv:
        i = argv.index("--caldav")
        check("caldav", lambda: caldav_sync(*argv[i + 1:i + 4]))
    if "--pg" in argv:
        check("postgres", lambda: postgres(argv[argv.index("--pg") + 1], tmp))
    print("probe: " + ("OK" if not FAILED else "FAILED: " + ", ".join(FAILED)), flush=True)
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
