"""The goal lines every bench prints, and the summary ``make bench`` prints after all of them.

A bench reports each goal with :func:`goal`, in the one form the summary collects::

    goal <name>: <figure> (target <op> <value>) OK
    goal <name>: <figure> (target <op> <value>) MISS

and a part it cannot run here (no PostgreSQL, no LibreOffice, no bundle) with :func:`skip`::

    skip <name>: <why>

Run as ``python bench/_goals.py LOGDIR``: LOGDIR holds ``<bench>.log`` (its output), ``<bench>.rc`` (its exit
status) and ``<bench>.seconds`` for each bench; every ``goal``/``skip`` line of every log is printed again, together, then the goals the
issue names that no bench reported. Any ``goal`` line is picked up, whichever bench prints it (bench/print.py
prints its own). The exit status is 1 when a bench crashed (non-zero status), else 0: a MISS is a figure, not a
failure of the run (``--strict`` makes a MISS fail too).
"""

from __future__ import annotations

import operator
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

OPS: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt, "=": operator.eq,
}

#: The goals of issue 18 (and the earlier benches): name, target, the bench that reports it, when it may be absent.
EXPECTED: tuple[tuple[str, str, str, str], ...] = (
    ("startup-shown", "<= 1.3×", "startup.py", ""),
    ("startup-ready", "<= 2.5×", "startup.py", ""),
    ("print-vs-soffice", ">= 2.5×", "print.py", "soffice"),
    ("print-vs-bare", "<= 1.3×", "print.py", ""),
    ("rss", "<= 2.5×", "rss.py", ""),
    ("statements-open-meeting", "<= 10", "statements.py", ""),
    ("large-office-pages", "<= 2×", "large_office.py", ""),
    ("bundle-size", "<= 150 MiB", "bundle.py", "bundle"),
    ("ics", "<= 1.5×", "ics.py", ""),
    ("conflicts", "<= 5×", "conflicts.py", ""),
    ("signin", "<= 0.5 frame", "signin.py", ""),
    ("stats", "<= 2×", "stats.py", ""),
)
LINE = re.compile(r"^(goal|skip) ([\w.-]+):")


def number(value: float, digits: int = 2) -> str:
    """A figure without trailing noise: 1.80 -> 1.8, 150.0 -> 150."""
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def goal(name: str, figure: float, op: str, target: float, unit: str = "×", digits: int = 2) -> bool:
    """Print ``goal <name>: <figure><unit> (target <op> <target><unit>) OK|MISS``; True when met."""
    ok = OPS[op](figure, target)
    print(f"goal {name}: {number(figure, digits)}{unit} (target {op} {number(target, digits)}{unit}) "
          f"{'OK' if ok else 'MISS'}", flush=True)
    return ok


def skip(name: str, why: str) -> None:
    """Print ``skip <name>: <why>`` for a part the machine cannot run (it never fails the bench)."""
    print(f"skip {name}: {why}", flush=True)


# ---------------------------------------------------------------- the summary of a whole ``make bench``


def summarize(folder: Path, strict: bool = False) -> int:
    """Print the goals in the issue's order (then any other goal, then the skips); 1 if a bench crashed."""
    logs = sorted(folder.glob("*.log"))
    reported: dict[str, list[str]] = {}  # name -> its goal/skip lines, in the order the benches printed them
    crashed: list[str] = []
    times: list[tuple[str, int]] = []
    for log in logs:
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            match = LINE.match(line)
            if match:
                reported.setdefault(match.group(2), []).append(line)
        rc = log.with_suffix(".rc")
        code = rc.read_text().strip() if rc.exists() else "?"
        if code != "0":
            crashed.append(f"bench/{log.stem}.py (exit status {code})")
        took = log.with_suffix(".seconds")
        if took.exists():
            times.append((log.stem, int(took.read_text().strip() or 0)))
    ran = {log.stem + ".py" for log in logs}
    lines: list[str] = []
    for name, target, bench, condition in EXPECTED:
        if name in reported:
            lines += reported.pop(name)
        elif condition == "soffice" and not (shutil.which("soffice") or shutil.which("libreoffice")):
            lines.append(f"skip {name}: LibreOffice (soffice) is not installed")
        elif condition == "bundle" and bench not in ran:
            lines.append(f"skip {name}: no dist/huiwu (run `make bundle` first)")
        else:
            why = f"bench/{bench} did not run" if bench not in ran else f"bench/{bench} did not report it"
            lines.append(f"goal {name}: not measured, {why} (target {target}) MISS")
    rest = [line for found in reported.values() for line in found]
    lines += [line for line in rest if line.startswith("goal ")] + [line for line in rest if line.startswith("skip ")]
    print("== summary")
    for line in lines:
        print(line)
    goals = [line for line in lines if line.startswith("goal ")]
    missed = [line for line in goals if line.endswith("MISS")]
    print(f"{len(goals)} goals: {len(goals) - len(missed)} OK, {len(missed)} MISS")
    if times:
        print(f"bench time {sum(t for _, t in times)} s: " + ", ".join(f"{name} {t} s" for name, t in times))
    for what in crashed:
        print(f"FAILED: {what}")
    return 1 if crashed or (strict and missed) else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--strict"]
    if len(args) != 1:
        raise SystemExit("usage: python bench/_goals.py [--strict] LOGDIR")
    raise SystemExit(summarize(Path(args[0]), strict="--strict" in sys.argv[1:]))
