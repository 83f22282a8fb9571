"""`pulse-desktop bench-ecg run|score`: the paper's benchmark (ECGBench) on a local bundle.

``run`` answers a question file with a bundle into ANSWERS.jsonl (resumable; progress and ETA on stderr);
``score`` scores an answer file the reference's way and prints it beside the paper's PULSE-7B figures.
See docs/ecgbench.md.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from pulse_desktop.core.errors import PulseError


def register(sub) -> None:
    from pulse_desktop.core.ecgbench.subsets import SUBSETS

    p = sub.add_parser("bench-ecg", help="run and score ECGBench, the paper's benchmark, on a bundle")
    actions = p.add_subparsers(dest="bench_ecg_command", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    run = actions.add_parser("run", help="answer an ECGBench question file with a bundle (resumable)")
    run.add_argument("--questions", required=True, type=Path, help="a question file, e.g. ptb-test.json")
    run.add_argument("--images", required=True, type=Path, help="the folder the items' image paths are relative to")
    run.add_argument("--bundle", required=True, help="an installed bundle's name, or a bundle folder")
    run.add_argument("--out", required=True, type=Path,
                     help="ANSWERS.jsonl to write; questions already answered in it are skipped")
    run.add_argument("--limit", type=int, help="answer at most N questions (in file order, or sampled)")
    run.add_argument("--sample", action="store_true", help="with --limit: a random sample instead of the first N")
    run.add_argument("--seed", type=int, default=0, help="seed of --sample (default 0)")
    run.add_argument("--max-new-tokens", type=int, default=1024, help="as the reference: 1024")
    run.add_argument("--arena-quirk", action="store_true",
                     help="ECG Arena: build the second turn's prompt exactly as the reference's arena script "
                          "does (with its doubled 'ASSISTANT:'); see docs/ecgbench.md")
    run.add_argument("--server", default=None, metavar="URL",
                     help="answer on the clinic's interpretation server (llama-server, docs/clinic-server.md); "
                          "it must serve this bundle (manifest sha256)")
    run.add_argument("--server-key-file", default=None, help="a file whose first line is the server's API key")
    run.add_argument("--server-fingerprint", default="", help="the server certificate's pinned sha256 fingerprint")
    run.set_defaults(func=run_bench)

    score = actions.add_parser("score", help="score an answer file the reference's way")
    score.add_argument("--subset", required=True, choices=list(SUBSETS), help="which ECGBench subset")
    score.add_argument("--questions", required=True, type=Path, help="the subset's question file")
    score.add_argument("--answers", required=True, type=Path, help="ANSWERS.jsonl")
    score.add_argument("--json", action="store_true", help="print one JSON object")
    score.add_argument("--plot", type=Path, help="write a PNG of the per-class F1")
    score.add_argument("--judge-url", help="ptb-test-report and arena: base URL of an OpenAI-compatible server "
                                           "(e.g. http://127.0.0.1:8080/v1, a local llama-server)")
    score.add_argument("--judge-model", default="", help="the judge's model name on that server")
    score.add_argument("--judge-key-env", default="",
                       help="name of an environment variable holding the judge's API key (never the key itself)")
    score.add_argument("--judgments", type=Path,
                       help="where the judge's verdicts are kept and reused (default: beside the answers)")
    score.set_defaults(func=run_score)


def _usage(parser) -> int:
    parser.print_help()
    return 2


def run_score(args) -> int:
    from pulse_desktop.core.ecgbench.answers import read_answers
    from pulse_desktop.core.ecgbench.f1_plot import save_f1_chart
    from pulse_desktop.core.ecgbench.questions import read_question_file
    from pulse_desktop.core.ecgbench.scoring import score_subset
    from pulse_desktop.core.ecgbench.subsets import get_subset
    from pulse_desktop.core.ecgbench.summary import score_to_json, score_to_text

    subset = get_subset(args.subset)
    questions = read_question_file(args.questions)
    answers = read_answers(args.answers, must_exist=True)
    if subset.needs_judge:
        score = _judged_score(args, subset, questions, answers)
    else:
        score = score_subset(subset, questions, answers)
    if args.json:
        print(json.dumps(score_to_json(score), indent=2))
    else:
        print(score_to_text(score))
    if args.plot:
        if not score.per_class:
            print(f"No per-class figures for {subset.name}: no plot written.", file=sys.stderr)
        else:
            print(f"Plot written to {save_f1_chart(score, args.plot)}", file=sys.stderr)
    return 0


def _judged_score(args, subset, questions, answers):
    if not args.judge_url:
        raise PulseError(
            f"{subset.name} is scored by an LLM judge and cannot be scored offline.",
            "Give --judge-url of an OpenAI-compatible server (a local llama-server counts) and --judge-model. "
            "The paper's judge was GPT-4o; another judge gives figures that are not comparable with its "
            f"{subset.paper.get('score', 0):.1f}.")
    from pulse_desktop.core.ecgbench.judge import judge_answers
    from pulse_desktop.core.ecgbench.judge_client import JudgeClient

    client = JudgeClient.from_options(args.judge_url, args.judge_model, args.judge_key_env)
    judgments = args.judgments or args.answers.with_name(args.answers.stem + ".judgments.jsonl")
    return judge_answers(subset, questions, answers, client, judgments, progress=_progress_printer("judge"))


def run_bench(args) -> int:
    from pulse_desktop.core.ecgbench.runner import RunOptions, run_benchmark

    options = RunOptions(questions=args.questions, images=args.images, bundle=args.bundle, out=args.out,
                         limit=args.limit, sample=args.sample, seed=args.seed,
                         max_new_tokens=args.max_new_tokens, arena_quirk=args.arena_quirk)
    factory = {} if not args.server else {"engine_factory": _server_engine_factory(args)}
    summary = run_benchmark(options, progress=_progress_printer("answer"), **factory)
    print(f"{summary.answered_now} answered now, {summary.skipped} already in {args.out}, "
          f"{summary.failed} failed; {summary.seconds:.1f} s ({summary.seconds_per_question:.1f} s a question)")
    return 1 if summary.failed else 0


def _server_engine_factory(args):
    """The runner's engine on the clinic server instead of this computer."""
    from pulse_desktop.cli.cmd_interpret import server_address
    from pulse_desktop.cli.interpret_study import UsageError

    if args.arena_quirk:
        raise UsageError("--arena-quirk builds a prompt only this computer's engine can feed.",
                         "Run the arena subset without --server.")
    address = server_address(args)

    def open_remote(bundle):
        from pulse_desktop.core.bundle.registry import resolve_bundle
        from pulse_desktop.core.ecgbench.bench_engine import EngineForBench
        from pulse_desktop.core.remote.remote_engine import RemoteEngine

        return EngineForBench(RemoteEngine(address, resolve_bundle(bundle)))

    return open_remote


def _progress_printer(verb: str):
    """A callback (done, total, note) printing progress with an ETA on stderr."""
    start = time.monotonic()
    first_done: list[int] = []

    def report(done: int, total: int, note: str = "") -> None:
        if not first_done:
            first_done.append(done)
        elapsed = time.monotonic() - start
        made = done - first_done[0] + 1  # the first report is one question answered since the start
        eta = "" if made <= 0 else f", ETA {_duration(elapsed / made * (total - done))}"
        print(f"[{done}/{total}] {verb} {note}{eta}", file=sys.stderr, flush=True)

    return report


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
