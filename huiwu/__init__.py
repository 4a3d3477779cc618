"""Huiwu 会务: the domain core. Never imports Qt; the GUI lives in the ``ui`` package."""

__version__ = "0.1.0"
