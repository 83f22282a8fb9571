"""Answering an ECGBench question file with a bundle, as the reference's scripts do, into ANSWERS.jsonl.

As the reference (model_ecg_resume.py / model_ecg_arena.py): the question is the first turn without
``<image>\\n`` (the prompt builder puts the image first), greedy decoding, 1024 new tokens at most, the
answer stripped. Unlike the reference, which writes the whole file only at the end, every answer is
appended and synced as soon as it is made, so stopping loses at most the question under way; a rerun skips
every id already answered. ``limit``/``sample`` pick the same questions on every rerun (the first N, or a
sample drawn with ``seed``), so a quick check resumes too.

ECG Arena items (two turns) are answered turn by turn on the same image: the second turn as a follow-up in
the trained multi-turn format, or, with ``arena_quirk``, with the prompt the reference's arena script
builds (docs/ecgbench.md).
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pulse_desktop import __version__
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.ecgbench.answers import AnswerWriter, read_answers
from pulse_desktop.core.ecgbench.bench_engine import BenchEngine, EngineAnswer, open_bench_engine
from pulse_desktop.core.ecgbench.questions import BenchInputError, BenchQuestion, read_question_file
from pulse_desktop.core.errors import ContextFullError, UnreadableInputError

ProgressFn = Callable[[int, int, str], None]
EngineFactory = Callable[[str | Path], BenchEngine]


@dataclass(frozen=True)
class RunOptions:
    questions: Path
    images: Path
    bundle: str | Path
    out: Path
    limit: int | None = None
    sample: bool = False
    seed: int = 0
    max_new_tokens: int = 1024
    arena_quirk: bool = False


@dataclass(frozen=True)
class RunSummary:
    selected: int  # questions chosen (all, or --limit of them)
    skipped: int  # already answered in the output file
    answered_now: int
    failed: int  # not answered (unreadable image) or answered with an error (context full)
    seconds: float  # wall time of this run, model loading included
    failures: tuple[str, ...] = field(default_factory=tuple)  # "id: why"

    @property
    def seconds_per_question(self) -> float:
        return self.seconds / self.answered_now if self.answered_now else 0.0


def select_questions(questions: Sequence[BenchQuestion], limit: int | None, sample: bool,
                     seed: int) -> list[BenchQuestion]:
    """All questions, the first ``limit``, or (``sample``) ``limit`` drawn with ``seed``, in file order."""
    if limit is None or limit >= len(questions):
        return list(questions)
    if limit < 0:
        raise BenchInputError("--limit must be 0 or more.", "Give the number of questions to answer.")
    if not sample:
        return list(questions[:limit])
    chosen = set(random.Random(seed).sample(range(len(questions)), limit))
    return [q for i, q in enumerate(questions) if i in chosen]


def run_benchmark(options: RunOptions, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
                  engine_factory: EngineFactory = open_bench_engine) -> RunSummary:
    """Answer the selected questions not yet in ``options.out``; returns what was done."""
    start = time.monotonic()
    questions = read_question_file(options.questions)
    if not Path(options.images).is_dir():
        raise BenchInputError(f"The image folder {options.images} does not exist.",
                              "Give the folder the question file's image paths are relative to.")
    selected = select_questions(questions, options.limit, options.sample, options.seed)
    existing = read_answers(options.out)
    done_ids = existing.answered_ids
    todo = [q for q in selected if q.id not in done_ids]
    skipped = len(selected) - len(todo)
    cancel = cancel or CancelToken()
    failures: list[str] = []
    answered = 0
    if not todo:
        return RunSummary(len(selected), skipped, 0, 0, time.monotonic() - start)
    engine = engine_factory(options.bundle)
    try:
        with AnswerWriter(Path(options.out), existing) as writer:
            for number, question in enumerate(todo, skipped + 1):
                t0 = time.monotonic()
                try:
                    record = _answer(engine, question, options, cancel)
                except UnreadableInputError as exc:
                    failures.append(f"{question.id}: {exc.message}")
                    if progress:
                        progress(number, len(selected), f"{question.id} skipped: {exc.message}")
                    continue
                record["wall_seconds"] = round(time.monotonic() - t0, 3)
                writer.append(record)
                answered += 1
                if "error" in record:
                    failures.append(f"{question.id}: {record['error']}")
                if progress:
                    progress(number, len(selected), f"{question.id} ({record['wall_seconds']:.1f} s)")
    finally:
        engine.close()
    return RunSummary(len(selected), skipped, answered, len(failures), time.monotonic() - start, tuple(failures))


def _answer(engine: BenchEngine, question: BenchQuestion, options: RunOptions,
            cancel: CancelToken) -> dict[str, Any]:
    image = engine.load_image(Path(options.images) / question.image)
    common = {"answer_id": uuid.uuid4().hex, "model_id": engine.bundle_name, "metadata": {},
              "image": question.image, "bundle_sha256": engine.bundle_sha256,
              "max_new_tokens": options.max_new_tokens, "engine": f"pulse-desktop {__version__}"}
    if not question.is_arena:
        try:
            answer = engine.ask(image, question.question, options.max_new_tokens, cancel)
        except ContextFullError as exc:
            return {"question_id": question.id, "prompt": question.question, "text": "", **common,
                    "error": exc.message}
        return {"question_id": question.id, "prompt": question.question, "text": answer.text, **common,
                **_figures(answer)}
    turns: list[dict[str, str]] = []
    figures: list[dict[str, Any]] = []
    error = ""
    for i, turn in enumerate(question.turns):
        try:
            if i == 0:
                answer = engine.ask(image, turn.question, options.max_new_tokens, cancel)
            elif options.arena_quirk:
                history = [(t["question"], t["answer"]) for t in turns]
                answer = engine.ask_arena_quirk(image, history, turn.question, options.max_new_tokens, cancel)
            else:
                answer = engine.follow_up(turn.question, options.max_new_tokens, cancel)
        except ContextFullError as exc:
            error = f"turn {i + 1}: {exc.message}"
            break
        turns.append({"question": turn.question, "answer": answer.text})
        figures.append(_figures(answer))
    record = {"question_id": question.id, "golden_convs": [{"question": t.question, "answer": t.answer}
                                                           for t in question.turns],
              "predict_convs": turns, "prompt": question.question,
              "text": turns[0]["answer"] if turns else "", **common, "arena_quirk": options.arena_quirk,
              "turns": figures}
    if error:
        record["error"] = error
    return record


def _figures(answer: EngineAnswer) -> dict[str, Any]:
    return {"seconds": {k: round(v, 3) for k, v in answer.stages.items()}, "new_tokens": len(answer.token_ids)}
