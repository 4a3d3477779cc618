"""Parsed TrueType faces kept on disk, so a print run does not parse a 5–30 MB CJK face every time.

reportlab's :class:`~reportlab.pdfbase.ttfonts.TTFont` reads the whole file and walks its cmap, hmtx and loca
tables in Python: 30–60 ms a face, and every role's face is parsed in every new process (``huiwu print``,
each start of the window). What that parse produces is plain data (numbers, dicts, lists), so the first
parse of a face is written to the user's cache folder and later processes load it back in a few
milliseconds.

* One cache file per face (file and subfont index); it records the file's resolved path, size and
  modification time, the reportlab and Python versions and a format number, and is used only when all of
  them match: a font replaced or updated is parsed again and its cache file rewritten.
* Written atomically (:func:`huiwu.files.write_bytes_atomic`); a cache file that cannot be read, is
  truncated or is not ours is ignored (logged) and replaced by a fresh parse. Nothing here can stop a print:
  every failure of the cache falls back to reportlab's own parse.
* Stored with :mod:`marshal` (plain data only, nothing is executed when it is loaded).
* What only embedding needs — the font file's bytes, the glyph offsets and metrics — is loaded on first use,
  so a face that only measures text or lends no character never costs a read of its file. When the file
  changed since the face was loaded, the face is parsed again before it embeds, so the embedded subset always
  matches its own tables.
* The file is mapped, not read (:func:`_map_file`), and let go once a document has embedded its subsets
  (:class:`CachedFont`): a face's file is 4–30 MB, and a window that printed once kept every face's file in
  memory for the rest of the day. The next document maps the file again.
"""

from __future__ import annotations

import logging
import marshal
import mmap
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, cast
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

log = logging.getLogger(__name__)

#: Bump when what is stored (or how a face is rebuilt from it) changes.
FORMAT = 2
#: Needed as soon as the face is loaded: coverage probes and string widths.
_EAGER = ("charToGlyph", "charWidths")
#: Needed only to embed a subset (or to shape): decoded on first use.
_LAZY = ("glyphToChar", "hmetrics", "glyphPos")
#: Not stored: the file's bytes (read on first use), the parser's position, a function rebuilt from unitsPerEm.
_SKIPPED = ("_ttf_data", "_pos", "_pdfScale", "_lazy", "_source")

# Counters for tests and the bench: how many faces came from the cache, and how many were parsed.
stats = {"hits": 0, "misses": 0, "writes": 0}


def cache_folder() -> Path:
    from huiwu.paths import cache_dir

    return cache_dir() / "fonts"


def _source(path: Path, index: int) -> tuple[str, int, int, int] | None:
    """What identifies a face's file: resolved path, subfont index, size and mtime (ns); None if unreadable."""
    try:
        resolved = path.resolve()
        st = resolved.stat()
    except OSError:
        return None
    return str(resolved), index, st.st_size, st.st_mtime_ns


def cache_file(path: Path, index: int) -> Path:
    """The cache file of one face; one per file and index, so a changed font overwrites its own entry."""
    try:
        resolved = str(path.resolve())
    except OSError:
        resolved = str(path)
    stem = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in path.stem)[:40]
    return cache_folder() / f"{stem}-{index}-{zlib.crc32(resolved.encode('utf-8')):08x}.face"


def _header(source: tuple[str, int, int, int]) -> dict[str, Any]:
    return {"format": FORMAT, "reportlab": REPORTLAB_VERSION, "python": list(sys.version_info[:2]),
            "source": list(source)}


def _scale(units_per_em: int) -> Any:
    """reportlab's ``_pdfScale`` (font units to 1/1000 em), as ``extractInfo`` builds it."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


class CachedFace(TTFontFace):
    """A :class:`TTFontFace` rebuilt from the cache: the font file and the embedding tables load on first use."""

    def __getattr__(self, attr: str) -> Any:  # only called for attributes not (yet) in __dict__
        lazy = self.__dict__.get("_lazy")
        if lazy is None:
            raise AttributeError(attr)
        if attr == "_ttf_data":
            return self._read_file()
        blob = lazy.get(attr)
        if blob is None:
            raise AttributeError(attr)
        value = _decode(attr, blob)
        self.__dict__[attr] = value
        return value

    def makeSubset(self, subset: Any) -> bytes:
        """The file (or a fresh parse, when it changed) is loaded before the subsetter reads any table: loaded
        from inside it, a fresh parse would replace the tables and the read position halfway through."""
        if "_ttf_data" not in self.__dict__:
            self._read_file()
        return cast(bytes, super().makeSubset(subset))

    def _read_file(self) -> bytes:
        source = self.__dict__["_source"]
        path, index = Path(source[0]), source[1]
        now = _source(path, index)
        if now is not None and tuple(now) == tuple(source):
            data = _map_file(path)
            if len(data) == source[2]:
                self.__dict__["_ttf_data"] = data
                return data
        # The file changed (or went) since its metrics were loaded: parse it again so the subset embedded
        # is cut from the same tables that map its characters (reportlab raises if it is gone).
        log.warning("font %s changed while in use; reading it again", path)
        fresh = TTFontFace(self.filename, subfontIndex=index)
        for attr in _LAZY:
            self.__dict__.pop(attr, None)
        self.__dict__.update(fresh.__dict__)
        del self.__dict__["_lazy"]
        return fresh._ttf_data


def _map_file(path: Path) -> Any:
    """The font file's bytes for cutting subsets: mapped, not read, so that only the pages of the tables and
    glyphs a document uses come into memory, from the OS's file cache, and go again with the mapping (a 14 MB
    face read whole stayed in the process's heap after it was let go). Read whole when it cannot be mapped;
    ``b""`` when it cannot be read."""
    try:
        with path.open("rb") as file:
            try:
                return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # an empty file, a file system that maps nothing
                return file.read()
    except OSError:
        return b""


def _encode(attr: str, value: Any) -> bytes:
    if attr == "hmetrics":  # (advance, lsb) pairs as two flat lists: a third of the time to load
        return marshal.dumps(([aw for aw, _ in value], [lsb for _, lsb in value]))
    return marshal.dumps(value)


class _HMetrics:
    """``hmetrics`` as the subsetter reads it (``face.hmetrics[glyph]`` → ``(advance, lsb)``), kept as two arrays:
    a CJK face's 40,000 glyphs were as many tuples (5 MiB) for the few hundred a document embeds."""

    __slots__ = ("advances", "bearings")

    def __init__(self, advances: Iterable[float], bearings: Iterable[int]) -> None:
        self.advances = array("d", advances)  # raw units, and reportlab's scaled width after the last full pair
        self.bearings = array("i", bearings)

    def __len__(self) -> int:
        return len(self.advances)

    def __getitem__(self, glyph: int) -> tuple[float, int]:
        return self.advances[glyph], self.bearings[glyph]

    def __iter__(self) -> Iterator[tuple[float, int]]:
        return zip(self.advances, self.bearings, strict=True)

    def __eq__(self, other: object) -> bool:
        try:
            return list(self) == list(other)  # type: ignore[call-overload]
        except TypeError:
            return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def _decode(attr: str, blob: bytes) -> Any:
    value = marshal.loads(blob)
    if attr == "hmetrics":
        advances, bearings = value
        return _HMetrics(advances, bearings)
    if attr == "glyphPos":  # offsets into glyf, one per glyph: 4 bytes each instead of an int object each
        return array("I", value)
    return value


def _pack(face: TTFontFace, source: tuple[str, int, int, int]) -> bytes | None:
    """The cache file's bytes for a freshly parsed face, or None when it holds something we cannot store."""
    attrs: dict[str, Any] = {}
    names: list[str] = []
    for attr, value in face.__dict__.items():
        if attr in _SKIPPED or attr in _EAGER or attr in _LAZY:
            continue
        if isinstance(value, TTFNameBytes):
            names.append(attr)
            value = value.ustr
        attrs[attr] = value
    if "unitsPerEm" not in attrs or any(not hasattr(face, a) for a in _EAGER + _LAZY):
        return None
    try:
        return marshal.dumps({
            **_header(source), "attrs": attrs, "names": names,
            "eager": {a: marshal.dumps(getattr(face, a)) for a in _EAGER},
            "lazy": {a: _encode(a, getattr(face, a)) for a in _LAZY},
        })
    except ValueError:  # an attribute marshal cannot store (a later reportlab): no cache for this face
        return None


def _unpack(blob: bytes, source: tuple[str, int, int, int]) -> CachedFace | None:
    """The face stored in ``blob`` when it was made from this very file; None when it is stale."""
    data = marshal.loads(blob)
    if not isinstance(data, dict) or any(data.get(k) != v for k, v in _header(source).items()):
        return None
    attrs, names, eager, lazy = data["attrs"], data["names"], data["eager"], data["lazy"]
    if not (isinstance(attrs, dict) and isinstance(eager, dict) and isinstance(lazy, dict)):
        raise ValueError("malformed font cache")
    face = CachedFace.__new__(CachedFace)
    state = dict(attrs)
    for attr in names:
        state[attr] = TTFNameBytes(str(state[attr]).encode("utf-8"), "utf-8")
    for attr in _EAGER:
        state[attr] = marshal.loads(eager[attr])
        if not isinstance(state[attr], dict):
            raise ValueError(f"malformed font cache ({attr})")
    if not all(isinstance(lazy.get(a), bytes) for a in _LAZY) or not isinstance(state.get("filename"), str):
        raise ValueError("malformed font cache")
    state["_pdfScale"] = _scale(int(state["unitsPerEm"]))
    state["_pos"] = 0
    state["_source"] = source
    state["_lazy"] = {a: lazy[a] for a in _LAZY}
    face.__dict__.update(state)
    return face


class CachedFont(TTFont):
    """A TTFont over a :class:`CachedFace` that lets the face's file bytes go once a document has embedded it."""

    def addObjects(self, doc: Any) -> None:
        try:
            super().addObjects(doc)
        finally:
            release_file(self.face)


def release_file(face: TTFontFace) -> None:
    """Let a cached face's file bytes go; they are read again when a subset is next cut. A face parsed here
    (no cache) or parsed again because its file changed keeps them: it cannot read them back."""
    state = face.__dict__
    if isinstance(face, CachedFace) and state.get("_lazy") is not None:
        state.pop("_ttf_data", None)


def _font(name: str, face: TTFontFace) -> TTFont:
    """A TTFont around an already loaded face: what ``TTFont.__init__`` sets up, without parsing the file."""
    font = CachedFont.__new__(CachedFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in (ttfonts.unShapedFontGlob or ()))
    return font


def load_ttfont(name: str, path: Path, index: int = 0) -> TTFont:
    """``TTFont(name, path, subfontIndex=index)``, from the cache when the file has not changed.

    Raises what reportlab raises for a file it cannot parse (the cache never holds such a file)."""
    source = _source(path, index)
    if source is not None:
        target = cache_file(path, index)
        try:
            blob = target.read_bytes()
        except FileNotFoundError:
            blob = None
        except OSError as exc:
            log.info("font cache %s unreadable (%s); parsing the font", target, exc)
            blob = None
        if blob is not None:
            try:
                face = _unpack(blob, source)
            except Exception as exc:  # any damage to the cache only costs a parse
                log.warning("font cache %s is damaged (%s: %s); parsing the font again", target,
                            type(exc).__name__, exc)
                face = None
            if face is not None:
                stats["hits"] += 1
                return _font(name, face)
    font = TTFont(name, str(path), subfontIndex=index)
    stats["misses"] += 1
    if source is not None:
        _store(font.face, source, cache_file(path, index))
    return font


def _store(face: TTFontFace, source: tuple[str, int, int, int], target: Path) -> None:
    blob = _pack(face, source)
    if blob is None:
        return
    from huiwu.files import write_bytes_atomic

    try:
        write_bytes_atomic(target, blob)
    except Exception as exc:  # a read-only or full cache folder only costs the next parse
        log.info("could not write font cache %s: %s", target, exc)
        return
    stats["writes"] += 1


def clear(folder: Path | None = None) -> int:
    """Delete every cached face (the settings page's “重新扫描字体”, tests); returns how many were removed."""
    removed = 0
    base = folder or cache_folder()
    try:
        entries = list(base.glob("*.face"))
    except OSError:
        return 0
    for entry in entries:
        try:
            entry.unlink()
            removed += 1
        except OSError:
            pass
    return removed


__all__ = ["CachedFace", "CachedFont", "cache_file", "cache_folder", "clear", "load_ttfont", "release_file", "stats"]
