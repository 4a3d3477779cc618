"""The font resolver: settings first, then office fonts, then system fonts, then the bundled one."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from huiwu.printing.errors import FontNotFoundError
from huiwu.printing.fonts import (
    BUNDLED_FONT,
    ROLE_LABELS,
    ROLES,
    clear_font_cache,
    outline_kind,
    resolve_fonts,
    resources_dir,
)

BUNDLED = resources_dir() / "fonts" / BUNDLED_FONT


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    clear_font_cache()
    yield
    clear_font_cache()


def fake_otf(path: Path) -> Path:
    """An sfnt header with CFF outlines: enough for the sniffer, which must not need more."""
    path.write_bytes(b"OTTO" + b"\x00\x01" + b"\x00" * 6 + b"CFF " + b"\x00" * 12)
    return path


def test_bundled_font_ships_with_licence() -> None:
    assert BUNDLED.is_file() and outline_kind(BUNDLED) == "truetype"
    assert (BUNDLED.parent / "LICENSE-wqy-microhei.txt").is_file()


def test_bundled_fallback_when_nothing_else(tmp_path: Path) -> None:
    fonts = resolve_fonts(windows_dirs=[], system_dirs=[tmp_path])
    assert set(fonts) == set(ROLES) == set(ROLE_LABELS)
    for f in fonts.values():
        assert f.source == "bundled" and Path(f.path) == BUNDLED and f.family_label.startswith("文泉驿微米黑")


def test_cff_font_is_skipped_with_a_logged_reason(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    fake_otf(tmp_path / "NotoSansCJK-Regular.otf")
    fake = fake_otf(tmp_path / "SourceHanSerif.ttc.ttf")
    with caplog.at_level(logging.INFO, logger="huiwu.printing.fonts"):
        fonts = resolve_fonts({"body": str(fake)}, windows_dirs=[], system_dirs=[tmp_path])
    assert fonts["body"].source == "bundled"
    assert "SourceHanSerif" in caplog.text and "TrueType" in caplog.text
    assert outline_kind(fake) == "cff"


def test_user_override_wins(tmp_path: Path) -> None:
    mine = tmp_path / "my-fangsong.ttc"
    shutil.copy(BUNDLED, mine)
    fonts = resolve_fonts({"body": str(mine)}, windows_dirs=[], system_dirs=[])
    assert fonts["body"].source == "setting" and fonts["body"].path == str(mine)
    assert fonts["title"].source == "bundled"
    assert fonts["body"].name != fonts["title"].name  # one reportlab name per face file


def test_windows_names_in_extra_dirs_are_preferred(tmp_path: Path) -> None:
    winfonts = tmp_path / "Fonts"
    winfonts.mkdir()
    shutil.copy(BUNDLED, winfonts / "SIMKAI.TTF")  # a stand-in; case of Windows file names varies
    fonts = resolve_fonts(extra_dirs=[winfonts], windows_dirs=[], system_dirs=[])
    assert fonts["kai"].source == "windows" and fonts["kai"].family_label == "楷体 (SIMKAI.TTF)"
    # no 仿宋 on this PC: the body prints in the office's 楷体 (the next kind GB/T 9704 readers accept), and
    # says so; the 黑体 stays the bundled one
    assert fonts["body"].source == "windows" and fonts["body"].note == "仿宋 未安装，正文用 楷体 代替"
    assert fonts["hei"].source == "bundled" and fonts["hei"].note == ""


def test_system_fonts_are_scanned(tmp_path: Path) -> None:
    sub = tmp_path / "truetype" / "wqy"
    sub.mkdir(parents=True)
    shutil.copy(BUNDLED, sub / "wqy-microhei.ttc")
    (tmp_path / "broken.ttf").write_bytes(b"\x00\x01\x00\x00garbage")
    fonts = resolve_fonts(windows_dirs=[], system_dirs=[tmp_path])
    assert all(f.source == "system" for f in fonts.values())


def test_font_without_chinese_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not dejavu.is_file():
        pytest.skip("DejaVu Sans not installed")
    with caplog.at_level(logging.INFO, logger="huiwu.printing.fonts"):
        fonts = resolve_fonts({"hei": str(dejavu)}, windows_dirs=[], system_dirs=[])
    assert fonts["hei"].source == "bundled" and "缺少常用汉字" in caplog.text


def test_no_font_at_all_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(FontNotFoundError) as info:
        resolve_fonts(windows_dirs=[], system_dirs=[], bundled_dir=tmp_path)
    assert "设置" in str(info.value)


def test_results_are_cached(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The second call parses no font file and walks no folder; clearing the cache makes it look again."""
    from huiwu.printing import fonts

    calls = {"load": 0, "scan": 0}
    real_load, real_scan = fonts._load, fonts._scan_system

    def counting_load(path: Path, index: int, probe: bool = True):  # type: ignore[no-untyped-def]
        calls["load"] += 1
        return real_load(path, index, probe)

    def counting_scan(dirs):  # type: ignore[no-untyped-def]
        calls["scan"] += 1
        return real_scan(dirs)

    monkeypatch.setattr(fonts, "_load", counting_load)
    monkeypatch.setattr(fonts, "_scan_system", counting_scan)
    first = resolve_fonts(windows_dirs=[], system_dirs=[tmp_path])
    assert calls["scan"] == 1 and calls["load"] >= 1
    seen = dict(calls)
    assert resolve_fonts(windows_dirs=[], system_dirs=[tmp_path]) == first
    assert calls == seen
    clear_font_cache()
    assert resolve_fonts(windows_dirs=[], system_dirs=[tmp_path]) == first
    assert calls["scan"] == 2 and calls["load"] > seen["load"]


def test_two_copies_of_one_face_embed_as_one(tmp_path: Path) -> None:
    """A chosen file that is a copy of a face another role uses (or a face loaded again after the cache was
    cleared) must not make reportlab embed two subsets named alike: it refuses the PDF ("redefining named
    object"). One TTFont per face name."""
    import datetime as dt

    from huiwu.printing.data import NoticeDoc
    from huiwu.printing.notice import render_notice

    mine = tmp_path / "my-fangsong.ttc"
    shutil.copy(BUNDLED, mine)
    notice = NoticeDoc(title="关于召开会议的通知", paragraphs=("一、会议时间", "12月1日上午9时。"), issuer="县政府办公室",
                       date=dt.date(2026, 12, 1))
    fonts = resolve_fonts({"body": str(mine)}, windows_dirs=[], system_dirs=[])
    assert fonts["body"].path == str(mine) and fonts["hei"].path == str(BUNDLED)
    assert render_notice(notice, fonts).startswith(b"%PDF")  # 正文 from the copy, 一、 in the 黑体
    clear_font_cache()
    again = resolve_fonts({"body": str(mine)}, windows_dirs=[], system_dirs=[])
    assert render_notice(notice, again).startswith(b"%PDF")
