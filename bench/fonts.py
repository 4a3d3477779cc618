"""Benchmark: what the per-character fallback chain costs a large print, against the role's face alone.

Run: .venv/bin/python bench/fonts.py

Renders a 1,000-person sign-in sheet and a 2,000-character notice twice in the same run: once through the
role fonts (:class:`huiwu.printing.fonts.FallbackFont`, every character checked against the role's face and
rare ones drawn from a lending face) and once with each role mapped straight to its primary TTFont (the
baseline: what printing cost before the chain, and what it would print as blanks for 䶮 𠮷). Every 50th
name carries a rare character so the lending path is exercised. CPU time, best of 3.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "printing"))

from conftest import make_notice, make_participants

from huiwu.printing import signin
from huiwu.printing._layout import build_pdf
from huiwu.printing.data import ParticipantRow
from huiwu.printing.fonts import ROLES, chain_of, resolve_fonts
from huiwu.printing.notice import notice_story

RARE = "䶮堃喆赟𠮷"


def best(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def main() -> None:
    fonts = resolve_fonts()
    chains = {role: fonts[role].name for role in ROLES}
    plain = {role: chain_of(fonts[role].name).member_font(0).fontName for role in ROLES}
    from reportlab.pdfbase import pdfmetrics

    for role in ROLES:  # the baseline registers each role's own face under its own name
        face = chain_of(fonts[role].name).member_font(0)
        if face.fontName not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(face)
    rows = [ParticipantRow(seq=r.seq, unit=r.unit, name=r.name + (RARE[r.seq % 5] if r.seq % 50 == 0 else ""),
                           title=r.title, phone=r.phone) for r in make_participants(1000)]
    cols = signin._columns(190 * 2.8346, True)
    notice = make_notice(tuple("各单位要高度重视会议组织工作，按要求做好参会准备。" * 6 for _ in range(8)))

    def sheet(names: dict[str, str]) -> bytes:
        table = signin.signin_table(rows, cols, names, with_phone=True, max_row_h=300)
        return build_pdf([table], font=names["body"], pagesize=signin.A4, margins=signin.MARGINS, title="b")

    def letter(names: dict[str, str]) -> bytes:
        return build_pdf(notice_story(notice, names), font=names["body"], pagesize=signin.A4,
                         margins=signin.MARGINS, title="b")

    for what, fn in (("1,000-person sign-in sheet", sheet), ("notice, 8 long paragraphs", letter)):
        base = best(lambda fn=fn: fn(plain))
        chain = best(lambda fn=fn: fn(chains))
        print(f"{what}: chain {chain:.3f} s, face alone {base:.3f} s, ratio {chain / base:.2f}×")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="huiwu-bench-fonts-") as cache:
        os.environ.setdefault("HUIWU_CACHE_DIR", cache)  # parsed faces go here, not to the clerk's cache
        main()
