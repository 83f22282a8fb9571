"""ANSWERS.jsonl: one JSON object per answered question, appended as each answer is made.

The lines carry the reference's answer fields (``question_id``, ``prompt``, ``text``, ``answer_id``,
``model_id``, ``metadata``; ECG Arena: ``golden_convs`` and ``predict_convs``) so that the reference scorer
can read the file too, plus our own (``bundle_sha256``, ``seconds``, ``new_tokens`` ...).

Each line is flushed and fsynced before the next question starts, so a run stopped at any moment (Ctrl-C,
power cut) keeps every finished answer. A last line cut short by such a stop is ignored when reading and
removed before the next append (it holds no complete answer); any other unreadable line is skipped and
counted, never fatal, and its question is asked again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pulse_desktop.core.ecgbench.questions import BenchInputError
from pulse_desktop.core.errors import StorageError


@dataclass(frozen=True)
class AnswerFile:
    records: tuple[dict[str, Any], ...]  # readable lines with a question_id, in file order, first per id
    truncated_tail: bool = False  # the last line was cut short (an interrupted write)
    bad_lines: tuple[int, ...] = ()  # 1-based numbers of other lines that are not a JSON object with an id
    duplicates: tuple[str, ...] = ()  # ids answered more than once (the first answer is kept)
    good_size: int = 0  # bytes up to the end of the last complete line

    @property
    def answered_ids(self) -> frozenset[str]:
        return frozenset(str(r["question_id"]) for r in self.records)


def answer_id_of(record: dict[str, Any]) -> str | None:
    """The question id of an answer line: ``question_id``, or ``id`` as some of the reference's files use."""
    value = record.get("question_id", record.get("id"))
    return None if value is None else str(value)


def answer_text_of(record: dict[str, Any]) -> str:
    """The answer text: ``text``, or ``response`` as the reference's API-model files use."""
    value = record.get("text", record.get("response", ""))
    return value if isinstance(value, str) else ""


def read_answers(path: Path, must_exist: bool = False, last_wins: bool = False) -> AnswerFile:
    """Every complete answer in ``path``; an empty file when it does not exist (unless ``must_exist``).
    Of several lines with the same id the first is kept, or the last with ``last_wins``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if must_exist:
            raise BenchInputError(f"The answer file {path} does not exist.",
                                  "Give the ANSWERS.jsonl that `pulse-desktop bench-ecg run` wrote.") from None
        return AnswerFile(())
    except OSError as exc:
        raise BenchInputError(f"The answer file {path} cannot be read ({exc}).", "Check its permissions.") from None
    lines = raw.split(b"\n")
    truncated = False
    good_size = len(raw)
    if lines and lines[-1] == b"":
        lines.pop()
    elif lines:  # no newline at the end: the last line may have been cut short
        if _parse(lines[-1]) is None:
            truncated = True
            good_size = len(raw) - len(lines[-1])
            lines.pop()
    records: dict[str, dict[str, Any]] = {}
    bad: list[int] = []
    dups: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record = _parse(line)
        qid = None if record is None else answer_id_of(record)
        if record is None or qid is None:
            bad.append(number)
            continue
        if qid in records:
            dups.append(qid)
            if not last_wins:
                continue
        records[qid] = {**record, "question_id": qid}
    return AnswerFile(tuple(records.values()), truncated, tuple(bad), tuple(dups), good_size)


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return value if isinstance(value, dict) else None


@dataclass
class AnswerWriter:
    """Appends answer lines durably; opened after :func:`read_answers` told it where the good part ends."""

    path: Path
    existing: AnswerFile = field(default_factory=lambda: AnswerFile(()))
    _handle: Any = None

    def __enter__(self) -> AnswerWriter:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = open(self.path, "ab")  # noqa: SIM115 - closed in __exit__
            if self.existing.truncated_tail:
                self._handle.truncate(self.existing.good_size)
            elif self._handle.tell() > 0 and not self._ends_with_newline():
                self._handle.write(b"\n")
        except OSError as exc:
            raise StorageError(f"Cannot write the answer file {self.path} ({exc}).",
                               "Choose a folder you can write to, with free space.") from None
        return self

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as f:
            f.seek(-1, os.SEEK_END)
            return f.read(1) == b"\n"

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
        try:
            self._handle.write(line)
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as exc:
            raise StorageError(f"Cannot write the answer file {self.path} ({exc}).",
                               "Free some disk space, then run the same command again: it resumes.") from None

    def __exit__(self, *exc_info: object) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
