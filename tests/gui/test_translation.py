"""UI strings go through Qt's translation system: a translation compiled from the shipped template
(resources/i18n/pulse_desktop_template.ts, made by pyside6-lupdate) changes what the window shows."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import PySide6.QtCore
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.support.paths import REPO

TEMPLATE = REPO / "resources" / "i18n" / "pulse_desktop_template.ts"
LRELEASE = Path(PySide6.QtCore.__file__).parent / "lrelease"

TRANSLATIONS = {  # (context, source) -> French
    ("MainWindow", "PULSE Desktop"): "PULSE Bureau",
    ("", "&New study"): "&Nouvel examen",
    ("StartPage", "New study"): "Nouvel examen",
    ("ReviewPage", "Interpret (Ctrl+Enter)"): "Interpréter (Ctrl+Entrée)",
}


def _translate(template: str) -> str:
    out = []
    for context in re.split(r"(?=<context>)", template):
        name = re.search(r"<name>(.*?)</name>", context)
        ctx = name.group(1) if name else None

        def fill(match: re.Match, ctx=ctx) -> str:
            source = match.group(1)
            french = TRANSLATIONS.get((ctx, source.replace("&amp;", "&")))
            if french is None:
                return match.group(0)
            return match.group(0).replace('<translation type="unfinished"></translation>',
                                          f"<translation>{french.replace('&', '&amp;')}</translation>")

        out.append(re.sub(r"<source>(.*?)</source>.*?</translation>", fill, context, flags=re.S))
    return "".join(out)


@pytest.mark.skipif(not LRELEASE.exists(), reason="PySide6's lrelease is not installed")
def test_a_compiled_translation_changes_the_window(qtbot, make_window, tmp_path):
    ts = tmp_path / "pulse_desktop_fr.ts"
    ts.write_text(_translate(TEMPLATE.read_text(encoding="utf-8")), encoding="utf-8")
    qm = tmp_path / "pulse_desktop_fr.qm"
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window()
        assert window.windowTitle() == "PULSE Bureau"
        assert window.actions["new"].text() == "&Nouvel examen"
        assert window.review_page.interpret_button.text() == "Interpréter (Ctrl+Entrée)"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_template_is_current():
    """Every string of the GUI is in the shipped template (regenerate: see README, The desktop app)."""
    text = TEMPLATE.read_text(encoding="utf-8").replace("&apos;", "'")
    for source in ("Capture with camera", "Accept and interpret anyway", "Confirm the report",
                   "The model's words (verbatim, never changed)"):
        assert source in text.replace("&amp;", "&"), source
