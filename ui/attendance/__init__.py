"""Widgets of the 签到, 请假 and 统计 pages that are too big to live in the page modules."""
