"""Study history: search by patient name, ID and date; reopen, export, delete with confirmation."""

from __future__ import annotations

import json

import pytest

from pulse_desktop.core.storage import Patient, Store, encode_png
from tests.support.paths import ecg_image_files


@pytest.fixture
def studies():
    """Two real studies in the store: one confirmed, one whose answer was cut short."""
    from PIL import Image

    original = ecg_image_files()[0].read_bytes()
    with Store.open() as store:
        a = store.create_study(Patient("Ana Müller", "P-0042", "1961-04-12", "", "female"),
                               acquired_at="2025-03-02T10:00:00+01:00")
        store.attach_images(a, original=original, straightened=encode_png(Image.open(ecg_image_files()[0])))
        t = store.start_turn(a, "Please write a clinical report based on this ECG image.")
        store.finish_turn(a, t, answer="Sinus rhythm.", timings={"decode": 1.0})
        store.confirm(a, "Dr. Obi")
        b = store.create_study(Patient("Богдан Іваненко", "X-7"), acquired_at="2025-04-20T08:00:00+02:00")
        store.attach_images(b, original=original)
        t = store.start_turn(b, "Please write a clinical report based on this ECG image.")
        store.append_answer(b, t, "Atrial fib", tokens=3)
        store.finish_turn(b, t, complete=False, reason="cancelled")
    return a, b


def rows(page):
    return [(page.table.item(r, 1).text(), page.table.item(r, 2).text(), page.table.item(r, 3).text())
            for r in range(page.table.rowCount())]


def test_search_by_name_id_and_date(qtbot, make_window, studies):
    window = make_window()
    window.actions["history"].trigger()
    page = window.history_page
    assert window.current_page == "history"
    assert len(rows(page)) == 2
    page.query.setText("müller")
    assert rows(page) == [("Ana Müller", "P-0042", "confirmed by Dr. Obi")]
    page.query.setText("x-7")
    assert rows(page) == [("Богдан Іваненко", "X-7", "incomplete")]
    page.query.clear()
    page.use_dates.setChecked(True)
    page.date_from.setDate(page.date_from.date().fromString("2025-04-01", "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString("2025-04-30", "yyyy-MM-dd"))
    assert [r[1] for r in rows(page)] == ["X-7"]


def test_reopen_shows_the_study(qtbot, make_window, studies):
    window = make_window()
    window.show_page("history")
    page = window.history_page
    page.query.setText("P-0042")
    page.table.selectRow(0)
    page.reopen_button.click()
    qtbot.waitUntil(lambda: window.current_page == "interpret", timeout=20000)
    session = window.study.session
    assert session.study_id == studies[0] and session.confirmed_by == "Dr. Obi"
    assert session.patient.name == "Ana Müller" and session.interpretation == "Sinus rhythm."
    assert "Sinus rhythm." in window.interpret_page.conversation.toPlainText()
    assert "Confirmed by Dr. Obi" in window.interpret_page.confirm.status.text()
    assert session.original is not None and session.review.straightened is not None
    assert not window.interpret_page.ask_button.isEnabled()  # confirmed: no more questions


def test_export_and_delete_with_confirmation(qtbot, make_window, studies, tmp_path):
    window = make_window()
    window.show_page("history")
    page = window.history_page
    page.query.setText("X-7")
    page.table.selectRow(0)
    window.prompter.script("folder", tmp_path)
    page.export_button.click()
    exported = tmp_path / f"study-{studies[1]}"
    qtbot.waitUntil(lambda: not window.study.writing, timeout=30000)  # exported off the GUI thread
    data = json.loads((exported / "study.json").read_text(encoding="utf-8"))
    assert data["study"]["patient"]["name"] == "Богдан Іваненко"
    assert (exported / "original.png").is_file()

    window.prompter.script("yes_no", False)
    page.delete_button.click()
    assert rows(page) == [("Богдан Іваненко", "X-7", "incomplete")]
    window.prompter.script("yes_no", True)
    page.delete_button.click()
    assert rows(page) == []
    page.query.clear()
    assert [r[1] for r in rows(page)] == ["P-0042"]
    asked = [text for kind, text in window.prompter.asked if kind == "yes_no"]
    assert "Богдан Іваненко" in asked[0] and "cannot be undone" in asked[0]


def test_reprint_from_the_history(qtbot, make_window, studies, tmp_path):
    from pypdf import PdfReader

    window = make_window()
    window.show_page("history")
    page = window.history_page
    page.query.setText("P-0042")
    printed = tmp_path / "printed.pdf"

    def to_file(printer):
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))

    window.prompter.script("print_dialog", to_file)
    counts = []
    window.report.printed.connect(counts.append)
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(counts) or bool(window.report.failures), timeout=60000)
    assert counts and counts[0] >= 1
    assert len(PdfReader(str(printed)).pages) == counts[0]
    assert window.study.session.study_id == studies[0]
