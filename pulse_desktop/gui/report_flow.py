"""Confirm, Save PDF and Print: the clinician's last steps. The confirmation and the PDF are written off the
GUI thread, in order (the PDF prints the confirmation made just before), and printing renders that same PDF's
pages, so paper and file never differ."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pulse_desktop.core.errors import StorageError
from pulse_desktop.gui.errors import show_error
from pulse_desktop.gui.printing import make_printer, print_pages, render_pdf_pages
from pulse_desktop.gui.settings import window_state


def suggested_name(patient_name: str, patient_id: str, when: str) -> str:
    stem = "-".join(part for part in (patient_name, patient_id, when[:10]) if part) or "ecg-report"
    stem = re.sub(r"[^\w.-]+", "_", stem, flags=re.UNICODE).strip("_.") or "ecg-report"
    return f"{stem}.pdf"


class ReportFlow(QObject):
    saved = Signal(object)  # Path of the PDF written
    printed = Signal(int)  # pages printed

    def __init__(self, parent: QWidget, study: Any, prompter: Any, settings: Callable[[], Any],
                 status: Callable[[str, int], None]) -> None:
        super().__init__(parent)
        self.parent_widget, self.study, self.prompter = parent, study, prompter
        self.settings, self.status = settings, status  # status(text, ms); ms 0 keeps it, text "" clears it
        self.last_pdf: Path | None = None
        self.failures: list = []  # ErrorReports of failed writes/prints (shown as dialogs too)

    def confirm(self) -> None:
        study, session = self.study, self.study.session
        if not session.answered or session.confirmed or study.busy:
            return
        state = window_state()
        name = self.prompter.text(self.parent_widget, self.tr("Confirm the report"),
                                  self.tr("Your name, as it will be printed on the report (\"Confirmed by\"):"),
                                  str(state.value("last_clinician", "", str)))
        if name and name.strip():
            state.setValue("last_clinician", name.strip())
            if not study.confirm(name):
                return
            self.status(self.tr("Report confirmed by %1.").replace("%1", name.strip()), 8000)

    def _recorded_study(self) -> str | None:
        """The study's ID once everything typed is queued for saving; None (and a dialog) when it is not
        recorded."""
        study = self.study
        study.save_now()
        if study.session.study_id is None:
            study.save_draft()
        if study.session.study_id is None:
            reason = study.store_unavailable or self.tr("the study could not be saved")
            show_error(self.parent_widget, StorageError(
                self.tr("The report needs the study to be saved first (%1).").replace("%1", reason),
                self.tr("Check the data folder, then try again.")))
        return study.session.study_id

    def save_pdf(self, path: Path | None = None) -> None:
        study, session = self.study, self.study.session
        if not session.turns or study.busy:
            return
        if path is None:
            p = session.patient
            path = self.prompter.save_file(self.parent_widget, self.tr("Save the report as PDF"),
                                           self.tr("PDF files (*.pdf)"),
                                           suggested_name(p.name, p.patient_id, session.created_at))
            if path is None:
                return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        study_id = self._recorded_study()
        if study_id is None:
            return
        job = study.history.pdf_job("write-pdf", study_id, path, self.settings(), context="writing the PDF",
                                    on_failure=lambda report: self._failed(report, "writing the PDF"))
        self.status(self.tr("Writing the PDF…"), 0)

        def done(result: object) -> None:
            self.last_pdf = Path(result) if isinstance(result, str | Path) else Path(path)
            self.status(self.tr("Saved %1").replace("%1", str(self.last_pdf)), 10000)
            self.saved.emit(self.last_pdf)

        job.succeeded.connect(done)

    def print_report(self) -> None:
        study, session = self.study, self.study.session
        if not session.turns or study.busy:
            return
        study_id = self._recorded_study()
        if study_id is None:
            return
        pdf = Path(tempfile.mkdtemp(prefix="pulse-print-")) / "report.pdf"

        def pages(path: Path) -> list:
            try:
                return render_pdf_pages(path)
            finally:
                shutil.rmtree(pdf.parent, ignore_errors=True)

        job = study.history.pdf_job("print", study_id, pdf, self.settings(), pages,
                                    context="preparing the report for printing",
                                    on_failure=lambda report: self._failed(report, "preparing the report for printing"))
        self.status(self.tr("Preparing the pages…"), 0)
        job.succeeded.connect(self._print_pages)

    def _failed(self, report, context: str) -> None:
        self.status("", 0)
        self.failures.append(report)
        show_error(self.parent_widget, report, context)

    def _print_pages(self, pages: list) -> None:
        p, settings = self.study.session.patient, self.settings()
        printer = make_printer(settings.paper_size, self.tr("ECG report %1").replace("%1", p.name or p.patient_id))
        if not self.prompter.print_dialog(self.parent_widget, printer):
            self.status("", 0)
            return
        try:
            count = print_pages(printer, pages)
        except Exception as exc:  # noqa: BLE001 - any printer failure becomes a dialog
            show_error(self.parent_widget, exc, "printing")
            return
        self.status(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(count)), 8000)
        self.printed.emit(count)
