"""bench-ecg run on the tiny bundle: real engine, rendered PTB-XL records, interrupted and resumed, scored.

The tiny model's weights are random, so its answers mean nothing; what is tested is the path: question files
in the reference's format, answer lines the reference could read, resuming, the arena turns, scoring.
Answers are kept short (a few tokens): the image prefill dominates the time of these tests.
"""

from __future__ import annotations

import json

import pytest

from pulse_desktop.cli.main import main
from pulse_desktop.core.bundle.manifest import manifest_sha256
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.ecgbench.arena_quirk import arena_quirk_text, quirk_text_ids
from pulse_desktop.core.ecgbench.bench_engine import EngineForBench, open_bench_engine
from pulse_desktop.core.ecgbench.runner import RunOptions, run_benchmark
from pulse_desktop.core.engine.prompt import Turn, text_after_image, tokens_after_image
from pulse_desktop.core.errors import Cancelled
from tests.ecgbench.ptbxl_bench import build_ptbxl_bench

TOKENS = 6


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    return build_ptbxl_bench(tmp_path_factory.mktemp("ptbxl_bench"), range(2))


def test_interrupted_run_resumes_then_scores(bench, tiny_bundle_f32_flat, tmp_path, capsys):
    questions = json.loads(bench.files["ptb-test"].read_text(encoding="utf-8"))
    questions.append({**questions[0], "id": "ptb-missing-image", "image": "ptb/none.png"})
    qfile = tmp_path / "ptb-test.json"
    qfile.write_text(json.dumps(questions), encoding="utf-8")
    out = tmp_path / "answers" / "ptb-test.jsonl"
    options = RunOptions(qfile, bench.images, str(tiny_bundle_f32_flat), out, max_new_tokens=TOKENS)

    cancel = CancelToken()
    seen: list[tuple[int, int]] = []

    def stop_after_first(done, total, note):
        seen.append((done, total))
        cancel.cancel()

    with pytest.raises(Cancelled):
        run_benchmark(options, progress=stop_after_first, cancel=cancel)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and seen == [(1, 3)]
    first = json.loads(lines[0])
    assert first["question_id"] == questions[0]["id"]
    assert first["prompt"] == questions[0]["conversations"][0]["value"].removeprefix("<image>\n")
    assert first["bundle_sha256"] == manifest_sha256(tiny_bundle_f32_flat)
    assert first["new_tokens"] <= TOKENS and set(first["seconds"]) >= {"vision", "prefill", "decode"}
    assert {"answer_id", "model_id", "metadata", "text", "wall_seconds", "image"} <= set(first)

    with open(out, "ab") as f:  # a power cut in the middle of writing the next line
        f.write(b'{"question_id": "ptb-00129_hr-0", "prompt": "Anal')
    summary = run_benchmark(options)
    assert (summary.skipped, summary.answered_now, summary.failed) == (1, 1, 1)
    assert "ptb-missing-image" in summary.failures[0] and "no file" in summary.failures[0]
    ids = [json.loads(line)["question_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [q["id"] for q in questions[:2]]  # every line is whole; the image-less one is not written

    # a third run loads nothing and answers nothing but the question whose image is still missing
    assert main(["bench-ecg", "run", "--questions", str(qfile), "--images", str(bench.images),
                 "--bundle", str(tiny_bundle_f32_flat), "--out", str(out), "--max-new-tokens", str(TOKENS)]) == 1
    captured = capsys.readouterr()
    assert "0 answered now, 2 already in" in captured.out and "1 failed" in captured.out

    assert main(["bench-ecg", "score", "--subset", "ptb-test", "--questions", str(qfile),
                 "--answers", str(out), "--json"]) == 0
    scored = json.loads(capsys.readouterr().out)["ptb-test"]
    assert (scored["answered"], scored["questions"]) == (2, 3)
    assert set(scored) >= {"f1", "auc", "hamming_loss", "paper"}


def test_cli_run_with_limit_prints_progress_with_eta(bench, tiny_bundle_f32_flat, tmp_path, capsys):
    out = tmp_path / "report.jsonl"
    argv = ["bench-ecg", "run", "--questions", str(bench.files["ptb-test-report"]), "--images", str(bench.images),
            "--bundle", str(tiny_bundle_f32_flat), "--out", str(out), "--limit", "1", "--sample", "--seed", "3",
            "--max-new-tokens", str(TOKENS)]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "[1/1] answer ptb-report-" in captured.err and "1 answered now" in captured.out
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["prompt"] == "Please write a clinical report based on this ECG image."
    assert record["question_id"] in {f"ptb-report-{qid}" for qid in bench.reports}


class _KeepOpen(EngineForBench):
    def close(self) -> None:  # the test closes it, so that both runs share one engine (one image prefill)
        pass


def test_arena_turns_trained_and_with_the_reference_quirk(bench, tiny_bundle_f32_flat, tmp_path):
    items = json.loads(bench.files["arena"].read_text(encoding="utf-8"))[:1]
    qfile = tmp_path / "arena.json"
    qfile.write_text(json.dumps(items), encoding="utf-8")
    engine = open_bench_engine(str(tiny_bundle_f32_flat))
    shared = _KeepOpen(engine.engine)
    try:
        records = {}
        for quirk in (False, True):
            out = tmp_path / f"arena-{quirk}.jsonl"
            run_benchmark(RunOptions(qfile, bench.images, "unused", out, max_new_tokens=TOKENS, arena_quirk=quirk),
                          engine_factory=lambda bundle: shared)
            records[quirk] = json.loads(out.read_text(encoding="utf-8"))
        for quirk, record in records.items():
            assert record["arena_quirk"] is quirk
            assert [t["question"] for t in record["predict_convs"]] == [t["question"] for t in items[0]["conversations"]]
            assert record["golden_convs"] == items[0]["conversations"] and len(record["turns"]) == 2
        # the first turn is the same question on the same image: the same answer
        assert records[True]["predict_convs"][0] == records[False]["predict_convs"][0]

        # the quirk's token ids: the reference script's text, cut at </s> by the engine's own rule
        lm, p = engine.engine.lm, engine.engine.manifest.prompt
        turns = [Turn("What is the rhythm?", "Sinus rhythm."), Turn("And the axis?")]
        assert quirk_text_ids(text_after_image(p, turns), lm.tokenize, lm.eos, p.sep2, p.tokenizer_legacy) \
            == tokens_after_image(p, turns, lm.tokenize, lm.eos)
        trained = engine.engine.prompt_ids(turns)[1]
        engine.engine._quirk = True
        quirky = engine.engine.prompt_ids(turns)[1]
        engine.engine._quirk = False
        text = arena_quirk_text([("What is the rhythm?", "Sinus rhythm.")], "And the axis?")
        assert quirky == quirk_text_ids(text, lm.tokenize, lm.eos, p.sep2, p.tokenizer_legacy) and quirky != trained
        assert quirky.count(lm.eos) == 1 and quirky[-1] != lm.eos
    finally:
        engine.close()
