"""A digital ECG file in the window (real widgets, real core workflow and store, fake engine for speed): File >
Open lists these files and opens one, the review page shows the rendered page and its measurements, the model
is given the page as it is, and the confirmed PDF carries the measurement block; dropping a file opens it too."""

from __future__ import annotations

import numpy as np
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from pulse_desktop.core.ecg_files import read_recording
from pulse_desktop.core.ecg_render import render_page
from pulse_desktop.core.measure import measure
from pulse_desktop.core.storage import Store
from pulse_desktop.core.study.digital import measurements_of
from tests.gui.helpers import accept_warnings, install_fake_bundle
from tests.support.paths import REPO, ecg_image_files

SAMPLE = REPO / "tests" / "data" / "digital" / "hl7_aecg_example.xml"  # the real HL7 aECG example (CC0)


def test_open_a_digital_file_interpret_confirm_and_save_the_pdf(qtbot, make_window, tmp_path):
    install_fake_bundle(tmp_path)
    window = make_window()
    filters: list[str] = []
    ask = window.prompter.open_file
    window.prompter.open_file = lambda parent, title, f, folder="": (filters.append(f), ask(parent, title, f))[1]
    window.prompter.script("open_file", SAMPLE)
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    assert all(f"*.{ext}" in filters[0] for ext in ("hea", "xml", "dcm", "edf", "scp"))

    expected = measure(read_recording(SAMPLE)).to_dict()
    rp, session = window.review_page, window.study.session
    assert rp.measurements.isVisibleTo(window) and f"{expected['qrs_ms']} ms" in rp.measurements.label.text()
    assert "Drawn from the digital recording" in rp.image_note.text()
    assert session.picture_read == "rendered" and rp.canvas._shown_corners is None  # no handles to drag
    rp.patient_form.name.setText("Dora Digital")
    accept_warnings(window)
    assert rp.interpret_button.isEnabled(), rp.reason.text()
    qtbot.mouseClick(rp.interpret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy and session.answered, timeout=30000)
    page = render_page(read_recording(SAMPLE), "3x4")
    assert np.array_equal(np.asarray(window.engine_for_test.images[0].convert("RGB")), page)  # as it is

    window.prompter.script("text", "Dr. Amaka Obi")
    window.actions["confirm"].trigger()
    window.prompter.script("save_file", tmp_path / "digital.pdf")
    window.actions["save_pdf"].trigger()
    qtbot.waitUntil(lambda: window.report.last_pdf is not None or bool(window.report.failures), timeout=60000)
    assert not window.report.failures
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(tmp_path / "digital.pdf")).pages).split())
    assert "measured by PULSE Desktop from the digital recording" in text and "Dr. Amaka Obi" in text
    assert f"{expected['qrs_ms']} ms" in text
    qtbot.waitUntil(lambda: not window.study.writing, timeout=10000)
    with Store.open() as store:
        stored = store.get(session.study_id)
    assert stored.status == "confirmed" and stored.measurements == expected

    window.show_page("history")  # reopened from the history, the study still has its measurements
    window.history_page.query.setText("Dora Digital")
    window.history_page.table.selectRow(0)
    window.history_page.reopen_button.click()
    qtbot.waitUntil(lambda: window.study.session is not session and window.current_page == "interpret",
                    timeout=20000)
    reopened = window.study.session
    assert reopened.study_id == session.study_id and reopened.picture_read == "rendered"
    assert measurements_of(reopened.loaded).to_dict() == expected
    panel = window.interpret_page.measurements  # shown beside the answer of the reopened study
    assert panel.isVisibleTo(window) and f"{expected['qrs_ms']} ms" in panel.label.text()
    assert f"{expected['heart_rate_bpm']} bpm" in panel.label.text()


def test_drop_a_digital_file_opens_it_and_a_picture_hides_the_panel(qtbot, make_window):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    enter = QDragEnterEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    assert window.study.session.image_name == SAMPLE.name
    assert window.review_page.measurements.isVisibleTo(window)
    scp = REPO / "tests" / "data" / "digital" / "scp_ecg_example.scp"  # an SCP-ECG file drops the same way
    mime.setUrls([QUrl.fromLocalFile(str(scp))])
    window.dropEvent(QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.study.session.image_name == scp.name, timeout=60000)
    assert window.review_page.measurements.isVisibleTo(window) and window.study.session.picture_read == "rendered"
    picture = ecg_image_files()[0]
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    window.dropEvent(QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: window.study.session.image_name == picture.name, timeout=60000)
    assert not window.review_page.measurements.isVisibleTo(window) and window.study.session.picture_read != "rendered"
