"""Reading ECGBench question files in the reference's format.

A question file is a JSON list of items ``{"id", "image", "conversations": [turn, turn, ...]}``:

* single-turn subsets: turns ``{"from": "human"|"user", "value"}`` then ``{"from": "gpt"|"assistant", "value"}``;
  the question is the first turn's value with every ``"<image>\\n"`` removed (the prompt builder puts the image
  back in front), the gold answer is the second turn's value (a string; a list of strings for ECG-QA);
* ECG Arena: turns ``{"question", "answer"}``, asked one after the other about the same image.

Variants seen in the published files are accepted: ``conversation`` for ``conversations`` (ptb-test-report),
``image_path`` for ``image``, an item numbered by ``No`` (mmmu-ecg), a value stored as a list of strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pulse_desktop.core.errors import PulseError

IMAGE_TAG = "<image>\n"


class BenchInputError(PulseError):
    """A question or answer file cannot be used (missing, not JSON, not in the reference's format)."""

    exit_code = 2


@dataclass(frozen=True)
class ArenaTurn:
    question: str
    answer: str  # the reference answer the judge compares with


@dataclass(frozen=True)
class BenchQuestion:
    id: str  # what answers call question_id
    image: str  # path of the image, relative to the image folder
    question: str  # first turn, without "<image>\n"
    gold: str | tuple[str, ...]  # second turn's value ("" for arena items)
    number: str = ""  # the item's "No" field when it has one (mmmu-ecg's answer key)
    turns: tuple[ArenaTurn, ...] = ()  # arena items only

    @property
    def is_arena(self) -> bool:
        return bool(self.turns)


def read_question_file(path: Path) -> list[BenchQuestion]:
    """Every item of a question file, in file order; BenchInputError naming the first bad item."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BenchInputError(f"The question file {path} does not exist.",
                              "Give the path of an ECGBench question file such as ptb-test.json.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BenchInputError(f"The question file {path} cannot be read as JSON ({exc}).",
                              "Use the question files as published with ECGBench (a JSON list).") from None
    if not isinstance(data, list):
        raise BenchInputError(f"The question file {path} is not a JSON list of questions.",
                              "Use the question files as published with ECGBench (a JSON list).")
    questions = [_parse_item(item, i, path) for i, item in enumerate(data)]
    seen: set[str] = set()
    for q in questions:
        if q.id in seen:
            raise BenchInputError(f"The question file {path} has the id {q.id!r} twice.",
                                  "Each question needs its own id; answers are matched to questions by id.")
        seen.add(q.id)
    return questions


def _parse_item(item: Any, index: int, path: Path) -> BenchQuestion:
    where = f"item {index} of {path}"
    hint = "Each item needs an id, an image and conversations, as in the published ECGBench files."
    if not isinstance(item, dict):
        raise BenchInputError(f"{where} is not a JSON object.", hint)
    qid = item.get("id", item.get("No"))
    image = item.get("image", item.get("image_path"))
    turns = item.get("conversations", item.get("conversation"))
    if qid is None or not isinstance(image, str) or not isinstance(turns, list) or not turns:
        raise BenchInputError(f"{where} lacks an id, an image or its conversations.", hint)
    number = str(item["No"]) if "No" in item else ""
    if all(isinstance(t, dict) and "question" in t for t in turns):
        arena = tuple(ArenaTurn(_text(t.get("question"), where), _text(t.get("answer", ""), where))
                      for t in turns)
        return BenchQuestion(str(qid), image, arena[0].question, "", number, arena)
    if len(turns) < 2 or not all(isinstance(t, dict) and "value" in t for t in turns[:2]):
        raise BenchInputError(f"{where} needs a question turn and an answer turn with a 'value'.", hint)
    question = _text(turns[0]["value"], where).replace(IMAGE_TAG, "")
    gold_value = turns[1]["value"]
    if isinstance(gold_value, list):
        gold: str | tuple[str, ...] = tuple(str(v) for v in gold_value)
    else:
        gold = _text(gold_value, where)
    return BenchQuestion(str(qid), image, question, gold, number)


def _text(value: Any, where: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    raise BenchInputError(f"{where} has a turn whose text is neither a string nor a list of strings.",
                          "Use the question files as published with ECGBench.")
