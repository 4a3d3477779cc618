"""座次: the hand-written expectations of DOMAIN.md's rule, seen from the audience, left to right."""

from __future__ import annotations

import pytest

from huiwu.printing.seating import seat_order

ALTERNATE = {
    1: [1],
    2: [1, 2],
    3: [3, 1, 2],
    4: [3, 1, 2, 4],
    5: [5, 3, 1, 2, 4],
    6: [5, 3, 1, 2, 4, 6],
    7: [7, 5, 3, 1, 2, 4, 6],
    8: [7, 5, 3, 1, 2, 4, 6, 8],
}
CENTRE_ON_FIRST = {
    1: [1],
    2: [None, 1, 2],
    3: [3, 1, 2],
    4: [None, 3, 1, 2, 4],
    5: [5, 3, 1, 2, 4],
    6: [None, 5, 3, 1, 2, 4, 6],
    7: [7, 5, 3, 1, 2, 4, 6],
    8: [None, 7, 5, 3, 1, 2, 4, 6, 8],
}


@pytest.mark.parametrize("n", range(1, 9))
def test_alternate(n: int) -> None:
    assert seat_order(list(range(1, n + 1)), "alternate") == ALTERNATE[n]


@pytest.mark.parametrize("n", range(1, 9))
def test_centre_on_first(n: int) -> None:
    seats = seat_order(list(range(1, n + 1)), "centre_on_first")
    assert seats == CENTRE_ON_FIRST[n]
    assert seats[len(seats) // 2] == 1  # No.1 on the centre line


def test_no2_is_on_no1s_left_hand() -> None:
    seats = seat_order(["书记", "县长", "人大主任"])
    # the audience's right is the leader's left
    assert seats.index("县长") > seats.index("书记") > seats.index("人大主任")


def test_empty() -> None:
    assert seat_order([]) == []


def test_a_rostrum_too_large_for_the_page_is_refused_with_a_sentence() -> None:
    import pytest

    from huiwu.printing.data import SeatingDoc, SeatPerson
    from huiwu.printing.errors import PrintError
    from huiwu.printing.seating import render_seating

    assert render_seating(SeatingDoc("全县大会", tuple(SeatPerson(f"领导{i}") for i in range(45)))).startswith(b"%PDF")
    with pytest.raises(PrintError, match="请在“主席台人员”中减少人数"):
        render_seating(SeatingDoc("全县大会", tuple(SeatPerson(f"领导{i}") for i in range(100))))
