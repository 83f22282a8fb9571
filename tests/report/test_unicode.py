"""Any Unicode in any field: the PDF always builds; the scripts we claim read back literally.

Claimed (read back exactly with pypdf): Latin with accents, Greek, Cyrillic, Chinese (GB 2312 / Big5
characters), Japanese kana, and the markup characters < > &. Arabic and Devanagari are printed with their
own fonts and shaped (joined letters, conjuncts); their text layer is approximate (docs/report.md).
"""

from __future__ import annotations

import re
import string
from collections import Counter

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pulse_desktop.core.report import ReportSettings, write_pdf, write_study_pdf
from pulse_desktop.core.report.fonts import REPLACEMENT, clean_for_print, register_fonts, rich_text
from pulse_desktop.core.storage import BundleInfo, Patient, QualityFinding, QualityRecord, Store
from pulse_desktop.core.storage.records import Study, Turn

SAMPLES = {
    "latin": "Ångström Łódź Ñandú Œuvre Ğüş Ådne Çağrı Dvořák",
    "greek": "Ζωή Παπαδοπούλου",
    "cyrillic": "Иван Петрович Сидоров",
    "chinese": "王小明 陳大文 心電圖檢查",
    "kana": "やまだ タロウ",
    "arabic": "محمد بن علي",
    "devanagari": "राम कुमार शर्मा",
}
READ_BACK = ("latin", "greek", "cyrillic", "chinese", "kana")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def read(path) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


@pytest.mark.parametrize("script", READ_BACK)
def test_claimed_scripts_read_back_in_every_field(script, tmp_path):
    value = SAMPLES[script]
    with Store.open() as store:
        sid = store.create_study(Patient(name=value, patient_id=value, age=value, sex=value), clinician=value,
                                 indication=value)
        store.set_bundle(sid, BundleInfo(value, "Q4_K_M", "a" * 64, "clinical"))
        turn = store.start_turn(sid, value)
        store.finish_turn(sid, turn, answer=f"{value} <&>")
        store.edit_turn(sid, turn, value + " edit", editor=value)
        store.confirm(sid, value)
        pdf = write_study_pdf(store, sid, tmp_path / "r.pdf", ReportSettings(facility_name=value))
    text = squash(read(pdf))
    assert text.count(squash(value)) >= 10  # header, patient line and block, footer, texts, confirmation...
    assert squash(f"{value} <&>") in text and squash(f"Confirmed by {value}") in text


@pytest.mark.parametrize("script,face", [("arabic", "PulseArabic"), ("devanagari", "PulseDevanagari"),
                                         ("chinese", "PulseCJK")])
def test_each_script_is_set_in_its_own_font_without_missing_glyphs(script, face, tmp_path):
    value = SAMPLES[script]
    markup = rich_text(value)
    assert f'<font face="{face}">' in markup and REPLACEMENT not in markup
    study = Study(study_id="20250101-ABCDE", created_at="2025-01-01T10:00:00+00:00", patient=Patient(name=value),
                  turns=(Turn(0, "Q", value, "complete", "2025-01-01T10:00:00+00:00"),))
    pdf = write_pdf(study, tmp_path / "r.pdf")
    fonts = {str(f["/BaseFont"]) for f in pypdf.PdfReader(str(pdf)).pages[0]["/Resources"]["/Font"].values()
             if "/BaseFont" in f.get_object()}
    expected = {"PulseArabic": "NotoSansArabic", "PulseDevanagari": "NotoSansDevanagari",
                "PulseCJK": "NotoSansSC"}[face]
    assert any(expected in name for name in fonts), fonts


def test_shaping_keeps_words_in_one_font():
    # reportlab shapes a word with one font: punctuation joins the script's font, other mixes are split
    assert rich_text("(राम)") == '<font face="PulseDevanagari">(राम)</font>'
    assert " " in rich_text("ECGराम").replace("ECG", "")


def test_unprintable_characters_are_replaced_or_dropped():
    assert clean_for_print("a\x00b\x07c\td\r\ne\ud800f\U0001F600") == f"abc d\ne{REPLACEMENT}f{REPLACEMENT}"
    assert "\u200d" not in rich_text("a\u200db") or register_fonts().has_glyph("latin", "\u200d")


ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)
CLAIMED_ALPHABET = st.characters(codec=None, categories=("Lu", "Ll", "Nd", "Po", "Pd", "Ps", "Pe", "Sm", "Zs"),
                                 include_characters="<>&\"'", max_codepoint=0x04FF) | st.sampled_from(
    list("王小明陳大文心電圖檢查やまだタロウ医院"))
CLAIMED_TEXT = st.text(CLAIMED_ALPHABET, min_size=1, max_size=40).filter(lambda t: t.strip())


def _study(fields: dict[str, str]) -> Study:
    f = fields
    return Study(
        study_id="20250101-ABCDE", created_at="2025-01-01T10:00:00+00:00",
        patient=Patient(name=f["name"], patient_id=f["pid"], date_of_birth=f["dob"], age=f["age"], sex=f["sex"]),
        acquired_at=f["acquired"], clinician=f["clinician"], indication=f["indication"], status="confirmed",
        confirmed_by=f["clinician"], confirmed_at="2025-01-01T11:00:00+00:00",
        quality=QualityRecord(findings=(QualityFinding(f["qname"], "warning", 1.0, f["qmessage"], ""),)),
        bundle=BundleInfo(f["bundle"], f["quant"], "0123456789ab" * 5 + "cdef", "test"),
        turns=(Turn(0, f["question"], f["answer"], "complete", "2025-01-01T10:00:00+00:00", edited_text=f["edit"],
                    edited_by=f["clinician"]),
               Turn(1, f["question"], f["answer"], "incomplete", "2025-01-01T10:05:00+00:00",
                    incomplete_reason=f["qname"])))


FIELDS = ("name", "pid", "dob", "age", "sex", "acquired", "clinician", "indication", "qname", "qmessage", "bundle",
          "quant", "question", "answer", "edit", "facility")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({k: ANY_TEXT for k in FIELDS}))
def test_any_unicode_and_markup_in_every_field_builds_a_readable_pdf(tmp_path, fields):
    pdf = write_pdf(_study(fields), tmp_path / "any.pdf", ReportSettings(facility_name=fields["facility"]))
    reader = pypdf.PdfReader(str(pdf))
    assert len(reader.pages) >= 1
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Confirmed by" in text and "Page 1 of" in text


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({k: CLAIMED_TEXT for k in FIELDS}))
def test_claimed_alphabets_read_back_from_every_field(tmp_path, fields):
    pdf = write_pdf(_study(fields), tmp_path / "claimed.pdf", ReportSettings(facility_name=fields["facility"]))
    text = squash(read(pdf))
    for key in ("name", "pid", "dob", "sex", "clinician", "indication", "qmessage", "bundle", "question", "answer",
                "edit", "facility"):
        assert squash(fields[key]) in text, (key, fields[key])


def test_string_punctuation_prints_literally(tmp_path):
    study = _study({k: string.punctuation for k in FIELDS})
    assert squash(string.punctuation) in squash(read(write_pdf(study, tmp_path / "p.pdf")))


@pytest.mark.parametrize("script", ["arabic", "devanagari"])
def test_shaped_scripts_leave_no_private_use_characters_in_the_text_layer(script, tmp_path):
    value = SAMPLES[script] + " " + {"arabic": "مستشفى المدينة", "devanagari": "नमस्ते क्षत्रिय हिन्दी"}[script]
    study = Study(study_id="20250101-ABCDE", created_at="2025-01-01T10:00:00+00:00", patient=Patient(name=value),
                  turns=(Turn(0, "Q", value, "complete", "2025-01-01T10:00:00+00:00"),))
    text = read(write_pdf(study, tmp_path / "r.pdf"))
    assert not [ch for ch in text if 0xE000 <= ord(ch) < 0xF900]  # ligatures and conjuncts map to letters
    if script == "devanagari":  # every letter comes back (in the glyphs' visual order)
        body = text.split("Interpretation")[1]
        got = Counter(c for c in squash(body.split("Model and processing")[0]) if "\u0900" <= c <= "\u097f")
        # every letter comes back; a page break may repeat the patient's name in the running header
        assert not Counter(squash(value)) - got, (squash(value), got)
