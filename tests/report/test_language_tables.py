"""The report's translation tables (resources/i18n/report/*.json): complete, placeholders kept, every character
printable with the shipped fonts; the language chosen from the setting, the system, else English; dates and
numbers in the locale's format; the imaging module's English messages all recognised."""

from __future__ import annotations

import json
import string
from types import SimpleNamespace

import numpy as np
import pytest

from pulse_desktop.core.imaging import quality as imaging_quality
from pulse_desktop.core.report.fonts import REPLACEMENT, register_fonts, rich_text
from pulse_desktop.core.report.language import (
    LANGUAGES,
    TABLE_DIR,
    available_languages,
    report_language,
    resolve_language,
    supported,
)
from pulse_desktop.core.report.quality_text import quality_key, quality_message
from pulse_desktop.core.report.settings import ReportSettings
from pulse_desktop.core.report.statements import load_statements
from pulse_desktop.core.settings import Settings

SECTIONS = ("strings", "statements", "quality", "sides", "stages", "measure")
TRANSLATED = [code for code in LANGUAGES if code != "en"]


def table(code: str) -> dict:
    return json.loads((TABLE_DIR / f"{code}.json").read_text(encoding="utf-8"))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_language_has_a_table():
    assert available_languages() == list(LANGUAGES) == ["en", "fr", "es", "pt", "ar", "hi", "sw"]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_key_translated_with_its_placeholders(code):
    english, other = table("en"), table(code)
    assert other["language"] == code and other["direction"] in ("ltr", "rtl")
    assert report_language(code).babel_locale.language == code
    for section in SECTIONS:
        assert set(other[section]) == set(english[section]), (section, set(english[section]) ^ set(other[section]))
        for key, source in english[section].items():
            text = other[section][key]
            assert isinstance(text, str) and text.strip(), (section, key)
            assert fields(text) == fields(source), (section, key, text)
            text.format(**{name: "x" for name in fields(text)})  # no stray braces
    # the report's own words are translated, not copied (names, abbreviations and units may stay)
    same = [k for k, v in other["strings"].items() if v == english["strings"][k] and any(c.isalpha() for c in
                                                                                          fields_removed(v))]
    assert len(same) <= 12, same


def fields_removed(text: str) -> str:
    out = "".join(literal for literal, *_ in string.Formatter().parse(text))
    for word in ("PULSE Desktop", "PULSE-7B", "UTC", "sha256", "bpm", "ms", "P", "QRS", "T", "Bazett", "s"):
        out = out.replace(word, "")
    return out


def test_statement_names_cover_the_curated_list():
    ids = {s.id for s in load_statements().statements}
    assert set(table("en")["statements"]) == ids
    labels = {s.id: s.label for s in load_statements().statements}
    assert table("en")["statements"] == labels  # the English names are the list's own labels


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_character_of_every_table_has_a_shipped_glyph(code):
    fonts = register_fonts()
    assert not fonts.builtin
    data = table(code)
    for section in SECTIONS:
        for key, text in data[section].items():
            filled = text.format(**{name: "7" for name in fields(text)})
            for bold in (False, True):
                assert REPLACEMENT not in rich_text(filled, fonts, bold=bold), (code, section, key)


def test_the_language_comes_from_the_setting_then_the_system_then_english():
    assert resolve_language("fr", ["es_ES"]) == "fr"
    assert resolve_language("pt_BR", []) == "pt" and resolve_language("ar-EG", []) == "ar"
    assert resolve_language("", ["de_DE.UTF-8", "sw_KE.UTF-8"]) == "sw"
    assert resolve_language("de", ["hi_IN"]) == "hi"  # a language with no report: the system's
    assert resolve_language("", ["de_DE", "C"]) == "en"
    assert supported("fr_CA.UTF-8@euro") == "fr" and supported("C") is None and supported("") is None


def test_the_system_language_is_read_from_the_environment(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert report_language("").code == "es" and report_language(None).code == "es"
    monkeypatch.setenv("LANGUAGE", "de:pt_BR")
    assert report_language("").code == "pt"
    assert report_language("hi").code == "hi"  # the setting wins


def test_report_settings_carry_the_language_from_every_kind_of_settings(pulse_home):
    assert ReportSettings.coerce(Settings(language="ar")).language == "ar"
    assert ReportSettings.coerce({"language": "sw"}).language == "sw"
    assert ReportSettings.coerce(SimpleNamespace(language="hi", facility_name="X")).language == "hi"
    (pulse_home / "settings.json").write_text(json.dumps({"language": "fr"}))
    assert ReportSettings.coerce(None).language == "fr"


def test_dates_and_numbers_follow_the_locale():
    iso = "2025-03-14T08:42:00+01:00"
    assert report_language("en").date_time(iso) == "2025-03-14 08:42 (UTC+01:00)"
    assert report_language("fr").date_time(iso) == "14 mars 2025 à 08:42 (UTC+01:00)"
    assert report_language("pt").date_time(iso) == "14/03/2025, 08:42 (UTC+01:00)"
    assert report_language("sw").date_time(iso) == "14 Mac 2025, saa 08:42 (UTC+01:00)"
    assert report_language("hi").date("1958-06-21") == "21 जून 1958"
    assert report_language("ar").date("1958-06-21") == "21 يونيو 1958"
    assert report_language("en").date("1958-06-21") == "1958-06-21"
    assert report_language("fr").number(12.66, 1) == "12,7" and report_language("fr").number(1620) == "1\u202f620"
    assert report_language("es").number("4.25") == "4.25" and report_language("pt").number("4.25") == "4,25"
    assert report_language("en").number(1620) == "1,620" and report_language("ar").number(3.5, 1) == "3.5"
    assert report_language("fr").date_time("not a date") == "not a date"


def _messages(monkeypatch) -> dict[str, str]:
    """Every message the imaging module's quality checks can write, made by the real functions."""
    q = imaging_quality
    rgb = np.zeros((400, 3000, 3), np.uint8)
    out: dict[str, str] = {}
    for grade, mm in (("warning", 0.2), ("severe", 9.0)):
        monkeypatch.setattr(q, "blur_sigma_px", lambda _rgb, mm=mm: mm * 10)
        monkeypatch.setattr(q, "THRESHOLDS", {**q.THRESHOLDS, "sharpness": (0.1, 1.0)})
        out[f"sharpness_{grade}"] = q._sharpness(rgb, 10.0).message
    for grade, frac in (("warning", q.THRESHOLDS["glare"][0] / 100 + 0.001),
                        ("severe", q.THRESHOLDS["glare"][1] / 100 + 0.01)):
        monkeypatch.setattr(q, "glare_fraction", lambda *a, frac=frac: frac)
        out[f"glare_{grade}"] = q._glare(rgb, SimpleNamespace(light=None), "red").message
    for grade, pct in (("warning", q.THRESHOLDS["shadow"][0] + 1), ("severe", q.THRESHOLDS["shadow"][1] + 1)):
        light = SimpleNamespace(darkest_ratio=1 - pct / 100)
        out[f"shadow_{grade}"] = q._shadow(SimpleNamespace(light=light)).message
    out["resolution_warning"] = q._resolution((q.THRESHOLDS["resolution"][0] + q.THRESHOLDS["resolution"][1]) / 2).message
    out["resolution_severe"] = q._resolution(q.THRESHOLDS["resolution"][1] / 2).message
    out["cut_off_narrow"] = q._cut_off(np.zeros((100, 200, 3), np.uint8), 10.0, ()).message
    out["cut_off_edge"] = q._cut_off(rgb, 10.0, ("top", "left")).message
    for grade, deg in (("warning", q.THRESHOLDS["rotation"][0] + 0.2), ("severe", q.THRESHOLDS["rotation"][1] + 1)):
        monkeypatch.setattr(q, "estimate_grid_angles", lambda *a, deg=deg: SimpleNamespace(rotation_deg=deg))
        out[f"rotation_{grade}"] = q._rotation(rgb, "red", True).message
    return out


def test_every_quality_message_of_the_imaging_module_is_recognised(monkeypatch):
    made = _messages(monkeypatch)
    assert len(made) == 12
    for key, message in made.items():
        found = quality_key(message)
        assert found is not None and found[0] == key, (key, message)
    source = imaging_quality.__file__
    text = open(source, encoding="utf-8").read()
    english = table("en")["quality"]
    for key in ("grid_none", "trace_none"):
        assert english[key].startswith(imaging_quality.NOT_AN_ECG) and english[key][len(imaging_quality.NOT_AN_ECG):]
        assert english[key][len(imaging_quality.NOT_AN_ECG) + 1:] in text, key
    for key in ("trace_blank", "grid_faint"):
        assert english[key] in text, key


def test_quality_messages_are_translated_with_local_numbers_and_unknown_ones_kept():
    fr = report_language("fr")
    assert quality_message("A reflection washes out part of the ECG (3.4 %).", fr) == \
        "Un reflet efface une partie de l'ECG (3,4 %)."
    assert quality_message("The ECG trace runs into the edge of the picture (top, left).", fr) == \
        "Le tracé de l'ECG touche le bord de l'image (haut, gauche)."
    assert quality_message("Some glare over leads V4-V6.", fr) == "Some glare over leads V4-V6."
    en = report_language("en")
    assert quality_message("A reflection washes out part of the ECG (3.4 %).", en) == \
        "A reflection washes out part of the ECG (3.4 %)."


def test_selftest_looks_at_the_report_languages_and_fonts(tmp_path, monkeypatch):
    from pulse_desktop.core import selftest
    from pulse_desktop.core.report import language, selfcheck

    result = selftest.run_selftest()
    check = next(c for c in result["checks"] if c["name"] == "report")
    assert check["ok"] and check["data"]["languages"] == list(LANGUAGES)
    assert {"latin", "arabic", "devanagari", "cjk"} <= set(check["data"]["fonts"])
    monkeypatch.setattr(language, "TABLE_DIR", tmp_path)  # an install that lost its tables
    broken = selfcheck.report_check()
    assert not broken.ok and "no table for fr" in broken.detail


def test_every_sentence_of_the_measurement_module_is_recognised():
    """The measurement module's method, reasons and notes, as its source writes them, match the templates."""
    from pulse_desktop.core import measure
    from pulse_desktop.core.measure import delineate, measure_recording
    from pulse_desktop.core.report.quality_text import measure_message, message_key

    source = open(delineate.__file__, encoding="utf-8").read() + open(measure_recording.__file__,
                                                                      encoding="utf-8").read()
    english = table("en")["measure"]
    assert message_key(measure.METHOD, "measure")[0] == "method"
    for key, text in english.items():
        if key == "method":
            continue
        literal = text.replace("{found}", "{len(fid)}").replace("{needed}", "{MIN_BEATS}").replace("{lead}", "{name}")
        assert literal in source, key
    made = f"only 2 QRS complex(es) found in the recording; at least {measure_recording.MIN_BEATS} are needed"
    assert message_key(made, "measure") == ("too_few_beats", {"found": "2", "needed": str(measure_recording.MIN_BEATS)})
    fr = report_language("fr")
    assert measure_message("lead aVF is flat and was not used", fr) == "la dérivation aVF est plate et n'a pas été utilisée"
    assert measure_message("something new", fr) == "something new"
