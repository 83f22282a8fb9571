"""Helpers for driving the real window in tests: scripted answers to its questions, and waits."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

from pulse_desktop.core.bundle.importer import import_bundle
from pulse_desktop.gui.prompts import Prompter
from tests.bundle.fake_bundles import make_fake_bundle


class ScriptedPrompter(Prompter):
    """Answers the window's questions from a script; records what was asked. An unscripted question fails."""

    def __init__(self) -> None:
        self.answers: dict[str, deque] = {}
        self.asked: list[tuple[str, str]] = []
        self.printers: list[Any] = []

    def script(self, kind: str, *answers: Any) -> ScriptedPrompter:
        self.answers.setdefault(kind, deque()).extend(answers)
        return self

    def _next(self, kind: str, text: str) -> Any:
        self.asked.append((kind, text))
        queue = self.answers.get(kind)
        if not queue:
            raise AssertionError(f"unscripted {kind} question: {text!r}")
        return queue.popleft()

    def text(self, parent, title, label, default=""):
        return self._next("text", label)

    def yes_no(self, parent, title, question):
        return self._next("yes_no", question)

    def save_discard_cancel(self, parent, title, question):
        return self._next("save_discard_cancel", question)

    def open_file(self, parent, title, filters, folder=""):
        return self._next("open_file", title)

    def save_file(self, parent, title, filters, suggested):
        self.asked.append(("suggested", suggested))
        return self._next("save_file", title)

    def folder(self, parent, title, folder=""):
        return self._next("folder", title)

    def print_dialog(self, parent, printer):
        self.printers.append(printer)
        configure = self._next("print_dialog", "print")
        if callable(configure):
            configure(printer)
            return True
        return bool(configure)


def install_fake_bundle(tmp: Path, name: str = "fake-test", kind: str = "test") -> str:
    """A hand-assembled (not runnable) bundle imported for real; enough for a fake engine."""
    folder = make_fake_bundle(tmp / f"src-{name}", name=name, kind=kind)
    import_bundle(folder)
    return name


def accept_warnings(window) -> tuple[str, ...]:
    """Tick the override box of every quality warning on the review page (as a clinician would)."""
    from PySide6.QtWidgets import QCheckBox

    names = tuple(f.name for f in window.study.session.unaccepted_warnings)
    for name in names:
        box = window.review_page.findChild(QCheckBox, f"override_{name}")
        assert box is not None, name
        box.setChecked(True)
    return names


def open_for_review(qtbot, window, path, accept: bool = True) -> None:
    """File > Open ``path`` through the scripted dialog, wait for the review page, accept warnings."""
    window.prompter.script("open_file", path)
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    if accept:
        accept_warnings(window)
