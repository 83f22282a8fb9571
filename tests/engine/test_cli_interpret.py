"""`pulse-desktop interpret`: answers on a real ECG page; every bad input gets a clear error, no traceback.

The engine is checked on the file's own pixels (``--as-is``); the straightened route: tests/study/test_cli_workflow.py.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.cli.main import main
from pulse_desktop.core.bundle.importer import import_bundle
from tests.support.bundles import copy_bundle
from tests.support.paths import ECG_IMAGES, REPO

PAGE = ECG_IMAGES / "ecg00019.bmp"


def _png_claiming(w: int, h: int) -> bytes:
    import struct

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(
        b"IEND", b"")


def _saved(image: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **kw)
    return buf.getvalue()


def _bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, words the error must contain)."""
    rng = np.random.default_rng(0)
    noise = Image.fromarray(rng.integers(0, 255, (400, 600, 3), dtype=np.uint8))
    jpeg = _saved(noise, "JPEG")
    files = {
        "text.png": (b"Patient: Doe\nHR 72\n" * 20, "not an image"),
        "empty.png": (b"", "empty"),
        "cut.jpg": (jpeg[: len(jpeg) // 2], "damaged"),
        "dot.png": (_saved(Image.new("RGB", (1, 1)), "PNG"), "too small"),
        "bomb.png": (_png_claiming(30_000, 30_000), "too large"),
    }
    out = {}
    for name, (data, words) in files.items():
        (folder / name).write_bytes(data)
        out[name] = (folder / name, words)
    return out


def _run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_bad_images_are_refused_clearly(tmp_path, capsys, tiny_bundle_f32_flat):
    for name, (path, words) in _bad_inputs(tmp_path).items():
        code, out, err = _run(["interpret", str(path), "--bundle", str(tiny_bundle_f32_flat)], capsys)
        assert code == 2, name
        assert words in err and "Error:" in err and "Traceback" not in err, (name, err)
        assert out == ""


def test_missing_file(tmp_path, capsys, tiny_bundle_f32_flat):
    code, _, err = _run(["interpret", str(tmp_path / "nope.png"), "--bundle", str(tiny_bundle_f32_flat)], capsys)
    assert code == 2 and "no file" in err


def test_no_bundle_installed(capsys):
    code, out, err = _run(["interpret", str(PAGE)], capsys)
    assert code == 4 and "No model bundle is installed" in err and "import" in err.lower()
    assert out == ""


def test_altered_bundle_is_refused_by_file_name(tmp_path, capsys, tiny_bundle_f32_flat):
    bundle = copy_bundle(tiny_bundle_f32_flat, tmp_path / "altered")
    onnx = bundle / "vision.onnx"
    data = bytearray(onnx.read_bytes())
    data[len(data) // 2] ^= 0xFF
    onnx.write_bytes(bytes(data))
    code, out, err = _run(["interpret", str(PAGE), "--bundle", str(bundle)], capsys)
    assert code == 4 and "vision.onnx" in err and "Traceback" not in err
    assert out == ""


def test_unknown_bundle_name(capsys, tiny_bundle_f32_flat):
    import_bundle(tiny_bundle_f32_flat, name="tiny")
    code, _, err = _run(["interpret", str(PAGE), "--bundle", "nosuch"], capsys)
    assert code == 4 and "nosuch" in err and "tiny" in err


@pytest.mark.parametrize("kind", ["cmyk", "grey16", "gif"])
def test_converted_inputs_are_answered(tmp_path, capsys, tiny_bundle_f32_flat, kind):
    """CMYK and 16-bit pages are converted (not refused), and said; an animated GIF's first frame is used, and said."""
    page = Image.open(PAGE).convert("RGB")
    if kind == "cmyk":
        path, data = tmp_path / "page.tif", _saved(page.convert("CMYK"), "TIFF")
    elif kind == "grey16":
        grey = (np.asarray(page.convert("L"), np.uint16) * 257).astype(np.uint16)
        path, data = tmp_path / "page16.png", _saved(Image.fromarray(grey), "PNG")
        assert Image.open(io.BytesIO(data)).mode.startswith("I")
    else:
        path = tmp_path / "anim.gif"
        data = _saved(page, "GIF", save_all=True, append_images=[page.rotate(180)], duration=100, loop=0)
    path.write_bytes(data)
    code, out, err = _run(["interpret", str(path), "--bundle", str(tiny_bundle_f32_flat), "--json",
                           "--max-new-tokens", "4", "--threads", "1", "--as-is"], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert len(result["tokens"]) >= 1 or result["stop_reason"] == "eos"
    said = {"gif": "first frame", "cmyk": "CMYK", "grey16": "bit-depth"}[kind]
    assert any(said in note for note in result["notes"]), result["notes"]


def test_json_output(capsys, tiny_bundle_f32_flat):
    from pulse_desktop.core.bundle.manifest import manifest_sha256

    import_bundle(tiny_bundle_f32_flat, name="tiny")
    code, out, err = _run(["interpret", str(PAGE), "--json", "--max-new-tokens", "6", "--threads", "1",
                           "--gpu-layers", "auto", "--vision-provider", "cpu", "--as-is"], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert set(result) >= {"answer", "stages", "tokens", "first_token_top_logprobs", "image_tokens", "bundle"}
    assert result["bundle"]["name"] == "tiny"
    assert result["bundle"]["manifest_sha256"] == manifest_sha256(tiny_bundle_f32_flat)
    assert result["image_tokens"] == 1728
    assert len(result["first_token_top_logprobs"]) == 5
    lps = [t["logprob"] for t in result["first_token_top_logprobs"]]
    assert lps == sorted(lps, reverse=True) and all(lp <= 0 for lp in lps)
    assert result["tokens"][0] == result["first_token_top_logprobs"][0]["token_id"]  # greedy
    assert set(result["stages"]) >= {"load", "preprocess", "vision", "prefill", "first_token", "decode"}
    assert result["engine"]["vision_provider"] == "CPUExecutionProvider"
    # the device and backend actually used, and how the layers were chosen (auto: from free GPU memory)
    assert result["engine"]["backend"] and result["engine"]["device"]
    assert result["engine"]["layers_offloaded"] == 0 or result["engine"]["backend"] != "CPU"
    assert result["engine"]["gpu_choice"].startswith(("auto", "no GPU"))
    assert result["question"] == "Please write a clinical report based on this ECG image."


def test_human_output_streams_in_a_subprocess(tmp_path, tiny_bundle_f32_flat):
    env = {**os.environ, "PULSE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO)}
    args = [sys.executable, "-m", "pulse_desktop", "interpret", str(PAGE), "--bundle", str(tiny_bundle_f32_flat),
            "--max-new-tokens", "5", "--threads", "1", "--question", "What is the rhythm?", "--as-is"]
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() and "Traceback" not in proc.stderr
    assert "prefill" in proc.stderr and "clinician" in proc.stderr and "not a clinical model" in proc.stderr
    bad = subprocess.run(args[:4] + [str(tmp_path / "missing.png")] + args[5:], capture_output=True, text=True,
                         env=env, timeout=300, cwd=REPO)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "Error:" in bad.stderr


def test_a_bundle_whose_model_llama_cpp_cannot_load_is_a_clear_error(tmp_path, capsys, tiny_bundle_f32_flat):
    """Files that match their manifest but are not a loadable GGUF (a damaged conversion): BundleError."""
    import hashlib

    bundle = copy_bundle(tiny_bundle_f32_flat, tmp_path / "bad")
    manifest = json.loads((bundle / "manifest.json").read_text())
    gguf = bundle / manifest["language_model"]["file"]
    gguf.write_bytes(b"GGUF" + b"\x00" * 64)
    manifest["files"][manifest["language_model"]["file"]] = hashlib.sha256(gguf.read_bytes()).hexdigest()
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    code, out, err = _run(["interpret", str(PAGE), "--bundle", str(bundle), "--threads", "1", "--as-is"], capsys)
    assert code == 4 and "language model" in err and "could not be loaded" in err and "Traceback" not in err
