"""Printing errors a user can cause (too much text for one page, no usable font)."""

from __future__ import annotations

from collections.abc import Sequence

from huiwu.errors import HuiwuError


class PrintError(HuiwuError):
    """Base of every printing error; the GUI shows its message as it is."""


class FontNotFoundError(PrintError):
    """No TrueType CJK font could be found for a role, not even the bundled one (a broken install)."""

    def __init__(self, role: str, reasons: Sequence[str]) -> None:
        self.role = role
        self.reasons = tuple(reasons)
        detail = "；".join(self.reasons[-5:]) or "没有找到任何候选字体"
        super().__init__(f"找不到可用于“{role}”的中文字体（{detail}）。请在设置中指定一个 TrueType 字体文件。")


class HandoutDoesNotFit(PrintError):
    """The 明白纸 is longer than one A4 page even at the smallest readable type size."""

    def __init__(self, overflow_mm: float, longest: Sequence[tuple[str, int]]) -> None:
        self.overflow_mm = overflow_mm
        self.longest = tuple(longest)
        names = "、".join(f"“{name}”（{chars} 字）" for name, chars in self.longest)
        super().__init__(
            f"明白纸内容超出一页 A4 约 {overflow_mm:.0f} 毫米（已缩到最小可读字号）。"
            f"请精简内容，篇幅最长的部分是：{names}。"
        )


class MissingGlyphError(PrintError):
    """A character of the document is in no installed face: printing it would leave a blank in a name."""

    def __init__(self, text: str, char: str, label: str = "", what: str = "") -> None:
        self.text = text
        self.char = char
        self.label = label
        at = text.find(char)
        shown = text if len(text) <= 24 else text[max(0, at - 10) : at + 10]
        shown = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in shown)  # a lone surrogate
        field = f"{label}“{shown}”" if label else f"“{shown}”"
        doc = f"{what}无法打印：" if what else "无法打印："
        which = f"U+{ord(char):04X}" if 0xD800 <= ord(char) <= 0xDFFF else f"“{char}”（U+{ord(char):04X}）"
        super().__init__(
            f"{doc}{field}中的{which}在本机所有字体中都没有，印出来会是空白。"
            "请安装含有该字的字体（例如 花园明朝 HanaMinB、SimSun-ExtB），或在设置中指定一个含该字的字体。"
        )
