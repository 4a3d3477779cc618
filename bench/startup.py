"""Cold start to the main window shown, on the demo database, against a bare PySide6 window.

Both are fresh processes started the same way (offscreen, same interpreter), interleaved; each prints
the wall-clock moment its window has been shown and the event loop has run once, and the figure is
that moment minus the moment the process was spawned. Huiwu opens the database on its worker thread
after the window is up, so a second figure — until the database is open and the first page is
loaded — is printed as well; that is the one users feel. Targets (issue 18): shown <= 1.3×, ready <= 2.5× the
bare window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _goals import goal

RUNS = 7
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 760); w.setWindowTitle("bare"); w.show()
def done():
    print("SHOWN", time.time(), flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""
HUIWU = "import sys; from ui.launcher import main; sys.exit(main(['--db', sys.argv[1], sys.argv[2]]))"


def timed(args: list[str], env: dict[str, str], marker: str) -> float:
    start = time.time()
    out = subprocess.run(args, check=True, env=env, capture_output=True, text=True).stdout
    line = next(line for line in out.splitlines() if line.startswith(marker))
    return float(line.split()[1]) - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # with bytecode caching on (in the temporary folder), as an installed app has its .pyc: PYTHONDONTWRITEBYTECODE
        # in the caller's environment would make every run compile Huiwu's modules, which the bare window never does
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"QT_QPA_PLATFORM": "offscreen", "HUIWU_CONFIG_DIR": tmp, "HUIWU_DATA_DIR": tmp,
                "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        db = str(Path(tmp) / "demo.sqlite3")
        subprocess.run([sys.executable, "-m", "huiwu", "--db", db, "demo"], check=True, env=env, stdout=subprocess.DEVNULL)
        shown = [sys.executable, "-c", HUIWU, db, "--quit-when-shown"]
        ready = [sys.executable, "-c", HUIWU, db, "--quit-when-ready"]
        bare_cmd = [sys.executable, "-c", BARE]
        for cmd, marker in ((shown, "SHOWN"), (ready, "READY"), (bare_cmd, "SHOWN")):  # warm the file cache, write the bytecode
            timed(cmd, env, marker)
        huiwu, until_ready, bare = [], [], []
        for _ in range(RUNS):
            huiwu.append(timed(shown, env, "SHOWN"))
            bare.append(timed(bare_cmd, env, "SHOWN"))
            until_ready.append(timed(ready, env, "READY"))
    h, b, r = statistics.median(huiwu), statistics.median(bare), statistics.median(until_ready)

    def spread(times: list[float]) -> str:
        return f"{statistics.median(times):.3f} s ({min(times):.3f}–{max(times):.3f})"

    print(f"startup: huiwu window shown {spread(huiwu)}, bare PySide6 window {spread(bare)}, ratio {h / b:.2f} "
          f"(median of {RUNS})")
    print(f"startup: huiwu database open and first page loaded {spread(until_ready)}, ratio {r / b:.2f} to the "
          "bare window")
    goal("startup-shown", h / b, "<=", 1.3)
    goal("startup-ready", r / b, "<=", 2.5)


if __name__ == "__main__":
    main()
