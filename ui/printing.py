"""Print from the GUI: make the PDF on the worker (with progress for big documents), then open the preview.

``preview_document(ctx, parent, "signin", meeting_id)`` is all a page needs; ``preview_pdf`` takes any
``use_case(uow) -> bytes`` (the 督办清单, the 通报, a 明白纸, the week).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui.context import AppContext, Job
from ui.errors import show_error
from ui.i18n import tr
from ui.progress import run_with_progress

if TYPE_CHECKING:
    from huiwu.db import UnitOfWork
    from ui.preview import PreviewDialog

Opened = Callable[["PreviewDialog"], None]


def kind_title(kind: str) -> str:
    return {
        "notice": tr("Meeting notice"),
        "agenda": tr("Agenda"),
        "signin": tr("Sign-in sheet"),
        "result": tr("Attendance result sheet"),
        "handout": tr("Handout"),
        "seating": tr("Seating plan"),
        "cards": tr("Table cards"),
        "actions": tr("Follow-up list"),
        "minutes": tr("Meeting minutes"),
        "register": tr("Classified material register"),
        "report": tr("Attendance report"),
        "week": tr("One-week meeting schedule"),
    }.get(kind, kind)


def preview_pdf(ctx: AppContext, parent: QWidget | None, title: str, use_case: Callable[[UnitOfWork], bytes],
                on_opened: Opened | None = None) -> int:
    """Run ``use_case`` on the worker and preview its bytes; errors (e.g. a 明白纸 too long) as sentences."""
    return _preview(ctx, parent, title, lambda uow, job: use_case(uow), on_opened, cancellable=False).task_id


def preview_long(ctx: AppContext, parent: QWidget | None, title: str, use_case: Callable[[UnitOfWork, Job], bytes],
                 on_opened: Opened | None = None) -> Job:
    """:func:`preview_pdf` for a document that takes a while (the 归档卷): ``use_case(uow, job)`` reports into
    ``job.progress`` and heeds ``job.cancelled``; a 取消 dialog follows it."""
    return _preview(ctx, parent, title, use_case, on_opened, cancellable=True)


def _preview(ctx: AppContext, parent: QWidget | None, title: str, use_case: Callable[[UnitOfWork, Job], bytes],
             on_opened: Opened | None, *, cancellable: bool) -> Job:
    """Make the PDF with progress (a 取消 dialog when ``use_case`` heeds ``job.cancelled``), then preview it."""

    def done(pdf: bytes) -> None:
        from ui.preview import PreviewDialog

        dialog = PreviewDialog(pdf, title, parent)
        dialog.printed.connect(lambda n: ctx.status(tr("Sent %1 pages of %2 to the printer.")
                                                    .replace("%1", str(n)).replace("%2", title)))
        dialog.saved.connect(lambda path: ctx.status(tr("Saved %1 as %2.").replace("%1", title).replace("%2", path)))
        dialog.show()
        ctx.status(tr("%1 is ready to print (%2 pages).").replace("%1", title).replace("%2", str(dialog.page_count)))
        if on_opened is not None:
            on_opened(dialog)

    def failed(exc: BaseException) -> None:
        ctx.status(tr("%1 could not be made.").replace("%1", title))
        show_error(parent, exc)

    label = tr("Preparing %1…").replace("%1", title)
    ctx.status(label)
    return run_with_progress(ctx, parent, use_case, done, failed, label, cancellable=cancellable)


def preview_document(ctx: AppContext, parent: QWidget | None, kind: str, meeting_id: int,
                     on_opened: Opened | None = None, **options: Any) -> int:
    """Preview one document of a meeting (notice, agenda, signin, handout, seating, cards, actions); a big one
    (many copies, a 1,000-person 签到表) shows its progress and can be cancelled."""

    def use_case(uow: UnitOfWork, job: Job) -> bytes:
        from huiwu.services.printing import document_pdf

        return document_pdf(uow, kind, meeting_id, progress=job.progress, cancelled=job.cancelled, **options)

    return _preview(ctx, parent, kind_title(kind), use_case, on_opened, cancellable=True).task_id
