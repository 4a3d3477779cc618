"""涉密材料 发放回收登记: how a copy is named, which copies are out, the register's totals.

DOMAIN.md, "Marks on confidential documents": every copy of a 涉密 meeting's handed-out materials is numbered
(份号: 6 Arabic digits, 000001) and registered — 份号、材料名称、密级、领取人、单位、领取时间、退回时间、经办人 —
and (会中) "涉密材料 collected as soon as its 议题 ends".

One meeting may hand out several materials, each numbered from 000001; a copy is named without doubt by the
material's 序号 in the meeting and its 份号: "2-000003". On the 回收 screen a bare number ("3", "000003")
means the material the screen is working on; with several materials in scope the clerk types the full code.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from huiwu.errors import ValidationError
from huiwu.rules.secrecy import is_state_secret, level_label

COPY_DIGITS = 6  # GB/T 9704 §7.2.1: 份号 in 6 Arabic digits
MAX_COPY_NO = 10 ** COPY_DIGITS - 1
_CODE = re.compile(r"^(?:(?P<material>\d{1,3})\s*[-/\s—]\s*)?(?P<copy>\d{1,6})$")
#: The checklist items a copy still out keeps open (resources/checklists: "涉密材料随议题收回", "材料退收、立卷归档").
RETURN_ITEM_WORDS = ("涉密材料", "材料退收")

T = TypeVar("T")


def copy_number_text(copy_no: int) -> str:
    """The 份号 as printed: "000003"."""
    return f"{copy_no:0{COPY_DIGITS}d}"


def copy_code(material_no: int, copy_no: int) -> str:
    """The copy's name within its meeting: "2-000003" (material 2, 份号 000003)."""
    return f"{material_no}-{copy_number_text(copy_no)}"


def parse_copy_code(text: str) -> tuple[int | None, int]:
    """What the clerk typed or the scanner sent: (material 序号 or None, 份号). "3", "000003", "2-000003",
    "2 3", full-width digits and the scanner's trailing spaces are accepted; anything else is refused."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("－", "-")
    match = _CODE.match(cleaned)
    if match is None:
        raise ValidationError(f"“{text.strip()}”不是份号：请输入 6 位份号（如 000003），"
                              "或“材料序号-份号”（如 2-000003）。")
    copy_no = int(match["copy"])
    if copy_no < 1:
        raise ValidationError("份号从 000001 开始。")
    material = int(match["material"]) if match["material"] else None
    if material is not None and material < 1:
        raise ValidationError("材料序号从 1 开始。")
    return material, copy_no


def resolve_code(text: str, copies: Mapping[tuple[int, int], T], scope: Sequence[int]) -> T:
    """The copy a code names among ``copies`` ((material 序号, 份号) → copy). A bare 份号 is looked up in the
    materials of ``scope`` (the screen's material, or all of them) and must name exactly one copy there."""
    material, copy_no = parse_copy_code(text)
    if material is not None:
        found = copies.get((material, copy_no))
        if found is None:
            raise ValidationError(f"没有 {copy_code(material, copy_no)} 这一份（第 {material} 号材料没有份号 "
                                  f"{copy_number_text(copy_no)}）。")
        return found
    hits = [copies[(m, copy_no)] for m in scope if (m, copy_no) in copies]
    if not hits:
        raise ValidationError(f"没有份号 {copy_number_text(copy_no)}。")
    if len(hits) > 1:
        raise ValidationError(f"份号 {copy_number_text(copy_no)} 在 {len(hits)} 份材料中都有：请输入"
                              f"“材料序号-份号”，如 {copy_code(scope[0], copy_no)}，或先选定一份材料。")
    return hits[0]


def is_out(issued_at: dt.datetime | None, returned_at: dt.datetime | None) -> bool:
    """未收回: handed out (领取时间 recorded) and not back. A copy still with the clerk is not out."""
    return issued_at is not None and returned_at is None


def state_text(issued_at: dt.datetime | None, returned_at: dt.datetime | None) -> str:
    if returned_at is not None:
        return "已收回"
    return "未收回" if issued_at is not None else "未发放"


@dataclass(frozen=True)
class Totals:
    """The register's foot: 登记 (copies registered), 发出, 收回, 未收回."""

    registered: int
    issued: int
    returned: int
    out: int

    @property
    def text(self) -> str:
        return f"发出 {self.issued} 份，收回 {self.returned} 份，未收回 {self.out} 份"


def totals_of(stamps: Iterable[tuple[dt.datetime | None, dt.datetime | None]]) -> Totals:
    """Totals over (领取时间, 退回时间) pairs; a copy returned is counted as issued too."""
    registered = issued = returned = out = 0
    for issued_at, returned_at in stamps:
        registered += 1
        issued += issued_at is not None or returned_at is not None
        returned += returned_at is not None
        out += is_out(issued_at, returned_at)
    return Totals(registered, issued, returned, out)


def group_in_order(items: Iterable[T], key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """Items grouped by ``key`` in the order the groups first appear (the caller's order: 排序号)."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.items())


def is_return_item(title: str) -> bool:
    """A checklist item a copy still out keeps open: "涉密材料随议题收回" (会中), "材料退收、立卷归档" (会后)."""
    return any(word in title for word in RETURN_ITEM_WORDS)


def material_level(own: str, agenda_level: str, meeting_level: str) -> str:
    """A material's 密级: the one given, else its 议题's, else the meeting's (when they are state secrets).
    Only 国家秘密 are registered: anything else is refused with a sentence."""
    if own:
        if not is_state_secret(own):
            raise ValidationError(f"只有国家秘密（秘密、机密、绝密）的材料才按份号登记，"
                                  f"“{level_label(own)}”材料不登记。")
        return own
    for level in (agenda_level, meeting_level):
        if is_state_secret(level):
            return level
    raise ValidationError("这份材料不属于涉密会议或涉密议题，请选择它的密级（秘密、机密或绝密）后再登记；"
                          "非涉密材料不按份号登记。")


def recipient_text(name: str, unit: str) -> str:
    """"张三（县财政局）", or the name alone; "（未指定）" for a copy not yet assigned."""
    if not name:
        return "（未指定）"
    return f"{name}（{unit}）" if unit else name


def document_kind(title: str, labels: Mapping[str, str]) -> str | None:
    """Which of the app's documents (``labels``: kind → its name) a material's title names ("会议议程" → agenda),
    the longest name first; None for a paper the app does not make."""
    for kind, label in sorted(labels.items(), key=lambda kv: -len(kv[1])):
        if label and label in title:
            return kind
    return None

