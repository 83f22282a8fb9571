"""`pulse-desktop bench` on the tiny bundle: it runs the real path end to end and its JSON has every field.

No figure is judged here (speed targets are benchmarks, not tests); the checks are that each stage was
measured, that exactly the asked number of tokens was generated, and that the comparison ran.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from pulse_desktop.cli.main import main
from pulse_desktop.core.bench.report import Stages
from quantize.mmproj import write_mmproj
from tests.support.paths import REPO

IMAGE = REPO / "resources" / "samples" / "ecg00003.png"


@pytest.fixture(scope="module")
def bench_json(tiny_bundle_f32_flat: Path, tiny_checkpoint_flat: Path,
               tmp_path_factory: pytest.TempPathFactory) -> dict:
    mmproj = write_mmproj(tiny_checkpoint_flat, tmp_path_factory.mktemp("bench") / "mmproj.gguf")
    return {"mmproj": mmproj}


def _run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str]:
    code = main(["bench", *argv])
    return code, capsys.readouterr().out


def test_bench_json_has_every_field(tiny_bundle_f32_flat: Path, bench_json: dict,
                                    capsys: pytest.CaptureFixture) -> None:
    code, out = _run(capsys, "--bundle", str(tiny_bundle_f32_flat), "--image", str(IMAGE), "--json",
                     "--answer-tokens", "12", "--quick-gemm", "--compare-llama-mmproj", str(bench_json["mmproj"]))
    assert code == 0
    report = json.loads(out)
    assert report["answer_tokens"] == 12  # EOS ignored: exactly the asked length
    for f in fields(Stages):
        assert isinstance(report["stages"][f.name], float), f.name
    s = report["stages"]
    assert s["vision_s"] > 0 and s["image_prefill_s"] > 0 and s["decode_tokens_per_s"] > 0
    assert s["time_to_first_token_s"] <= s["answer_total_s"]
    # on a picture already read ahead only the question is fed: far less than the whole prompt
    assert 0 < s["read_ahead_time_to_first_token_s"] < s["image_prefill_s"]
    # 1620x735 selects the 1008x336 pinpoint: base + 3 crops = 4 x 576 image tokens
    assert report["image"]["image_tokens"] == 4 * 576
    assert report["image"]["prompt_tokens"] > report["image"]["image_tokens"]
    assert report["gemm"]["int8_ops_per_s"] > 0 and report["gemm"]["fp32_flops_per_s"] > 0
    assert report["prefill"]["peak_class"] == "fp32"  # an F32 bundle runs fp32 matrix products
    assert 0 < report["prefill"]["efficiency"] and 0 < report["prefill"]["cpu_share"]
    assert report["prefill"]["efficiency_per_cpu_s"] > 0 and len(report["gemm"]["int8_ops_per_s_before_after"]) == 2
    mem = report["memory"]
    assert mem["peak_rss_bytes"] > mem["gguf_bytes"] and mem["budget_bytes"] > mem["gguf_bytes"]
    peaks = mem["stage_peak_rss_bytes"]  # the peak of each stage, sampled while it ran
    assert {"model_load", "answer_vision", "answer_prefill", "answer_decode"} <= set(peaks)
    assert all(0 < v <= mem["peak_rss_bytes"] * 1.05 for v in peaks.values())
    assert mem["vision_session"] == "while encoding"
    decode, device = report["decode"], report["device"]
    assert decode["read_bandwidth_bytes_per_s"] > 0 and decode["weight_bytes_per_token"] > 0
    assert decode["achieved_bytes_per_s"] == pytest.approx(decode["cpu_weight_bytes_per_token"] * s["decode_tokens_per_s"],
                                                           rel=1e-6)
    assert device["backend"] and device["layers_offloaded"] >= 0 and device["gpu_choice"]
    ref = report["reference"]
    assert ref["generated_tokens"] == 12 and ref["total_s"] > 0
    assert ref["end_to_end_ratio"] == pytest.approx(s["answer_total_s"] / ref["total_s"])
    names = {t["name"] for t in report["targets"]}
    assert len(names) == 6 and all("met" in t for t in report["targets"])
    assert report["machine"]["load_avg_before"] is not None
    cancel = report["cancel"]
    assert set(cancel) == {"decode_s", "image_prefill_s", "vision_s"}
    assert 0 <= cancel["decode_s"] < 2.0  # measured: the tiny model's decode was cancelled, not run to the end
    assert all(v is None or v >= 0 for v in cancel.values())


def test_bench_text_output_names_each_stage(tiny_bundle_f32_flat: Path, capsys: pytest.CaptureFixture) -> None:
    code, out = _run(capsys, "--bundle", str(tiny_bundle_f32_flat), "--image", str(IMAGE), "--answer-tokens", "4",
                     "--quick-gemm", "--prefill-chunk", "64", "--n-ubatch", "64")
    assert code == 0
    for label in ("load and straighten", "preprocess", "vision", "text prefill", "image prefill",
                  "time to first token", "decode", "follow-up time to first token", "picture read ahead", "cancel latency", "peak RSS", "peak RSS by stage", "device", "decode weights read per token", "GEMM peak",
                  "targets:"):
        assert label in out, label
    assert '"prefill_chunk": 64' in out
