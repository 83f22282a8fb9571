"""The benchmark's result: every figure of one run, the issue's targets checked, as text or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

GB = 1e9


@dataclass(frozen=True)
class Stages:
    """Seconds unless named otherwise; measured on one run of the full path (model already loaded)."""

    model_load_s: float  # language model + vision session, before the image is chosen (not in answer_total_s)
    load_and_straighten_s: float
    preprocess_s: float
    vision_s: float
    text_prefill_s: float  # the prompt's text tokens (before and after the image)
    image_prefill_s: float
    time_to_first_token_s: float  # from the image file to the first answer token
    decode_tokens_per_s: float
    answer_total_s: float  # from the image file to the last of answer_tokens tokens
    follow_up_time_to_first_token_s: float  # from the follow-up question to its first token
    read_ahead_time_to_first_token_s: float  # an ask on a picture already read ahead (the GUI's read-ahead)
    max_step_s: float  # longest time between two events (with llama.cpp's abort callback, not a cancel bound)


@dataclass(frozen=True)
class Target:
    name: str
    value: float | None
    limit: float
    met: bool | None  # None when not measured in this run
    how: str


@dataclass(frozen=True)
class BenchReport:
    bundle: dict[str, Any]
    image: dict[str, Any]
    machine: dict[str, Any]
    settings: dict[str, Any]
    answer_tokens: int
    stages: Stages
    gemm: dict[str, Any]
    prefill: dict[str, Any]
    memory: dict[str, Any]
    reference: dict[str, Any] | None
    cancel: dict[str, float | None] = field(default_factory=dict)  # seconds from cancel() to Cancelled
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    decode: dict[str, Any] = field(default_factory=dict)  # weight bytes per token against measured bandwidth
    device: dict[str, Any] = field(default_factory=dict)  # where the language model ran, layers offloaded
    # the token ids answered (first answer, follow-up, the ask after a read-ahead): two runs' answers compared
    answers: dict[str, list[int]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)


def check_targets(stages: Stages, prefill: dict[str, Any], memory: dict[str, Any],
                  reference: dict[str, Any] | None, cancel: dict[str, float | None]) -> list[Target]:
    """The targets of issue 9, each with the figure it is judged on."""
    measured = [v for v in cancel.values() if v is not None]
    worst_cancel = max(measured) if measured else None
    eff = prefill.get("efficiency")
    vision_share = stages.vision_s / stages.answer_total_s if stages.answer_total_s > 0 else None
    follow = stages.follow_up_time_to_first_token_s / stages.time_to_first_token_s \
        if stages.time_to_first_token_s > 0 else None
    ratio = reference.get("end_to_end_ratio") if reference else None
    rss, budget = memory["peak_rss_bytes"], memory["budget_bytes"]
    return [
        Target("image prefill efficiency", eff, 0.60, None if eff is None else eff >= 0.60,
               "achieved FLOP/s of the image prefill / measured GEMM peak of the same precision class"),
        Target("vision share of total", vision_share, 0.10, None if vision_share is None else vision_share < 0.10,
               "vision_s / answer_total_s"),
        Target("follow-up TTFT / first TTFT", follow, 0.03, None if follow is None else follow < 0.03,
               "follow_up_time_to_first_token_s / time_to_first_token_s"),
        Target("cancel latency (s)", worst_cancel, 2.0, None if worst_cancel is None else worst_cancel <= 2.0,
               "longest time from cancel() to Cancelled, measured in decode, image prefill and vision"),
        Target("peak RSS / budget", rss / budget if budget else None, 1.0, rss <= budget,
               "peak RSS vs GGUF + KV cache + 0.6 GB (issue 16: the vision session not beside the KV cache)"),
        Target("end-to-end vs llama.cpp's own path", ratio, 0.90, None if ratio is None else ratio <= 0.90,
               "answer_total_s / reference total_s, same image and answer length"),
    ]


def _fmt(value: float | None, unit: str = "", digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}{unit}"


def format_text(report: BenchReport) -> str:
    s = report.stages
    lines = [
        f"bundle   {report.bundle['name']} ({report.bundle['quantization']}, vision {report.bundle['vision_precision']})",
        f"image    {report.image['path']} ({report.image['width']}x{report.image['height']}, "
        f"{report.image['image_tokens']} image tokens, {report.image['prompt_tokens']} prompt tokens)",
        f"machine  {report.machine['cpu']}, {report.machine['threads']} threads; load average "
        f"{report.machine['load_avg_before']} before, {report.machine['load_avg_after']} after",
        f"settings {json.dumps(report.settings, sort_keys=True)}",
        "",
        f"model load (once per session)   {_fmt(s.model_load_s, ' s')}",
        f"load and straighten             {_fmt(s.load_and_straighten_s, ' s')}",
        f"preprocess                      {_fmt(s.preprocess_s, ' s')}",
        f"vision                          {_fmt(s.vision_s, ' s')}",
        f"text prefill                    {_fmt(s.text_prefill_s, ' s')}",
        f"image prefill                   {_fmt(s.image_prefill_s, ' s')}",
        f"time to first token             {_fmt(s.time_to_first_token_s, ' s')}",
        f"decode                          {_fmt(s.decode_tokens_per_s, ' tokens/s')}",
        f"total, {report.answer_tokens}-token answer        {_fmt(s.answer_total_s, ' s')}",
        f"follow-up time to first token   {_fmt(s.follow_up_time_to_first_token_s, ' s', 3)}",
        f"first token, picture read ahead {_fmt(s.read_ahead_time_to_first_token_s, ' s', 3)}",
        f"longest step between events    {_fmt(s.max_step_s, ' s')}",
        "cancel latency                  " + ", ".join(f"{k[:-2].replace('_', ' ')} {_fmt(v, ' s')}"
                                                       for k, v in report.cancel.items()),
        f"peak RSS                        {_fmt(report.memory['peak_rss_bytes'] / GB, ' GB')} "
        f"(budget {_fmt(report.memory['budget_bytes'] / GB, ' GB')}; vision session "
        f"{report.memory.get('vision_session')})",
        "peak RSS by stage               " + ", ".join(
            f"{k} {_fmt(v / GB, '', 3)}" for k, v in report.memory.get("stage_peak_rss_bytes", {}).items()) + " GB",
        f"device                          {report.device.get('device')} ({report.device.get('backend')}), "
        f"{report.device.get('layers_offloaded')} of {report.device.get('n_layers')} layers offloaded; "
        f"{report.device.get('gpu_choice')}" + (f"; {report.device['device_note']}"
                                                 if report.device.get("device_note") else ""),
        f"decode weights read per token   {_fmt((report.decode.get('cpu_weight_bytes_per_token') or 0) / 1e6, ' MB', 1)}"
        f" on the CPU x {_fmt(report.stages.decode_tokens_per_s, ' tokens/s')} = "
        f"{_fmt((report.decode.get('achieved_bytes_per_s') or 0) / GB, ' GB/s')} of "
        f"{_fmt((report.decode.get('read_bandwidth_bytes_per_s') or 0) / GB, ' GB/s')} measured read bandwidth "
        f"({_fmt(100 * (report.decode.get('bandwidth_share') or 0), ' %', 1)})",
        "",
        f"GEMM peak int8 {_fmt(report.gemm['int8_ops_per_s'] / 1e9, ' GOP/s', 1)} {tuple(report.gemm['int8_shape'])}, "
        f"fp32 {_fmt(report.gemm['fp32_flops_per_s'] / 1e9, ' GFLOP/s', 1)} ({_fmt(report.gemm['seconds'], ' s', 1)})",
        f"image prefill {_fmt(report.prefill['achieved_flops_per_s'] / 1e9, ' GFLOP/s', 1)} "
        f"= {_fmt(100 * report.prefill['efficiency'], ' %', 1)} of the {report.prefill['peak_class']} peak "
        f"(prefill got {_fmt(100 * report.prefill['cpu_share'], ' %', 0)} of its threads' CPU; per CPU-second "
        f"{_fmt(100 * (report.prefill['efficiency_per_cpu_s'] or 0), ' %', 1)} of the GEMM's)",
    ]
    ref = report.reference
    if ref:
        lines += ["", f"llama.cpp's own path (Llava16ChatHandler + mmproj): total {_fmt(ref.get('total_s'), ' s')}, "
                      f"first token {_fmt(ref.get('time_to_first_token_s'), ' s')}, "
                      f"{ref.get('prompt_tokens')} prompt tokens; end-to-end ratio "
                      f"{_fmt(ref.get('end_to_end_ratio'), '', 3)} (ours / theirs)"]
    lines += ["", "targets:"]
    for t in report.targets:
        mark = "n/a" if t.met is None else ("MET" if t.met else "not met")
        lines.append(f"  {t.name:38s} {_fmt(t.value, '', 3):>8s}  limit {t.limit}  {mark}")
    lines += [f"note: {n}" for n in report.notes]
    return "\n".join(lines)
