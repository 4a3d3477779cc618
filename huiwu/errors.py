"""Errors a user can cause. The GUI turns each into a sentence; none of them is a bug."""

from __future__ import annotations


class HuiwuError(Exception):
    """Base of every error that is the user's input, not the program's fault."""


class NotFoundError(HuiwuError):
    pass


class ValidationError(HuiwuError):
    pass


class ConflictError(HuiwuError):
    """Someone else saved the same record since it was opened (version column mismatch)."""

    def __init__(self, what: str, expected: int, actual: int) -> None:
        self.what = what
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"{what}已被其他人修改（打开时版本 {expected}，当前版本 {actual}）。"
            "您的修改没有保存，也没有覆盖对方的修改；请重新打开后再改。"
        )

    @classmethod
    def meanwhile(cls, what: str) -> ConflictError:
        """Found at the save itself (the version column matched no row): no version numbers to show."""
        error = cls.__new__(cls)
        error.what, error.expected, error.actual = what, 0, 0
        Exception.__init__(error, f"{what}刚刚在另一台电脑上被修改。您的修改没有保存，也没有覆盖对方的修改；请重新打开后再改。")
        return error


class RuleError(HuiwuError):
    """An action the office's rules do not allow in the current state."""


class DatabaseError(HuiwuError):
    pass


class Cancelled(HuiwuError):
    """The clerk cancelled a long operation at a point where nothing had been written yet."""

    def __init__(self, message: str = "已取消，未作任何更改。") -> None:
        super().__init__(message)
