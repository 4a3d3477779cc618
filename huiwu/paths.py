"""Where shipped files are: next to the package in a checkout, inside the bundle when frozen; where caches go."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def cache_dir() -> Path:
    """What the app can rebuild at any time (parsed fonts): ``HUIWU_CACHE_DIR`` wins; a set ``HUIWU_DATA_DIR``
    (tests, portable installs) keeps the cache beside the data; else the user's cache folder (platformdirs)."""
    env = os.environ.get("HUIWU_CACHE_DIR")
    if env:
        return Path(env)
    data = os.environ.get("HUIWU_DATA_DIR")
    if data:
        return Path(data) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("huiwu", appauthor=False))
