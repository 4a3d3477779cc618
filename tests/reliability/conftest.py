"""The reliability suite (issue 11): ``pytest -m reliability`` runs it alone.

``make test`` runs it at a CI-sized sample; ``HUIWU_RELIABILITY=full`` runs every part at its full size.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FULL = os.environ.get("HUIWU_RELIABILITY", "") == "full"


def size(ci: int, full: int) -> int:
    return full if FULL else ci


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.reliability)
