"""Small ECGBench question and answer files in the reference's format, for the tests of this folder."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def question_item(qid: str, question: str, gold, image: str | None = None, **extra) -> dict:
    """One single-turn item as the published files have it (the question opens with "<image>\\n")."""
    return {"id": qid, "image": image or f"{qid}.png", **extra,
            "conversations": [{"from": "human", "value": "<image>\n" + question},
                              {"from": "gpt", "value": gold}]}


def write_questions(path: Path, items: Iterable[dict]) -> Path:
    path.write_text(json.dumps(list(items), indent=1), encoding="utf-8")
    return path


def write_answers(path: Path, answers: Iterable[tuple[str, str] | dict]) -> Path:
    """Answer lines as the reference's runner writes them; ``(question_id, text)`` or a whole record."""
    lines = []
    for a in answers:
        record = a if isinstance(a, dict) else {"question_id": a[0], "prompt": "", "text": a[1],
                                                "answer_id": "x", "model_id": "m", "metadata": {}}
        lines.append(json.dumps(record))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path
