"""Memory: the resident set of Huiwu with the demo office and every page visited, against a bare PySide6 window.

Run: .venv/bin/python bench/rss.py

Both are fresh processes (offscreen, same interpreter). Huiwu starts as the ``huiwu`` command does, on the demo
database; once the database is ready it opens each page of the navigation in turn (ui.pages.PAGES, so a new page
counts too), waits for that page's loading to finish, and then reports its resident set (VmRSS, after a garbage
collection) and its peak (VmHWM). The bare window reports the same once shown. Median of 3 runs each; target
(issue 18): Huiwu <= 2.5× the bare window.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _goals import goal  # noqa: E402

RUNS = 3
MEMORY = '''
def memory():
    import gc, resource
    gc.collect()
    try:
        with open("/proc/self/status") as f:
            fields = dict(line.split(":", 1) for line in f)
        return {"rss": int(fields["VmRSS"].split()[0]) * 1024, "peak": int(fields["VmHWM"].split()[0]) * 1024}
    except OSError:  # not Linux: the peak is all there is (bytes on macOS, KiB elsewhere)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak *= 1 if sys.platform == "darwin" else 1024
        return {"rss": peak, "peak": peak}
'''
BARE = MEMORY + '''
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 760); w.setWindowTitle("bare"); w.show()
def done():
    print("MEMORY", json.dumps(memory()), flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
'''
HUIWU = MEMORY + '''
import json, sys, time
import ui.app
from ui.launcher import main

def visit_every_page(app, what):
    from ui.main_window import MainWindow
    from ui.pages import PAGES
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    visited = []
    for spec in PAGES:
        window.open_page(spec.key)
        deadline = time.monotonic() + 60
        app.processEvents()
        while window.ctx.pending and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()
        visited.append(spec.key)
    print("MEMORY", json.dumps({**memory(), "pages": visited}), flush=True)
    app.quit()

ui.app._report_and_quit = visit_every_page  # called once the database is ready (--quit-when-ready)
sys.exit(main(["--db", sys.argv[1], "--quit-when-ready"]))
'''


def measure(args: list[str], env: dict[str, str]) -> dict[str, object]:
    out = subprocess.run(args, check=True, env=env, capture_output=True, text=True, cwd=ROOT, timeout=300).stdout
    line = next(line for line in out.splitlines() if line.startswith("MEMORY "))
    return dict(json.loads(line.split(" ", 1)[1]))


def mib(value: float) -> str:
    return f"{value / 2**20:.0f} MiB"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="huiwu-bench-rss-") as tmp:
        # with bytecode caching on (in the temporary folder), as an installed app has its .pyc: PYTHONDONTWRITEBYTECODE
        # in the caller's environment would make every run compile Huiwu's modules, which the bare window never does
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"QT_QPA_PLATFORM": "offscreen", "HUIWU_CONFIG_DIR": tmp, "HUIWU_DATA_DIR": tmp,
                "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        db = str(Path(tmp) / "demo.sqlite3")
        subprocess.run([sys.executable, "-m", "huiwu", "--db", db, "demo"], check=True, env=env, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        ours, bare = [], []
        for _ in range(RUNS):
            ours.append(measure([sys.executable, "-c", HUIWU, db], env))
            bare.append(measure([sys.executable, "-c", BARE], env))
    rss = [float(m["rss"]) for m in ours]  # type: ignore[arg-type]
    peak = [float(m["peak"]) for m in ours]  # type: ignore[arg-type]
    bare_rss = [float(m["rss"]) for m in bare]  # type: ignore[arg-type]
    pages = ours[0]["pages"]
    print(f"rss: huiwu with the demo office and {len(pages)} pages visited ({', '.join(pages)}): "  # type: ignore[arg-type]
          f"{mib(statistics.median(rss))} ({mib(min(rss))}–{mib(max(rss))}), peak {mib(statistics.median(peak))}")
    print(f"rss: bare PySide6 window {mib(statistics.median(bare_rss))} ({mib(min(bare_rss))}–{mib(max(bare_rss))}); "
          f"median of {RUNS}")
    goal("rss", statistics.median(rss) / statistics.median(bare_rss), "<=", 2.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
