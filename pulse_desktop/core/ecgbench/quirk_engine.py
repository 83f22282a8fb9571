"""The app's multimodal engine, able to build the reference arena script's later-turn prompt as well.

The engine renders a conversation's text after the image through its public ``prompt_ids(turns)``. This
subclass replaces that text, for one call at a time, with :func:`arena_quirk_text` of the same turns, and
leaves everything else (image block, KV-cache reuse, decoding) to the engine. Only ``bench-ecg run
--arena-quirk`` uses it that way; otherwise it is the plain engine.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PIL import Image

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.ecgbench.arena_quirk import arena_quirk_text, quirk_text_ids
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.engine.prompt import Turn


class QuirkCapableEngine(MultimodalEngine):
    _quirk = False

    def ask_arena_quirk(self, image: Image.Image, history: Sequence[tuple[str, str]], question: str,
                        cancel: CancelToken | None = None, max_new_tokens: int | None = None) -> Iterator[object]:
        """``question`` after ``history`` on ``image``, prompted as the reference's arena script does."""
        self._quirk = True
        try:
            yield from self.ask(image, question, cancel, max_new_tokens=max_new_tokens, history=list(history))
        finally:
            self._quirk = False

    def prompt_ids(self, turns: list[Turn]) -> tuple[list[int], list[int]]:
        head, tail = super().prompt_ids(turns)
        if not self._quirk:
            return head, tail
        p = self.manifest.prompt
        history = [(t.question, t.answer or "") for t in turns[:-1]]
        text = arena_quirk_text(history, turns[-1].question, p.roles[0], p.roles[1], p.sep, p.sep2)
        return head, quirk_text_ids(text, self.lm.tokenize, self.lm.eos, p.sep2, p.tokenizer_legacy)
