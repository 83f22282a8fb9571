"""Numerical validation at the end of every conversion (no torch): figures and pass/fail against thresholds.

- Vision: the bundle's fp16/int8 ONNX against the fp32 ONNX on the sample ECG images shipped in
  ``resources/samples`` (each page's base view: the whole page squashed to 336x336 and normalised, the
  first image the model sees): cosine similarity and max abs difference of the image features.
- Language model: the bundle's quantized GGUF against the F16 GGUF, both in llama.cpp, teacher-forced on
  the real prompt layout (BOS + system + ``USER: ``, the sample's 576 projected image embeddings, ``\\n``
  question ``ASSISTANT:``, then a fixed ECG-report answer): top-1 agreement and mean KL(f16 || quantized)
  over every answer position (>= 64 in all).

Below the thresholds in :data:`THRESHOLDS` the bundle's manifest says ``"valid": false``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from quantize.llama_runner import LlamaRunner, Segment
from quantize.llava_layout import LLAVA_V1_SYSTEM

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "resources" / "samples"
MIN_POSITIONS = 64
MAX_ANSWER_TOKENS = 64
SMALL_MODEL_BYTES = 256 << 20

# Documented in README.md ("Model bundles") and copied into every manifest. They catch a broken conversion
# (a wrong tensor layout or a failed quantizer gives near-zero agreement and a KL of several nats) with room
# for the quantization itself. Random-weight models (tiny, synth) make far less confident predictions than a
# trained one and so flip more near-ties; the tiny checkpoint measures Q4_K_M 0.80 / 0.044, Q5_K_M 0.88 /
# 0.021, Q8_0 0.99 / 0.0014 (top-1 agreement / mean KL in nats).
THRESHOLDS: dict[str, dict[str, dict[str, float]]] = {
    "language_model": {  # vs the F16 GGUF of the same checkpoint
        "F32": {"min_top1_agreement": 0.99, "max_mean_kl": 0.001},
        "Q8_0": {"min_top1_agreement": 0.95, "max_mean_kl": 0.01},
        "Q5_K_M": {"min_top1_agreement": 0.80, "max_mean_kl": 0.05},
        "Q4_K_M": {"min_top1_agreement": 0.70, "max_mean_kl": 0.10},
    },
    "vision": {  # vs the fp32 ONNX of the same checkpoint
        "fp16": {"min_cosine": 0.999, "max_rel_abs_diff": 0.02},
        "int8": {"min_cosine": 0.98, "max_rel_abs_diff": 0.25},
    },
}

QUESTIONS = (
    "Please write a clinical report based on this ECG image.",
    "What is the rhythm, and are there conduction abnormalities?",
    "Describe any ST segment or T wave changes in this ECG.",
)
ANSWERS = (
    "Sinus rhythm at 72 beats per minute. Normal axis. PR interval 160 ms, QRS duration 90 ms, QTc 420 ms. "
    "No ST segment elevation or depression. No pathological Q waves. Normal ECG.",
    "Atrial fibrillation with a ventricular rate of about 110 beats per minute. Left axis deviation. "
    "Incomplete right bundle branch block. Nonspecific T wave flattening in the lateral leads. Abnormal ECG.",
    "Sinus bradycardia, 52 beats per minute. First degree AV block with a PR interval of 230 ms. Left "
    "ventricular hypertrophy by voltage criteria with repolarisation abnormality. Possible old inferior infarct.",
)


def sample_images(folder: Path = SAMPLES_DIR) -> list[Path]:
    exts = {".png", ".jpg", ".jpeg", ".bmp"}
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in exts) if folder.is_dir() else []


def _synthetic_page() -> Image.Image:
    """A red ECG grid with a black trace, when no sample images are installed."""
    height, width = 700, 1400
    page = np.full((height, width, 3), 255, np.uint8)
    page[::8, :, 1:] = 200
    page[:, ::8, 1:] = 200
    page[::40, :, 1:] = 120
    page[:, ::40, 1:] = 120
    x = np.arange(width)
    for row in range(4):
        y = (120 + row * 150 + 40 * np.sin(x / 9.0) * (np.mod(x, 160) < 20)).astype(int)
        page[np.clip(y, 0, height - 1), x] = 0
    return Image.fromarray(page)


def base_views(paths: Sequence[Path], size: int, mean: Sequence[float], std: Sequence[float]) -> np.ndarray:
    """pixel_values [N,3,size,size]: each page squashed to size x size (Pillow's default BICUBIC) and
    normalised, as the model's base image (spec section 2, step 5)."""
    pages = [Image.open(p).convert("RGB") for p in paths] or [_synthetic_page()]
    arrays = []
    for page in pages:
        pixels = np.asarray(page.resize((size, size), Image.BICUBIC), dtype=np.float32) / 255.0
        pixels = (pixels - np.asarray(mean, np.float32)) / np.asarray(std, np.float32)
        arrays.append(pixels.transpose(2, 0, 1))
    return np.ascontiguousarray(np.stack(arrays), dtype=np.float32)


def run_vision(onnx_path: Path, pixels: np.ndarray) -> np.ndarray:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
    return np.concatenate([session.run(None, {"pixel_values": pixels[i:i + 1]})[0] for i in range(len(pixels))])


def compare_features(reference: np.ndarray, test: np.ndarray) -> dict[str, float]:
    ref = reference.astype(np.float64).ravel()
    out = test.astype(np.float64).ravel()
    cosine = float(ref @ out / (np.linalg.norm(ref) * np.linalg.norm(out) + 1e-30))
    max_abs = float(np.abs(ref - out).max())
    ref_max = float(np.abs(ref).max())
    return {"cosine": cosine, "max_abs_diff": max_abs, "reference_max_abs": ref_max,
            "max_rel_abs_diff": max_abs / (ref_max + 1e-30)}


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    x = logits.astype(np.float64)
    x -= x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


def compare_logits(reference: np.ndarray, test: np.ndarray) -> dict[str, float]:
    """Top-1 agreement and KL(reference || test) per position, averaged."""
    log_p, log_q = _log_softmax(reference), _log_softmax(test)
    kl = (np.exp(log_p) * (log_p - log_q)).sum(axis=-1)
    agree = reference.argmax(axis=-1) == test.argmax(axis=-1)
    # How confident the reference is: a trained model's top token usually holds most of the probability;
    # a random-weight model spreads it, so that quantization noise flips near-ties more often.
    confidence = np.exp(log_p.max(axis=-1))
    return {"positions": int(len(kl)), "top1_agreement": float(agree.mean()), "mean_kl": float(kl.mean()),
            "max_kl": float(kl.max()), "reference_mean_top1_prob": float(confidence.mean())}


def teacher_forced_logits(gguf_path: Path, image_features: Sequence[np.ndarray], threads: int | None = None
                          ) -> np.ndarray:
    """Logits at every answer position of the validation prompts, one prompt per image, concatenated."""
    rows = []
    n_ctx = 256 * ((max(f.shape[0] for f in image_features) + 400) // 256 + 1)
    if threads is None:  # a tiny model runs faster on one thread than on contended cores
        threads = 1 if gguf_path.stat().st_size < SMALL_MODEL_BYTES else max(1, os.cpu_count() or 1)
    with LlamaRunner(gguf_path, n_ctx=n_ctx, threads=threads) as runner:
        for i, features in enumerate(image_features):
            head = runner.tokenize(f"{LLAVA_V1_SYSTEM} USER: ", add_bos=True)
            tail = runner.tokenize(f"\n{QUESTIONS[i % len(QUESTIONS)]} ASSISTANT:", add_bos=False)
            answer = runner.tokenize(ANSWERS[i % len(ANSWERS)], add_bos=False)[:MAX_ANSWER_TOKENS]
            rows.append(runner.logits([
                Segment(tokens=head), Segment(embeddings=features), Segment(tokens=tail[:-1]),
                Segment(tokens=tail[-1:] + answer[:-1], logits=True),
            ]))
    return np.concatenate(rows)


def lm_verdict(figures: dict[str, float], quantization: str) -> bool:
    limits = THRESHOLDS["language_model"][quantization]
    return (figures["positions"] >= MIN_POSITIONS and figures["top1_agreement"] >= limits["min_top1_agreement"]
            and figures["mean_kl"] <= limits["max_mean_kl"])


def vision_verdict(figures: dict[str, float], precision: str) -> bool:
    limits = THRESHOLDS["vision"][precision]
    return figures["cosine"] >= limits["min_cosine"] and figures["max_rel_abs_diff"] <= limits["max_rel_abs_diff"]


def validate_bundle(gguf_path: Path, reference_gguf: Path | None, quantization: str, vision_path: Path,
                    vision_reference: Path, precision: str, mean: Sequence[float], std: Sequence[float],
                    image_size: int, threads: int | None = None) -> tuple[dict[str, Any], bool]:
    """Run both comparisons; returns (figures for the manifest, whether every figure passed)."""
    samples = sample_images()
    pixels = base_views(samples, image_size, mean, std)
    reference_features = run_vision(vision_reference, pixels)
    figures: dict[str, Any] = {
        "samples": [p.name for p in samples] or ["synthetic grid page (resources/samples not found)"],
        "thresholds": {"language_model": THRESHOLDS["language_model"].get(quantization),
                       "vision": THRESHOLDS["vision"].get(precision)},
    }
    valid = True
    if precision == "fp32":
        figures["vision"] = {"precision": "fp32", "compared": False, "reason": "fp32 is the reference"}
    else:
        vision = compare_features(reference_features, run_vision(vision_path, pixels))
        vision_ok = vision_verdict(vision, precision)
        figures["vision"] = {"precision": precision, "against": "fp32", **vision, "passed": vision_ok}
        valid &= vision_ok
    if quantization == "F16" or reference_gguf is None:
        logits = teacher_forced_logits(gguf_path, list(reference_features), threads)
        finite = bool(np.isfinite(logits).all())
        figures["language_model"] = {"quantization": quantization, "compared": False,
                                     "reason": "F16 is the reference", "positions": int(len(logits)),
                                     "finite_logits": finite, "passed": finite}
        valid &= finite
    else:
        reference_logits = teacher_forced_logits(reference_gguf, list(reference_features), threads)
        test_logits = teacher_forced_logits(gguf_path, list(reference_features), threads)
        lm = compare_logits(reference_logits, test_logits)
        lm_ok = lm_verdict(lm, quantization)
        figures["language_model"] = {"quantization": quantization, "against": "F16", **lm, "passed": lm_ok}
        valid &= lm_ok
    figures["passed"] = bool(valid)
    return figures, bool(valid)
