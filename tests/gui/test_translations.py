"""Every string the GUI shows through tr() has a zh_CN translation, and the .ts files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


def test_every_message_is_translated() -> None:
    missing = i18n.untranslated()
    assert not missing, f"untranslated GUI strings (run tools/i18n.py update, then translate): {missing[:20]}"


def test_no_source_text_is_translated_two_ways() -> None:
    """All tr() calls share the empty context: two modules translating one text differently is a coin toss."""
    clashes = i18n.collisions()
    assert not clashes, "give these strings a distinct source text or one translation:\n" + "\n".join(clashes)


def test_ts_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Re-extract the strings into a scratch copy: nothing new may appear that is not translated."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    new_sources: list[str] = []
    for source in i18n.sources():
        target = tmp_path / i18n.ts_path(source).name
        committed = i18n.ts_path(source)
        if committed.exists():
            shutil.copy(committed, target)
        subprocess.run([str(lupdate), "-silent", "-no-obsolete", str(source), "-ts", str(target)], check=True)
        for message in ET.parse(target).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                new_sources.append(f"{source.name}: {message.findtext('source')}")
    assert not new_sources, f"strings missing from resources/i18n: {new_sources[:20]}"


def test_qm_files_are_built() -> None:
    for ts in i18n.I18N.glob("*.ts"):
        if any(True for _ in ET.parse(ts).getroot().iter("message")):
            assert ts.with_suffix(".qm").exists(), f"{ts.name} has no .qm: run make (tools/i18n.py release)"
