"""What comes back (回执, 明白纸 tables): when a recipient counts as 逾期, and the usual 回执 deadline.

Plain functions over plain data. DOMAIN.md: the 回执 is due "usually the day before the meeting, 17:00, or as
the notice says" — the working day before, since an office does not collect 回执 on a Sunday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

REPLY_HOUR = dt.time(17, 0)
PENDING, RETURNED = "pending", "returned"  # huiwu.models.ReturnState values
STATE_TEXT = {PENDING: "未回复", RETURNED: "已回复"}
OVERDUE_TEXT = "逾期"


def is_overdue(state: str, deadline: dt.datetime | None, now: dt.datetime) -> bool:
    """逾期: nothing came back and the deadline has passed (a recipient without a deadline is never late)."""
    return state == PENDING and deadline is not None and now > deadline


def state_text(state: str, deadline: dt.datetime | None, now: dt.datetime) -> str:
    """未回复 / 已回复 / 逾期, as the ledger shows each recipient."""
    return OVERDUE_TEXT if is_overdue(state, deadline, now) else STATE_TEXT.get(state, state)


def default_reply_deadline(meeting_start: dt.datetime, is_workday: Callable[[dt.date], bool],
                           tz: dt.tzinfo) -> dt.datetime:
    """The working day before the meeting at 17:00 (office zone); never after the meeting starts."""
    day = meeting_start.astimezone(tz).date() - dt.timedelta(days=1)
    for _ in range(30):  # a long holiday is at most ~10 days; 30 guards a calendar that knows no workday
        if is_workday(day):
            break
        day -= dt.timedelta(days=1)
    else:
        day = meeting_start.astimezone(tz).date() - dt.timedelta(days=1)
    return min(dt.datetime.combine(day, REPLY_HOUR, tzinfo=tz), meeting_start)


def due_soon(deadline: dt.datetime | None, now: dt.datetime, within: dt.timedelta = dt.timedelta(days=1)) -> bool:
    """Whether the 工作台 reminds of it now: due within ``within`` (the evening before), or already past."""
    return deadline is not None and deadline - now <= within
