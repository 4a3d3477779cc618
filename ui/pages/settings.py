"""设置: where the database is (tested before it is saved), the office, time zone and working rules."""

from __future__ import annotations

import dataclasses
import zoneinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from huiwu.db import check_connection, default_sqlite_path
from huiwu.errors import HuiwuError
from huiwu.rules.requests import WEEKDAY_NAMES
from huiwu.settings import Settings, save_settings, settings_path
from ui.context import AppContext
from ui.errors import error_text
from ui.i18n import tr
from ui.settings_boxes import box_modules
from ui.settings_boxes import passwords as passwords_box
from ui.widgets.files import choose_folder

if TYPE_CHECKING:
    from huiwu.calendar.feeds import Published

COMMON_ZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")



def create_page(ctx: AppContext) -> QWidget:
    return SettingsPage(ctx)


class SettingsPage(QScrollArea):
    connection_checked = Signal(bool, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_page")
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(self._database_box())
        layout.addWidget(passwords_box.create_box(ctx))  # beside the database: its password goes there too
        layout.addWidget(self._office_box())
        layout.addWidget(self._rules_box())
        layout.addWidget(self._feeds_box())
        for module in box_modules():  # fonts, CalDAV …: each capability owns its box
            if module is not passwords_box:
                layout.addWidget(module.create_box(ctx))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(tr("Save settings"))
        self.save_button.setObjectName("save_settings")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._tested_url: str | None = None
        self.connection_checked.connect(self._checked)
        self.load(ctx.settings)

    # -------------------------------------------------------- boxes
    def _database_box(self) -> QGroupBox:
        box = QGroupBox(tr("Database"))
        form = QFormLayout(box)
        self.embedded = QRadioButton(tr("Built-in database on this PC"))
        self.embedded.setObjectName("db_embedded")
        self.shared = QRadioButton(tr("Shared PostgreSQL server (several PCs of the office)"))
        self.shared.setObjectName("db_shared")
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.shared)
        self.url = QLineEdit()
        self.url.setObjectName("db_url")
        self.url.setPlaceholderText("postgresql://用户名:密码@服务器:5432/huiwu")
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.test_button)
        self.in_use = QLabel()
        self.in_use.setObjectName("db_in_use")
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.in_use)
        self._show_in_use()
        self.ctx.events.database_ready.connect(self._show_in_use)
        form.addRow(self.embedded)
        form.addRow(QLabel(tr("File: ") + str(default_sqlite_path())))
        form.addRow(self.shared)
        form.addRow(tr("Server address"), url_row)
        form.addRow("", self.test_result)
        self._db_form = form
        form.setRowVisible(self.test_result, False)  # takes room only when it says something
        self.password_home = QLabel()
        self.password_home.setObjectName("password_home")
        self.password_home.setWordWrap(True)
        form.addRow(self.password_home)
        form.addRow(QLabel(tr("Changing the database takes effect the next time Huiwu starts.")))
        self.embedded.toggled.connect(lambda on: self.url.setEnabled(not on))
        self.url.textChanged.connect(lambda _: self._test_said(""))
        return box

    def _test_said(self, text: str) -> None:
        self.test_result.setText(text)
        self._db_form.setRowVisible(self.test_result, bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.password_home.text():  # asked when first shown: probing the keyring may take a moment
            from huiwu import passwords

            self.password_home.setText(
                tr("The server's password is not written to the settings file; it is kept in: %1")
                .replace("%1", passwords.where()))

    def _show_in_use(self) -> None:
        """The database this window works on now (--db and HUIWU_DATABASE_URL may differ from the choice below)."""
        db = self.ctx.db
        if db is None:
            self.in_use.setText(tr("In use now: opening the database…"))
        elif db.is_sqlite:
            self.in_use.setText(tr("In use now: the local file %1").replace("%1", str(db.sqlite_path() or ":memory:")))
        else:
            shown = db.engine.url.render_as_string(hide_password=True)
            self.in_use.setText(tr("In use now: the shared server %1").replace("%1", shown))

    def _office_box(self) -> QGroupBox:
        box = QGroupBox(tr("Office"))
        form = QFormLayout(box)
        self.office = QLineEdit()
        self.office.setObjectName("office_name")
        self.office.setPlaceholderText(tr("e.g. 清河县人民政府办公室"))
        self.issuer = QLineEdit()
        self.issuer.setObjectName("issuer")
        self.issuer.setPlaceholderText(tr("Leave empty when it is the office name, e.g. 中共清河县委办公室"))
        self.default_contact = QLineEdit()
        self.default_contact.setObjectName("default_contact")
        self.default_contact.setPlaceholderText(
            tr("Printed when a meeting or handout names no contact, e.g. 张三 0316-1234567"))
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES)
        self.operator = QLineEdit()
        self.operator.setObjectName("operator")
        self.operator.setPlaceholderText(tr("Your name, written to the change history"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        form.addRow(tr("Office name"), self.office)
        form.addRow(tr("Signature line"), self.issuer)
        form.addRow(tr("Default contact and phone"), self.default_contact)
        form.addRow(tr("Time zone"), self.timezone)
        form.addRow(tr("Your name"), self.operator)
        form.addRow(tr("Language (after restart)"), self.language)
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(tr("Working rules"))
        form = QFormLayout(box)
        self.early = QSpinBox()
        self.early.setObjectName("early_minutes")
        self.early.setRange(0, 120)
        self.early.setSuffix(tr(" minutes"))
        self.seating = QComboBox()
        self.seating.setObjectName("seating_rule")
        self.seating.addItem(tr("Alternate left and right (No. 2 on No. 1's left)"), "alternate")
        self.seating.addItem(tr("Always centre on No. 1"), "centre_on_first")
        self.merge = QDoubleSpinBox()
        self.merge.setObjectName("merge_threshold")
        self.merge.setRange(0.3, 1.0)
        self.merge.setSingleStep(0.05)
        self.backups = QSpinBox()
        self.backups.setRange(1, 100)
        # 会议申报: requests for next week are due by this day and time of the week before
        self.cutoff_day = QComboBox()
        self.cutoff_day.setObjectName("request_cutoff_weekday")
        for n, name in enumerate(WEEKDAY_NAMES, 1):
            self.cutoff_day.addItem(name, n)
        self.cutoff_time = QTimeEdit()
        self.cutoff_time.setObjectName("request_cutoff_time")
        self.cutoff_time.setDisplayFormat("HH:mm")
        cutoff = QHBoxLayout()
        cutoff.addWidget(self.cutoff_day)
        cutoff.addWidget(self.cutoff_time)
        cutoff.addStretch(1)
        form.addRow(tr("Counts as early when signed in before the start by"), self.early)
        form.addRow(tr("Seating rule of the rostrum"), self.seating)
        form.addRow(tr("Propose merging meetings whose participants overlap at least"), self.merge)
        form.addRow(tr("Automatic backups kept"), self.backups)
        form.addRow(tr("Meeting requests for next week are due by (the week before)"), cutoff)
        return box

    def _feeds_box(self) -> QGroupBox:
        box = QGroupBox(tr("Subscription calendars"))
        box.setObjectName("feeds_box")
        form = QFormLayout(box)
        note = QLabel(tr(
            "Read-only .ics calendars of the office, of each leader and of each venue, written to a folder or "
            "share whenever meetings change, so that Outlook, Thunderbird and phones can subscribe without a "
            "CalDAV server. Confidential meetings show only their time. The folder's index.html says how to "
            "subscribe."))
        note.setWordWrap(True)
        form.addRow(note)
        self.feeds_folder = QLineEdit()
        self.feeds_folder.setObjectName("feeds_folder")
        self.feeds_folder.setPlaceholderText(tr("e.g. a shared folder on the office's file server; empty: not published"))
        choose = QPushButton(tr("Choose…"))
        choose.setObjectName("feeds_choose")
        choose.clicked.connect(self._choose_feeds_folder)
        self.publish_button = QPushButton(tr("Publish now"))
        self.publish_button.setObjectName("feeds_publish")
        self.publish_button.clicked.connect(self.publish_feeds)
        row = QHBoxLayout()
        row.addWidget(self.feeds_folder, 1)
        row.addWidget(choose)
        row.addWidget(self.publish_button)
        form.addRow(tr("Folder"), row)
        self.feeds_result = QLabel()
        self.feeds_result.setObjectName("feeds_result")
        self.feeds_result.setWordWrap(True)
        self.feeds_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.feeds_result)
        return box

    def _choose_feeds_folder(self) -> None:
        folder = choose_folder(self, "feeds", tr("Folder of the subscription calendars"))
        if folder is not None:
            self.feeds_folder.setText(str(folder))

    def publish_feeds(self) -> None:
        """立即发布 to the folder typed here (saved or not: trying it out before saving is allowed)."""
        from ui.feeds import publish

        text = self.feeds_folder.text().strip()
        if not text:
            self.feeds_result.setText(tr("Please choose the folder first."))
            return
        self.publish_button.setEnabled(False)
        self.feeds_result.setText(tr("Publishing the subscription calendars…"))

        def done(published: Published) -> None:
            self.publish_button.setEnabled(True)
            self.feeds_result.setText(published.summary() + "\n" + tr("Subscribe to: %1")
                                      .replace("%1", str(published.folder / "index.html")))

        def failed(exc: BaseException) -> None:
            self.publish_button.setEnabled(True)
            self.feeds_result.setText("✘ " + error_text(exc))

        publish(self.ctx, Path(text), done, failed)

    # -------------------------------------------------------- values
    def load(self, s: Settings) -> None:
        self.embedded.setChecked(not s.database_url)
        self.shared.setChecked(bool(s.database_url))
        self.url.setText(s.database_url)
        self.url.setEnabled(bool(s.database_url))
        self.office.setText(s.office_name)
        self.issuer.setText(s.issuer)
        self.default_contact.setText(s.default_contact)
        self.timezone.setCurrentText(s.timezone)
        self.operator.setText(s.operator)
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        self.early.setValue(s.early_minutes)
        self.seating.setCurrentIndex(max(self.seating.findData(s.seating_rule), 0))
        self.merge.setValue(s.merge_threshold)
        self.backups.setValue(s.backups_kept)
        self.cutoff_day.setCurrentIndex(max(self.cutoff_day.findData(s.request_cutoff_weekday), 0))
        hours, _, minutes = s.request_cutoff_time.partition(":")
        self.cutoff_time.setTime(QTime(int(hours), int(minutes)))
        self.feeds_folder.setText(s.feeds_folder)

    def values(self) -> Settings:
        return dataclasses.replace(
            self.ctx.settings,
            database_url="" if self.embedded.isChecked() else self.url.text().strip(),
            office_name=self.office.text().strip(),
            issuer=self.issuer.text().strip(),
            default_contact=self.default_contact.text().strip(),
            timezone=self.timezone.currentText().strip(),
            operator=self.operator.text().strip(),
            language=self.language.currentData(),
            early_minutes=self.early.value(),
            seating_rule=self.seating.currentData(),
            merge_threshold=round(self.merge.value(), 2),
            backups_kept=self.backups.value(),
            request_cutoff_weekday=int(self.cutoff_day.currentData()),
            request_cutoff_time=self.cutoff_time.time().toString("HH:mm"),
            feeds_folder=self.feeds_folder.text().strip(),
        )

    # -------------------------------------------------------- actions
    def test_connection(self) -> None:
        url = self.url.text().strip()
        if not url:
            self._test_said(tr("Please enter the server address first."))
            return
        self._test_said(tr("Connecting…"))
        self.test_button.setEnabled(False)
        # Not the database worker: that one serves the open database and must not wait on a timeout.
        QThreadPool.globalInstance().start(lambda: self._check(url))

    def _check(self, url: str) -> None:
        try:
            message = check_connection(url)
        except HuiwuError as exc:
            self.connection_checked.emit(False, str(exc))
        except Exception as exc:  # a malformed URL or a missing driver: still a sentence
            self.connection_checked.emit(False, error_text(exc))
        else:
            self._tested_url = url
            self.connection_checked.emit(True, message)

    def _checked(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self._test_said(("✔ " if ok else "✘ ") + message)

    def save(self) -> None:
        new = self.values()
        problems = new.identity().problems()  # the first-run dialog's rules: a name, a real office, one line each
        if problems:
            self.message.setText(next(iter(problems.values())))
            fields = {"operator": self.operator, "office_name": self.office, "issuer": self.issuer,
                      "default_contact": self.default_contact}
            fields[next(iter(problems))].setFocus()
            return
        new = new.with_identity(new.identity())
        try:
            zoneinfo.ZoneInfo(new.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            self.message.setText(tr("Unknown time zone: ") + new.timezone)
            return
        if new.database_url and new.database_url != self.ctx.settings.database_url and new.database_url != self._tested_url:
            self.message.setText(tr("Please test the connection to the new database before saving."))
            return
        from huiwu.db import keep_password_out_of_settings

        restart = (new.database_url, new.language) != (self.ctx.settings.database_url, self.ctx.settings.language)
        try:
            keep_password_out_of_settings(new)  # the password goes to the password store, the address to the file
            if restart and new.database_url == self.ctx.settings.database_url:
                restart = new.language != self.ctx.settings.language
            save_settings(new)
        except (HuiwuError, OSError) as exc:  # a full disk, a password store that refuses
            self.message.setText(tr("The settings were not saved: ") + error_text(exc))
            return
        for field in dataclasses.fields(Settings):
            setattr(self.ctx.settings, field.name, getattr(new, field.name))
        text = tr("Settings saved to ") + str(settings_path())
        if restart:
            text += tr(". Restart Huiwu for the new database or language to take effect.")
        self.message.setText(text)
        self.ctx.status(text)
        self.ctx.events.settings_changed.emit()
