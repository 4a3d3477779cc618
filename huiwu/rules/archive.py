"""When a meeting may be filed away (归档), and what its 归档卷 holds, in order.

Issue 14: "A meeting can be marked 已归档 only when every 议定事项 is 已销号 or carries a note why not"; the volume
files, in this order, 会议通知 and 回执, 议程/日程, 签到结果表, 请假 records with their approvals, 纪要, 议定事项
with their 办理 and 销号 state, 明白纸 as handed out, 涉密材料 发放回收登记, 修改记录. Plain data in, plain data out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from huiwu.models import ActionState, MeetingStatus

#: The volume's sections: (key, the title its contents page gives).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("notice", "会议通知"),
    ("replies", "回执情况"),
    ("agenda", "会议议程（日程）"),
    ("result", "签到结果表"),
    ("leave", "请假记录及审批情况"),
    ("minutes", "会议纪要"),
    ("actions", "议定事项督办清单"),
    ("handout", "明白纸"),
    ("register", "涉密材料发放回收登记表"),
    ("history", "修改记录"),
)
SECTION_TITLES = dict(SECTIONS)
NOTE_CHARS = 200  # an archive note says why in a sentence or two


@dataclass(frozen=True)
class OpenItem:
    """A 议定事项 as the rule sees it."""

    id: int
    text: str
    state: str
    archive_note: str


@dataclass(frozen=True)
class Blocker:
    """Why the meeting cannot be filed yet, in a sentence; ``item_id`` names the 议定事项 it is about."""

    text: str
    item_id: int | None = None


def blockers(status: str, items: Iterable[OpenItem], copies_out: int = 0, copies_text: str = "") -> list[Blocker]:
    """Everything that stands in the way of 归档: a meeting not yet held (or cancelled), 涉密材料 still out
    (``copies_out`` of them, ``copies_text`` saying whose), and each 议定事项 neither 已销号 nor explained.
    Empty: it may be filed."""
    found: list[Blocker] = []
    if status not in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED):
        found.append(Blocker("会议尚未结束，结束后才能归档。"))
    if copies_out:
        found.append(Blocker(f"涉密材料还有 {copies_out} 份未收回（{copies_text}），全部收回后才能归档。"))
    for item in items:
        if item.state != ActionState.CLOSED and not item.archive_note.strip():
            found.append(Blocker(f"议定事项“{_short(item.text)}”尚未销号，也没有写明未销号的原因。", item.id))
    return found


def note_text(note: str) -> str:
    """An archive note as stored: trimmed, at most :data:`NOTE_CHARS` characters (longer is refused upstream)."""
    return " ".join(note.split())


@dataclass(frozen=True)
class Entry:
    """One line of the contents page: the section, its first and last page of the volume (0 when absent)."""

    key: str
    title: str
    first: int
    last: int
    note: str = ""  # "本次会议无明白纸"

    @property
    def pages_text(self) -> str:
        if not self.first:
            return "—"
        return str(self.first) if self.last == self.first else f"{self.first}—{self.last}"


def contents(parts: Sequence[tuple[str, int, str]], start: int) -> list[Entry]:
    """The contents page's entries from each section's (key, page count, note), the sections in volume order
    starting at page ``start`` (the contents itself is page 1); a section of 0 pages is listed with its note."""
    entries: list[Entry] = []
    page = start
    for key, count, note in parts:
        if count:
            entries.append(Entry(key, SECTION_TITLES[key], page, page + count - 1, note))
            page += count
        else:
            entries.append(Entry(key, SECTION_TITLES[key], 0, 0, note))
    return entries


def _short(text: str, limit: int = 24) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"
