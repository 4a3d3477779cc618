"""Which Chinese font prints each typographic role, and registering it with reportlab.

Offices expect their documents in the fonts of GB/T 9704 (小标宋 titles, 仿宋 body, 楷体 / 黑体 headings), which
live on their Windows PCs but may not be redistributed. So the resolver looks for them first, then for any
TrueType CJK font of a Linux desktop, and finally uses the open-licensed font shipped in ``resources/fonts``
so a PDF never comes out with empty boxes. reportlab embeds only TrueType (``glyf``) outlines: CFF/OTF fonts
are skipped with a logged reason rather than crashing the print.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
import threading
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from huiwu.printing.errors import FontNotFoundError

log = logging.getLogger(__name__)

Role = Literal["title", "body", "song", "kai", "hei"]
Source = Literal["setting", "windows", "system", "bundled"]

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

#: A font that lacks any of these cannot print a notice or a sign-in sheet.
COVERAGE_PROBE = "会议通知签到"
BUNDLED_FONT = "wqy-microhei.ttc"

# Office font files by role, best first. A predicate over the lower-cased file name, and a label.
_WinPattern = tuple[Callable[[str], bool], str]


def _named(*names: str) -> Callable[[str], bool]:
    return lambda fn: fn in names


def _contains(*parts: str) -> Callable[[str], bool]:
    return lambda fn: fn.endswith((".ttf", ".ttc")) and any(p in fn for p in parts)


_XBS: _WinPattern = (_contains("fzxbs", "小标宋"), "方正小标宋")
_HEI: _WinPattern = (_named("simhei.ttf"), "黑体")
_YAHEI: _WinPattern = (_named("msyh.ttc", "msyh.ttf"), "微软雅黑")
_FANG: _WinPattern = (_named("simfang.ttf"), "仿宋")
_SONG: _WinPattern = (_named("simsun.ttc", "simsun.ttf"), "宋体")
_KAI: _WinPattern = (_named("simkai.ttf"), "楷体")

WINDOWS_CANDIDATES: dict[str, tuple[_WinPattern, ...]] = {
    "title": (_XBS, _HEI, _YAHEI),
    "body": (_FANG, _SONG),
    "song": (_SONG, _FANG),
    "kai": (_KAI, _FANG),
    "hei": (_HEI, _YAHEI),
}

# Substrings of Linux font file names that suit a role; any other CJK font follows them.
SYSTEM_HINTS: dict[str, tuple[str, ...]] = {
    "title": ("xbs", "xiaobiaosong", "zenhei", "microhei", "hei"),
    "body": ("fang", "uming", "song", "ming"),
    "song": ("song", "uming", "ming"),
    "kai": ("kai", "ukai"),
    "hei": ("zenhei", "microhei", "hei"),
}

KNOWN_FAMILIES: dict[str, str] = {
    "wqy-microhei.ttc": "文泉驿微米黑",
    "wqy-zenhei.ttc": "文泉驿正黑",
    "uming.ttc": "AR PL UMing 明体",
    "ukai.ttc": "AR PL UKai 楷体",
}


@dataclass(frozen=True)
class ResolvedFont:
    """The font one role prints in, as the settings page shows it."""

    role: str
    name: str  # the reportlab font name to use in styles
    path: str
    subfont_index: int
    source: Source
    family_label: str  # e.g. "仿宋 (simfang.ttf)"

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


def outline_kind(path: Path, subfont_index: int = 0) -> str:
    """'truetype', 'cff' or 'unknown', read from the sfnt table directory without parsing the font.

    Cheap enough to run over every font file of a system before the expensive cmap check.
    """
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
    tags = {records[i : i + 4] for i in range(0, len(records), 16)}
    if b"glyf" in tags:
        return "truetype"
    return "cff" if tags & {b"CFF ", b"CFF2"} else "unknown"


_lock = threading.RLock()
_checked: dict[tuple[str, int], TTFont | str] = {}  # a usable face, or why it is not


def _face_name(path: Path, index: int) -> str:
    """One reportlab name per font face, so two roles on the same face embed it only once per PDF."""
    stem = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in path.stem)
    digest = zlib.crc32(str(path.resolve()).encode("utf-8"))
    return f"Huiwu-{stem}-{index}-{digest:08x}"


def _load(path: Path, index: int) -> TTFont | str:
    """Parse and probe a face; returns it ready to register, or the reason it cannot be used."""
    if not path.is_file():
        return f"{path}: 文件不存在"
    kind = outline_kind(path, index)
    if kind != "truetype":
        return f"{path}: 不是 TrueType 轮廓（{kind}），reportlab 无法嵌入"
    try:
        font = TTFont(_face_name(path, index), str(path), subfontIndex=index)
    except (TTFError, OSError, ValueError, struct.error) as exc:
        return f"{path}: 无法读取（{exc}）"
    cmap = font.face.charToGlyph
    missing = [ch for ch in COVERAGE_PROBE if ord(ch) not in cmap]
    if missing:
        return f"{path}: 缺少常用汉字 {''.join(missing)}"
    return font


def check_font(path: Path, index: int = 0) -> TTFont | str:
    key = (str(path), index)
    with _lock:
        if key not in _checked:
            result = _load(path, index)
            if isinstance(result, str):
                log.info("skipping font %s", result)
            _checked[key] = result
        return _checked[key]


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Candidate:
    path: Path
    index: int
    source: Source
    label: str


def _listdir(directory: Path) -> list[Path]:
    try:
        return sorted(p for p in directory.iterdir() if p.is_file())
    except OSError:
        return []


def _windows_candidates(role: str, dirs: Sequence[Path]) -> Iterable[_Candidate]:
    files = [f for d in dirs for f in _listdir(d)]
    for matches, label in WINDOWS_CANDIDATES[role]:
        for f in files:
            if matches(f.name.lower()):
                yield _Candidate(f, 0, "windows", f"{label} ({f.name})")


def _scan_system(dirs: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for top in dirs:
        if not top.is_dir():
            continue
        for root, _subdirs, names in os.walk(top):
            found += [Path(root, n) for n in sorted(names) if n.lower().endswith((".ttf", ".ttc"))]
    return found


def _system_candidates(role: str, files: Sequence[Path]) -> Iterable[_Candidate]:
    def rank(p: Path) -> int:
        name = p.name.lower()
        hits = [i for i, hint in enumerate(SYSTEM_HINTS[role]) if hint in name]
        return hits[0] if hits else len(SYSTEM_HINTS[role])

    for f in sorted(files, key=rank):
        if outline_kind(f) == "cff":
            log.info("skipping font %s: CFF outlines, reportlab cannot embed them", f)
            continue
        yield _Candidate(f, 0, "system", "")


def _candidates(
    role: str,
    overrides: Mapping[str, str],
    windows_dirs: Sequence[Path],
    system_files: Sequence[Path],
    bundled: Path,
) -> Iterable[_Candidate]:
    if overrides.get(role):
        path, _, index = overrides[role].partition("#")  # "font.ttc#1" picks a face of a collection
        yield _Candidate(Path(path).expanduser(), int(index or 0), "setting", "")
    yield from _windows_candidates(role, windows_dirs)
    yield from _system_candidates(role, system_files)
    yield _Candidate(bundled, 0, "bundled", "")


def _label(cand: _Candidate, font: TTFont) -> str:
    if cand.label:
        return cand.label
    family = KNOWN_FAMILIES.get(cand.path.name.lower()) or str(font.face.familyName or font.face.name)
    if isinstance(family, bytes):
        family = family.decode("latin-1")
    return f"{family} ({cand.path.name})"


def _resolve_role(role: str, candidates: Iterable[_Candidate]) -> ResolvedFont:
    reasons: list[str] = []
    for cand in candidates:
        result = check_font(cand.path, cand.index)
        if isinstance(result, str):
            reasons.append(result)
            continue
        if result.fontName not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(result)
        return ResolvedFont(
            role, result.fontName, str(cand.path), cand.index, cand.source, _label(cand, result)
        )
    raise FontNotFoundError(ROLE_LABELS.get(role, role), reasons)


# --------------------------------------------------------------------------- public entry points

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
            system_files = _scan_system(sys_dirs)
            _cache[key] = {
                role: _resolve_role(role, _candidates(role, ov, win, system_files, bundled / BUNDLED_FONT))
                for role in ROLES
            }
        return dict(_cache[key])


def clear_font_cache() -> None:
    """Forget resolved fonts, e.g. after the user changed a font setting or installed a font."""
    with _lock:
        _cache.clear()
        _checked.clear()


def font_names(fonts: FontMap | None) -> dict[str, str]:
    """reportlab font names by role, resolving the defaults when the caller passed none."""
    resolved = fonts if fonts is not None else resolve_fonts()
    return {role: resolved[role].name for role in ROLES}
