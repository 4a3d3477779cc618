"""Qt Linguist housekeeping: one .ts per GUI module, so engineers never edit the same file.

    python tools/i18n.py update [ui/x.py …]          # pyside6-lupdate ui/**/*.py (or just those) into resources/i18n/<module>.zh_CN.ts
    python tools/i18n.py fill FILE.json [ui/x.py …]  # put {"English source": "中文"} into the .ts files (marks them finished)
    python tools/i18n.py check           # list messages without a Chinese translation; exit 1 if any
    python tools/i18n.py release         # pyside6-lrelease every .ts into .qm (done by `make`)

The .ts files are the source of truth and can be opened in Qt Linguist; ``fill`` is only a shortcut.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
I18N = ROOT / "resources" / "i18n"
LANG = "zh_CN"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found; install pyside6-essentials into this environment")
    return found


def ts_path(source: Path) -> Path:
    dotted = ".".join(source.relative_to(ROOT).with_suffix("").parts)
    return I18N / f"{dotted}.{LANG}.ts"


def sources() -> list[Path]:
    markers = ("translate(", "tr(", "QT_TRANSLATE_NOOP(")
    return sorted(p for p in UI.rglob("*.py") if any(m in p.read_text(encoding="utf-8") for m in markers))


def update(only: list[str] | None = None) -> None:
    """Re-extract strings; with file arguments, only those modules' .ts files are touched."""
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate = _tool("pyside6-lupdate")
    chosen = [Path(f).resolve() for f in only] if only else sources()
    for source in chosen:
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-target-language", LANG, str(source), "-ts", str(ts_path(source))], check=True)
    if only:
        return
    for ts in I18N.glob("*.ts"):
        module = ts.name.removesuffix(f".{LANG}.ts")
        if not (ROOT / Path(*module.split("."))).with_suffix(".py").exists():
            ts.unlink()


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def contexts_messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")]


def fill(mapping_file: Path, only: list[str] | None = None) -> None:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    targets = [ts_path(Path(f).resolve()) for f in only] if only else sorted(I18N.glob("*.ts"))
    for ts in targets:
        tree = ET.parse(ts)
        changed = False
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or source not in mapping:
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                translation.text = mapping[source]
                translation.attrib.pop("type", None)
                changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)


def untranslated() -> list[tuple[str, str]]:
    missing = []
    for ts in sorted(I18N.glob("*.ts")):
        for message in messages(ts):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((ts.name, message.findtext("source") or ""))
    return missing


def collisions() -> list[str]:
    """Messages whose runtime lookup can return another module's translation.

    Every tr() call uses the empty context and Qt asks the translators one by one, so a source text that two
    .ts files translate differently is a coin toss: the same (source, comment) with two translations, or an
    entry with a comment in one file and the plain source in another (QTranslator falls back to the entry
    without comment). Give such strings a distinct source text or the same translation.
    """
    seen: dict[str, list[tuple[str, str, str]]] = {}
    for ts in sorted(I18N.glob("*.ts")):
        for context, message in contexts_messages(ts):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            if context:  # Qt's own contexts (ui/qt_catalogue.py) never meet tr()'s empty one
                source = f"{context}::{source}"
            seen.setdefault(source, []).append((ts.name, message.findtext("comment") or "", translation.text or ""))
    problems = []
    for source, entries in sorted(seen.items()):
        for i, (file_a, comment_a, text_a) in enumerate(entries):
            for file_b, comment_b, text_b in entries[i + 1 :]:
                if file_a == file_b or text_a == text_b:
                    continue
                if comment_a == comment_b or not comment_a or not comment_b:
                    problems.append(f"{source!r}: {file_a} [{comment_a}] {text_a} ≠ {file_b} [{comment_b}] {text_b}")
    return problems


def release(out_dir: Path = I18N) -> None:
    lrelease = _tool("pyside6-lrelease")
    out_dir.mkdir(parents=True, exist_ok=True)
    for ts in sorted(I18N.glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        # Written beside and renamed over: a running app (or test run) has the old .qm memory-mapped, and
        # rewriting that file in place kills it with SIGBUS; a rename leaves its mapping intact.
        fresh = qm.with_suffix(".qm.new")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        fresh.replace(qm)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update(argv[1:] or None)
    elif command == "fill":
        fill(Path(argv[1]), argv[2:] or None)
    elif command == "release":
        release()
    elif command == "check":
        missing = untranslated()
        for ts, source in missing:
            print(f"{ts}: {source}")
        clashes = collisions()
        for line in clashes:
            print(f"collision: {line}")
        return 1 if missing or clashes else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
