"""会议精简情况通报: the year's meetings against the 会议计划, month by month, and the 整合会议 / 借会开会 credited.

Laid out as the office's other 公文 (GB/T 9704: 版心 156 × 225 mm, 2号 title, 3号仿宋 text on the document grid,
"— n —" page numbers) with the tables in 5号宋体. The figures come ready-made from
:func:`huiwu.services.ledger.ledger_doc`; this module words and lays them out, it decides nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from huiwu.printing._layout import (
    Col,
    build_pdf,
    cn_date,
    esc,
    fit_to_content,
    fit_widths,
    grid_table,
    style,
    table_rows,
)
from huiwu.printing.fonts import FontMap, printable_names
from huiwu.printing.notice import (
    BOTTOM,
    LEFT,
    LINE,
    RIGHT,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    TITLE_SIZE,
    TOP,
    Ending,
    GridText,
    SignOff,
    _page_number,
    paragraph_runs,
)

SIZE = 10.5  # 5号, the tables
CAPTION_SIZE = 12.0
KEEP = 45 * mm  # a caption with its table's head and first rows


@dataclass(frozen=True)
class KindLine:
    """One kind of meeting over the year against its cap (cap and state "" when the plan sets none)."""

    kind_label: str
    cap: str
    held: int
    planned: int
    cancelled: int
    avoided: int
    person_times: int
    video_share: str  # "25.0%", "—"
    state: str


@dataclass(frozen=True)
class CapLine:
    """One line of the 会议计划 and how it stands."""

    scope: str  # "常务会议（各主办单位）"
    rule: str  # "全年不超过 12 次，视频会议不少于 30%"
    held: int
    planned: int
    state: str  # "在计划内；视频会议占 25.0%，达到要求"
    note: str
    over: bool = False  # more meetings than the cap allows


@dataclass(frozen=True)
class MonthLine:
    month: int
    held: int
    planned: int
    cancelled: int
    avoided: int
    person_times: int
    township_person_times: int
    township_hours: str
    counted_to_date: int
    pace: str  # the plan's cumulative pace, "" without a plan


@dataclass(frozen=True)
class UnitLine:
    unit: str
    held: int
    planned: int
    cancelled: int
    avoided: int
    person_times: int
    cap: str
    state: str


@dataclass(frozen=True)
class MergeLine:
    seq: int
    source: str  # the meeting avoided
    when: dt.datetime  # its planned start, office zone
    target: str  # the meeting it went into
    kind_label: str  # 整合会议 / 借会开会
    person_times_saved: int
    hours_saved: str


@dataclass(frozen=True)
class LedgerDoc:
    year: int
    as_of: dt.date
    held: int
    planned: int
    cancelled: int
    avoided: int
    person_times: int
    township_person_times: int
    township_hours: str
    person_times_saved: int
    hours_saved: str
    plan_total: int | None
    kinds: tuple[KindLine, ...] = ()
    caps: tuple[CapLine, ...] = ()
    months: tuple[MonthLine, ...] = ()
    units: tuple[UnitLine, ...] = ()
    merges: tuple[MergeLine, ...] = ()
    issuer: str = ""
    date: dt.date | None = None

    @property
    def title(self) -> str:
        return f"{self.year}年会议精简情况通报"


# --------------------------------------------------------------------------- wording


def _period(doc: LedgerDoc) -> str:
    if doc.as_of.year == doc.year:
        return f"{doc.year}年1月1日至{doc.as_of.month}月{doc.as_of.day}日"
    return f"{doc.year}年" if doc.as_of.year > doc.year else f"{doc.year}年（尚未开始）"


def summary(doc: LedgerDoc) -> list[str]:
    """The 总体情况 paragraphs, from the document's figures."""
    text = f"{_period(doc)}，共召开会议 {doc.held} 次，参会 {doc.person_times} 人次"
    if doc.township_person_times:
        text += f"，其中乡镇人员参会 {doc.township_person_times} 人次、{doc.township_hours} 小时"
    text += "。"
    if doc.planned:
        text += f"另已安排尚未召开的会议 {doc.planned} 次。"
    if doc.cancelled:
        text += f"取消会议 {doc.cancelled} 次。"
    merged = (f"通过整合会议、借会开会减少会议 {doc.avoided} 次，减少参会 {doc.person_times_saved} 人次，"
              f"节约参会时间 {doc.hours_saved} 小时。") if doc.avoided else "本年度尚无整合会议、借会开会。"
    paragraphs = [text + merged]
    if doc.plan_total is not None:
        counted = doc.held + doc.planned
        verdict = "控制在计划之内" if counted <= doc.plan_total else f"超出计划 {counted - doc.plan_total} 次"
        paragraphs.append(f"年度会议计划共安排会议不超过 {doc.plan_total} 次，已召开和已安排的会议合计 {counted} 次，{verdict}。")
    over = [c.scope for c in doc.caps if c.over]
    if over:
        paragraphs.append(f"超出会议计划的有：{'、'.join(over)}，请有关单位严格控制会议数量，能整合的整合，能借会的借会。")
    return paragraphs


# --------------------------------------------------------------------------- layout


def _caption(text: str, f: dict[str, str]) -> Paragraph:
    return Paragraph(esc(text), style(f"l-cap-{text[:2]}", f["hei"], CAPTION_SIZE, leading=CAPTION_SIZE * 1.6))


def _table(caption: str, cols: Sequence[Col], rows: Sequence[Sequence[str]], f: dict[str, str],
           lead: Sequence[Flowable] = (), cap: float = 0.25) -> list[Flowable]:
    """A section's heading and lines (``lead``), a caption and its table: none of them ends a page without the
    table's first rows. A free-text column takes at most ``cap`` of the width, so the figures never wrap."""
    cols = fit_to_content(fit_widths(cols, TEXT_WIDTH), rows, f["song"], SIZE, TEXT_WIDTH, head_font=f["hei"],
                          cap=cap)
    body = table_rows(rows, cols, f["song"], SIZE, max_row_h=TEXT_HEIGHT / 2, min_row_h=7 * mm)
    table = grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE)
    return [CondPageBreak(KEEP + len(lead) * LINE), *lead, _caption(caption, f), table, Spacer(0, LINE / 2)]


def _heading(text: str, f: dict[str, str]) -> Flowable:
    return GridText(paragraph_runs(text, f))


def _kind_rows(doc: LedgerDoc) -> list[tuple[str, ...]]:
    return [(k.kind_label, k.cap or "—", str(k.held), str(k.planned), str(k.cancelled), str(k.avoided),
             str(k.person_times), k.video_share, k.state or "—") for k in doc.kinds]


def _cap_rows(doc: LedgerDoc) -> list[tuple[str, ...]]:
    return [(str(i), f"{c.scope}：{c.rule}", str(c.held), str(c.planned), c.state, c.note)
            for i, c in enumerate(doc.caps, 1)]


def _month_rows(doc: LedgerDoc) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [(f"{m.month}月", str(m.held), str(m.planned), str(m.cancelled), str(m.avoided), str(m.person_times),
             str(m.township_person_times), m.township_hours, str(m.counted_to_date), m.pace or "—")
            for m in doc.months]
    rows.append(("合计", str(doc.held), str(doc.planned), str(doc.cancelled), str(doc.avoided), str(doc.person_times),
                 str(doc.township_person_times), doc.township_hours, str(doc.held + doc.planned),
                 str(doc.plan_total) if doc.plan_total is not None else "—"))
    return rows


def _unit_rows(doc: LedgerDoc) -> list[tuple[str, ...]]:
    return [(u.unit, str(u.held), str(u.planned), str(u.cancelled), str(u.avoided), str(u.person_times),
             u.cap or "—", u.state or "—") for u in doc.units]


def _merge_rows(doc: LedgerDoc) -> list[tuple[str, ...]]:
    return [(str(m.seq), m.source, f"{m.when.month}月{m.when.day}日 {m.when:%H:%M}", m.target or "（已删除）",
             m.kind_label, str(m.person_times_saved), m.hours_saved) for m in doc.merges]


def ledger_story(doc: LedgerDoc, f: dict[str, str]) -> list[Flowable]:
    counted = (Col("已召开", 10, "CENTER"), Col("已安排", 10, "CENTER"), Col("已取消", 10, "CENTER"),
               Col("整合/借会减少", 10, "CENTER"))
    story: list[Flowable] = [
        GridText([(doc.title, f["title"])], size=TITLE_SIZE, indent_chars=0, align="center"),
        Spacer(0, LINE / 2),
        _heading("一、总体情况", f),
        *(GridText([(p, f["body"])]) for p in summary(doc)),
    ]
    lead: list[Flowable] = [_heading("二、会议计划执行情况", f)]
    if doc.plan_total is None and not doc.caps:
        lead.append(GridText([("本年度尚未制定会议计划，下表仅列各类会议数量。", f["body"])]))
    story += _table("表1  各类会议与年度计划对照", [
        Col("会议类型", 18), Col("全年计划", 11, "CENTER"), *counted, Col("参会人次", 11, "CENTER"),
        Col("视频会议占比", 12, "CENTER"), Col("执行情况", 14, "CENTER"),
    ], _kind_rows(doc), f, lead)
    n = 2
    if doc.caps:
        story += _table(f"表{n}  会议计划逐项执行情况", [
            Col("序号", 6, "CENTER"), Col("计划事项", 40), Col("已召开", 9, "CENTER"), Col("已安排", 9, "CENTER"),
            Col("执行情况", 24), Col("依据", 24),
        ], _cap_rows(doc), f)
        n += 1
    story += _table(f"表{n}  分月会议情况", [
        Col("月份", 9, "CENTER"), *counted, Col("参会人次", 10, "CENTER"), Col("乡镇人次", 10, "CENTER"),
        Col("乡镇时长（小时）", 11, "CENTER"), Col("累计", 9, "CENTER"), Col("计划进度", 10, "CENTER"),
    ], _month_rows(doc), f, [_heading("三、分月情况", f)])
    n += 1
    section = iter("四五六")
    if doc.units:
        story += _table(f"表{n}  各主办单位会议情况", [
            Col("主办单位", 28), *counted, Col("参会人次", 10, "CENTER"), Col("全年计划", 10, "CENTER"),
            Col("执行情况", 12, "CENTER"),
        ], _unit_rows(doc), f, [_heading(f"{next(section)}、各主办单位情况", f)])
        n += 1
    lead = [_heading(f"{next(section)}、整合会议、借会开会情况", f)]
    if doc.merges:
        lead.append(GridText([(f"以下 {len(doc.merges)} 个会议经整合会议或借会开会不再单独召开，计为减少的会议：",
                               f["body"])]))
        story += _table(f"表{n}  整合会议、借会开会明细", [
            Col("序号", 6, "CENTER"), Col("原会议", 34), Col("原定时间", 16, "CENTER"), Col("并入会议", 34),
            Col("方式", 12, "CENTER"), Col("减少人次", 10, "CENTER"), Col("节约时长（小时）", 12, "CENTER"),
        ], _merge_rows(doc), f, lead, cap=0.22)
    else:
        story += [*lead, GridText([("本年度尚无整合会议、借会开会。", f["body"])])]
    # the closing line and the 落款 stay together, so no page holds only the signature
    story.append(Ending(GridText([("特此通报。", f["body"])]), SignOff(doc.issuer, cn_date(doc.date), f["body"])))
    return story


def render_ledger(doc: LedgerDoc, fonts: FontMap | None = None) -> bytes:
    """The 通报 as PDF bytes (A4)."""
    f = printable_names(doc, fonts, "会议精简情况通报")

    def on_page(canvas: Canvas, template: object) -> None:
        template.huiwu_song = f["song"]  # type: ignore[attr-defined]
        _page_number(canvas, template)

    return build_pdf(ledger_story(doc, f), font=f["body"], pagesize=A4, margins=(LEFT, RIGHT, TOP, BOTTOM),
                     title=doc.title, on_page=on_page)
