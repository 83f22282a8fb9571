"""Token bytes -> text, incrementally and UTF-8-safe.

A character split over several byte-fallback tokens (an emoji, a CJK character) is emitted whole, once its
last byte arrives: the tokens before it add "". The answer's leading whitespace (SentencePiece's "▁" on the
first token) is not shown, as the reference's decode(...).strip() does not keep it.
"""

from __future__ import annotations

import codecs


class TextStream:
    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._text = ""
        self._emitted = ""

    def add(self, piece: bytes) -> str:
        """The text this piece adds to what is shown (may be "")."""
        self._text += self._decoder.decode(piece)
        return self._advance()

    def finish(self) -> str:
        """Flush an incomplete sequence at the end (as U+FFFD)."""
        self._text += self._decoder.decode(b"", final=True)
        return self._advance()

    def _advance(self) -> str:
        shown = self._text.lstrip()
        delta = shown[len(self._emitted):]
        self._emitted = shown
        return delta

    @property
    def text(self) -> str:
        """The answer as the reference returns it: decoded, stripped."""
        return self._text.strip()
