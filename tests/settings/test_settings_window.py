"""The window's side of settings: the dialog edits every key (language included) and saves through the core; a
damaged settings.json is shown to the clinician with the file's name (offscreen Qt, fake engine)."""

from __future__ import annotations

import json

from pulse_desktop.core import paths
from pulse_desktop.core.settings import Settings, load_settings


def test_the_dialog_round_trips_every_value_and_saves_through_the_core(make_window, tmp_path):
    from pulse_desktop.gui.views import settings_dialog
    from pulse_desktop.gui.views.settings_dialog import SettingsDialog

    (tmp_path / "pulse_desktop_fr.qm").write_bytes(b"")
    assert settings_dialog.installed_languages(tmp_path) == ["fr"]
    window = make_window()
    chosen = Settings(facility_name="Clinic", paper_size="Letter", default_question="Rhythm?", gpu_layers=0,
                      threads=1, read_ahead=False, camera_index=1, auto_capture=False, language="de")
    dialog = SettingsDialog(chosen, window.services, window)
    assert dialog.language.currentData() == "de"  # kept even without a translation installed
    assert dialog.result_settings() == chosen
    dialog.language.setCurrentIndex(0)
    dialog.facility.setText("  New Clinic  ")
    result = dialog.result_settings()
    assert (result.language, result.facility_name) == ("", "New Clinic")
    window.apply_settings(result)
    assert load_settings() == result
    dialog.deleteLater()


def test_a_damaged_settings_file_is_shown_with_its_name(make_window):
    from pulse_desktop.gui.app import show_settings_problems

    window = make_window()
    assert show_settings_problems(window) is None  # nothing to say about a fresh data folder
    paths.settings_path().write_text('{"paper_size": "A4",', encoding="utf-8")
    box = show_settings_problems(window)
    assert box is not None and box.isVisible()
    assert str(paths.settings_path()) in box.informativeText() and "damaged" in box.informativeText()
    box.close()
    paths.settings_path().write_text(json.dumps({"threads": "four"}), encoding="utf-8")
    box = show_settings_problems(window)
    assert '"threads"' in box.informativeText()
    box.close()
