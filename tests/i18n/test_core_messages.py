"""The core's English image-quality messages are shown in the window's language, with the report's words."""

from __future__ import annotations

from pulse_desktop.core.findings import Finding
from pulse_desktop.core.report.language import load_table

NOT_AN_ECG = "This does not look like an ECG. No ECG trace was found."


def test_a_finding_reads_in_the_window_language(qapp, use_language):
    from pulse_desktop.gui.translations import core_message

    assert core_message(NOT_AN_ECG) == NOT_AN_ECG  # English window: the core's words
    for language in ("fr", "ar", "hi"):
        use_language(language)
        assert core_message(NOT_AN_ECG) == load_table(language)["quality"]["trace_none"] != NOT_AN_ECG
    assert core_message("A message no table knows.") == "A message no table knows."  # kept, never lost


def test_the_review_page_shows_it_translated(qtbot, use_language):
    from PySide6.QtWidgets import QCheckBox, QLabel

    from pulse_desktop.gui.views.review_page import ReviewPage

    use_language("fr")
    page = ReviewPage()
    qtbot.addWidget(page)
    page._show_findings((Finding(name="trace", level="warning", value=0.0, message=NOT_AN_ECG),), ())
    label = page.findChild(QLabel, "finding_trace")
    box = page.findChild(QCheckBox, "override_trace")
    french = load_table("fr")["quality"]["trace_none"]
    assert label is not None and french.replace("'", "&#x27;") in label.text()
    assert NOT_AN_ECG not in label.text() and french in box.accessibleName()


def test_the_server_check_says_what_it_found_in_the_window_language(qapp, use_language):
    from types import SimpleNamespace

    from pulse_desktop.gui.views.server_settings import check_text

    info = SimpleNamespace(latency_s=0.012, alias="pulse-7b@ab12", slots=2)
    assert check_text(info, "").startswith("reachable in 12 ms; serves pulse-7b@ab12; 2 slot(s).")
    use_language("fr")
    said = check_text(info, "pulse-7b")
    assert said.startswith("joignable en 12 ms ; sert pulse-7b@ab12 ; 2 emplacement(s).")
    assert "paquet installé 'pulse-7b'" in said
