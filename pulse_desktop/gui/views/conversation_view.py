"""The model's words, verbatim: the first answer and the follow-up questions and answers, streamed."""

from __future__ import annotations

import html

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from pulse_desktop.core.study.values import Turn
from pulse_desktop.gui.theme import colours


class ConversationView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("The interpretation appears here as the model writes it."))
        self._turns: list[Turn] = []
        self._streaming: str | None = None  # the question being answered, while streaming
        self._streamed = ""
        self._streaming_kind = "ask"

    def show_turns(self, turns: list[Turn]) -> None:
        self._turns = list(turns)
        self._streaming = None
        self._render()

    def begin_answer(self, question: str, kind: str = "ask") -> None:
        self._streaming, self._streamed, self._streaming_kind = question, "", kind
        self._render()

    def append_text(self, text: str) -> None:
        if self._streaming is None or not text:
            return
        self._streamed += text
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    @property
    def streamed_text(self) -> str:
        return self._streamed

    def _render(self) -> None:
        parts = []
        for turn in self._turns:
            parts.append(self._turn_html(turn.kind, turn.question, turn.answer, turn.complete))
        if self._streaming is not None:
            parts.append(self._turn_html(self._streaming_kind, self._streaming, "", True))
        self.setHtml("".join(parts))
        if self._streaming is not None:
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)

    def _turn_html(self, kind: str, question: str, answer: str, complete: bool) -> str:
        who = self.tr("Question") if kind == "ask" else self.tr("Follow-up question")
        note = "" if complete else "<p style='color:{}'><i>{}</i></p>".format(colours().warning, html.escape(
            self.tr("Incomplete: stopped before the model finished.")))
        body = html.escape(answer).replace("\n", "<br>")
        return f"<p style='color:{colours().muted}'><b>{html.escape(who)}:</b> {html.escape(question)}</p>{note}<p>{body}</p>"
