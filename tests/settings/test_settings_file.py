"""core.settings: the one reader and writer of settings.json (defaults, damaged file, wrong types, unknown keys,
validation, round trip, atomic write), and the readers that go through it (bundle registry, report)."""

from __future__ import annotations

import json

import pytest

from pulse_desktop.core import paths
from pulse_desktop.core.report import ReportSettings
from pulse_desktop.core.settings import (
    DAMAGED_SUFFIX,
    DEFAULT_QUESTION,
    Settings,
    SettingsError,
    load_settings,
    read_settings,
    save_settings,
)


def write(text: str) -> None:
    paths.ensure_dir(paths.settings_path().parent)
    paths.settings_path().write_text(text, encoding="utf-8")


def test_no_file_gives_the_defaults_without_problems():
    loaded = read_settings()
    assert loaded.settings == Settings()
    assert loaded.problems == () and not loaded.damaged
    assert loaded.path == paths.settings_path()
    assert loaded.settings.default_question == DEFAULT_QUESTION
    assert loaded.settings.language == ""


@pytest.mark.parametrize("text, why", [
    ('{"facility_name": "A", ', "not valid JSON"),
    ("[1, 2]", "not a JSON object"),
    ("", "not valid JSON"),
])
def test_a_damaged_file_is_named_and_the_defaults_are_used(text, why):
    write(text)
    loaded = read_settings()
    assert loaded.damaged and loaded.settings == Settings()
    assert len(loaded.problems) == 1
    assert str(paths.settings_path()) in loaded.problems[0] and why in loaded.problems[0]
    assert "delete it" in loaded.message()


def test_a_file_that_is_not_utf8_is_damaged():
    paths.ensure_dir(paths.settings_path().parent)
    paths.settings_path().write_bytes(b'{"facility_name": "\xff\xfe"}')
    loaded = read_settings()
    assert loaded.damaged and "UTF-8" in loaded.message()


def test_saving_over_a_damaged_file_keeps_its_text():
    write('{"facility_name": "Hand edited", oops}')
    save_settings(Settings(facility_name="New"))
    kept = paths.settings_path().with_name(paths.settings_path().name + DAMAGED_SUFFIX)
    assert kept.read_text(encoding="utf-8") == '{"facility_name": "Hand edited", oops}'
    assert load_settings().facility_name == "New"
    assert read_settings().problems == ()


@pytest.mark.parametrize("key, value, expected", [
    ("gpu_layers", "abc", "whole number"),
    ("gpu_layers", -7, "whole number"),
    ("gpu_layers", True, "whole number"),
    ("gpu_layers", 2.5, "whole number"),
    ("threads", -1, "whole number"),
    ("read_ahead", "yes", "true or false"),
    ("read_ahead", 1, "true or false"),
    ("paper_size", "A3", "A4, Letter"),
    ("paper_size", 4, "text"),
    ("default_question", "   ", "not empty"),
    ("facility_name", ["a"], "text"),
    ("language", "French!", "language code"),
])
def test_a_wrong_value_is_reported_and_replaced_by_its_default(key, value, expected):
    write(json.dumps({key: value, "facility_name" if key != "facility_name" else "threads":
                      "Kept Clinic" if key != "facility_name" else 3}))
    loaded = read_settings()
    assert getattr(loaded.settings, key) == getattr(Settings(), key)
    assert len(loaded.problems) == 1, loaded.problems
    problem = loaded.problems[0]
    assert str(paths.settings_path()) in problem and f'"{key}"' in problem and expected in problem
    if key != "facility_name":
        assert loaded.settings.facility_name == "Kept Clinic"  # the good values are still used


def test_values_are_normalised_where_the_meaning_is_clear():
    write(json.dumps({"paper_size": "letter", "gpu_layers": 12.0, "language": "pt_BR"}))
    loaded = read_settings()
    assert loaded.problems == ()
    assert (loaded.settings.paper_size, loaded.settings.gpu_layers, loaded.settings.language) == ("Letter", 12, "pt_BR")


def test_unknown_keys_are_reported_and_kept_on_save():
    write(json.dumps({"facility_name": "Clinic", "papersize": "Letter", "future_option": {"x": 1}}))
    loaded = read_settings()
    assert loaded.settings.facility_name == "Clinic" and loaded.settings.paper_size == "A4"
    assert len(loaded.problems) == 1
    assert '"future_option"' in loaded.problems[0] and '"papersize"' in loaded.problems[0]
    save_settings(loaded.settings.with_changes(threads=2))
    data = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert data["future_option"] == {"x": 1} and data["papersize"] == "Letter" and data["threads"] == 2


def test_round_trip_of_every_key():
    chosen = Settings(facility_name="District Hospital — Cardiology", facility_logo="/logos/clinic.png",
                      paper_size="Letter", default_question="Is this a STEMI?", default_bundle="pulse-7b-q4",
                      gpu_layers=33, threads=4, read_ahead=False, camera_index=2, auto_capture=False,
                      language="fr")
    save_settings(chosen)
    assert read_settings().settings == chosen
    assert read_settings().problems == ()
    assert json.loads(paths.settings_path().read_text(encoding="utf-8"))["facility_name"].endswith("Cardiology")


def test_invalid_settings_are_not_saved():
    save_settings(Settings(facility_name="Before"))
    with pytest.raises(SettingsError) as caught:
        save_settings(Settings(threads=-3, paper_size="A5"))
    assert '"threads"' in caught.value.message and '"paper_size"' in caught.value.message
    assert load_settings().facility_name == "Before"  # the file is untouched


def test_the_write_is_atomic_and_leaves_no_temporary_file(monkeypatch):
    save_settings(Settings(facility_name="Before"))

    def broken_dumps(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch, pytest.raises(OSError):
        patch.setattr(json, "dumps", broken_dumps)
        save_settings(Settings(facility_name="After"))
    assert load_settings().facility_name == "Before"
    assert [p.name for p in paths.settings_path().parent.iterdir() if "settings" in p.name] == ["settings.json"]


def test_the_report_and_the_registry_read_the_same_file():
    write(json.dumps({"facility_name": "Clinic", "paper_size": "Letter", "facility_logo": "",
                      "gpu_layers": "lots"}))
    report = ReportSettings.from_settings_file()
    assert (report.facility_name, report.paper, report.facility_logo) == ("Clinic", "letter", None)
    write("{broken")
    assert ReportSettings.from_settings_file().facility_name == ""
