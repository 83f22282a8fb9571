"""The report's bidirectional layout (report/bidi.py, report/bidi_paragraph.py): known cases of the Unicode
bidirectional algorithm, any text laid out without loss, and long right-to-left paragraphs over several pages."""

from __future__ import annotations

import re
from collections import Counter

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pulse_desktop.core.report import ReportSettings, write_pdf
from pulse_desktop.core.report.bidi import LRI, PDI, isolate, levels, visual_runs
from pulse_desktop.core.report.bidi_paragraph import BidiParagraph, paragraph
from pulse_desktop.core.report.blocks import Styles
from pulse_desktop.core.report.fonts import register_fonts
from pulse_desktop.core.report.language import report_language
from pulse_desktop.core.storage.records import Patient, Study, Turn


def drawn(line: str, rtl: bool) -> list[str]:
    return [text for _level, text in visual_runs(line, rtl)]


def test_known_cases_of_the_algorithm():
    # right-to-left paragraph: Arabic words from the right, Latin and numbers kept left to right inside
    runs = visual_runs("غير مؤكد (PULSE-7B) هنا", True)
    assert [t for _l, t in runs] == [") هنا", "PULSE-7B", "غير مؤكد ("]
    assert [level for level, _t in runs] == [1, 2, 1]  # odd: drawn reversed with mirrored brackets
    # W4 and W7: times, thousands and versions stay whole; W5: a degree sign goes with its number
    assert drawn("الساعة 8:42 و 1,620 و 0.1.0", True) == ["0.1.0", " و ", "1,620", " و ", "8:42", "الساعة "]
    assert drawn("محور 60°", True) == ["60°", "محور "]
    # an ID of digits then letters is reordered by the algorithm itself; an isolate keeps it as written
    assert drawn("رقم 20261203-Y4TAD", True) == ["Y4TAD", "-", "20261203", "رقم "]
    assert drawn("رقم " + isolate("20261203-Y4TAD"), True) == ["20261203-Y4TAD", "رقم "]
    # an English sentence in an isolate keeps its full stop at its end
    assert drawn("السؤال: " + isolate("Is it AF?"), True) == ["Is it AF?", "السؤال: "]
    assert drawn("السؤال: Is it AF?", True) == ["?", "Is it AF", "السؤال: "]  # without: as UAX #9 says
    # left-to-right paragraph: an Arabic phrase with a number inside is one right-to-left block
    assert drawn("Patient أحمد 12 مم end", False) == ["Patient ", " مم", "12", "أحمد ", " end"]
    assert drawn("plain English, 12 words.", False) == ["plain English, 12 words."]
    assert isolate("أحمد") == "أحمد" and isolate("Amina") == f"{LRI}Amina{PDI}"


TEXT = st.text(alphabet=st.sampled_from(list("abc XYZ 0123 .,:-()«»%°/") + list("ابتثجحخ دذر سش") +
                                      list("कखगघ ्ािी") + [LRI, PDI]), max_size=60)


@given(TEXT, st.booleans())
def test_every_character_is_drawn_exactly_once(text, rtl):
    plain = "".join(c for c in text if c not in (LRI, PDI))
    runs = visual_runs(text, rtl)
    assert Counter("".join(t for _l, t in runs)) == Counter(plain)
    line, lv = levels(text, rtl)
    assert line == plain and all(level in (0, 1, 2) for level in lv)
    if not rtl and not re.search(r"[\u0600-\u06ff]", plain):
        assert [t for _l, t in runs] == ([plain] if plain else [])  # no Arabic: drawn as written


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200), st.booleans())
def test_any_text_lays_out(text, rtl):
    fonts = register_fonts()
    style = Styles.make(fonts, report_language("ar")).body
    p = BidiParagraph(text, style, fonts, rtl)
    w, h = p.wrap(300, 800)
    assert w == 300 and h >= 0
    assert isinstance(paragraph("abc", style, fonts), object)


def test_a_long_arabic_edit_flows_over_pages(tmp_path):
    words = "نظم جيبي منتظم بمعدل 78 نبضة في الدقيقة مع انحراف المحور إلى اليسار وارتفاع مقطع ST".split()
    edit = " ".join(words[i % len(words)] for i in range(2500))
    study = Study(study_id="20250101-ABCDE", created_at="2025-01-01T10:00:00+00:00",
                  patient=Patient(name="أحمد علي", patient_id="P-7"),
                  turns=(Turn(0, "Q", "Sinus rhythm.", "complete", "2025-01-01T10:00:00+00:00", edited_text=edit,
                              edited_by="د. سارة"),))
    for code in ("ar", "en"):
        pdf = write_pdf(study, tmp_path / f"{code}.pdf", ReportSettings(language=code))
        pages = pypdf.PdfReader(str(pdf)).pages
        assert len(pages) >= 3
        footer = report_language(code).t("page_x_of_y", page="2", total=str(len(pages)))
        if code == "en":
            assert footer in pages[1].extract_text()
        assert all("P-7" in page.extract_text() for page in pages)  # the running header on every page


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80), st.text(max_size=300), st.sampled_from(["ar", "hi", "fr"]))
def test_any_text_in_any_field_prints_in_every_layout(tmp_path, value, answer, code):
    study = Study(study_id="20250101-ABCDE", created_at="2025-01-01T10:00:00+00:00",
                  patient=Patient(name=value, patient_id=value, sex=value), clinician=value, indication=value,
                  turns=(Turn(0, value, answer, "complete", "2025-01-01T10:00:00+00:00", edited_text=answer or None,
                              edited_by=value),))
    pdf = write_pdf(study, tmp_path / "any.pdf", ReportSettings(language=code, facility_name=value))
    assert len(pypdf.PdfReader(str(pdf)).pages) >= 1


def test_a_sentence_built_from_sentences_keeps_its_order_in_arabic():
    ar = report_language("ar")
    by = ar.t("edit_by", name="Dr. Jean-Paul Mbeki")
    heading = ar.t("edit_heading", by=by, when="")
    runs = drawn(heading, True)
    assert "Dr. Jean-Paul Mbeki" in runs and " - " in "".join(runs)  # the name whole, the dash on its side
    assert heading.count(LRI) == 1  # the name isolated once, not the whole " - name"
