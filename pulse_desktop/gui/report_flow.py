"""Confirm, Save PDF and Print: the clinician's last steps. The PDF is written off the GUI thread, and
printing renders that same PDF's pages, so paper and file never differ."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

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

    def _write_job(self, path: Path):
        w = self.window
        session, settings = w.study.session, w.app_settings
        w.study.save_now()
        snapshot = w.study.recorder.report_input(session)
        return w.jobs.call("write-pdf", lambda: w.services.write_report(snapshot, Path(path), settings))

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
        job = self._write_job(path)
        w.statusBar().showMessage(self.tr("Writing the PDF…"))

        def done(result: object) -> None:
            self.last_pdf = Path(result) if isinstance(result, str | Path) else Path(path)
            w.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(self.last_pdf)), 10000)
            self.saved.emit(self.last_pdf)

        job.succeeded.connect(done)
        job.failed.connect(lambda report: show_error(w, report, "writing the PDF"))

    def print_report(self) -> None:
        w, session = self.window, self.window.study.session
        if not session.turns or w.study.busy:
            return
        folder = Path(tempfile.mkdtemp(prefix="pulse-print-"))
        pdf = folder / "report.pdf"
        w.study.save_now()
        snapshot = w.study.recorder.report_input(session)
        settings = w.app_settings

        def work() -> list:
            w.services.write_report(snapshot, pdf, settings)
            return render_pdf_pages(pdf)

        job = w.jobs.call("print", work)
        w.statusBar().showMessage(self.tr("Preparing the pages…"))
        job.succeeded.connect(self._print_pages)
        job.failed.connect(lambda report: show_error(w, report, "preparing the report for printing"))

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
        w.statusBar().showMessage(self.tr("Sent %n page(s) to the printer.", "", count), 8000)
        self.printed.emit(count)
