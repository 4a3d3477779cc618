"""The notice sits on the GB/T 9704 grid: margins 37 / 28 / 26 / 35 mm, 22 lines of 28 characters."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import make_notice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huiwu.printing.notice import render_notice

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")


def words(pdf: bytes, tmp_path: Path, page: int = 1) -> list[tuple[float, float, float, float, str]]:
    src = tmp_path / "notice.pdf"
    src.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(src), "-"],
                         check=True, capture_output=True, text=True, timeout=60).stdout
    return [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in WORD.findall(out)]


LONG = "为深入贯彻落实上级关于安全生产工作的决策部署，切实加强汛期安全防范，" * 12


@pytest.fixture(scope="module")
def page_one(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[float, float, float, float, str]]:
    notice = make_notice(paragraphs=(LONG, "一、工作要求", LONG))
    return words(render_notice(notice), tmp_path_factory.mktemp("n"))


def test_left_edge_is_28mm(page_one: list[tuple[float, float, float, float, str]]) -> None:
    text = [w for w in page_one if w[4] not in ("—",) and not w[4].isdigit()]
    assert min(w[0] for w in text) / MM == pytest.approx(28, abs=1)
    flush = [w for w in text if w[0] / MM < 29]
    assert len(flush) > 10
    assert all(abs(w[0] / MM - 28) <= 1 for w in flush)


def test_full_lines_end_26mm_from_the_right(page_one: list[tuple[float, float, float, float, str]]) -> None:
    full = [w for w in page_one if len(w[4]) >= 26]
    assert len(full) > 10
    for w in full:
        assert (PAGE_W - w[2]) / MM == pytest.approx(26, abs=1), w[4]


def test_top_is_37mm_and_22_lines_per_page(page_one: list[tuple[float, float, float, float, str]]) -> None:
    text = [w for w in page_one if w[4] != "—" and not w[4].isdigit()]
    assert min(w[1] for w in text) / MM == pytest.approx(37, abs=1)
    assert max(w[3] for w in text) / MM <= 297 - 35 + 0.5  # nothing below the 版心 but the page number
    tops = sorted({round(w[1], 1) for w in text})
    # the page is full: the title, an empty grid line, then 20 lines; the last grid line is the 22nd
    assert len(tops) == 21
    assert (tops[-1] - tops[0]) / MM == pytest.approx(21 * 225 / 22, abs=0.2)
    pitches = [b - a for a, b in pairwise(tops[1:])]
    assert all(p / MM == pytest.approx(225 / 22, abs=0.1) for p in pitches)


def test_28_characters_per_full_line(page_one: list[tuple[float, float, float, float, str]]) -> None:
    full = [w[4] for w in page_one if w[0] / MM < 29 and (PAGE_W - w[2]) / MM < 27]
    assert all(len(t) <= 28 for t in full)
    # a line may give up one character to 避头尾 (no line starts with "，"), and is then justified
    assert sum(len(t) == 28 for t in full) >= 0.8 * len(full), full


def test_page_numbers_alternate_sides(tmp_path: Path) -> None:
    pdf = render_notice(make_notice(paragraphs=(LONG, LONG, LONG)))
    for page in (1, 2):
        marks = [w for w in words(pdf, tmp_path, page) if w[4] == "—"]
        assert len(marks) == 2
        top = min(m[1] for m in marks) / MM
        assert 297 - 35 + 5 < top < 297 - 10  # under the 版心, about 7 mm below it
        if page % 2:
            assert (PAGE_W - max(m[2] for m in marks)) / MM == pytest.approx(26 + 14 / MM, abs=1)
        else:
            assert min(m[0] for m in marks) / MM == pytest.approx(28 + 14 / MM, abs=1)


# --------------------------------------------------------------------------- 落款 (GB/T 9704 §7.3.5.2)

PITCH_MM = 156 / 28


RIGHT_LIMIT_MM = 210 - 26 - 2 * PITCH_MM  # 右空二字: two characters in from the 版心's right edge


def check_sign_off(issuer: tuple[float, float], date: tuple[float, float]) -> None:
    """GB/T 9704 §7.3.5.2 on the measured (left, right) edges in mm: the issuer 右空二字 and the date's first
    character two characters right of the issuer's; a date that would then run past 右空二字 sits 右空二字
    itself, and the issuer keeps the two-character step to its left. Within 0.5 mm."""
    if 2 * PITCH_MM + (date[1] - date[0]) <= issuer[1] - issuer[0] + 0.01:  # the date fits under the issuer
        assert issuer[1] == pytest.approx(RIGHT_LIMIT_MM, abs=0.5)
        assert date[0] == pytest.approx(issuer[0] + 2 * PITCH_MM, abs=0.5)
    else:
        assert date[1] == pytest.approx(RIGHT_LIMIT_MM, abs=0.5)
        assert issuer[0] == pytest.approx(date[0] - 2 * PITCH_MM, abs=0.5)


def _pages(pdf: bytes, tmp_path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    import io

    from pypdf import PdfReader

    count = len(PdfReader(io.BytesIO(pdf)).pages)
    return [words(pdf, tmp_path, page) for page in range(1, count + 1)]


@given(
    paragraphs=st.lists(st.integers(min_value=5, max_value=700), min_size=1, max_size=7),
    issuer=st.sampled_from(["县政府办公室", "清河县人民政府办公室", "中共清河县委办公室",
                            "清河县人民政府安全生产委员会办公室", "县委"]),
    day=st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2030, 12, 31)),
)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sign_off_is_where_the_standard_puts_it_and_never_alone(
        tmp_path: Path, paragraphs: list[int], issuer: str, day: dt.date) -> None:
    text = "各单位要高度重视会议组织工作，按要求做好参会准备，确保会议取得实效。"
    notice = replace(make_notice(tuple((text * 20)[:n] for n in paragraphs)), issuer=issuer, date=day,
                     reply_form=None)
    pdf = render_notice(notice)
    date_text = f"{day.year}年{day.month}月{day.day}日"
    pages = _pages(pdf, tmp_path)
    found = [(i, w) for i, page in enumerate(pages) for w in page if w[4] == issuer]
    assert len(found) == 1, [w[4] for page in pages for w in page]
    index, issuer_word = found[0]
    date_word = next(w for w in pages[index] if w[4] == date_text)
    check_sign_off((issuer_word[0] / MM, issuer_word[2] / MM), (date_word[0] / MM, date_word[2] / MM))
    # one blank grid line between the text and the issuer, the date on the next line
    line_mm = 225 / 22
    assert (date_word[1] - issuer_word[1]) / MM == pytest.approx(line_mm, abs=0.5)
    body = [w for w in pages[index] if w[4] not in (issuer, date_text, "—") and not w[4].isdigit()]
    assert body, f"page {index + 1} holds only the 落款"
    above = max(w[1] for w in body)
    assert (issuer_word[1] - above) / MM == pytest.approx(2 * line_mm, abs=0.5)


def test_imprint_sits_at_the_foot_of_the_last_page(tmp_path: Path) -> None:
    """版记 (GB/T 9704 §7.4): 印发机关 and 印发日期 at the foot of the 版心 of the document's last page, after the
    回执; none when the notice names no 印发机关."""
    import io

    from pypdf import PdfReader

    notice = replace(make_notice(), printed_by="清河县人民政府办公室", printed_on=dt.date(2026, 12, 1))
    pdf = render_notice(notice)
    last = len(PdfReader(io.BytesIO(pdf)).pages)
    found = [w for w in words(pdf, tmp_path, last) if "印发" in w[4]]
    assert found and found[0][4].endswith("2026年12月1日印发")
    assert (297 - 35) - found[0][3] / MM == pytest.approx(2, abs=2)  # in the 版心's last line
    left = [w for w in words(pdf, tmp_path, last) if w[4] == "清河县人民政府办公室"]
    assert left and left[0][0] / MM == pytest.approx(28 + 14 / MM, abs=1)  # 左空一字
    for page in range(1, last):
        assert not any("印发" in w[4] for w in words(pdf, tmp_path, page))
    plain = PdfReader(io.BytesIO(render_notice(make_notice())))
    assert not any("印发" in (page.extract_text() or "") for page in plain.pages)
