"""Paragraphs of Arabic and Devanagari (and any text in an Arabic report), laid out here rather than by
reportlab's Paragraph: lines broken in reading order, each line put in drawing order by :mod:`.bidi`, every piece
set in a font that has its glyphs (:func:`.fonts.font_runs`), Arabic and Devanagari shaped by HarfBuzz.

Why not reportlab's Paragraph: it orders lines right to left only with its optional ``rlbidi`` (not on PyPI),
and it shapes a word with the font of its first letter. Here each piece is shaped with its own font.

The text layer: each shaped piece is drawn inside a marked-content span whose ``/ActualText`` is the piece's
text (a right-to-left piece's letters in drawing order, as its glyphs stand, which extractors put back in
reading order as they do for any right-to-left text, and without the optional Arabic vowel marks), so viewers
that honour it (PDFium in Chrome and Edge is tested) copy and search what was written, conjuncts and joined
Arabic letters included. Readers that
ignore it (pypdf) fall back to the ToUnicode map that :mod:`.text_layer` extends.

:func:`paragraph` chooses: this for a right-to-left paragraph or text that needs shaping, reportlab's Paragraph
otherwise (Latin, Greek, Cyrillic, CJK: unchanged).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable, Paragraph

from pulse_desktop.core.report import text_layer
from pulse_desktop.core.report.bidi import LRI, MIRROR, first_strong_is_arabic, open_isolates, visual_runs
from pulse_desktop.core.report.fonts import (
    ARABIC,
    DEVANAGARI,
    FontSet,
    clean_for_print,
    font_runs,
    needs_shaping,
    rich_text,
    script_of,
)

_SHAPED = (ARABIC, DEVANAGARI)


@dataclass(frozen=True)
class _Piece:
    font: str
    drawn: str  # in drawing order (a ShapedStr when shaped)
    width: float
    actual: str = ""  # the text of a shaped piece, for /ActualText, its characters in drawing order


class _Layout:
    """Shapes and measures for one font size and weight."""

    def __init__(self, fonts: FontSet, size: float, bold: bool) -> None:
        self.fonts, self.size, self.bold = fonts, size, bold
        self._cache: dict[tuple[str, str, bool], _Piece] = {}

    def _font(self, script: str) -> str:
        face = self.fonts.faces.get(script, self.fonts.regular)
        if self.bold and f"{face}-Bold" in pdfmetrics.getRegisteredFontNames():
            return f"{face}-Bold"
        return self.fonts.bold if self.bold and face == self.fonts.regular else face

    def _piece(self, script: str, chunk: str, reverse: bool) -> _Piece:
        key = (script, chunk, reverse)
        if key not in self._cache:
            self._cache[key] = self._make(script, chunk, reverse)
        return self._cache[key]

    def _make(self, script: str, chunk: str, reverse: bool) -> _Piece:
        font = self._font(script)
        if script in _SHAPED and any(script_of(c) == script for c in chunk):
            text_layer.note_shaped_text(font, chunk)
            shaped = shapeStr(chunk, font, self.size)  # HarfBuzz orders right-to-left glyphs itself
            if isinstance(shaped, ShapedStr):
                width = sum(d.x_advance for d in shaped.__shapeData__) * self.size / 1000
                # in drawing order, as the glyphs stand: extractors put right-to-left text back in reading order
                return _Piece(font, shaped, width, actual=_for_search(chunk) if reverse else chunk)
        if reverse:  # neutrals drawn right to left: reversed, brackets mirrored (rule L4)
            drawn = chunk[::-1].translate(MIRROR)
            return _Piece(font, drawn, pdfmetrics.stringWidth(drawn, font, self.size))
        return _Piece(font, chunk, pdfmetrics.stringWidth(chunk, font, self.size))

    def line(self, text: str, rtl: bool) -> list[_Piece]:
        """The pieces of one line, left to right as drawn."""
        pieces: list[_Piece] = []
        for level, run in visual_runs(text, rtl):
            reverse = bool(level % 2)
            chunks = font_runs(run, self.fonts)
            for script, chunk in (reversed(chunks) if reverse else chunks):
                if chunk:
                    pieces.append(self._piece(script, chunk, reverse))
        return pieces

    def width(self, text: str, rtl: bool) -> float:
        return sum(p.width for p in self.line(text, rtl))


def _for_search(text: str) -> str:
    """A right-to-left piece's /ActualText: its letters in drawing order, without the optional Arabic vowel marks
    (harakat, shadda: drawn, but left out of the text layer, as people type and search Arabic without them; a text
    extractor's own right-to-left pass also misplaces them)."""
    return "".join(ch for ch in reversed(text) if not ("\u064b" <= ch <= "\u0652" or ch == "\u0670"))


def _break_lines(text: str, layout: _Layout, width: float, rtl: bool) -> list[str]:
    """Lines in reading order, broken at spaces by the shaped width of each word."""
    space = pdfmetrics.stringWidth(" ", layout._font("latin"), layout.size)
    lines: list[str] = []
    for part in text.split("\n"):
        current, used = "", 0.0
        for word in part.split(" "):
            w = layout.width(word, rtl)
            if current and used + space + w > width:
                lines.append(current)
                current, used = LRI * open_isolates(current) + word, w
            else:
                current, used = (f"{current} {word}", used + space + w) if current else (word, w)
        lines.append(current)
    return lines


def _utf16(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


class BidiParagraph(Flowable):
    """A paragraph laid out here (see the module's docstring). ``rtl``: the paragraph's direction; the style
    gives size, leading, colour, weight (its font being the set's bold one) and alignment, which for a
    right-to-left paragraph is mirrored (left = the start of the line: the right)."""

    def __init__(self, text: str, style: ParagraphStyle, fonts: FontSet, rtl: bool,
                 lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = clean_for_print(text)
        self.style, self.fonts, self.rtl = style, fonts, rtl
        self._layout = _Layout(fonts, style.fontSize, style.fontName == fonts.bold)
        self._lines = lines
        self._wrapped_for: float | None = None
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.spaceBefore = getattr(style, "spaceBefore", 0)
        self.spaceAfter = getattr(style, "spaceAfter", 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self.width = availWidth
        if self._lines is None or (self._wrapped_for is not None and self._wrapped_for != availWidth):
            self._lines = _break_lines(self.text, self._layout, availWidth, self.rtl)
            self._wrapped_for = availWidth
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        lines = self._lines or []
        fit = int(availHeight // self.style.leading)
        if fit < 1:
            return []
        if fit >= len(lines):
            return [self]
        parts = [BidiParagraph(self.text, self.style, self.fonts, self.rtl, lines[:fit]),
                 BidiParagraph(self.text, self.style, self.fonts, self.rtl, lines[fit:])]
        parts[0].spaceAfter = parts[1].spaceBefore = 0
        return list(parts)

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        flush_right = (style.alignment == TA_RIGHT) != self.rtl  # right-to-left: "left" is the start, the right
        for line in self._lines or []:
            pieces = self._layout.line(line, self.rtl)
            used = sum(p.width for p in pieces)
            if style.alignment == TA_CENTER:
                x = (self.width - used) / 2
            else:
                x = self.width - used if flush_right else 0.0
            for piece in pieces:
                if piece.actual:
                    canvas._code.append(f"/Span <</ActualText <{_utf16(piece.actual)}>>> BDC")
                text = canvas.beginText(x, y)
                text.setFont(piece.font, style.fontSize)
                text.textOut(piece.drawn)
                canvas.drawText(text)
                if piece.actual:
                    canvas._code.append("EMC")
                x += piece.width
            y -= style.leading
        canvas.restoreState()


def paragraph(text: str, style: ParagraphStyle, fonts: FontSet, rtl: bool | None = None, prefix: str = "",
              bold: bool | None = None) -> Flowable:
    """The flowable for ``text``: a :class:`BidiParagraph` when the paragraph is right to left (``rtl``; None:
    the text's first letter decides) or needs shaping, else reportlab's Paragraph (``prefix``: trusted markup
    before the text, Paragraph only)."""
    direction = first_strong_is_arabic(text) if rtl is None else rtl
    if not fonts.builtin and (direction or needs_shaping(text)):
        return BidiParagraph(text, style, fonts, direction)
    bold = style.fontName == fonts.bold if bold is None else bold
    return Paragraph(prefix + rich_text(text, fonts, bold=bold), style)


__all__ = ["BidiParagraph", "paragraph"]
