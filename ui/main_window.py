"""The main window: navigation on the left, one page at a time on the right, a status bar that tells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import tr
from ui.pages import PAGES, PageSpec, page_module
from ui.pages.placeholder import PlaceholderPage
from ui.resources import icon_path


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
        self._shortcuts()
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
        self.setWindowTitle(tr("Huiwu — meeting office") + f" · {self.ctx.settings.office_name}")

    def _database_ready(self) -> None:
        self._retitle()  # a new demo database may have named the office meanwhile
        self.db_label.setText(self._db_description())
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
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.busy_label.setText(label)
        self.busy_label.setVisible(busy and bool(label))

    def _progress(self, label: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.busy_label.setText(label)

    def _shortcuts(self) -> None:
        for i, spec in enumerate(PAGES):
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            self.addAction(action)

    # -------------------------------------------------------- persistence
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        state = settings.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([150, max(self.width() - 150, 600)])

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self._pages.values():
            if hasattr(widget, "confirm_close") and not widget.confirm_close():
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        super().closeEvent(event)
