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
from PySide6.QtWidgets import QApplication

from huiwu.clock import SYSTEM_CLOCK, Clock
from huiwu.settings import Settings, load_settings
from ui.context import AppContext, Events
from ui.i18n import tr
from ui.resources import translations_dir
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from huiwu.db import Database
    from ui.main_window import MainWindow
    from ui.single_instance import SingleInstance

log = logging.getLogger(__name__)



def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="huiwu", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang")
    parser.add_argument("--selftest", action="store_true")
    parser.add_argument("--no-demo", action="store_true")
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)  # bench/startup.py
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    # tests: the answer to 已在运行 (switch / read-only / cancel) instead of asking; report when raised, then quit
    parser.add_argument("--if-running", choices=("switch", "read-only", "cancel"), help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-raised", action="store_true", help=argparse.SUPPRESS)
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


def make_application(argv: list[str], language: str = "zh_CN", wheel_guard: bool = True) -> QApplication:
    """The application with the office's UI font; ``wheel_guard`` False leaves the guard to
    :func:`install_wheel_guard_later` (the window shows first)."""
    from ui.language import apply_ui_font, prepare_environment

    if QApplication.instance() is None:
        prepare_environment(language)  # Qt reads the system locale once, when the application starts
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("Huiwu")
    QCoreApplication.setApplicationName("huiwu")
    apply_ui_font(app)
    if wheel_guard:
        from ui.widgets.wheel import install_wheel_guard

        install_wheel_guard(app)
    return app


def install_wheel_guard_later(app: QApplication, ctx: AppContext) -> None:
    """The wheel guard when the database has opened (or failed to), before any page or dialog of the clerk's
    can take a wheel turn: importing it takes some 18 ms (Qt's event types), which the window need not wait for."""

    def install(*_: object) -> None:
        from ui.widgets.wheel import install_wheel_guard

        install_wheel_guard(app)

    ctx.events.database_ready.connect(install)
    ctx.events.database_failed.connect(install)


def open_database(
    url: str, settings: Settings, demo: bool, clock: Clock = SYSTEM_CLOCK, read_only: bool = False
) -> Database:
    """Migrate (with a backup) and, on a brand-new embedded database, fill in the demo office.

    ``url`` may be a path, a URL or empty (then the settings and the embedded default decide). The demo
    office only ever goes into an empty embedded SQLite database, never a shared server. ``read_only``
    (another window has the database): neither; a schema that needs migrating is refused with a sentence.
    """
    from huiwu import db as dbmod
    from huiwu.demo import create_demo, is_empty

    database = dbmod.Database(dbmod.resolve_url(url or None, settings), settings, clock, read_only=read_only)
    try:
        dbmod.upgrade(database)  # read-only: returns at once when up to date, else refuses
        if demo and database.is_sqlite and not read_only:
            with database.uow() as uow, settings.writing_as(DEMO_OPERATOR):
                if is_empty(uow) and create_demo(uow).identity_adopted:
                    _keep_demo_identity(settings)
    except BaseException:
        database.dispose()
        raise
    return database


DEMO_OPERATOR = "示例数据"  # who the demo office's records name when the clerk has not said who they are yet


def open_read_only(ctx: AppContext, url: str | None) -> None:
    """What ``AppContext.open_database`` does, for a window the clerk chose to open read-only."""
    ctx.open_database(url, demo=False, read_only=True)


def _keep_demo_identity(settings: Settings) -> None:
    """The demo office named itself in the settings: keep that for the next start (the clerk may change it)."""
    from huiwu.settings import save_settings

    try:
        save_settings(settings)
    except OSError:  # the demo still shows its name this time; the first-run dialog saves again
        log.warning("could not save the demo office's name to the settings file", exc_info=True)


def build_context(database: Database | None, settings: Settings, clock: Clock | None = None) -> AppContext:
    """The GUI's context; its clock is the database's (or the system clock before a database is open).

    The window writes only under the clerk's own name: without one, a change is refused with a sentence
    (the first-run dialog asks for it), never recorded under the OS account.
    """
    clock = clock or (database.clock if database is not None else SYSTEM_CLOCK)
    settings.unnamed_operator = None
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
    app = make_application(argv, language, wheel_guard=False)
    install_translations(app, language)
    from ui.single_instance import (
        READ_ONLY,
        SWITCH,
        SingleInstance,
        ask_already_running,
        database_identity,
        instance_key,
    )

    database = database_identity(args.db, settings)
    instance = SingleInstance(instance_key(database))
    read_only = False
    if not instance.claim():  # another window of this PC has this database open
        answer = ask_already_running(database, args.if_running)
        if answer == SWITCH:
            instance.notify_first()
        if answer != READ_ONLY:
            return 0
        read_only = True
    try:
        return _run_window(app, args, settings, instance, read_only)
    finally:
        instance.release()


def _run_window(
    app: QApplication, args: argparse.Namespace, settings: Settings, instance: SingleInstance, read_only: bool
) -> int:
    """The window on screen first, with only what its first paint needs; then, once the event loop runs, the
    rest of start-up (:func:`_after_shown`) and the database, opened on the worker."""
    from ui.main_window import MainWindow

    ctx = build_context(None, settings)
    window = MainWindow(ctx)
    install_wheel_guard_later(app, ctx)  # before the first-run dialog's connection: it may show spin boxes
    window.show()
    if args.quit_when_shown:
        QTimer.singleShot(0, lambda: _report_and_quit(app, "SHOWN"))
    QTimer.singleShot(0, lambda: _after_shown(app, args, ctx, window, instance, read_only))
    code = app.exec()
    ctx.shutdown()
    if ctx.db is not None:
        ctx.db.dispose()
    return code


def _after_shown(app: QApplication, args: argparse.Namespace, ctx: AppContext, window: MainWindow,
                 instance: SingleInstance, read_only: bool) -> None:
    """What start-up does once the window is on screen, in this order: a second start can raise the window, the
    password prompt and the feeds are connected, and the database opens on the worker (so the first paint does
    not compete with SQLAlchemy's import)."""
    from ui.feeds import follow_changes
    from ui.settings_boxes.passwords import install_prompt
    from ui.single_instance import bring_to_front_on_request

    if not read_only:
        instance.listen()
        bring_to_front_on_request(instance, window)
    if args.quit_when_raised:
        ctx.events.database_ready.connect(lambda: print("WAITING", flush=True))
        instance.activation_requested.connect(lambda: QTimer.singleShot(0, lambda: _report_and_quit(app, "RAISED")))
    install_prompt(ctx, window)  # before the database opens: the shared server's password may be asked
    follow_changes(ctx, window)  # the subscription feeds are rewritten after every change
    ctx.events.database_failed.connect(lambda text: _tell_database_failed(window, text))
    if not (args.quit_when_shown or args.quit_when_ready):  # start-up measurements never wait on a question
        from ui.first_run import ask_when_database_opens

        ask_when_database_opens(ctx, window)
    if args.quit_when_ready:
        ctx.events.database_ready.connect(lambda: QTimer.singleShot(0, lambda: _report_and_quit(app, "READY")))
    if read_only:
        open_read_only(ctx, args.db)
    else:
        ctx.open_database(args.db, demo=not args.no_demo)


def _tell_database_failed(window: MainWindow, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(window, tr("Huiwu"), tr("The database could not be opened:") + "\n" + text)


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
