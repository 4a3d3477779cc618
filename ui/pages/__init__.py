"""The product's navigation: one entry per page, in the order the clerk works.

Each page lives in ``ui/pages/<module>.py`` and exposes ``create_page(ctx) -> QWidget``. A page whose
module is not there yet shows a plain "not built yet" notice instead of failing.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from ui.i18n import tr


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    icon: str  # file name in resources/icons

    @property
    def title(self) -> str:
        return {
            "dashboard": tr("Dashboard", "nav"),
            "week": tr("Week schedule", "nav"),
            "meetings": tr("Meetings", "nav"),
            "signin": tr("Sign-in", "nav"),
            "leave": tr("Leave", "nav"),
            "handouts": tr("Handouts", "nav"),
            "actions": tr("Follow-up", "nav"),
            "ledger": tr("Meeting reduction", "nav"),
            "directory": tr("Directory", "nav"),
            "settings": tr("Settings", "nav"),
        }[self.key]


PAGES = (
    PageSpec("dashboard", "dashboard", "dashboard.svg"),
    PageSpec("week", "week", "week.svg"),
    PageSpec("meetings", "meetings", "meetings.svg"),
    PageSpec("signin", "signin", "signin.svg"),
    PageSpec("leave", "leave", "leave.svg"),
    PageSpec("handouts", "handouts", "handouts.svg"),
    PageSpec("actions", "actions", "actions.svg"),
    PageSpec("ledger", "ledger", "ledger.svg"),  # 会议精简
    PageSpec("directory", "directory", "directory.svg"),
    PageSpec("settings", "settings", "settings.svg"),
)


class LoadsWhenShown:
    """For a page that reads its data when it is made and again each later time it is shown: the showing that
    comes right after the making reads nothing more (the 督办 page's 20,000 items were read, sorted and drawn
    twice on its first opening). Mix in before QWidget; the page defines ``reload``."""

    _shown_since_made = False

    def activated(self) -> None:
        if self._shown_since_made:
            self.reload()
        self._shown_since_made = True

    def reload(self) -> None:
        raise NotImplementedError


def page_module(spec: PageSpec) -> object | None:
    try:
        return importlib.import_module(f"{__name__}.{spec.module}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__name__}.{spec.module}":
            return None
        raise
