"""The on-disk cache of parsed TrueType faces (huiwu.printing._fontcache): hits, invalidation, damage, fidelity."""

from __future__ import annotations

import io
import marshal
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from huiwu.printing import _fontcache
from huiwu.printing.fonts import BUNDLED_FONT, resources_dir

TEXT = "会议签到表 全县经济工作会议 王䶮 张三 13800000000"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The cache folder of this test only (never the clerk's), and fresh counters."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("HUIWU_CACHE_DIR", str(folder))
    monkeypatch.setattr(_fontcache, "stats", {"hits": 0, "misses": 0, "writes": 0})
    return folder / "fonts"


@pytest.fixture
def face_file(tmp_path: Path) -> Path:
    """A private copy of the bundled face, so its modification time can be changed."""
    copy = tmp_path / "faces" / BUNDLED_FONT
    copy.parent.mkdir()
    shutil.copy2(resources_dir() / "fonts" / BUNDLED_FONT, copy)
    return copy


def _load(path: Path, name: str = "CacheTest") -> TTFont:
    return _fontcache.load_ttfont(name, path, 0)


def test_cache_folder_follows_the_environment(cache: Path) -> None:
    assert _fontcache.cache_folder() == cache


def test_second_load_is_a_hit_and_equals_a_parse(cache: Path, face_file: Path) -> None:
    parsed = _load(face_file)
    assert _fontcache.stats == {"hits": 0, "misses": 1, "writes": 1}
    assert _fontcache.cache_file(face_file, 0).is_file()
    assert _fontcache.cache_file(face_file, 0).parent == cache

    cached = _load(face_file)
    assert _fontcache.stats["hits"] == 1 and _fontcache.stats["misses"] == 1
    assert isinstance(cached.face, _fontcache.CachedFace)
    assert set(vars(cached)) == set(vars(parsed))  # what TTFont.__init__ sets, nothing more or less
    assert cached.shapable == parsed.shapable and cached._asciiReadable == parsed._asciiReadable
    # Every attribute of the parsed face, the lazily loaded ones included, comes back equal and of its type;
    # what only the subsetter reads comes back in a compact form that reads the same.
    compact = {"_ttf_data": bytes, "hmetrics": list, "glyphPos": list}
    for attr, value in vars(parsed.face).items():
        if attr in ("_pdfScale", "_pos"):
            continue
        again = getattr(cached.face, attr)
        if attr in compact:
            assert compact[attr](again) == value, attr
            assert len(again) == len(value) and again[len(value) // 2] == value[len(value) // 2], attr
            continue
        assert again == value, attr
        assert type(again) is type(value), attr
    assert cached.face.name.ustr == parsed.face.name.ustr
    assert cached.face._pdfScale(512) == parsed.face._pdfScale(512)
    assert cached.stringWidth(TEXT, 12) == parsed.stringWidth(TEXT, 12)


def test_file_and_tables_load_only_when_embedding(cache: Path, face_file: Path) -> None:
    _load(face_file)
    cached = _load(face_file)
    assert "_ttf_data" not in vars(cached.face) and "hmetrics" not in vars(cached.face)
    assert cached.stringWidth("会议", 10) > 0  # measuring needs neither
    assert "_ttf_data" not in vars(cached.face)
    assert cached.face.makeSubset([0x4F1A, 0x8BAE])  # embedding reads them
    assert len(vars(cached.face)["_ttf_data"]) == face_file.stat().st_size


def test_a_document_lets_the_font_file_go_once_it_is_embedded(cache: Path, face_file: Path) -> None:
    """The file is mapped while a document cuts its subsets and let go after: a window that printed once no
    longer holds every face's 4–30 MB for the rest of the day (and Windows can replace the file)."""
    _load(face_file)
    cached = _load(face_file, "CacheTestLetGo")
    assert isinstance(cached, _fontcache.CachedFont)
    first = _pdf(cached)
    assert "_ttf_data" not in vars(cached.face)  # let go
    assert "hmetrics" in vars(cached.face) and "glyphPos" in vars(cached.face)  # the small tables stay
    again = _pdf(cached)  # maps the file again
    assert again == first and "_ttf_data" not in vars(cached.face)
    moved = face_file.with_suffix(".moved")
    face_file.rename(moved)  # nothing holds the file open between documents
    moved.rename(face_file)
    stat = face_file.stat()
    os.utime(face_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # changed between documents:
    assert _pdf(cached) == first  # parsed again before the subsetter reads a table, not halfway through it
    assert "_lazy" not in vars(cached.face)
    fresh = _load(face_file, "CacheTestFresh")  # parsed anew: it has no cache to read its file back from
    assert not isinstance(fresh.face, _fontcache.CachedFace)
    _fontcache.release_file(fresh.face)
    assert "_ttf_data" in vars(fresh.face)


def test_compact_tables_read_as_the_parser_wrote_them(cache: Path, face_file: Path) -> None:
    parsed = _load(face_file, "CacheTestTables")
    cached = _load(face_file, "CacheTestTablesCached")
    hmetrics, positions = cached.face.hmetrics, cached.face.glyphPos
    assert list(hmetrics) == parsed.face.hmetrics and list(positions) == parsed.face.glyphPos
    for glyph in (0, 1, len(parsed.face.hmetrics) // 3, len(parsed.face.hmetrics) - 1):
        assert hmetrics[glyph] == parsed.face.hmetrics[glyph] and positions[glyph] == parsed.face.glyphPos[glyph]
    assert cached.face.makeSubset([0x4F1A, 0x8BAE, 0x738B]) == parsed.face.makeSubset([0x4F1A, 0x8BAE, 0x738B])


def test_changed_file_is_parsed_again_and_rewritten(cache: Path, face_file: Path) -> None:
    _load(face_file)
    entry = _fontcache.cache_file(face_file, 0)
    before = marshal.loads(entry.read_bytes())["source"]
    stat = face_file.stat()
    os.utime(face_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))

    again = _load(face_file)
    assert _fontcache.stats == {"hits": 0, "misses": 2, "writes": 2}
    assert not isinstance(again.face, _fontcache.CachedFace)
    after = marshal.loads(entry.read_bytes())["source"]
    assert after[3] == before[3] + 5_000_000_000  # the entry now describes the file as it is
    assert len(list(cache.glob("*.face"))) == 1  # one entry per face, overwritten, never piling up
    assert isinstance(_load(face_file).face, _fontcache.CachedFace)


def test_file_changed_after_loading_is_read_again_before_embedding(cache: Path, face_file: Path) -> None:
    _load(face_file)
    cached = _load(face_file)
    stat = face_file.stat()
    os.utime(face_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert cached.face.makeSubset([0x4F1A])  # parsed afresh: the subset is cut from the tables it maps with
    assert "_lazy" not in vars(cached.face)


@pytest.mark.parametrize("damage", [
    b"",
    b"not a cache file at all",
    marshal.dumps({"format": _fontcache.FORMAT}),
    "truncated",
    "wrong types",
])
def test_damaged_cache_falls_back_and_is_rewritten(cache: Path, face_file: Path, damage: bytes | str) -> None:
    _load(face_file)
    entry = _fontcache.cache_file(face_file, 0)
    good = entry.read_bytes()
    if damage == "truncated":
        damage = good[: len(good) // 2]
    elif damage == "wrong types":
        data = marshal.loads(good)
        data["eager"]["charToGlyph"] = marshal.dumps([1, 2, 3])
        damage = marshal.dumps(data)
    assert isinstance(damage, bytes)
    entry.write_bytes(damage)

    font = _load(face_file)
    assert not isinstance(font.face, _fontcache.CachedFace)  # parsed, not taken from the damaged entry
    assert font.stringWidth(TEXT, 12) > 0
    assert _fontcache.stats["misses"] == 2 and _fontcache.stats["writes"] == 2
    assert entry.read_bytes() == good  # rewritten whole
    assert isinstance(_load(face_file).face, _fontcache.CachedFace)


def test_unreadable_or_unwritable_cache_still_prints(cache: Path, face_file: Path) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder should be", encoding="utf-8")  # neither readable nor writable
    font = _load(face_file)
    assert font.stringWidth(TEXT, 12) > 0 and _fontcache.stats["writes"] == 0


def test_a_file_that_is_not_a_font_raises_as_before(cache: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"\x00\x01\x00\x00" + b"\x00" * 64)
    with pytest.raises(Exception) as parsed_error:
        TTFont("Broken", str(bad))
    with pytest.raises(type(parsed_error.value)):
        _load(bad)
    assert not cache.exists() or not list(cache.glob("*.face"))


def _pdf(font: TTFont) -> bytes:
    """A page drawn with ``font`` itself. reportlab hands a name registered later for an already registered face
    the first font of that face, so the registration is undone afterwards: each test prints with its own."""
    pdfmetrics.registerFont(font)
    try:
        assert pdfmetrics.getFont(font.fontName) is font
        buf = io.BytesIO()
        c = canvas.Canvas(buf, invariant=1)
        c.setFont(font.fontName, 14)
        c.drawString(72, 720, TEXT.replace("䶮", ""))
        c.drawString(72, 700, "序号 单位 姓名 职务 联系电话 签到 备注 ①②③")
        c.save()
        return buf.getvalue()
    finally:
        pdfmetrics._fonts.pop(font.fontName, None)  # reportlab has no public way to unregister
        if pdfmetrics._dynFaceNames.get(font.face.name) is font:
            del pdfmetrics._dynFaceNames[font.face.name]


def _embedded(pdf: bytes) -> list[tuple[str, bytes]]:
    """(BaseFont, the embedded font program) of every font of the PDF."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/FontDescriptor" not in font:
                continue  # the canvas's standard Helvetica, never drawn with
            program = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
            out.append((str(font["/BaseFont"]).lstrip("/"), program))
    return out


def test_cached_face_prints_the_same_pdf(cache: Path, face_file: Path, tmp_path: Path) -> None:
    parsed = _load(face_file, "CacheTestParsed")
    cached = _load(face_file, "CacheTestCached")
    assert isinstance(cached.face, _fontcache.CachedFace)
    first, second = _pdf(parsed), _pdf(cached)
    assert _embedded(first) == _embedded(second)  # same subset names and the same font programs, byte for byte
    assert [name for name, _ in _embedded(second)] == ["AAAAAA+WenQuanYiMicroHei-0"]
    if shutil.which("pdftotext") and shutil.which("pdffonts"):
        texts, fonts = [], []
        for k, pdf in enumerate((first, second)):
            path = tmp_path / f"{k}.pdf"
            path.write_bytes(pdf)
            texts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                        check=True, timeout=60).stdout)
            listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True,
                                     timeout=60).stdout.splitlines()[2:]
            fonts.append([line.split()[:2] + line.split()[3:6] for line in listing
                          if not line.startswith("Helvetica")])  # the canvas's default, never drawn with
        assert texts[0] == texts[1] and "会议签到表" in texts[0]
        assert fonts[0] == fonts[1] and fonts[0][0][0] == "AAAAAA+WenQuanYiMicroHei-0"
        assert fonts[0][0][-3:] == ["yes", "yes", "yes"]  # embedded, subset, with a ToUnicode map
