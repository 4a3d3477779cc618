"""Which Chinese face prints each typographic role, with a per-character fallback, registered with reportlab.

GB/T 9704 distinguishes its levels by face: 小标宋 titles, 仿宋 body, 楷体 and 黑体 headings. Those faces live on
the office's Windows PC (SimSun, FangSong, KaiTi, SimHei, 方正小标宋) and may not be redistributed, so the
resolver looks for the *kind* of face each role wants, in order of preference, on the PC first, then among the
open-licensed faces the system packages provide (LXGW WenKai 楷, AR PL SungtiL GB 宋, WenQuanYi 黑), and last in
the face the app ships. A role that has no face of its own kind says so in words (“仿宋 未安装，正文用 楷体（霞鹜文楷）
代替”). A Japanese or traditional-only face (HanaMin, IPA, UMing, MS Mincho) never prints simplified text by
itself: such faces only lend the characters no Chinese face has.

Every role prints through a :class:`FallbackFont`: a character its face lacks (王䶮, 𠮷野家) is drawn from the next
face that has it, so a rare name is never printed as a blank. Text that no installed face can print is refused
before anything is drawn (:func:`check_printable`), naming the field and the character.

reportlab embeds only TrueType (``glyf``) outlines: CFF/OTF files are skipped with a logged reason.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
import threading
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, cast

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from huiwu.printing._fontcache import load_ttfont
from huiwu.printing.errors import FontNotFoundError, MissingGlyphError

log = logging.getLogger(__name__)

Role = Literal["title", "body", "song", "kai", "hei"]
Source = Literal["setting", "windows", "system", "bundled"]
#: The kind of a face. "other": a Chinese face of unknown style; "cover": a large-coverage face that is not a
#: simplified-Chinese text face (Japanese, traditional, Ext-B only) and only lends characters.
Kind = Literal["xbs", "song", "fang", "kai", "hei", "other", "cover"]

ROLES: tuple[Role, ...] = ("title", "body", "song", "kai", "hei")
ROLE_LABELS: dict[str, str] = {
    "title": "标题（小标宋）",
    "body": "正文（仿宋）",
    "song": "宋体",
    "kai": "楷体",
    "hei": "黑体",
}
SOURCE_LABELS: dict[str, str] = {
    "setting": "设置中指定",
    "windows": "Windows 字体",
    "system": "系统字体",
    "bundled": "程序自带",
}
KIND_LABELS: dict[str, str] = {"xbs": "小标宋", "song": "宋体", "fang": "仿宋", "kai": "楷体", "hei": "黑体"}
#: What a role prints, as the substitution note says it ("正文用 楷体 代替").
ROLE_USES: dict[str, str] = {"title": "标题", "body": "正文", "song": "宋体文字", "kai": "楷体文字", "hei": "黑体文字"}
#: The kinds of face each role accepts, best first (GB/T 9704: 标题 2号小标宋, 正文 3号仿宋, 层次 黑体/楷体).
ROLE_KINDS: dict[str, tuple[Kind, ...]] = {
    "title": ("xbs", "song", "hei"),
    "body": ("fang", "kai", "song"),
    "song": ("song", "fang", "kai"),
    "kai": ("kai", "fang", "song"),
    "hei": ("hei", "song"),
}
SOURCE_ORDER: dict[str, int] = {"setting": 0, "windows": 1, "system": 2, "bundled": 3}

#: A text face that lacks any of these cannot print a notice or a sign-in sheet.
COVERAGE_PROBE = "会议通知签到"
BUNDLED_FONT = "wqy-microhei.ttc"


def _named(*names: str) -> Callable[[str], bool]:
    return lambda fn: fn in names


def _contains(*parts: str) -> Callable[[str], bool]:
    return lambda fn: fn.endswith((".ttf", ".ttc")) and any(p in fn for p in parts)


@dataclass(frozen=True)
class KnownFace:
    """A face recognised by its (lower-cased) file name: its kind and the family name the clerk knows."""

    matches: Callable[[str], bool]
    kind: Kind
    family: str


#: Best first within each kind: the office PC's own faces, then the open ones of Linux distributions.
KNOWN_FACES: tuple[KnownFace, ...] = (
    KnownFace(_contains("fzxbs", "小标宋", "xiaobiaosong"), "xbs", "方正小标宋"),
    KnownFace(_named("simsun.ttc", "simsun.ttf"), "song", "宋体"),
    KnownFace(_named("stsong.ttf"), "song", "华文宋体"),
    KnownFace(_contains("fzsy", "fzshusong"), "song", "方正书宋"),
    KnownFace(_named("stzhongs.ttf"), "song", "华文中宋"),
    KnownFace(_named("gbsn00lp.ttf"), "song", "文鼎简报宋 AR PL SungtiL GB"),
    KnownFace(_named("simfang.ttf"), "fang", "仿宋"),
    KnownFace(_named("stfangso.ttf"), "fang", "华文仿宋"),
    KnownFace(_contains("fzfsk", "fzfs", "fangsong", "仿宋"), "fang", "方正仿宋"),
    KnownFace(_named("simkai.ttf"), "kai", "楷体"),
    KnownFace(_named("stkaiti.ttf"), "kai", "华文楷体"),
    KnownFace(_contains("fzkt", "楷体"), "kai", "方正楷体"),
    KnownFace(_named("lxgwwenkai-regular.ttf"), "kai", "霞鹜文楷 LXGW WenKai"),
    KnownFace(_named("gkai00mp.ttf"), "kai", "文鼎简中楷 AR PL KaitiM GB"),
    KnownFace(_contains("lxgwwenkai"), "kai", "霞鹜文楷 LXGW WenKai"),
    KnownFace(_named("simhei.ttf"), "hei", "黑体"),
    KnownFace(_named("msyh.ttc", "msyh.ttf"), "hei", "微软雅黑"),
    KnownFace(_contains("stheiti", "stxihei"), "hei", "华文黑体"),
    KnownFace(_named("wqy-microhei.ttc"), "hei", "文泉驿微米黑"),
    KnownFace(_named("wqy-zenhei.ttc"), "hei", "文泉驿正黑"),
    KnownFace(_contains("droidsansfallback"), "hei", "Droid Sans Fallback"),
    KnownFace(_named("simsunb.ttf"), "cover", "SimSun-ExtB"),
    KnownFace(_named("simsunextg.ttf"), "cover", "SimSun-ExtG"),
    KnownFace(_contains("hanamina"), "cover", "花园明朝 A"),
    KnownFace(_contains("hanaminb"), "cover", "花园明朝 B"),
    KnownFace(_contains("mincho", "gothic", "ipag", "ipam", "ipaex", "uming", "ukai", "mingliu", "msjh",
                        "takao", "unifont", "hanazono", "kochi", "sazanami", "nanum", "baekmuk"), "cover", ""),
)
# Unknown file names that still suggest a kind; a Chinese face of no recognisable style is "other".
_NAME_HINTS: tuple[tuple[str, Kind], ...] = (
    ("xbs", "xbs"), ("fang", "fang"), ("kai", "kai"), ("song", "song"), ("hei", "hei"),
    ("ming", "cover"), ("jp", "cover"), ("tw", "cover"), ("hk", "cover"), ("kr", "cover"),
)


def classify(path: Path) -> tuple[Kind, str, int]:
    """The kind of a font file, the family name to show (or ""), and its rank among known faces."""
    name = path.name.lower()
    try:
        target = path.resolve().name.lower()  # Debian links fonts-japanese-mincho.ttf to HanaMinA.ttf
    except OSError:
        target = name
    for rank, known in enumerate(KNOWN_FACES):
        if known.matches(name) or known.matches(target):
            return known.kind, known.family, rank
    for hint, kind in _NAME_HINTS:
        if hint in name:
            return kind, "", len(KNOWN_FACES)
    return "other", "", len(KNOWN_FACES) + 1


@dataclass(frozen=True)
class ResolvedFont:
    """The font one role prints in, as the settings page shows it."""

    role: str
    name: str  # the reportlab font name to use in styles: the role's fallback chain
    path: str
    subfont_index: int
    source: Source
    family_label: str  # e.g. "仿宋 (simfang.ttf)"
    kind: str = "other"
    note: str = ""  # "仿宋 未安装，正文用 楷体（霞鹜文楷）代替", or "" when the role has a face of its kind
    fallbacks: tuple[str, ...] = field(default=(), compare=False)  # family labels that lend missing characters

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def resources_dir() -> Path:
    """The app's ``resources`` folder, in a source checkout and in a PyInstaller bundle.

    A one-folder PyInstaller build unpacks data under ``_internal`` (``sys._MEIPASS``); some builds put
    ``resources`` next to the executable instead, so both are tried.
    """
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):
        meipass = getattr(sys, "_MEIPASS", None)
        exe_dir = Path(sys.executable).resolve().parent
        if meipass:
            candidates.append(Path(meipass) / "resources")
        candidates += [exe_dir / "_internal" / "resources", exe_dir / "resources"]
    source_tree = Path(__file__).resolve().parents[2] / "resources"
    candidates.append(source_tree)
    return next((c for c in candidates if c.is_dir()), source_tree)


def default_windows_dirs() -> tuple[Path, ...]:
    """Where a Windows PC keeps fonts; per-user installs matter because 方正小标宋 is often installed so."""
    if sys.platform != "win32":
        return ()
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts", Path(r"C:\Windows\Fonts")]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return tuple(dict.fromkeys(dirs))


def default_system_dirs() -> tuple[Path, ...]:
    home = Path.home()
    return (
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".fonts",
        home / ".local" / "share" / "fonts",
    )


# --------------------------------------------------------------------------- sniffing and checking


def _table_directory(path: Path, subfont_index: int = 0) -> dict[bytes, tuple[int, int]] | str:
    """The sfnt tables of a face (tag to offset and length) read without parsing the font, or 'cff' /
    'unknown' when it is not a TrueType-flavoured sfnt. Cheap enough to run over every font of a system."""
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                (count,) = struct.unpack(">I", head[8:12])
                if subfont_index >= count:
                    return "unknown"
                fh.seek(12 + 4 * subfont_index)
                (offset,) = struct.unpack(">I", fh.read(4))
                fh.seek(offset)
                head = fh.read(12)
            if head[:4] == b"OTTO":
                return "cff"
            if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return "unknown"
            (num_tables,) = struct.unpack(">H", head[4:6])
            fh.seek(offset + 12)
            records = fh.read(16 * num_tables)
    except (OSError, struct.error):
        return "unknown"
    tables: dict[bytes, tuple[int, int]] = {}
    for i in range(0, len(records) - 15, 16):
        _checksum, table_offset, length = struct.unpack(">III", records[i + 4 : i + 16])
        tables[records[i : i + 4]] = (table_offset, length)
    return tables


def outline_kind(path: Path, subfont_index: int = 0) -> str:
    """'truetype', 'cff' or 'unknown', read from the sfnt table directory without parsing the font."""
    tables = _table_directory(path, subfont_index)
    if isinstance(tables, str):
        return tables
    if b"glyf" in tables:
        return "truetype"
    return "cff" if tables.keys() & {b"CFF ", b"CFF2"} else "unknown"


def looks_chinese(path: Path, subfont_index: int = 0) -> bool:
    """Whether a face of unknown name declares Chinese support in its OS/2 table (code pages GB 2312 or
    Big5, or the CJK ideographs range), so Latin fonts are never parsed in search of a character."""
    tables = _table_directory(path, subfont_index)
    if isinstance(tables, str) or b"OS/2" not in tables:
        return False
    offset, length = tables[b"OS/2"]
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            os2 = fh.read(min(length, 86))
    except OSError:
        return False
    if len(os2) < 86:
        return False
    unicode_range2 = struct.unpack(">I", os2[46:50])[0]  # bits 32-63; bit 59 is CJK Unified Ideographs
    code_pages = struct.unpack(">I", os2[78:82])[0]  # bit 18 GB 2312, bit 20 Big5
    return bool(unicode_range2 & (1 << (59 - 32)) or code_pages & (1 << 18 | 1 << 20))


_VARIANTS = ("bold", "light", "medium", "thin", "heavy", "black", "mono", "-bd", "semibold", "extralight")
_lock = threading.RLock()
_checked: dict[tuple[str, int, bool], TTFont | str] = {}  # a usable face, or why it is not
# Every face loaded, by the PostScript name it embeds under. One PDF must never embed two TTFont objects of
# one face (two copies of a file, or a face loaded again after the cache was cleared while older chains still
# hold the first): reportlab names both subsets "AAAAAA+<face>" and refuses the second. So one object per face.
_faces: dict[bytes, TTFont] = {}


def _face_name(path: Path, index: int) -> str:
    """One reportlab name per font face, so every role on the same face embeds it only once per PDF."""
    stem = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in path.stem)
    digest = zlib.crc32(str(path.resolve()).encode("utf-8"))
    return f"Huiwu-{stem}-{index}-{digest:08x}"


def _load(path: Path, index: int, probe: bool = True) -> TTFont | str:
    """Parse a face (and, for a text face, probe it); returns it, or the reason it cannot be used."""
    if not path.is_file():
        return f"{path}: 文件不存在"
    kind = outline_kind(path, index)
    if kind != "truetype":
        return f"{path}: 不是 TrueType 轮廓（{kind}），reportlab 无法嵌入"
    try:
        font = load_ttfont(_face_name(path, index), path, index)  # parsed once per file, then cached on disk
    except (TTFError, OSError, ValueError, struct.error) as exc:
        return f"{path}: 无法读取（{exc}）"
    cmap = font.face.charToGlyph
    missing = [ch for ch in COVERAGE_PROBE if ord(ch) not in cmap]
    if probe and missing:
        return f"{path}: 缺少常用汉字 {''.join(missing)}"
    return font


def check_font(path: Path, index: int = 0, *, probe: bool = True) -> TTFont | str:
    """A face ready to print with, or the sentence saying why it cannot be used; cached per file."""
    key = (str(path), index, probe)
    with _lock:
        if key not in _checked:
            result = _load(path, index, probe)
            if isinstance(result, str):
                log.info("skipping font %s", result)
            else:
                face_key = result.face.name + result.face.subfontNameX
                known = _faces.setdefault(face_key, result)
                if known is not result and _file_size(known.face.filename) != _file_size(str(path)):
                    log.warning("font %s has the same name as %s but differs; printing uses the one loaded first",
                                path, known.face.filename)
                result = known
            _checked[key] = result
        return _checked[key]


def _file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return -1


def family_name(font: TTFont) -> str:
    """The face's family name as text (reportlab keeps name-table strings as bytes)."""
    raw: object = font.face.familyName or font.face.name
    if isinstance(raw, bytes):
        for codec in ("utf-8", "utf-16-be", "latin-1"):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                continue
    return str(raw)


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Candidate:
    path: Path
    index: int
    source: Source
    kind: Kind
    family: str  # known family name, or "" (read from the face when shown)
    rank: int

    @cached_property
    def key(self) -> tuple[str, int]:
        try:
            return str(self.path.resolve()), self.index
        except OSError:
            return str(self.path), self.index

    @property
    def same_file(self) -> tuple[str, int, int]:
        """Equal for copies of one font (the bundled face and the system's), so a face is offered once."""
        try:
            target = self.path.resolve()
            return target.name.lower(), target.stat().st_size, self.index
        except OSError:
            return self.path.name.lower(), -1, self.index

    @property
    def weight_variant(self) -> bool:
        """Bold, light or monospaced cuts: a role may print in one, but none lends characters to others."""
        return any(w in self.path.stem.lower() for w in _VARIANTS)

    def load(self) -> TTFont | str:
        """As a role's own face: a text face (it must have the common characters), unless it only lends."""
        return check_font(self.path, self.index, probe=self.kind != "cover" or self.source == "setting")

    def load_lender(self) -> TTFont | str:
        """As a lender: any TrueType face will do for the characters it has (an Ext-B-only face included)."""
        return check_font(self.path, self.index, probe=False)

    def label(self, font: TTFont | None = None) -> str:
        family = self.family or (family_name(font) if font is not None else self.path.stem)
        return f"{family} ({self.path.name})"


def _listdir(directory: Path) -> list[Path]:
    try:
        return sorted(p for p in directory.iterdir() if p.is_file())
    except OSError:
        return []


def _scan_system(dirs: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for top in dirs:
        if not top.is_dir():
            continue
        for root, _subdirs, names in os.walk(top):
            found += [Path(root, n) for n in sorted(names) if n.lower().endswith((".ttf", ".ttc"))]
    return found


def _candidate(path: Path, source: Source, index: int = 0) -> _Candidate | None:
    if outline_kind(path, index) == "cff":
        log.info("skipping font %s: CFF outlines, reportlab cannot embed them", path)
        return None
    kind, family, rank = classify(path)
    if kind == "other" and source != "bundled" and not looks_chinese(path, index):
        return None
    return _Candidate(path, index, source, kind, family, rank)


def _all_candidates(windows_dirs: Sequence[Path], system_files: Sequence[Path], bundled: Path) -> list[_Candidate]:
    """Every face of the machine once (a symlinked file counts once), best source first."""
    found: list[_Candidate] = []
    seen: set[tuple[str, int, int]] = set()
    listed = [(f, "windows") for d in windows_dirs for f in _listdir(d)
              if f.name.lower().endswith((".ttf", ".ttc"))]
    listed += [(f, "system") for f in system_files]
    listed.append((bundled, "bundled"))
    for path, source in listed:
        cand = _candidate(path, source)  # type: ignore[arg-type]
        if cand is None or cand.same_file in seen:
            continue
        seen.add(cand.same_file)
        found.append(cand)
    return found


def _ordered_for(role: str, cands: Sequence[_Candidate]) -> list[_Candidate]:
    """A role's text faces in preference order: its kinds best first, then any other Chinese face."""
    kinds = ROLE_KINDS[role]

    def order(c: _Candidate) -> tuple[int, int, int]:
        k = kinds.index(c.kind) if c.kind in kinds else len(kinds) + (c.kind == "other")
        return k, SOURCE_ORDER[c.source], c.rank

    return sorted((c for c in cands if c.kind != "cover"), key=order)


# --------------------------------------------------------------------------- the fallback font


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, but with characters beyond the BMP written as UTF-16 surrogate pairs.

    reportlab writes ``<20BB7>`` for 𠮷, which readers take for U+20BB: the glyph prints but copying or
    searching the PDF finds "₻野家". The PDF reference wants the UTF-16BE code units (``<D842DFB7>``).
    """

    def utf16(code: int) -> str:
        return "".join(f"{unit:04X}" for unit in struct.unpack(f">{len(chr(code).encode('utf-16-be')) // 2}H",
                                                                chr(code).encode("utf-16-be")))

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # TTFont.addObjects looks it up in its module when it embeds


class _FaceProxy:
    """The primary face under the chain's own name: reportlab registers dynamic fonts by face name, and two
    roles may share a primary face with different fallbacks."""

    def __init__(self, name: str, face: Any) -> None:
        self.name = name.encode("ascii")
        self._face = face

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._face, attr)


_DROPPED = frozenset(("Cc", "Cf", "Mn", "Me", "Zl", "Zp"))  # control, format, variation selectors: not drawn


def _covered(face: Any) -> frozenset[str]:
    """The characters a face draws, as a set of str (fast ``issuperset`` over text); one per face, shared by
    every chain it heads (five roles on three faces build three)."""
    covered = face.__dict__.get("_huiwu_covered")
    if covered is None:
        covered = face.__dict__["_huiwu_covered"] = frozenset(map(chr, face.charToGlyph))
    return cast(frozenset[str], covered)


class FallbackFont:
    """A reportlab dynamic font that draws each character from the first face of a chain that has it.

    The members are ordinary TTFonts: each embeds its own subsets, so a face shared by several roles (or
    lending a character to several) is embedded once per PDF. Members after the first load on first need.
    """

    _dynamicFont = 1
    _multiByte = 1
    shapable = False

    def __init__(self, name: str, primary: TTFont, lenders: Sequence[_Candidate]) -> None:
        self.fontName = name
        self.face = _FaceProxy(name, primary.face)
        self.encoding = primary.encoding
        self.substitutionFonts: list[object] = []
        self._members: list[TTFont | None] = [primary, *([None] * len(lenders))]
        self._lenders = list(lenders)
        self._covered = _covered(primary.face)
        self._where: dict[str, int] = {}

    def _member(self, i: int) -> TTFont | None:
        font = self._members[i]
        if font is None and i > 0:
            loaded = self._lenders[i - 1].load_lender()
            font = self._members[i] = loaded if isinstance(loaded, TTFont) else None
        return font

    def face_of(self, ch: str) -> int:
        """Index of the member that draws ``ch``; -1 when none has it."""
        if ch in self._covered:
            return 0
        where = self._where.get(ch)
        if where is None:
            where = -1
            for i in range(1, len(self._members)):
                member = self._member(i)
                if member is not None and ord(ch) in member.face.charToGlyph:
                    where = i
                    break
            with _lock:
                self._where[ch] = where
        return where

    def lender(self, i: int) -> _Candidate:
        return self._lenders[i - 1]

    def loaded_members(self) -> list[TTFont]:
        return [m for m in self._members if m is not None]

    def member_font(self, i: int) -> TTFont:
        font = self._member(i)
        assert font is not None
        return font

    def covers(self, ch: str) -> bool:
        return self.face_of(ch) >= 0 or unicodedata.category(ch) in _DROPPED or unicodedata.category(ch) == "Zs"

    def runs(self, text: str, *, strict: bool) -> list[tuple[int, str]]:
        """Text cut into runs of one member each. A character no face has is dropped (control and format
        characters), drawn as a space (spaces), or refused when ``strict`` (anything else)."""
        if self._covered.issuperset(text):
            return [(0, text)]
        out: list[tuple[int, list[str]]] = []
        for ch in text:
            i = self.face_of(ch)
            if i < 0:
                category = unicodedata.category(ch)
                if category in _DROPPED:
                    continue
                if category == "Zs":
                    i, ch = 0, " "
                elif strict:
                    raise MissingGlyphError(text, ch)
                else:
                    i = 0  # measuring: the notdef width of the primary face
            if out and out[-1][0] == i:
                out[-1][1].append(ch)
            else:
                out.append((i, [ch]))
        return [(i, "".join(chars)) for i, chars in out]

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        if self._covered.issuperset(text):
            return float(self._members[0].stringWidth(text, size))  # type: ignore[union-attr]
        return float(sum(self.member_font(i).stringWidth(run, size) for i, run in self.runs(text, strict=False)))

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[tuple[int, int], bytes]]:
        out: list[tuple[tuple[int, int], bytes]] = []
        for i, run in self.runs(text, strict=True):
            out += [((i, subset), chunk) for subset, chunk in self.member_font(i).splitString(run, doc)]
        return out

    def getSubsetInternalName(self, subset: tuple[int, int], doc: Any) -> str:
        member, number = subset
        return str(self.member_font(member).getSubsetInternalName(number, doc))


# --------------------------------------------------------------------------- resolving


def _note(role: str, cand: _Candidate, font: TTFont) -> str:
    wanted = ROLE_KINDS[role][0]
    if cand.source == "setting" or cand.kind == wanted:
        return ""
    family = cand.family or family_name(font)
    got = KIND_LABELS.get(cand.kind)
    instead = (f"{got} " if family == got else f"{got}（{family}）") if got else f"{family} "
    return f"{KIND_LABELS[wanted]} 未安装，{ROLE_USES[role]}用 {instead}代替"


def _resolve_role(role: str, override: _Candidate | None, cands: Sequence[_Candidate],
                  chosen: Sequence[_Candidate] = ()) -> ResolvedFont:
    """The role's face and its chain. ``chosen`` are the faces picked in 设置 for any role: they lend to every
    chain, so every role can print what any installed face has (and :func:`check_printable` is right to ask
    one chain)."""
    reasons: list[str] = []
    ordered = _ordered_for(role, cands)
    for cand in ([override] if override else []) + ordered:
        result = cand.load()
        if isinstance(result, str):
            reasons.append(result)
            continue
        covers = sorted((c for c in cands if c.kind == "cover"), key=lambda c: (SOURCE_ORDER[c.source], c.rank))
        picked = [c for c in dict.fromkeys(chosen) if c.key != cand.key]
        lenders = picked + [c for c in ordered if c.key != cand.key and not c.weight_variant] + covers
        chain = "|".join(f"{p}#{i}" for p, i in [cand.key, *(c.key for c in lenders)])
        name = f"Huiwu-{role}-{zlib.crc32(chain.encode('utf-8')):08x}"
        with _lock:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(FallbackFont(name, result, lenders))
        return ResolvedFont(
            role, name, str(cand.path), cand.index, cand.source, cand.label(result), cand.kind,
            _note(role, cand, result),
            tuple(c.label() for c in lenders),
        )
    raise FontNotFoundError(ROLE_LABELS.get(role, role), reasons)


FontMap = Mapping[str, ResolvedFont]
_cache: dict[tuple[object, ...], dict[str, ResolvedFont]] = {}


def resolve_fonts(
    overrides: Mapping[str, str] | None = None,
    extra_dirs: Sequence[str | Path] = (),
    *,
    windows_dirs: Sequence[str | Path] | None = None,
    system_dirs: Sequence[str | Path] | None = None,
    bundled_dir: str | Path | None = None,
) -> dict[str, ResolvedFont]:
    """The font of every role, registered with reportlab; cached until :func:`clear_font_cache`.

    ``overrides`` maps a role to a font file chosen in the settings (``"path.ttc#1"`` for a face other than
    the first). ``extra_dirs`` are searched like the Windows font folder. The other keywords exist for tests
    and for unusual installs; ``None`` means the platform defaults.
    """
    ov = dict(overrides or {})
    win = [Path(d) for d in (default_windows_dirs() if windows_dirs is None else windows_dirs)]
    win += [Path(d) for d in extra_dirs]
    sys_dirs = tuple(Path(d) for d in (default_system_dirs() if system_dirs is None else system_dirs))
    bundled = Path(bundled_dir) if bundled_dir is not None else resources_dir() / "fonts"
    key = (tuple(sorted(ov.items())), tuple(win), sys_dirs, bundled)
    with _lock:
        if key not in _cache:
            cands = _all_candidates(win, _scan_system(sys_dirs), bundled / BUNDLED_FONT)
            chosen = [c for c in (_override(ov.get(r)) for r in ROLES) if c is not None]
            _cache[key] = {role: _resolve_role(role, _override(ov.get(role)), cands, chosen) for role in ROLES}
        return dict(_cache[key])


def _override(value: str | None) -> _Candidate | None:
    if not value:
        return None
    path, _, index = value.partition("#")  # "font.ttc#1" picks a face of a collection
    kind, family, rank = classify(Path(path).expanduser())
    return _Candidate(Path(path).expanduser(), int(index or 0), "setting", kind, family, rank)


def clear_font_cache() -> None:
    """Forget resolved fonts and the files found unusable, e.g. after the user changed a font setting or
    installed a font. Faces already loaded stay loaded (see ``_faces``)."""
    with _lock:
        _cache.clear()
        _checked.clear()


def font_names(fonts: FontMap | None) -> dict[str, str]:
    """reportlab font names by role, resolving the defaults when the caller passed none."""
    resolved = fonts if fonts is not None else resolve_fonts()
    return {role: resolved[role].name for role in ROLES}


def substitution_notes(fonts: FontMap) -> list[str]:
    """One sentence per role printing in a face not of its kind, each said once."""
    return list(dict.fromkeys(fonts[role].note for role in ROLES if role in fonts and fonts[role].note))


# --------------------------------------------------------------------------- every character printable


def chain_of(font_name: str) -> FallbackFont:
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, FallbackFont):
        raise TypeError(f"{font_name} is not a Huiwu role font")
    return font


def missing_characters(text: str, fonts: FontMap, role: str = "body") -> str:
    """The characters of ``text`` that no installed face can print, each once, in order."""
    chain = chain_of(fonts[role].name)
    return "".join(dict.fromkeys(ch for ch in text if not chain.covers(ch)))


FIELD_LABELS: dict[str, str] = {
    "title": "标题", "name": "姓名", "unit": "单位", "venue": "会议地点", "chair": "主持人",
    "notes": "备注", "note": "备注", "presenter_unit": "汇报单位", "presenter_name": "汇报人",
    "attending_units": "列席单位", "organisers": "主办单位", "substitute_name": "代会人员",
    "substitute_title": "代会人员职务", "activity": "日程安排", "place": "地点", "accompanying": "陪同人员",
    "recipients": "主送机关", "paragraphs": "正文", "issuer": "落款", "postscript": "附注",
    "tasks": "干什么事", "standards": "什么标准", "rewards_penalties": "奖惩机制", "contact": "联系人",
    "node": "时限节点", "owner": "责任单位", "rows": "表格内容", "columns": "表头", "kind_label": "会议类型",
    "phone": "联系电话", "role_label": "身份", "date_text": "成文日期", "video_link": "视频会议链接",
}


#: Where a field's bare name says something else: a person's ``title`` is the 职务, a meeting's its name.
CLASS_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("ParticipantRow", "title"): "职务", ("SeatPerson", "title"): "职务", ("AttendanceReportRow", "title"): "职务",
    ("AttendanceReportRow", "meeting"): "会议名称", ("MeetingDoc", "title"): "会议名称",
    ("AgendaDocItem", "title"): "议题", ("WeekEntry", "title"): "会议名称", ("WeekEntry", "chair"): "主持或出席领导",
    ("ActionRow", "decision"): "议定事项", ("ActionRow", "responsible_person"): "责任人",
    ("ActionRow", "responsible_unit"): "责任单位", ("ScheduleSlot", "activity"): "日程活动",
}


def _texts(value: object, label: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield label, value
    elif is_dataclass(value) and not isinstance(value, type):
        kind = type(value).__name__
        whose = getattr(value, "name", "")
        for f in fields(value):
            own = CLASS_FIELD_LABELS.get((kind, f.name)) or FIELD_LABELS.get(f.name, label)
            if f.name != "name" and isinstance(whose, str) and whose:
                own = f"{whose}的{own}"  # whose row: "王五的职务"
            yield from _texts(getattr(value, f.name), own)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _texts(item, label)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _strings(value: object, out: list[str]) -> list[str]:
    """Every str of a document (dataclasses, tuples and lists of them), unlabelled: the quick pass."""
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, (tuple, list)):
        for item in value:
            _strings(item, out)
    elif is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES.get(type(value))
        if names is None:
            names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
        for name in names:
            _strings(getattr(value, name), out)
    return out


def check_printable(doc: object, fonts: FontMap, what: str = "") -> None:
    """Refuse a document holding a character no installed face has, naming the field, the text and the
    character, before anything is drawn (a blank in a printed name is worse than no print)."""
    chain = chain_of(fonts["body"].name)
    own = chain._covered
    if all(own.issuperset(text) for text in _strings(doc, [])):
        return  # the usual case: the role's own face draws every character (1,000 rows in a few ms)
    for label, text in _texts(doc, "内容"):
        for ch in text:
            if not chain.covers(ch):
                raise MissingGlyphError(text, ch, label, what)


def printable_names(doc: object, fonts: FontMap | None, what: str = "") -> dict[str, str]:
    """The renderers' entry: fonts resolved, ``doc`` checked for characters no face has, names by role."""
    resolved = fonts if fonts is not None else resolve_fonts()
    check_printable(doc, resolved, what)
    return font_names(resolved)


def coverage(fonts: FontMap, chars: Iterable[str], role: str = "body") -> dict[str, int]:
    """How many of ``chars`` the role's own face draws ("own"), a Chinese face lends ("lent"), only a
    large-coverage face such as HanaMin or SimSun-ExtB has ("cover"), and no face has ("missing")."""
    chain = chain_of(fonts[role].name)
    counts = {"own": 0, "lent": 0, "cover": 0, "missing": 0}
    for ch in chars:
        where = chain.face_of(ch)
        if where < 0:
            counts["missing"] += 1
        elif where == 0:
            counts["own"] += 1
        else:
            counts["cover" if chain.lender(where).kind == "cover" else "lent"] += 1
    return counts


def faces_in_use() -> dict[str, frozenset[int]]:
    """The PostScript name of every face loaded into a chain, with the code points it has (for tests that
    check each drawn character against the face that drew it)."""
    out: dict[str, frozenset[int]] = {}
    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        if isinstance(font, FallbackFont):
            for member in font.loaded_members():
                face_name = member.face.name + member.face.subfontNameX  # as in the PDF's BaseFont
                key = face_name.decode("latin-1") if isinstance(face_name, bytes) else str(face_name)
                out.setdefault(key, frozenset(member.face.charToGlyph))
    return out
