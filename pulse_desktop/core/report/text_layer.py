"""A searchable text layer for shaped scripts (Arabic, Devanagari).

When HarfBuzz shapes a word, some glyphs have no character of their own (Arabic contextual forms and
ligatures, Devanagari conjuncts and half forms). reportlab then gives each such glyph a private-use code,
and the PDF's ToUnicode map says that glyph *is* that private-use character, so copying or searching the
text finds nothing. Here we shape the same words ourselves, note which text each such glyph stands for
(its HarfBuzz cluster, less the characters other glyphs of the cluster already show), and extend reportlab's
ToUnicode maps with those strings (a ToUnicode entry may map one glyph to several characters; that is how
PDF represents ligatures).

The hook replaces ``reportlab.pdfbase.ttfonts.makeToUnicodeCMap`` with a wrapper that changes only the
private-use entries of fonts noted here; every other font's map is reportlab's own. Without ``uharfbuzz``
nothing is shaped and nothing here runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from reportlab.pdfbase import pdfmetrics, ttfonts

try:
    import uharfbuzz
except ImportError:  # pragma: no cover - the report then prints Arabic and Devanagari unshaped
    uharfbuzz = None

_PRIVATE = range(0xE000, 0xF900)
_FEATURES = {"kern": True, "liga": True, "dlig": True}  # what reportlab's shaping uses
_texts: dict[str, dict[int, str]] = defaultdict(dict)  # font face name -> glyph id -> text it stands for
_certain: dict[str, set[int]] = defaultdict(set)  # glyphs whose text came from a clean, one-glyph cluster
_fonts: dict[str, str] = {}  # font face name -> registered font name
_original_cmap = ttfonts.makeToUnicodeCMap


def _face_name(ttf) -> str:
    name = ttf.face.name
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def _has_own_character(face, gid: int) -> bool:
    return any(code not in _PRIVATE for code in face.glyphToChar.get(gid, ()))


def note_shaped_text(font_name: str, text: str) -> None:
    """Remember what the character-less glyphs of ``text``, shaped in ``font_name``, stand for."""
    if uharfbuzz is None:
        return
    ttf = pdfmetrics.getFont(font_name)
    if not getattr(ttf, "shapable", False):
        return
    face = ttf.face
    known = _texts[_face_name(ttf)]
    certain = _certain[_face_name(ttf)]
    own = {chr(c) for c in face.charToGlyph if c not in _PRIVATE and unicodedata.category(chr(c))[0] in "LM"}
    _fonts[_face_name(ttf)] = font_name
    hb_font = uharfbuzz.Font(ttf.hbFace)
    for word in re.findall(r"\S+", text):
        buf = uharfbuzz.Buffer()
        buf.add_str(word)
        buf.guess_segment_properties()
        buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        uharfbuzz.shape(hb_font, buf, _FEATURES)
        glyphs: dict[int, list[int]] = defaultdict(list)
        for info in buf.glyph_infos:
            glyphs[info.cluster].append(info.codepoint)
        starts = sorted(glyphs) + [len(word)]
        for start, end in zip(starts, starts[1:], strict=False):
            cluster_text = word[start:end]
            shown = [chr(c) for g in glyphs[start] if _has_own_character(face, g)
                     for c in face.glyphToChar.get(g, ())[:1] if c not in _PRIVATE]
            rest = list(cluster_text)
            clean = True  # each glyph with a character of its own shows a character of this cluster
            for ch in shown:
                if ch in rest:
                    rest.remove(ch)
                else:
                    clean = False  # e.g. Noto draws ई as the glyph of इ plus a hook that is also the reph
            orphans = [g for g in glyphs[start] if not _has_own_character(face, g)]
            sure = clean and len(orphans) == 1 and all(ch in own for ch in rest)
            for n, gid in enumerate(orphans):  # the first stands for the text; others (dots, marks) for nothing
                if gid not in known or (sure and gid not in certain):
                    known[gid] = "".join(rest) if n == 0 else "\u200b"
                    if sure:
                        certain.add(gid)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    face_name = fontname.split("+", 1)[-1]
    known = _texts.get(face_name)
    cmap = _original_cmap(fontname, subset)
    if not known or face_name not in _fonts:
        return cmap
    face = pdfmetrics.getFont(_fonts[face_name]).face
    for index, code in enumerate(subset):
        text = known.get(face.charToGlyph.get(code, -1)) if code in _PRIVATE else None
        if text is not None:
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(text)}>", 1)
    return cmap


def install() -> None:
    """Extend reportlab's ToUnicode maps (idempotent)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
