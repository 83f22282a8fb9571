"""The clinic server computes what this computer computes (issue 18's proof), with the real llama-server
(built from the vendored llama.cpp with PULSE's CLIP fix) serving the tiny F32 bundle (``flat``):

* on real ECG pages, the first token's top-5 ids are the local engine's and their log-probabilities are
  within 1e-3, and the greedy text (32 tokens) is identical;
* a follow-up reuses the server's prompt cache (the image is not computed again) and equals the local
  follow-up; a read-ahead leaves the image in the cache for the question;
* Cancel closes the request and the server frees the slot.
"""

from __future__ import annotations

import time

import pytest

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Token, run_to_result
from pulse_desktop.core.imaging.load_image import load_image
from pulse_desktop.core.remote.client import ServerAddress, ServerClient
from pulse_desktop.core.remote.remote_engine import RemoteEngine
from tests.support.paths import ECG_IMAGES

QUESTION = "Please write a clinical report based on this ECG image."
PAGES = ["ecg00012.jpg", "ecg00019.bmp", "ecg00001.png"]  # 3776x1898, 640x289, and a third real page
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def local(tiny_bundle_f32_flat):
    engine = MultimodalEngine(tiny_bundle_f32_flat, n_threads=1, n_gpu_layers=0)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def remote(tiny_server, tiny_bundle_f32_flat):
    return RemoteEngine(ServerAddress(tiny_server, timeout=120), tiny_bundle_f32_flat)


def compare(a, b) -> float:
    assert [t.token_id for t in a.first_token_top_logprobs] == [t.token_id for t in b.first_token_top_logprobs]
    return max(abs(x.logprob - y.logprob) for x, y in zip(a.first_token_top_logprobs,
                                                           b.first_token_top_logprobs, strict=True))


@pytest.mark.parametrize("name", PAGES)
def test_first_token_and_greedy_text_equal_the_local_engine(local, remote, name):
    image = load_image(ECG_IMAGES / name).image
    here = run_to_result(local.ask(image, QUESTION, max_new_tokens=32))
    there = run_to_result(remote.ask(image, QUESTION, max_new_tokens=32))
    gap = compare(here, there)
    print(f"{name}: {here.image_tokens} image tokens, first-token top-5 log-prob gap {gap:.2e}, "
          f"{len(here.token_ids)} greedy tokens")
    assert len(there.first_token_top_logprobs) == 5
    assert gap < TOLERANCE
    assert there.token_ids == here.token_ids
    assert there.text == here.text
    assert there.image_tokens == here.image_tokens


def test_follow_up_reuses_the_prompt_cache(local, remote):
    image = load_image(ECG_IMAGES / "ecg00019.bmp").image
    first_here = run_to_result(local.ask(image, QUESTION, max_new_tokens=16))
    first_there = run_to_result(remote.ask(image, QUESTION, max_new_tokens=16))
    assert first_there.text == first_here.text
    here = run_to_result(local.follow_up("Is the rhythm regular?", max_new_tokens=16))
    started = time.perf_counter()
    there = run_to_result(remote.follow_up("Is the rhythm regular?", max_new_tokens=16))
    seconds = time.perf_counter() - started
    print(f"follow-up: {there.tokens_cached} positions from the cache, {seconds:.2f} s")
    assert there.tokens_cached >= first_there.image_tokens  # the image was not computed again
    assert compare(here, there) < TOLERANCE
    assert there.token_ids == here.token_ids and there.turn == 2


def test_read_ahead_leaves_the_image_in_the_cache(remote):
    image = load_image(ECG_IMAGES / "ecg00001.png").image
    ahead = run_to_result(remote.read_ahead(image))
    answer = run_to_result(remote.ask(image, "What is the heart rate?", max_new_tokens=8))
    assert ahead.cached_positions >= ahead.image_tokens
    assert answer.tokens_cached >= ahead.image_tokens


def test_cancel_closes_the_request_and_frees_the_slot(remote, tiny_server):
    cancel = CancelToken()
    image = load_image(ECG_IMAGES / "ecg00012.jpg").image
    words = []

    def seen(event):
        if isinstance(event, Token):
            words.append(event)
            cancel.cancel()

    with pytest.raises(Cancelled):
        run_to_result(remote.ask(image, "Describe every lead in detail.", cancel, max_new_tokens=1024), seen)
    slots = ServerClient(ServerAddress(tiny_server))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(s.get("is_processing") for s in slots.get_json("/slots")):
        time.sleep(0.1)
    assert words and not any(s.get("is_processing") for s in slots.get_json("/slots"))


def test_bench_ecg_on_the_server_gives_the_local_answers(tiny_server, tiny_bundle_f32_flat, tmp_path_factory):
    import json

    from pulse_desktop.cli.main import main
    from tests.ecgbench.ptbxl_bench import build_ptbxl_bench

    bench = build_ptbxl_bench(tmp_path_factory.mktemp("ptbxl_bench_server"), range(2))
    answers = {}
    for where in ("local", "server"):
        out = tmp_path_factory.mktemp(where) / "ptb-test.jsonl"
        extra = ["--server", tiny_server] if where == "server" else []
        assert main(["bench-ecg", "run", "--questions", str(bench.files["ptb-test"]), "--images", str(bench.images),
                     "--bundle", str(tiny_bundle_f32_flat), "--out", str(out), "--max-new-tokens", "8",
                     *extra]) == 0
        answers[where] = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(answers["server"]) == 2 and answers["server"] == answers["local"]


def test_cli_interpret_through_the_server_gives_the_local_answer(tiny_server, tiny_bundle_f32_flat, capsys):
    import json

    from pulse_desktop.cli.main import main

    out = {}
    for where, extra in (("here", []), ("there", ["--server", tiny_server, "--no-fallback"])):
        assert main(["interpret", str(ECG_IMAGES / "ecg00019.bmp"), "--bundle", str(tiny_bundle_f32_flat), "--as-is",
                     "--max-new-tokens", "12", "--json", *extra]) == 0
        out[where] = json.loads(capsys.readouterr().out)
    assert out["there"]["answer"] == out["here"]["answer"] and out["there"]["tokens"] == out["here"]["tokens"]
    assert out["here"]["computed_on"] == "this computer"
    assert out["there"]["computed_on"].startswith(tiny_server + " ")
