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
