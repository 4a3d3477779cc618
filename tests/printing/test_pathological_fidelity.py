"""Issue 12's "done when" on a pathological office, for every document kind: 200-character titles,
2,000-character 议题, 100-character unit names, 1,000 participants, names with 䶮 𠮷 堃 喆 赟, a 秘密 meeting.

Each document: every font embedded (pdffonts), every input name in the text layer and drawn by a face that has
its characters, the 密级 on page 1, and (the notice) no page holding only the 落款. Needs the Debian faces
``.ci/run`` installs; without them it skips with the reason (a failure under CI).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import (
    make_actions,
    make_handout,
    make_meeting,
    make_notice,
    make_participants,
    make_report,
    make_schedule,
    make_week,
    pdf_pages_text,
    squash,
)
from test_fidelity import RARE_NAMES, drawn_runs, rare_fonts, unembedded_fonts  # noqa: F401 (fixture)

from huiwu.printing.actions import render_actions
from huiwu.printing.agenda import render_agenda, render_agenda_and_schedule
from huiwu.printing.cards import render_cards
from huiwu.printing.data import AgendaDocItem, AudienceUnit, ParticipantRow, SeatingDoc, SeatPerson
from huiwu.printing.fonts import ResolvedFont, faces_in_use
from huiwu.printing.handout import render_handout
from huiwu.printing.notice import render_notice
from huiwu.printing.report import render_report
from huiwu.printing.seating import render_seating
from huiwu.printing.signin import render_signin
from huiwu.printing.week import render_week

MARK = "秘密★1年"
TITLE = ("关于召开" + "、".join(RARE_NAMES) + "等同志参加的全县经济社会发展重点工作推进暨安全生产森林防火和"
         "乡村振兴工作部署会议")[:200]
HUGE = "".join(f"第{i}段：研究部署重点项目建设、招商引资、安全生产和民生实事等工作，王䶮同志汇报。" for i in range(50))
UNIT = ("清河县" + "人民政府" * 23 + "办公室")[:100]
PEOPLE = tuple(ParticipantRow(seq=r.seq, unit=UNIT if r.seq % 100 == 1 else r.unit,
                              name=RARE_NAMES[r.seq % len(RARE_NAMES)] if r.seq % 10 == 0 else r.name,
                              title=r.title, phone=r.phone)
               for r in make_participants(1000))


def documents() -> dict[str, object]:
    meeting = make_meeting(title=TITLE, chair=RARE_NAMES[0], secrecy_mark=MARK,
                           agenda=(AgendaDocItem(1, HUGE, UNIT, RARE_NAMES[1], 120, (UNIT,) * 2),
                                   AgendaDocItem(2, TITLE, "县发改局", RARE_NAMES[2], 30)))
    week = make_week(2)
    week = replace(week, entries=tuple(replace(e, title=TITLE, chair="、".join(RARE_NAMES[:8])) for e in week.entries),
                   secrecy_mark=MARK)
    actions = make_actions(5)
    actions = replace(actions, rows=tuple(replace(r, decision=HUGE[:600], responsible_unit=UNIT,
                                                  responsible_person=RARE_NAMES[r.seq]) for r in actions.rows))
    report = make_report()
    report = replace(report, rows=tuple(replace(r, name=RARE_NAMES[i], unit=UNIT, meeting=TITLE)
                                        for i, r in enumerate(report.rows)))
    platform = tuple(SeatPerson(n) for n in RARE_NAMES[:9])
    crowd = tuple(AudienceUnit(UNIT if i % 7 == 0 else f"第{i}单位", 20) for i in range(60))
    return {
        "notice": lambda f: render_notice(replace(make_notice((HUGE, "二、有关事宜", "请王䶮、𠮷野家同志准时参加。")),
                                                  title=TITLE, secrecy_mark=MARK, issuer="清河县人民政府办公室"), f),
        "agenda": lambda f: render_agenda(meeting, f),
        "agenda+schedule": lambda f: render_agenda_and_schedule(meeting, make_schedule(), f),
        "signin": lambda f: render_signin(meeting, PEOPLE, f),
        "handout": lambda f: render_handout(make_handout(title=TITLE[:60], contact="王䶮 𠮷野家 0310-1234567",
                                                         secrecy_mark=MARK, copies=2), f),
        "seating": lambda f: render_seating(SeatingDoc(TITLE, platform, venue=UNIT, secrecy_mark=MARK,
                                                       audience=crowd), f),
        "cards": lambda f: render_cards(list(platform), f),
        "actions": lambda f: render_actions(actions, f),
        "report": lambda f: render_report(report, f),
        "week-grid": lambda f: render_week(week, f, variant="grid"),
        "week-list": lambda f: render_week(week, f, variant="list"),
    }


EXPECTED = {
    "notice": ("王䶮", "𠮷野家", MARK), "agenda": (RARE_NAMES[0], RARE_NAMES[1], MARK),
    "agenda+schedule": (RARE_NAMES[1], MARK), "signin": (*RARE_NAMES, MARK), "handout": ("王䶮", "𠮷野家", MARK),
    "seating": (*RARE_NAMES[:9], MARK), "cards": RARE_NAMES[:9], "actions": RARE_NAMES[1:6],
    "report": RARE_NAMES[:2], "week-grid": (*RARE_NAMES[:8], MARK), "week-list": (*RARE_NAMES[:8], MARK),
}
SHOTS = os.environ.get("HUIWU_SHOTS", "")  # a folder: keep each PDF there to look at (pdftoppm -png -r 100)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils (pdffonts) not installed")
@pytest.mark.parametrize("kind", list(EXPECTED))
def test_pathological_office_prints_every_character_embedded(
        kind: str, rare_fonts: dict[str, ResolvedFont], tmp_path: Path) -> None:  # noqa: F811 (fixture)
    render = documents()[kind]
    pdf = render(rare_fonts)  # type: ignore[operator]
    assert unembedded_fonts(pdf, tmp_path) == []
    pages = pdf_pages_text(pdf)
    text = squash("".join(pages))
    for needle in EXPECTED[kind]:
        assert needle in text, f"{needle} missing from the {kind}"
    if MARK in EXPECTED[kind]:
        assert MARK in squash(pages[0]), f"the {kind}'s 密级 is not on page 1"
    faces = faces_in_use()
    for face, run in drawn_runs(pdf):
        lacking = [ch for ch in run if not ch.isspace() and ord(ch) not in faces[face]]
        assert not lacking, f"{face} drew {lacking} without a glyph ({kind})"
    if kind == "notice":
        issuer_pages = [p for p in pages if "清河县人民政府办公室" in p]
        assert len(issuer_pages) == 1
        import re

        body = re.sub(r"—\d+—|\d{4}年\d{1,2}月\d{1,2}日", "", squash(issuer_pages[0]).replace("清河县人民政府办公室", ""))
        assert "请王䶮、𠮷野家同志准时参加。" in body, "a page holding only the 落款"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        (Path(SHOTS) / f"{kind}.pdf").write_bytes(pdf)
