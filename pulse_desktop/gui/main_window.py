"""The one window: New study -> Capture / Open / drop / paste -> Review -> Interpret -> Confirm -> PDF/Print.

The window builds the pages, wires them to the :class:`StudyController`, owns the JobRunner (the single
place that starts background work), restores its geometry, and closes cleanly: running work is cancelled
and unsaved changes are asked about.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from pulse_desktop.core.study.digital import SUFFIXES as DIGITAL_SUFFIXES
from pulse_desktop.gui import actions
from pulse_desktop.gui.errors import show_error
from pulse_desktop.gui.prompts import Prompter
from pulse_desktop.gui.report_flow import ReportFlow
from pulse_desktop.gui.services import Services, default_services
from pulse_desktop.gui.settings import AppSettings, load_settings, save_settings, window_state
from pulse_desktop.gui.study_controller import StudyController
from pulse_desktop.gui.views.capture_page import CapturePage
from pulse_desktop.gui.views.history_page import HistoryLinks, HistoryPage
from pulse_desktop.gui.views.interpret_page import InterpretPage
from pulse_desktop.gui.views.models_page import ModelsLinks, ModelsPage
from pulse_desktop.gui.views.review_page import ReviewPage
from pulse_desktop.gui.views.start_page import StartPage
from pulse_desktop.gui.views.step_bar import StepBar
from pulse_desktop.gui.workers import JobRunner

log = logging.getLogger("pulse_desktop.gui.window")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".gif", ".pdf", *DIGITAL_SUFFIXES}


class MainWindow(QMainWindow):
    def __init__(self, services: Services | None = None, prompter: Prompter | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("PULSE Desktop"))
        self.setAcceptDrops(True)
        self.services = services or default_services()
        self.prompter = prompter or Prompter()
        self.app_settings: AppSettings = load_settings()
        self.jobs = JobRunner(self)
        self.study = StudyController(self.services, self.jobs, lambda: self.app_settings, self)
        self.report = ReportFlow(self, self.study, self.prompter, lambda: self.app_settings, self.show_status)
        self._closed = False
        self._focus_before_run: QWidget | None = None

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.steps = StepBar()
        layout.addWidget(self.steps)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.start_page = StartPage()
        self.capture_page = CapturePage(self.services, self.jobs)
        self.review_page = ReviewPage()
        self.interpret_page = InterpretPage()
        self.history_page = HistoryPage(HistoryLinks(
            history=self.study.history, study=self.study, prompter=self.prompter, settle_unsaved=self.settle_unsaved,
            print_report=self.report.print_report, settings=lambda: self.app_settings,
            status=lambda text: self.show_status(text, 10000)))
        self.models_page = ModelsPage(ModelsLinks(self.services, self.jobs, self.prompter,
                                                  lambda: self.app_settings, self.apply_settings))
        self.pages = {"start": self.start_page, "capture": self.capture_page, "review": self.review_page,
                      "interpret": self.interpret_page, "history": self.history_page, "models": self.models_page}
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.clinical_badge = QLabel("")
        self.clinical_badge.setObjectName("notClinicalBadge")
        self.clinical_badge.setStyleSheet("background:#a11;color:white;padding:2px 8px;font-weight:bold")
        self.statusBar().addPermanentWidget(self.clinical_badge)
        self.actions = actions.install(self)
        self._wire()
        self._restore_geometry()
        self.refresh_models()
        self.show_page("start" if self.models_page.has_usable else "models")

    # ----- wiring ------------------------------------------------------------------------------------
    def _wire(self) -> None:
        s, sp, rp, ip = self.study, self.start_page, self.review_page, self.interpret_page
        sp.capture_requested.connect(self.start_capture)
        sp.open_requested.connect(self.open_file)
        sp.paste_requested.connect(self.paste)
        sp.models_requested.connect(lambda: self.show_page("models"))
        rp.interpret_requested.connect(lambda q: s.interpret(q))
        rp.corners_changed.connect(s.set_corners)
        rp.turn_requested.connect(s.set_turn)
        rp.page_chosen.connect(s.set_page)
        rp.view_changed.connect(s.set_use_straightened)
        rp.override_changed.connect(s.set_override)
        rp.retake_requested.connect(self.new_study)
        rp.patient_form.changed.connect(s.set_patient)
        ip.cancel_requested.connect(s.cancel)
        ip.follow_up_requested.connect(s.follow_up)
        ip.retry_requested.connect(lambda: s.interpret(s.session.main_turn.question if s.session.main_turn else ""))
        ip.confirm.edited.connect(s.edit)
        ip.confirm.reset_requested.connect(lambda: s.edit(s.session.interpretation))
        ip.confirm.confirm_requested.connect(self.report.confirm)
        ip.confirm.save_pdf_requested.connect(self.report.save_pdf)
        ip.confirm.print_requested.connect(self.report.print_report)
        s.session_changed.connect(self.refresh)
        s.page_requested.connect(self.show_page)
        s.run_started.connect(self._run_started)
        s.run_event.connect(self._run_event)
        s.run_finished.connect(lambda outcome: ip.progress.stop(outcome))
        s.run_finished.connect(self._focus_after_run)
        s.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.capture_page.captured.connect(lambda data, name: s.open_bytes(data, name))
        self.capture_page.back_requested.connect(lambda: self.show_page("start"))
        self.models_page.bundles_changed.connect(self.refresh_models)

    def _run_started(self, kind: str, question: str) -> None:
        from pulse_desktop.gui.eta import SpeedBook

        self._focus_before_run = QApplication.focusWidget()  # while the model works, Cancel has the focus
        QTimer.singleShot(0, lambda: self.interpret_page.cancel_button.isEnabled()
                          and self.interpret_page.cancel_button.setFocus())

        bundle = self.app_settings.default_bundle or "default"
        self.interpret_page.progress.start(SpeedBook.load(bundle), follow_up=kind == "follow_up")
        self.interpret_page.conversation.show_turns(self.study.session.turns[:-1])
        self.interpret_page.conversation.begin_answer(question, kind)

    def _run_event(self, event: object) -> None:
        from pulse_desktop.core.events import Token

        self.interpret_page.progress.feed(event)
        if isinstance(event, Token):
            self.interpret_page.conversation.append_text(event.text)

    def show_status(self, text: str, ms: int = 0) -> None:
        """A line in the status bar for ``ms`` milliseconds (0: until replaced); "" clears it."""
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    # ----- navigation --------------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        page = self.pages[name]
        if name != "capture" and self.capture_page.running:
            self.capture_page.stop()
        focus = self.focusWidget()  # the window's, also while a dialog is active
        leaving = page is not self.stack.currentWidget() and (focus is None or self.stack.isAncestorOf(focus))
        self.stack.setCurrentWidget(page)
        self.steps.set_current(name)
        if name == "history":
            self.history_page.refresh()
        self.refresh()
        if leaving:  # the focus was on the page that went: the new page's first control, not Qt's next in line
            self.first_control(name).setFocus()
        else:
            self.settle_focus()

    # ----- keyboard focus ----------------------------------------------------------------------------
    def first_control(self, name: str) -> QWidget:
        """Where the keyboard starts on page ``name``."""
        return {"start": self.start_page.capture_button, "capture": self.capture_page.capture_button,
                "review": self.review_page.first_control(), "interpret": self.interpret_page.first_control(),
                "history": self.history_page.query, "models": self.models_page.table}[name]

    def settle_focus(self) -> None:
        """Keep the keyboard on the page shown: when the focused control is gone (hidden, disabled, or on
        another page), the page's first control takes the focus; a control the user chose stays focused."""
        focus, page = self.focusWidget(), self.stack.currentWidget()
        if focus is not None and focus.isVisible() and focus.isEnabled() and (
                page.isAncestorOf(focus) or not self.stack.isAncestorOf(focus)):
            return
        self.first_control(self.current_page).setFocus()

    def _focus_after_run(self, _outcome: str) -> None:
        """After an answer the focus leaves Cancel (about to be disabled) for where it was when the run
        started (the follow-up field), else the answer; unless the user moved it meanwhile."""
        before, self._focus_before_run = self._focus_before_run, None
        if QApplication.focusWidget() not in (None, self.interpret_page.cancel_button):
            return

        def restore() -> None:
            try:
                usable = before is not None and before.isVisible() and before.isEnabled()
            except RuntimeError:  # deleted meanwhile (a quality warning's box)
                usable = False
            if usable:
                before.setFocus()
            else:
                self.settle_focus()

        QTimer.singleShot(0, restore)

    @property
    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def refresh(self) -> None:
        session, busy = self.study.session, self.study.busy
        self.review_page.show_session(session, self.study.can_interpret(), self.app_settings.default_question)
        self.interpret_page.show_session(session, busy)
        self.steps.set_done(session)
        actions.update_enabled(self, session, busy)
        title = self.tr("PULSE Desktop")
        if session.patient.name:
            title = f"{session.patient.name} – {title}"
        self.setWindowTitle(("* " if session.unsaved else "") + title)

    def refresh_models(self) -> None:
        self.models_page.refresh()
        self.start_page.set_model_problem(self.models_page.problem_text())
        banner = self.models_page.not_clinical_text(self.app_settings.default_bundle)
        self.clinical_badge.setText(banner)
        self.clinical_badge.setVisible(bool(banner))

    # ----- study actions -----------------------------------------------------------------------------
    def new_study(self) -> None:
        if self.study.busy:
            self.statusBar().showMessage(self.tr("Cancel the running interpretation first (Esc)."), 6000)
            return
        if not self.settle_unsaved(self.tr("Start a new study")):
            return
        self.study.new_study()

    def open_file(self) -> None:
        folder = window_state().value("last_folder", "", str)
        path = self.prompter.open_file(self, self.tr("Open an ECG image or PDF"),
                                       self.tr("ECG images and PDFs (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp "
                                               "*.gif *.pdf);;Digital ECG recordings (WFDB, DICOM, HL7 aECG, Philips, "
                                               "GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;All files (*)"), folder)
        if path is not None:
            window_state().setValue("last_folder", str(path.parent))
            self.study.open_path(path)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if not self._open_mime(mime, self.tr("pasted image")):
            self.statusBar().showMessage(self.tr("The clipboard holds no image. Copy an ECG image first."), 6000)

    def _open_mime(self, mime: QMimeData | None, name: str) -> bool:
        if mime is None:
            return False
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        files = [f for f in files if f.suffix.lower() in IMAGE_SUFFIXES]
        if files:
            self.study.open_path(files[0])
            return True
        if mime.hasImage():
            image = mime.imageData()
            from PySide6.QtCore import QBuffer, QIODevice

            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            self.study.open_bytes(bytes(buffer.data()), name + ".png")
            return True
        return False

    def start_capture(self) -> None:
        self.show_page("capture")
        self.capture_page.start(self.app_settings.camera_index, auto=self.app_settings.auto_capture)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if mime.hasImage() or any(Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self.study.busy:
            self.statusBar().showMessage(self.tr("Wait for the interpretation to finish, or cancel it."), 6000)
            return
        if self._open_mime(event.mimeData(), self.tr("dropped image")):
            event.acceptProposedAction()

    def apply_settings(self, settings: AppSettings) -> None:
        try:
            save_settings(settings)
        except OSError as exc:
            show_error(self, exc, "saving the settings")
        self.app_settings = settings
        self.refresh_models()
        self.refresh()
        if self.current_page == "review":  # read the picture with the new settings, or stop when turned off
            self.study.read_ahead()

    # ----- closing -----------------------------------------------------------------------------------
    def settle_unsaved(self, title: str) -> bool:
        """Ask about unsaved work; True when it is fine to drop the current study."""
        session = self.study.session
        if not (session.unsaved and session.has_image):
            return True
        answer = self.prompter.save_discard_cancel(
            self, title, self.tr("This study has changes that are not saved. Save them first?"))
        if answer == "save":
            return self.study.save_draft()
        return answer == "discard"

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._closed:
            event.accept()
            return
        if self.study.busy and not self.prompter.yes_no(
                self, self.tr("Close PULSE Desktop"),
                self.tr("The model is still working. Stop it and close? The text written so far is kept.")):
            event.ignore()
            return
        self.study.cancel()
        self.jobs.cancel_all()
        if not self.jobs.shutdown(8000):
            log.warning("some background work did not stop within 8 s")
        QCoreApplication.processEvents()  # deliver the outcomes, so a partial answer is recorded
        if not self.settle_unsaved(self.tr("Close PULSE Desktop")):
            event.ignore()
            return
        self.capture_page.stop()
        self.study.close()
        self._save_geometry()
        self._closed = True
        event.accept()

    def _restore_geometry(self) -> None:
        state = window_state()
        geometry = state.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        for name, splitter in (("review_split", self.review_page.splitter),
                               ("interpret_split", self.interpret_page.splitter)):
            value = state.value(name)
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def _save_geometry(self) -> None:
        state = window_state()
        state.setValue("geometry", self.saveGeometry())
        state.setValue("review_split", self.review_page.splitter.saveState())
        state.setValue("interpret_split", self.interpret_page.splitter.saveState())
        state.sync()
