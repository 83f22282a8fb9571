"""Each translation source against the current template: complete, nothing obsolete, and every
placeholder, shortcut marker, line break, HTML tag and file pattern of the English kept."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from tests.i18n.helpers import LANGUAGES, make_ts

PLACEHOLDER = re.compile(r"%\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?[a-zA-Z]+>")
PATTERN = re.compile(r"\*\.[a-z]+|\(\*\)")
ACCEL = re.compile(r"&(?!&)(.)")  # a shortcut marker ("&&" is a literal ampersand)


def _entries(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(make_ts.ts_path(language)).getroot()
    assert root.get("language") == language
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def test_the_template_has_strings():
    assert len(make_ts.template_messages()) >= 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_or_obsolete_entry(language):
    entries = _entries(language)
    template = [(m.context, m.source) for m in make_ts.all_messages()]
    assert [(c, s) for c, s, _ in entries] == template, "the .ts does not follow the template: run make_ts.py"
    for context, source, translation in entries:
        assert translation is not None and translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), f"empty translation for [{context}] {source!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_sources_are_current_with_their_tables(language, capsys):
    """What make_ts.py would write is what is committed, and the table has no unused entry."""
    assert make_ts.main(["--check", language]) == 0, capsys.readouterr().out


def problems(source: str, text: str) -> list[str]:
    """What a translation lost of its English source (empty when nothing)."""
    found = []
    if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
        found.append("placeholders")
    if len(ACCEL.findall(text)) != len(ACCEL.findall(source)):
        found.append("shortcut marker")
    if text.count("\n") != source.count("\n"):
        found.append("line breaks")
    if Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
        found.append("HTML tags")
    if Counter(PATTERN.findall(text)) != Counter(PATTERN.findall(source)):
        found.append("file patterns")
    if (text[:1].isspace(), text[-1:].isspace()) != (source[:1].isspace(), source[-1:].isspace()):
        found.append("leading/trailing space")
    for combo in re.findall(r"Ctrl\+[A-Z0-9+-](?![a-z])", source):  # Ctrl+K, Ctrl+0, Ctrl++ verbatim
        if combo not in text:
            found.append(f"key {combo}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_shortcuts_and_markup_are_kept(language):
    for context, source, translation in _entries(language):
        assert not problems(source, translation.text or ""), (language, context, source, translation.text)


@pytest.mark.parametrize(("source", "broken", "lost"), [
    ("Saved %1", "Enregistré", "placeholders"),
    ("&Quit", "Quitter", "shortcut marker"),
    ("Open file…\nCtrl+O", "Ouvrir un fichier… Ctrl+O", "line breaks"),
    ("<b>Hi</b> there", "Salut", "HTML tags"),
    ("Images (*.png *.jpg *.jpeg)", "Images (*.png)", "file patterns"),
    (" (about %1 tokens/s here)", "(environ %1 jetons/s ici)", "leading/trailing space"),
    ("Fit to window (Ctrl+0)", "Ajuster (Ctrl+1)", "key Ctrl+0"),
])
def test_the_checks_can_fail(source, broken, lost):
    assert lost in problems(source, broken)


def test_a_missing_translation_is_reported_and_left_unfinished():
    table = make_ts.load_table("fr")
    first = make_ts.template_messages()[0]
    fewer = make_ts.Table(table.language, table.name,
                          {s: t for s, t in table.messages.items() if s != first.source}, table.contexts)
    text, missing = make_ts.render_ts(fewer)
    assert first in missing
    assert 'type="unfinished"' in text


def test_prune_drops_only_unused_entries():
    table = make_ts.load_table("es")
    stale = make_ts.Table(table.language, table.name, {**table.messages, "A string the GUI dropped": "x"},
                          {"Gone": {"Old": "y"}})
    messages = make_ts.all_messages()
    assert set(make_ts.unused_entries(stale, messages)) == {("", "A string the GUI dropped"), ("Gone", "Old")}
    assert make_ts.prune(stale, messages).messages == table.messages


def test_a_context_override_wins():
    table = make_ts.Table("fr", "Français", {"Patient": "Patient"}, {"ReviewPage": {"Patient": "Patiente"}})
    assert table.lookup(make_ts.Message("ReviewPage", "Patient")) == "Patiente"
    assert table.lookup(make_ts.Message("HistoryPage", "Patient")) == "Patient"


def test_the_template_is_current_with_the_code(tmp_path):
    """Every string of the GUI code is in the committed template, and nothing else: run the README's lupdate
    into a scratch file and compare (when this fails: python resources/i18n/make_ts.py --lupdate --prune,
    then translate what it reports)."""
    scratch = tmp_path / "template.ts"
    make_ts.run_lupdate(scratch)
    fresh = {(m.context, m.source) for m in make_ts.template_messages(scratch)}
    committed = {(m.context, m.source) for m in make_ts.template_messages()}
    assert fresh - committed == set(), "strings missing from the template"
    assert committed - fresh == set(), "obsolete strings in the template"
