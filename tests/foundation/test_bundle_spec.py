"""build.spec's lean policy against what the app imports: a Qt module or package the app uses is never excluded."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _spec_value(name: str):
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no {name}")


def _imports() -> set[str]:
    found: set[str] = set()
    for path in [*(ROOT / "huiwu").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
    return found


def test_every_qt_module_the_app_imports_is_bundled():
    used = {name.split(".")[1] for name in _imports() if name.startswith("PySide6.Qt")}
    assert used <= _spec_value("QT_USED")


def test_no_package_the_app_imports_is_excluded():
    imported = _imports()
    excluded = _spec_value("PY_EXCLUDES")
    clashes = {name for name in imported for ex in excluded if name == ex or name.startswith(ex + ".")}
    assert not clashes


def test_the_app_loads_only_qtbase_translations():
    app = (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    assert re.findall(r'QLocale\(language\), "(\w+)"', app) == ["qtbase"]


def _spec_pattern(name: str) -> re.Pattern[str]:
    """A ``NAME = re.compile("…" "…")`` of build.spec, compiled here."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            assert isinstance(node.value, ast.Call)
            return re.compile(ast.literal_eval(node.value.args[0]))
    raise AssertionError(f"build.spec has no {name}")


def _top_level_imports(module: str) -> set[str]:
    """What a bundled module imports unconditionally when it is imported (its body, not functions or try)."""
    import importlib.util

    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin, module
    found: set[str] = set()
    for node in ast.parse(Path(spec.origin).read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def _excluded(name: str, excluded: list[str]) -> bool:
    return any(name == ex or name.startswith(ex + ".") for ex in excluded)


def test_what_the_bundled_libraries_import_at_once_is_not_excluded():
    # the .ics import's repeating events (recurring_ical_events -> x_wr_timezone -> click), the CalDAV client
    # caldav.DAVClient loads lazily (caldav.davclient -> niquests), the calendar parser, the PDF and xlsx writers
    excluded = _spec_value("PY_EXCLUDES")
    modules = ["recurring_ical_events", "x_wr_timezone", "caldav.davclient", "caldav.collection", "caldav.base_client",
               "niquests", "niquests.sessions", "icalendar", "reportlab.lib.utils", "openpyxl", "pypdf", "keyring",
               "secretstorage.util", "psycopg"]
    clashes = {(m, name) for m in modules for name in _top_level_imports(m) if _excluded(name, excluded)}
    assert not clashes


def test_the_caldav_client_is_collected():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("caldav"' in spec  # caldav/__init__ imports its client lazily (PEP 562)
    unused = _spec_value("CALDAV_UNUSED")
    for needed in ("caldav.davclient", "caldav.lib.http_sync", "caldav.collection", "caldav.base_client"):
        assert not _excluded(needed, list(unused))
    assert not _excluded("niquests", _spec_value("PY_EXCLUDES"))


def test_icu_keeps_what_qt_calls():
    unused = _spec_pattern("ICU_UNUSED")
    dropped = ["brkitr/cjdict.dict", "translit/root.res", "rbnf/zh.res", "curr/zh.res", "lang/zh.res", "unit/zh.res",
               "unames.icu", "uts46.nrm", "rfc3491.spp", "ibm-37_P100-1995.cnv", "ibm-943_P15A-2003.cnv",
               "euc-jp-2007.cnv", "ibm-949_P110-1999.cnv"]
    kept = ["coll/root.res", "coll/zh.res", "coll/ucadata.icu", "zone/zh.res", "region/zh.res", "zh.res", "root.res",
            "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "supplementalData.res", "likelySubtags.res",
            "cnvalias.icu", "nfkc.nrm", "gb18030.cnv", "windows-936-2000.cnv", "ibm-1383_P110-1999.cnv",
            "ibm-1386_P100-2001.cnv", "windows-950-2000.cnv", "ibm-1375_P100-2008.cnv", "euc-tw-2014.cnv",
            "ibm-5478_P100-1995.cnv", "ibm-1252_P100-2000.cnv", "ibm-5348_P100-1997.cnv", "ibm-912_P100-1995.cnv",
            "icu-internal-compound-t.cnv"]
    assert [item for item in dropped if not unused.match(item)] == []
    assert [item for item in kept if unused.match(item)] == []


def test_only_cups_is_left_to_the_host():
    # libcups: loaded by Qt's CUPS print plugin only, and present wherever CUPS is; nothing the app itself links
    assert _spec_value("HOST_LIBRARIES") == {"libcups.so.2"}


def test_tzdata_is_a_zip_on_the_path():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "tzdata" in _spec_value("PY_EXCLUDES")  # else the archive's tzdata would shadow the zip's
    assert 'tools" / "pyi_rth_tzdata.py' in spec and (ROOT / "tools" / "pyi_rth_tzdata.py").exists()
    assert "tzdata.zip" in (ROOT / "tools" / "pyi_rth_tzdata.py").read_text(encoding="utf-8")


def test_no_jpeg_for_the_missing_image_plugin():
    assert "qjpeg" not in _spec_value("QT_PLUGINS")["imageformats"]
    assert not [p for p in (ROOT / "resources").rglob("*") if p.suffix.lower() in (".jpg", ".jpeg")]
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "ui").rglob("*.py")]
    assert not [s for s in sources if re.search(r"\.jpe?g\b", s, re.IGNORECASE)]
