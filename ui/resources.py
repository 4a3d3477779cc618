"""Paths of icons and translations shipped in resources/."""

from __future__ import annotations

from pathlib import Path

from huiwu.paths import resources_dir


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / name


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def bundled_font() -> Path:
    """The CJK face shipped with the app (printing's last resort, and the UI's when the PC has none)."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
