"""The one-folder bundle's size on disk, when ``make bundle`` has built it (dist/huiwu).

Run: .venv/bin/python bench/bundle.py

Counts every file under dist/huiwu once (hard links once, symbolic links not followed), as ``du`` does, and lists
the largest top-level entries, in MiB (what ``du -sh`` and ``make bundle`` print as "M", and what the issue's
"311 MB" was). Target (issue 18): <= 150 MiB. Without a bundle it prints a skip line; building one
takes minutes and is ``make bundle``'s job, not the bench's.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _goals import goal, skip  # noqa: E402

BUNDLE = ROOT / "dist" / "huiwu"
MIB = 2**20


def size_of(path: Path, seen: set[tuple[int, int]]) -> int:
    total = 0
    for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
        if item.is_symlink():
            continue
        stat = item.lstat()
        if (stat.st_dev, stat.st_ino) in seen:
            continue
        seen.add((stat.st_dev, stat.st_ino))
        total += stat.st_blocks * 512 if hasattr(stat, "st_blocks") else stat.st_size
    return total


def main() -> int:
    if not BUNDLE.is_dir():
        skip("bundle-size", f"no {BUNDLE.relative_to(ROOT)} (run `make bundle` first)")
        return 0
    seen: set[tuple[int, int]] = set()
    total = size_of(BUNDLE, seen)
    inner = BUNDLE / "_internal" if (BUNDLE / "_internal").is_dir() else BUNDLE
    parts = sorted(((size_of(p, set()), p.name) for p in inner.iterdir()), reverse=True)[:8]
    print(f"bundle: {BUNDLE.relative_to(ROOT)} {total / MIB:.0f} MiB; largest: "
          + ", ".join(f"{name} {size / MIB:.0f} MiB" for size, name in parts))
    goal("bundle-size", total / MIB, "<=", 150, " MiB", 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
