"""A person field that finds people by name, pinyin initials or full pinyin (zs → 张三)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from huiwu.pinyin import match_rank
from huiwu.services.directory import PersonRow


class PersonPicker(QLineEdit):
    """Type a name or pinyin, pick from the popup; ``person_changed`` carries the id or None when cleared."""

    person_changed = Signal(object)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.people: list[PersonRow] = []
        self.person_id: int | None = None
        self._shown: list[PersonRow] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated[str].connect(self._picked)  # type: ignore[index]
        self.textEdited.connect(self._search)

    def set_people(self, people: Sequence[PersonRow]) -> None:
        self.people = list(people)

    @staticmethod
    def label(p: PersonRow) -> str:
        return f"{p.name}（{p.unit_name}{' ' + p.title if p.title else ''}）"

    def _search(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._set(None)
            return
        ranked = []
        for p in self.people:
            rank = match_rank(text, p.name, p.pinyin_initials, p.pinyin_full)
            if rank is not None:
                ranked.append((rank, p))
        ranked.sort(key=lambda x: x[0])
        self._shown = [p for _, p in ranked[:30]]
        self._model.setStringList([self.label(p) for p in self._shown])
        if self._shown:
            self._completer.complete()

    def _picked(self, text: str) -> None:
        person = next((p for p in self._shown if self.label(p) == text), None)
        self._set(person)

    def select_id(self, person_id: int | None) -> None:
        person = next((p for p in self.people if p.id == person_id), None)
        self._set(person)

    def _set(self, person: PersonRow | None) -> None:
        with QSignalBlocker(self):
            self.setText(person.name if person else "")
        new = person.id if person else None
        if new != self.person_id:
            self.person_id = new
            self.person_changed.emit(new)
