"""The Settings side of the language: the dialog offers the six languages (their .qm files do not exist until
first use, so the list comes from the .ts), the choice is what the app starts in, and the settings-problem
message (shown before any dialog) is translated too."""

from __future__ import annotations

from pulse_desktop.core import paths
from pulse_desktop.core.settings import Settings, save_settings
from pulse_desktop.gui import translations
from tests.i18n.helpers import LANGUAGES, make_ts


def test_the_dialog_offers_the_six_languages(make_window):
    from pulse_desktop.gui.views.settings_dialog import SettingsDialog, installed_languages

    assert installed_languages() == sorted(LANGUAGES)
    window = make_window()
    dialog = SettingsDialog(Settings(language="sw"), window.services, window)
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == ["", *sorted(LANGUAGES)]
    assert dialog.language.currentData() == "sw"
    dialog.deleteLater()


def test_the_chosen_language_is_the_one_read_at_start():
    save_settings(Settings(language="hi"))
    assert translations.language_setting() == "hi"
    assert translations.resolve_language(translations.language_setting(), ["fr-FR"]) == "hi"


def test_a_damaged_settings_file_gives_the_system_language():
    paths.ensure_dir(paths.settings_path().parent)
    paths.settings_path().write_text('{"language": "ar",', encoding="utf-8")
    assert translations.language_setting() == ""


def test_the_settings_problem_message_is_translated(use_language, make_window):
    from pulse_desktop.gui.app import show_settings_problems

    use_language("es")
    window = make_window()
    paths.settings_path().write_text('{"paper_size": "A4",', encoding="utf-8")
    box = show_settings_problems(window)
    table = make_ts.load_table("es")
    assert box.text() == table.messages["Some settings could not be used; the app uses the defaults for them."]
    assert box.windowTitle().endswith(table.messages["Settings"])
    box.close()
