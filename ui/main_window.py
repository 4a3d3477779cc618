"""The main window: navigation on the left, one page at a time on the right, a status bar that tells."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QMargins, QPoint, QRect, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import tr
from ui.pages import PAGES, PageSpec, page_module
from ui.pages.placeholder import PlaceholderPage
from ui.resources import icon_path

DEFAULT_SIZE = QSize(1280, 760)
MINIMUM_SIZE = QSize(1000, 560)  # every page fits its minimum (tests/gui/test_fits_screen.py)
# Before the window is shown its frame is unknown; what Windows 10/11 and the Linux desktops add at most.
ASSUMED_FRAME = QMargins(8, 40, 8, 8)


def fitted_geometry(available: QRect, wanted: QSize, frame: QMargins = ASSUMED_FRAME) -> QRect:
    """The client rectangle for a window of ``wanted`` size whose frame stays inside ``available``.

    A 1366×768 laptop with its task bar leaves about 1366×728: the default 1280×760 would put the status
    bar (已保存, 已批准 …) below the screen, so the window shrinks to what fits and is centred.
    """
    room = available.marginsRemoved(frame)
    size = wanted.boundedTo(room.size())
    left = room.left() + (room.width() - size.width()) // 2
    top = room.top() + (room.height() - size.height()) // 2
    return QRect(QPoint(left, top), size)


def fits(frame: QRect, available: QRect) -> bool:
    return available.contains(frame)


def _plain(text: str) -> str:
    """A menu text without its mnemonic: "退出(&Q)" → "退出", "&Quit" → "Quit"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self._retitle()
        ctx.events.settings_changed.connect(self._retitle)  # the first-run dialog or 设置 renamed the office
        self.setWindowIcon(QIcon(str(icon_path("app.svg"))))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(132)
        self.nav.setMaximumWidth(200)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self.ready = False
        for spec in PAGES:
            item = QListWidgetItem(QIcon(str(icon_path(spec.icon))), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(120, 40))
            self.nav.addItem(item)
        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._status_setup()
        self._menus()
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(self._available().size()))
        self.nav.currentRowChanged.connect(self._show_row)
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.events.open_requested.connect(self.open_page)
        ctx.tasks.busy_changed.connect(self._busy)
        self._restore()
        if ctx.db is not None:
            self._database_ready()
        else:
            opening = QLabel(tr("Opening the database…"))
            opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(opening)
            self.nav.setEnabled(False)
            ctx.events.database_ready.connect(self._database_ready)

    def _retitle(self) -> None:
        title = tr("Huiwu — meeting office") + f" · {self.ctx.settings.office_name}"
        if self.read_only:
            title += tr(" (read-only)")
        self.setWindowTitle(title)

    @property
    def read_only(self) -> bool:
        """Opened beside another window on the same database: everything shows, nothing is saved."""
        return self.ctx.db is not None and bool(getattr(self.ctx.db, "read_only", False))

    def _database_ready(self) -> None:
        self._retitle()  # a new demo database may have named the office meanwhile
        self.db_label.setText(self._db_description())
        if self.read_only:
            self.db_label.setText(self.db_label.text() + tr(" · read-only: changes are not saved"))
            self.db_label.setStyleSheet("color: #b00020;")
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(max(self.nav.currentRow(), 0))
        self.ready = True

    # -------------------------------------------------------- pages
    def page(self, key: str) -> QWidget:
        """The page for ``key``, created on first use so start-up only builds the first one."""
        if key not in self._pages:
            spec = next(s for s in PAGES if s.key == key)
            widget = self._create(spec)
            widget.setProperty("page_key", key)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def _create(self, spec: PageSpec) -> QWidget:
        module: Any = page_module(spec)
        if module is None:
            return PlaceholderPage(spec.title)
        widget: QWidget = module.create_page(self.ctx)
        return widget

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self.statusBar().clearMessage()  # the last page's message ("周安排已显示…") does not describe this one
        if hasattr(widget, "activated"):
            widget.activated()

    def open_page(self, key: str, target: object = None) -> None:
        """Go to a page and, if the page knows how, open the thing named (e.g. a meeting id)."""
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        self.nav.setCurrentRow(row)
        widget = self.page(key)
        if target is not None and hasattr(widget, "open_target"):
            widget.open_target(target)

    def current_key(self) -> str:
        return PAGES[self.nav.currentRow()].key

    # -------------------------------------------------------- chrome
    def _status_setup(self) -> None:
        self.progress = QProgressBar()
        self.progress.setObjectName("busy_indicator")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.busy_label = QLabel()
        self.busy_label.setVisible(False)
        db_label = QLabel()
        db_label.setObjectName("db_label")
        self.db_label = db_label
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(db_label)
        self.ctx.tasks.progressed.connect(self._progress)

    def _db_description(self) -> str:
        assert self.ctx.db is not None
        if self.ctx.db.is_sqlite:
            return tr("Local database")
        url = self.ctx.db.engine.url
        return tr("Shared database: ") + f"{url.host or ''}/{url.database or ''}"

    def _busy(self, busy: bool, label: str) -> None:
        if not busy or self.progress.maximum() == 0:  # a task that already reports keeps its determinate bar
            self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.busy_label.setText(label)
        self.busy_label.setVisible(busy and bool(label))

    def _progress(self, label: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(done < total)
        self.busy_label.setText(label)
        self.busy_label.setVisible(bool(label) and done < total)

    def _menus(self) -> None:
        """文件 / 编辑 / 视图 / 帮助: everything a clerk looks for in a menu, with its shortcut beside it."""
        bar = self.menuBar()
        bar.setObjectName("menu_bar")
        file_menu = bar.addMenu(tr("&File"))
        quit_action = file_menu.addAction(tr("&Quit"))
        quit_action.setObjectName("action_quit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        edit_menu = bar.addMenu(tr("&Edit"))
        find = edit_menu.addAction(tr("&Find"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # pages with their own Ctrl+F win
        find.triggered.connect(self.focus_search)
        settings = edit_menu.addAction(tr("&Settings"))
        settings.triggered.connect(lambda: self.open_page("settings"))
        view_menu = bar.addMenu(tr("&View"))
        self.page_actions: list[QAction] = []
        for i, spec in enumerate(PAGES):
            action = view_menu.addAction(QIcon(str(icon_path(spec.icon))), spec.title)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            self.page_actions.append(action)
        help_menu = bar.addMenu(tr("&Help"))
        keys = help_menu.addAction(tr("&Keyboard shortcuts"))
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        log_action = help_menu.addAction(tr("Open the &log folder"))
        log_action.setObjectName("action_log")
        log_action.triggered.connect(self.open_log_folder)
        about = help_menu.addAction(tr("&About Huiwu"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "help": help_menu}

    def focus_search(self) -> None:
        """Ctrl+F on a page without its own: the page's first search box (a line edit named *_search)."""
        page = self.stack.currentWidget()
        from PySide6.QtWidgets import QLineEdit

        for box in page.findChildren(QLineEdit) if page is not None else []:
            if box.objectName().endswith("search") and box.isVisible():
                box.setFocus(Qt.FocusReason.ShortcutFocusReason)
                box.selectAll()
                return

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for the menus' actions and the current page's buttons and described shortcuts."""
        from PySide6.QtGui import QShortcut

        native = QKeySequence.SequenceFormat.NativeText
        rows: list[tuple[str, str]] = []
        for menu in self.menus.values():
            for action in menu.actions():
                if not action.shortcut().isEmpty():
                    rows.append((_plain(action.text()), action.shortcut().toString(native)))
        page = self.stack.currentWidget()
        if page is not None:
            for button in page.findChildren(QAbstractButton):
                if not button.shortcut().isEmpty() and button.text():
                    rows.append((_plain(button.text()), button.shortcut().toString(native)))
            for shortcut in page.findChildren(QShortcut):
                if shortcut.whatsThis() and not shortcut.key().isEmpty():
                    rows.append((shortcut.whatsThis(), shortcut.key().toString(native)))
        return list(dict.fromkeys(rows))

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("shortcuts_dialog")
        dialog.setWindowTitle(tr("Keyboard shortcuts"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([tr("Command"), tr("Keys")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (what, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(what))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(QSize(460, 520).boundedTo(self._available().size() - QSize(40, 80)))
        dialog.open()

    def open_log_folder(self) -> None:
        from huiwu.logs import log_path

        folder = log_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.statusBar().showMessage(tr("Log folder: ") + str(folder), 8000)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from huiwu import __version__

        box = QMessageBox(QMessageBox.Icon.Information, tr("About Huiwu"),
                          tr("Huiwu %1 — meeting office").replace("%1", __version__), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -------------------------------------------------------- persistence
    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _restore(self) -> None:
        """The last session's geometry when it still fits a screen, else a size that fits this one."""
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry) or not self._fits_a_screen():
            self.setGeometry(fitted_geometry(self._available(), DEFAULT_SIZE))
        self._frame_checked = False
        state = settings.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([150, max(self.width() - 150, 600)])

    def _fits_a_screen(self) -> bool:
        frame = self.geometry().marginsAdded(ASSUMED_FRAME)
        return any(fits(frame, screen.availableGeometry()) for screen in QGuiApplication.screens())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._frame_checked:  # the real frame is known now: pull the window in if it spills over
            self._frame_checked = True
            self.keep_on_screen()

    def keep_on_screen(self) -> None:
        if self.isMaximized() or self.isFullScreen():
            return
        available = self._available()
        frame = self.frameGeometry()
        if fits(frame, available):
            return
        margins = QMargins(self.geometry().left() - frame.left(), self.geometry().top() - frame.top(),
                           frame.right() - self.geometry().right(), frame.bottom() - self.geometry().bottom())
        self.setGeometry(fitted_geometry(available, self.size(), margins))

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self._pages.values():
            if hasattr(widget, "confirm_close") and not widget.confirm_close():
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        super().closeEvent(event)
