"""The .qm files: compiled from the .ts with PySide6's lrelease when missing or stale, into the user cache
(never committed), and loaded by QTranslator so that a known string reads in the language."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from pulse_desktop.gui import translations
from tests.i18n.helpers import LANGUAGES, make_ts

KNOWN = ("StartPage", "New study")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_compiles_loads_and_translates(language, tmp_path):
    qm = translations.compile_qm(translations.ts_file(language), tmp_path / f"pulse_desktop_{language}.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    expected = make_ts.load_table(language).messages[KNOWN[1]]
    assert translator.translate(*KNOWN) == expected != KNOWN[1]
    assert translator.language() == language


def test_no_compiled_translation_is_committed():
    assert not list(translations.I18N.glob("*.qm")) or all(
        translations._current(q, q.with_suffix(".ts")) for q in translations.I18N.glob("*.qm"))
    ignored = (translations.I18N / ".gitignore").read_text()
    assert "*.qm" in ignored.splitlines()


@pytest.fixture
def i18n_copy(tmp_path, monkeypatch):
    """A resources/i18n folder holding only the French source (no shipped .qm)."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(translations.ts_file("fr"), folder)
    monkeypatch.setattr(translations, "I18N", folder)
    monkeypatch.setenv("PULSE_HOME", str(tmp_path / "home"))
    return folder


def test_compiled_at_first_use_into_the_cache_then_reused(i18n_copy):
    qm = translations.qm_file("fr")
    assert qm == translations.cache_dir() / "pulse_desktop_fr.qm" and qm.is_file()
    assert str(os.environ["PULSE_HOME"]) in str(qm)
    first = qm.stat().st_mtime_ns
    assert translations.qm_file("fr") == qm and qm.stat().st_mtime_ns == first  # current: not recompiled


def test_recompiled_when_older_than_its_source(i18n_copy):
    qm = translations.qm_file("fr")
    old = qm.stat().st_mtime - 100
    os.utime(qm, (old, old))
    assert translations.qm_file("fr") == qm
    assert qm.stat().st_mtime > old + 50


def test_a_shipped_current_qm_is_used_as_it_is(i18n_copy):
    shipped = translations.compile_all(i18n_copy)
    assert shipped == [i18n_copy / "pulse_desktop_fr.qm"]
    assert translations.qm_file("fr") == shipped[0]
    assert not (translations.cache_dir() / "pulse_desktop_fr.qm").exists()


def test_no_translation_for_english_or_an_unknown_language(i18n_copy):
    assert translations.qm_file("en") is None
    assert translations.qm_file("de") is None


def test_without_lrelease_the_window_stays_english_and_says_why(i18n_copy, monkeypatch, caplog):
    monkeypatch.setattr(translations, "lrelease_tool", lambda: None)
    assert translations.qm_file("fr") is None
    assert "lrelease is not installed" in caplog.text


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("", ["fr-FR", "en-US"], "fr"),
    ("", ["de-DE", "pt-BR"], "pt"),
    ("", ["de-DE"], "en"),
    ("ar", ["fr-FR"], "ar"),
    ("pt_BR", ["en-US"], "pt"),
    ("sw-KE", ["en-US"], "sw"),
    ("de", ["hi-IN"], "hi"),  # an unsupported setting falls back to the system language
    ("en", ["fr-FR"], "en"),
])
def test_language_from_settings_else_system(setting, system, expected):
    assert translations.resolve_language(setting, system) == expected


def test_the_app_starts_in_the_settings_language(qapp, monkeypatch):
    """make_application reads ``language`` from settings.json (the file Settings writes)."""
    import json

    from pulse_desktop.core import paths
    from pulse_desktop.gui.app import make_application

    paths.ensure_dir(paths.settings_path().parent)
    paths.settings_path().write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    monkeypatch.setattr(qapp, "_pulse_translators", [], raising=False)
    try:
        make_application()
        assert qapp._pulse_language == "fr"
        assert QCoreApplication.translate("StartPage", "New study") == "Nouvel examen"
    finally:
        translations.install_translators(qapp, "en")
    assert QCoreApplication.translate("StartPage", "New study") == "New study"


def test_the_six_languages_and_english_are_offered():
    offered = translations.available_languages()
    assert list(offered) == ["en", *LANGUAGES]
    assert offered["ar"] == "العربية" and offered["sw"] == "Kiswahili"


def test_a_language_without_its_source_is_not_offered(i18n_copy):
    assert list(translations.available_languages()) == ["en", "fr"]
