"""The path through a study, always visible: 1 Image · 2 Check · 3 Interpret · 4 Confirm · 5 Report."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pulse_desktop.core.study.session import StudySession
from pulse_desktop.gui.theme import colours

PAGE_STEP = {"start": 0, "capture": 0, "review": 1, "interpret": 2}


class StepBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        titles = (self.tr("1  Image"), self.tr("2  Check and patient"), self.tr("3  Interpret"),
                  self.tr("4  Confirm"), self.tr("5  Save or print"))
        self.titles = titles
        self.labels = [QLabel(t) for t in titles]
        for index, label in enumerate(self.labels):
            if index:
                layout.addWidget(QLabel("›"))
            layout.addWidget(label)
        layout.addStretch(1)
        self._current = 0
        self._done = 0

    def set_current(self, page: str) -> None:
        self.setVisible(page in PAGE_STEP)
        self._current = PAGE_STEP.get(page, -1)
        self._paint()

    def set_done(self, session: StudySession) -> None:
        done = 0
        if session.has_image:
            done = 1
        if session.answered:
            done = 3
        if session.confirmed:
            done = 4
        self._done = done
        self._paint()

    def _paint(self) -> None:
        for index, label in enumerate(self.labels):
            current = index == self._current or (self._current == 2 and index in (3, 4) and self._done >= 3)
            palette = colours()
            if current:
                style = f"font-weight:bold;color:{palette.current}"
            elif index < self._done:
                style = f"color:{palette.done}"
            else:
                style = f"color:{palette.muted}"
            label.setStyleSheet(style)
            # the state in words and marks too, not by colour alone: ✓ done, ▸ here
            label.setText(("▸ " if current else "✓ " if index < self._done else "") + self.titles[index])
