"""Pieces of the 周安排 page: the schedule grid, the person picker and the import dialog."""
