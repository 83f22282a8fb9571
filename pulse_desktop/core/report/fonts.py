"""Fonts for the report: any text becomes Paragraph markup whose runs each use a font that has their glyphs.

Shipped in ``resources/fonts`` (licences beside them; how they were made: ``build_fonts.py`` there):

=============  =========================================  ==============================================
face           files                                      used for
=============  =========================================  ==============================================
PulseSans      NotoSans-Regular/Bold                      Latin (all accents), Greek, Cyrillic; the base
PulseArabic    NotoSansArabic-Regular/Bold                Arabic script (shaped with HarfBuzz)
PulseDevan.    NotoSansDevanagari-Regular/Bold            Devanagari (shaped with HarfBuzz)
PulseCJK       NotoSansSC-Regular (GB 2312 + Big5 subset)  Chinese (simplified and traditional), kana
PulseFallback  DejaVuSans/-Bold                           symbols and scripts the others lack
=============  =========================================  ==============================================

:func:`rich_text` splits text into runs by script, gives each run the first face that has all its
characters, escapes ``<``, ``>`` and ``&`` so they print literally, and turns line breaks into ``<br/>``.
Characters no face has, and characters outside the Basic Multilingual Plane (emoji...), print as U+FFFD;
invisible format characters (ZWJ, bidi marks) are kept where the font has them, else dropped; controls are
dropped. A paragraph with Arabic or Devanagari (:func:`needs_shaping`) is laid out and shaped by
:mod:`.bidi_paragraph` with :func:`font_runs`, piece by piece (HarfBuzz, ``uharfbuzz``); other text goes through
reportlab's Paragraph with :func:`rich_text`, so Latin text keeps plain "fi" letters.

Fallback: when the font files are missing (a damaged install), :func:`register_fonts` falls back to
reportlab's built-in Helvetica and :func:`rich_text` prints only Latin-1, other characters as "?".
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pulse_desktop.core.report import text_layer

log = logging.getLogger("pulse_desktop.report.fonts")

FONT_DIR = Path(__file__).resolve().parents[3] / "resources" / "fonts"
LATIN, ARABIC, DEVANAGARI, CJK, FALLBACK = "latin", "arabic", "devanagari", "cjk", "fallback"
_FACES = {  # script -> (face name, regular file, bold file or None)
    LATIN: ("PulseSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC: ("PulseArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    DEVANAGARI: ("PulseDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    CJK: ("PulseCJK", "NotoSansSC-Regular.ttf", None),
    FALLBACK: ("PulseFallback", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}
_SEARCH_ORDER = (LATIN, FALLBACK, ARABIC, DEVANAGARI, CJK)
_SHAPED = (ARABIC, DEVANAGARI)
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class FontSet:
    regular: str  # the base face's regular font name
    bold: str
    faces: dict[str, str]  # script -> face name, for the faces available
    builtin: bool  # True: the shipped fonts are missing; Helvetica, Latin-1 only

    def has_glyph(self, script: str, ch: str) -> bool:
        name = self.faces.get(script)
        if name is None:
            return False
        return ord(ch) in pdfmetrics.getFont(name).face.charToGlyph


_registered: FontSet | None = None


def register_fonts(font_dir: Path | None = None) -> FontSet:
    """Register the shipped fonts with reportlab (once per process; pass ``font_dir`` to force a folder)."""
    global _registered
    if _registered is not None and font_dir is None:
        return _registered
    folder = Path(font_dir) if font_dir is not None else FONT_DIR
    faces: dict[str, str] = {}
    for script, (name, regular, bold) in _FACES.items():
        reg_path = folder / regular
        if not reg_path.is_file():
            log.warning("report font missing: %s", reg_path)
            continue
        try:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(reg_path)))
                bold_name = name
                if bold and (folder / bold).is_file():
                    bold_name = f"{name}-Bold"
                    pdfmetrics.registerFont(TTFont(bold_name, str(folder / bold)))
                pdfmetrics.registerFontFamily(name, normal=name, bold=bold_name, italic=name, boldItalic=bold_name)
            faces[script] = name
        except Exception as exc:  # noqa: BLE001 - a damaged font file must not stop the report
            log.warning("report font unusable: %s (%s)", reg_path, exc)
    text_layer.install()
    if LATIN in faces:
        bold = "PulseSans-Bold" if "PulseSans-Bold" in pdfmetrics.getRegisteredFontNames() else "PulseSans"
        result = FontSet("PulseSans", bold, faces, builtin=False)
    else:
        result = FontSet("Helvetica", "Helvetica-Bold", {}, builtin=True)
    if font_dir is None:
        _registered = result
    return result


def _block_script(ch: str) -> str:
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF \
            or 0xFE70 <= cp <= 0xFEFF:
        return ARABIC
    if 0x0900 <= cp <= 0x097F or 0xA8E0 <= cp <= 0xA8FF:
        return DEVANAGARI
    if 0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF:
        return CJK
    return LATIN


def script_of(ch: str) -> str | None:
    """The script a letter asks for; None for neutral characters (spaces, punctuation, digits, marks)."""
    return _block_script(ch) if unicodedata.category(ch)[0] == "L" else None


def clean_for_print(text: str) -> str:
    """Drop controls (keeping line breaks), turn tabs into spaces, lone surrogates and non-BMP into U+FFFD."""
    out = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        cp = ord(ch)
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif cp < 0x20 or 0x7F <= cp < 0xA0:
            continue
        elif 0xD800 <= cp <= 0xDFFF or cp > 0xFFFF or cp in (0xFFFE, 0xFFFF):
            out.append(REPLACEMENT)
        else:
            out.append(ch)
    return "".join(out)


def _face_for(ch: str, wanted: str, fonts: FontSet) -> str | None:
    if fonts.has_glyph(wanted, ch):
        return wanted
    for script in _SEARCH_ORDER:
        if fonts.has_glyph(script, ch):
            return script
    return None


def font_runs(text: str, fonts: FontSet) -> list[tuple[str, str]]:
    """(script, text) runs; neutral characters join the run around them when its font has them."""
    scripts = [script_of(ch) for ch in text]
    runs: list[list] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            runs.append([LATIN, ch])
            continue
        wanted = scripts[i]
        if wanted is None:  # neutral: stay in the current run if the next strong character continues it
            current = runs[-1][0] if runs and runs[-1][1] != "\n" else LATIN
            following = next((s for s in scripts[i + 1:] if s is not None), LATIN)
            is_mark = unicodedata.category(ch)[0] == "M"
            wanted = current if (is_mark or current == following) else LATIN
            if _block_script(ch) in _SHAPED and fonts.has_glyph(_block_script(ch), ch):
                wanted = _block_script(ch)  # the script's own punctuation and digits (، ؛ ؟ ।): its font
        face = _face_for(ch, wanted, fonts)
        if face is None:
            if unicodedata.category(ch) == "Cf":
                continue  # an invisible format character no font draws
            face, ch = _face_for(REPLACEMENT, LATIN, fonts) or LATIN, REPLACEMENT
        if runs and runs[-1][0] == face and runs[-1][1] != "\n":
            runs[-1][1] += ch
        else:
            runs.append([face, ch])
    return [(script, chunk) for script, chunk in runs]


def needs_shaping(text: str) -> bool:
    return any(_block_script(ch) in _SHAPED for ch in text)


def _single_font_words(runs: list[tuple[str, str]], fonts: FontSet) -> list[tuple[str, str]]:
    """For shaped paragraphs: reportlab shapes each word with the font of its first letter, so a word must not
    span fonts. Punctuation and digits in a word with Arabic or Devanagari letters take that script's font
    (it has them); where letters of two fonts still touch, a space is put between them (documented)."""
    chars = [[script, ch] for script, chunk in runs for ch in chunk]
    words: list[list[list[str]]] = []
    current: list[list[str]] = []
    for item in chars + [[LATIN, " "]]:
        if item[1].isspace():
            if current:
                words.append(current)
            current = []
        else:
            current.append(item)
    for word in words:
        shaped = {script for script, _ in word if script in _SHAPED}
        if not shaped:
            continue
        if len(shaped) == 1:
            face = next(iter(shaped))
            for item in word:
                if script_of(item[1]) is None and fonts.has_glyph(face, item[1]):
                    item[0] = face
        for before, after in zip(word, word[1:], strict=False):
            if before[0] != after[0]:
                after[1] = " " + after[1]
    out: list[list[str]] = []
    for script, ch in chars:
        if out and out[-1][0] == script and out[-1][1] != "\n" and ch != "\n":
            out[-1][1] += ch
        else:
            out.append([script, ch])
    return [(script, chunk) for script, chunk in out]


def rich_text(text: str, fonts: FontSet | None = None, bold: bool = False) -> str:
    """Paragraph markup that prints ``text`` literally, in the right font per run (``bold``: the bold faces;
    reportlab's ``<font face>`` does not keep the paragraph's boldness, so each run names its bold font)."""
    fonts = fonts or register_fonts()
    text = clean_for_print(text)
    if fonts.builtin:
        latin1 = "".join(ch if ch == "\n" or ord(ch) < 256 else "?" for ch in text)
        return escape(latin1).replace("\n", "<br/>")
    runs = font_runs(text, fonts)
    if needs_shaping(text):
        runs = _single_font_words(runs, fonts)
    parts = []
    for script, chunk in runs:
        if chunk == "\n":
            parts.append("<br/>")
        elif script == LATIN:
            parts.append(escape(chunk))
        else:
            face = fonts.faces[script]
            if bold and f"{face}-Bold" in pdfmetrics.getRegisteredFontNames():
                face = f"{face}-Bold"
            if script in _SHAPED:
                base = face.removesuffix("-Bold")
                for name in {base, f"{base}-Bold"} & set(pdfmetrics.getRegisteredFontNames()):
                    text_layer.note_shaped_text(name, chunk)
            parts.append(f'<font face="{face}">{escape(chunk)}</font>')
    return "".join(parts)
