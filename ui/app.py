"""Start the GUI: settings, translations, database (migrated, backed up), then the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from huiwu.clock import SYSTEM_CLOCK, Clock
from huiwu.settings import Settings, load_settings
from ui.context import AppContext, Events
from ui.i18n import tr
from ui.resources import translations_dir
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from huiwu.db import Database

log = logging.getLogger(__name__)



def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="huiwu", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang")
    parser.add_argument("--selftest", action="store_true")
    parser.add_argument("--no-demo", action="store_true")
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)  # bench/startup.py
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)
    return args


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Set the app's locale and load Qt's own catalogue, then every ``*.<language>.qm`` of resources/i18n.

    Ours come last, so Qt asks them first: ui/qt_catalogue.py fills what qtbase lacks. English needs none.
    """
    from ui.language import set_default_locale

    set_default_locale(language)
    translators: list[QTranslator] = []
    if language.startswith("en"):
        return translators
    from PySide6.QtCore import QLibraryInfo

    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    for qm in sorted(translations_dir().glob(f"*.{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("could not load translation %s", qm)
    return translators


def make_application(argv: list[str], language: str = "zh_CN") -> QApplication:
    from ui.language import apply_ui_font, prepare_environment

    if QApplication.instance() is None:
        prepare_environment(language)  # Qt reads the system locale once, when the application starts
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("Huiwu")
    QCoreApplication.setApplicationName("huiwu")
    apply_ui_font(app)
    return app


def open_database(url: str, settings: Settings, demo: bool, clock: Clock = SYSTEM_CLOCK) -> Database:
    """Migrate (with a backup) and, on a brand-new embedded database, fill in the demo office.

    ``url`` may be a path, a URL or empty (then the settings and the embedded default decide). The demo
    office only ever goes into an empty embedded SQLite database, never a shared server.
    """
    from huiwu import db as dbmod
    from huiwu.demo import create_demo, is_empty

    database = dbmod.Database(dbmod.resolve_url(url or None, settings), settings, clock)
    dbmod.upgrade(database)
    if demo and database.is_sqlite:
        with database.uow() as uow:
            if is_empty(uow) and create_demo(uow).identity_adopted:
                _keep_demo_identity(settings)
    return database


def _keep_demo_identity(settings: Settings) -> None:
    """The demo office named itself in the settings: keep that for the next start (the clerk may change it)."""
    from huiwu.settings import save_settings

    try:
        save_settings(settings)
    except OSError:  # the demo still shows its name this time; the first-run dialog saves again
        log.warning("could not save the demo office's name to the settings file", exc_info=True)


def build_context(database: Database | None, settings: Settings, clock: Clock | None = None) -> AppContext:
    """The GUI's context; its clock is the database's (or the system clock before a database is open)."""
    clock = clock or (database.clock if database is not None else SYSTEM_CLOCK)
    return AppContext(settings=settings, db=database, tasks=TaskRunner(), events=Events(), clock=clock,
                      net=TaskRunner(name="huiwu-net-worker"))


def run_gui(argv: list[str]) -> int:
    args = parse_gui_args(argv)
    if args.selftest:
        return selftest(argv)
    from huiwu.logs import setup_logging

    setup_logging()
    settings = load_settings()
    if "@" in settings.database_url:  # an older settings file may hold the password (SQLAlchemy only then)
        from huiwu.db import keep_password_out_of_settings
        from huiwu.settings import save_settings

        try:
            if keep_password_out_of_settings(settings):
                save_settings(settings)
        except Exception:  # the old file stays as it is; the app still starts (the address keeps its password)
            log.warning("could not move the database password out of the settings file", exc_info=True)
    language = args.lang or settings.language
    app = make_application(argv, language)
    install_translations(app, language)
    from ui.main_window import MainWindow

    ctx = build_context(None, settings)
    window = MainWindow(ctx)
    window.show()  # on screen first; the database opens on the worker meanwhile
    ctx.events.database_failed.connect(
        lambda text: QMessageBox.critical(window, tr("Huiwu"), tr("The database could not be opened:") + "\n" + text)
    )
    if not (args.quit_when_shown or args.quit_when_ready):  # start-up measurements never wait on a question
        from ui.first_run import ask_when_database_opens

        ask_when_database_opens(ctx, window)
    if args.quit_when_shown:
        QTimer.singleShot(0, lambda: _report_and_quit(app, "SHOWN"))
    # Opened once the event loop runs, so the first paint does not compete with SQLAlchemy's import.
    QTimer.singleShot(0, lambda: ctx.open_database(args.db, demo=not args.no_demo))
    if args.quit_when_ready:
        ctx.events.database_ready.connect(lambda: QTimer.singleShot(0, lambda: _report_and_quit(app, "READY")))
    code = app.exec()
    ctx.shutdown()
    if ctx.db is not None:
        ctx.db.dispose()
    return code


def _report_and_quit(app: QApplication, what: str) -> None:
    print(what, time.time(), flush=True)
    app.quit()



def selftest(argv: list[str]) -> int:
    """For the frozen bundle: a temporary database, the main window rendered offscreen, exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="huiwu-selftest-") as tmp:
        os.environ["HUIWU_CONFIG_DIR"] = tmp
        settings = Settings()
        app = make_application(argv)
        translators = install_translations(app, "zh_CN")
        url = f"sqlite:///{Path(tmp) / 'selftest.sqlite3'}"
        database = open_database(url, settings, demo=True)
        from ui.main_window import MainWindow

        ctx = build_context(database, settings)
        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        image = window.grab()
        ok = not image.isNull() and image.width() > 200 and bool(translators)
        with database.uow() as uow:
            from huiwu.services.directory import list_people
            from huiwu.services.meetings import list_meetings
            from huiwu.services.printing import document_pdf

            people = len(list_people(uow))
            # printing needs the bundled fonts and reportlab's data files: a 签到表 proves both
            meetings = list_meetings(uow)
            pdf = document_pdf(uow, "signin", meetings[0].id) if meetings else b""
        from reportlab.lib.rl_accel import fp_str

        accelerated = fp_str.__module__ != "reportlab.lib.rl_accel"  # the C version, not the Python fallback
        ok = ok and people > 0 and pdf.startswith(b"%PDF")
        print(f"selftest: window {image.width()}x{image.height()}, {len(translators)} translations, {people} people, "
              f"sign-in sheet {len(pdf) // 1024} KB{'' if accelerated else ' (reportlab without C accelerators)'}: "
              + ("OK" if ok else "FAILED"))
        ctx.shutdown()
        window.close()
        database.dispose()
        return 0 if ok else 1
