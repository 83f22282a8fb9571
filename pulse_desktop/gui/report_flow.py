"""Confirm, Save PDF and Print: the clinician's last steps. The PDF is written off the GUI thread, and
printing renders that same PDF's pages, so paper and file never differ."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pulse_desktop.core.errors import StorageError
from pulse_desktop.gui.errors import show_error
from pulse_desktop.gui.printing import make_printer, print_pages, render_pdf_pages
from pulse_desktop.gui.settings import window_state

if TYPE_CHECKING:
    from pulse_desktop.gui.main_window import MainWindow


def suggested_name(patient_name: str, patient_id: str, when: str) -> str:
    stem = "-".join(part for part in (patient_name, patient_id, when[:10]) if part) or "ecg-report"
    stem = re.sub(r"[^\w.-]+", "_", stem, flags=re.UNICODE).strip("_.") or "ecg-report"
    return f"{stem}.pdf"


class ReportFlow(QObject):
    saved = Signal(object)  # Path of the PDF written
    printed = Signal(int)  # pages printed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_pdf: Path | None = None
        self.failures: list = []  # ErrorReports of failed writes/prints (shown as dialogs too)

    def confirm(self) -> None:
        w, session = self.window, self.window.study.session
        if not session.answered or session.confirmed or w.study.busy:
            return
        state = window_state()
        name = w.prompter.text(w, self.tr("Confirm the report"),
                               self.tr("Your name, as it will be printed on the report (\"Confirmed by\"):"),
                               str(state.value("last_clinician", "", str)))
        if name and name.strip():
            state.setValue("last_clinician", name.strip())
            if not w.study.confirm(name):
                return
            w.statusBar().showMessage(self.tr("Report confirmed by %1.").replace("%1", name.strip()), 8000)

    def _recorded_study(self) -> str | None:
        """The study's ID once everything typed is saved; None (and a dialog) when it is not recorded."""
        w, session = self.window, self.window.study.session
        w.study.save_now()
        if session.study_id is None:
            w.study.recorder.save_draft(session)
        if session.study_id is None:
            reason = w.study.recorder.unavailable or self.tr("the study could not be saved")
            show_error(w, StorageError(self.tr("The report needs the study to be saved first (%1).")
                                       .replace("%1", reason), self.tr("Check the data folder, then try again.")))
        return session.study_id

    def save_pdf(self, path: Path | None = None) -> None:
        w, session = self.window, self.window.study.session
        if not session.turns or w.study.busy:
            return
        if path is None:
            p = session.patient
            path = w.prompter.save_file(w, self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)"),
                                        suggested_name(p.name, p.patient_id, session.created_at))
            if path is None:
                return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        study_id = self._recorded_study()
        if study_id is None:
            return
        recorder, settings = w.study.recorder, w.app_settings
        job = w.jobs.call("write-pdf", lambda: recorder.write_pdf(study_id, path, settings))
        w.statusBar().showMessage(self.tr("Writing the PDF…"))

        def done(result: object) -> None:
            self.last_pdf = Path(result) if isinstance(result, str | Path) else Path(path)
            w.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(self.last_pdf)), 10000)
            self.saved.emit(self.last_pdf)

        job.succeeded.connect(done)
        job.failed.connect(lambda report: self._failed(report, "writing the PDF"))

    def print_report(self) -> None:
        w, session = self.window, self.window.study.session
        if not session.turns or w.study.busy:
            return
        study_id = self._recorded_study()
        if study_id is None:
            return
        pdf = Path(tempfile.mkdtemp(prefix="pulse-print-")) / "report.pdf"
        recorder, settings = w.study.recorder, w.app_settings

        def work() -> list:
            recorder.write_pdf(study_id, pdf, settings)
            try:
                return render_pdf_pages(pdf)
            finally:
                shutil.rmtree(pdf.parent, ignore_errors=True)

        job = w.jobs.call("print", work)
        w.statusBar().showMessage(self.tr("Preparing the pages…"))
        job.succeeded.connect(self._print_pages)
        job.failed.connect(lambda report: self._failed(report, "preparing the report for printing"))

    def _failed(self, report, context: str) -> None:
        self.window.statusBar().clearMessage()
        self.failures.append(report)
        show_error(self.window, report, context)

    def _print_pages(self, pages: list) -> None:
        w = self.window
        p = w.study.session.patient
        printer = make_printer(w.app_settings.paper_size, self.tr("ECG report %1").replace("%1", p.name or p.patient_id))
        if not w.prompter.print_dialog(w, printer):
            w.statusBar().clearMessage()
            return
        try:
            count = print_pages(printer, pages)
        except Exception as exc:  # noqa: BLE001 - any printer failure becomes a dialog
            show_error(w, exc, "printing")
            return
        w.statusBar().showMessage(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(count)), 8000)
        self.printed.emit(count)
