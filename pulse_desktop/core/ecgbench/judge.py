"""Scoring the judged subsets (PTB-XL Report, ECG Arena) with an LLM judge, as the reference does.

Per item the judge gives 0-10 for each aspect (judge_prompts). As in the reference, a report's score is
the mean of its aspects times 10 and the subset's score the mean over reports; Arena's score is the mean of
every aspect score of every item, times 10. Verdicts are kept in a JSONL file beside the answers and reused
(same judge model, same answer text), so an interrupted judging run continues where it stopped. A verdict
that cannot be read is asked once more, then left out and counted (the reference would stop on it).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from pulse_desktop.core.ecgbench import judge_prompts
from pulse_desktop.core.ecgbench.answers import AnswerFile, AnswerWriter, answer_text_of, read_answers
from pulse_desktop.core.ecgbench.questions import BenchQuestion
from pulse_desktop.core.ecgbench.scoring import SubsetScore
from pulse_desktop.core.ecgbench.subsets import JUDGED_ARENA, Subset

ProgressFn = Callable[[int, int, str], None]


class Judge(Protocol):
    model: str

    def complete(self, prompt: str) -> str: ...


def parse_verdict(content: str, aspects: Sequence[str]) -> dict[str, float] | None:
    """``{aspect: score}`` from the judge's reply (the outermost ``{...}``, keys matched without regard to
    case), or None unless every aspect has a score between 0 and 10."""
    start, end = content.find("{"), content.rfind("}")
    if start < 0 or end < start:
        return None
    try:
        data = json.loads(content[start:end + 1])
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    by_name = {str(k).strip().lower(): v for k, v in data.items()}
    scores: dict[str, float] = {}
    for aspect in aspects:
        value = by_name.get(aspect.lower())
        if isinstance(value, dict):
            value = {str(k).lower(): v for k, v in value.items()}.get("score")
        if isinstance(value, str):
            try:
                value = float(value.strip())
            except ValueError:
                return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10:
            return None
        scores[aspect] = float(value)
    return scores


def _prompt_for(subset: Subset, question: BenchQuestion, record: dict[str, Any]) -> str | None:
    if subset.kind != JUDGED_ARENA:
        gold = question.gold if isinstance(question.gold, str) else "\n".join(question.gold)
        return judge_prompts.report_prompt(gold, answer_text_of(record))
    predicted = record.get("predict_convs")
    if isinstance(predicted, list):
        answers = [str(t.get("answer", "")) for t in predicted if isinstance(t, dict)]
    elif isinstance(record.get("response"), list):  # the reference's API-model files
        answers = [str(t.get("response", "")) for t in record["response"] if isinstance(t, dict)]
    else:
        answers = []
    if len(answers) < len(question.turns):
        return None
    return judge_prompts.arena_prompt([(t.question, t.answer, a) for t, a in zip(question.turns, answers[:len(question.turns)], strict=True)])


def judge_answers(subset: Subset, questions: Sequence[BenchQuestion], answers: AnswerFile, judge: Judge,
                  judgments_path: Path, progress: ProgressFn | None = None) -> SubsetScore:
    """Judge every answer (reusing kept verdicts) and score the subset on a 0-100 scale."""
    aspects = judge_prompts.ARENA_ASPECTS if subset.kind == JUDGED_ARENA else judge_prompts.REPORT_ASPECTS
    by_id = {q.id: q for q in questions}
    kept = read_answers(judgments_path, last_wins=True)
    cache = {r["question_id"]: r for r in kept.records}
    verdicts: list[dict[str, float]] = []
    incomplete: list[str] = []
    unreadable: list[str] = []
    todo = [r for r in answers.records if r["question_id"] in by_id]
    unknown = [r["question_id"] for r in answers.records if r["question_id"] not in by_id]
    with AnswerWriter(Path(judgments_path), kept) as writer:
        for done, record in enumerate(todo, 1):
            qid = record["question_id"]
            prompt = _prompt_for(subset, by_id[qid], record)
            if prompt is None:
                incomplete.append(qid)
                continue
            digest = hashlib.sha256(prompt.encode("utf-8")).hexdigest()
            hit = cache.get(qid)
            if hit and hit.get("judge_model") == judge.model and hit.get("prompt_sha256") == digest:
                verdicts.append({a: float(hit["scores"][a]) for a in aspects})
                continue
            scores, content = None, ""
            for _ in range(2):
                content = judge.complete(prompt)
                scores = parse_verdict(content, aspects)
                if scores is not None:
                    break
            if scores is None:
                unreadable.append(qid)
            else:
                verdicts.append(scores)
                writer.append({"question_id": qid, "judge_model": judge.model, "prompt_sha256": digest,
                               "scores": scores, "reply": content})
            if progress:
                progress(done, len(todo), qid)
    return _score(subset, aspects, verdicts, len(questions), tuple(unknown), incomplete, unreadable)


def _score(subset: Subset, aspects: Sequence[str], verdicts: list[dict[str, float]], total: int,
           unknown: tuple[str, ...], incomplete: list[str], unreadable: list[str]) -> SubsetScore:
    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else math.nan

    # report: mean of per-report means; arena: mean of all scores. Equal here, since every verdict has every
    # aspect; computed the reference's way for each all the same.
    if subset.kind == JUDGED_ARENA:
        overall = mean([10 * v[a] for v in verdicts for a in aspects])
    else:
        overall = mean([10 * mean([v[a] for a in aspects]) for v in verdicts])
    metrics = {"score": overall}
    metrics.update({a.lower().replace(" ", "_"): mean([10 * v[a] for v in verdicts]) for a in aspects})
    notes = []
    if incomplete:
        notes.append(f"{len(incomplete)} arena answer(s) lack a turn and were not judged: {incomplete[:5]}")
    if unreadable:
        notes.append(f"{len(unreadable)} verdict(s) could not be read twice and were left out: {unreadable[:5]}")
    notes.append("judged figures are comparable with the paper's only with its judge (GPT-4o)")
    return SubsetScore(subset.name, metrics, len(verdicts), total, (), (), unknown, 0, tuple(notes))
