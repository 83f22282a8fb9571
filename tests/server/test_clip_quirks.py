"""Why llama-server is built with PULSE's fixes of llama.cpp's CLIP path (core/server/source_patches.py).

llama-cpp-python's own libmtmd is the stock clip.cpp of the same vendored llama.cpp. On the tiny F32 bundle's
projector, its features of a real ECG view are far from the reference (the bundle's ONNX, itself checked
against transformers in tests/engine), and a float64 emulation of the stock graph (class token appended last,
tanh GELU) reproduces them: that is the cause, not precision. The emulation of the reference graph equals the
ONNX model. The fixed build is compared end to end in test_fidelity_server.py.
"""

from __future__ import annotations

import ctypes

import numpy as np
import onnxruntime as ort
import pytest

from pulse_desktop.core.bundle.manifest import read_manifest
from pulse_desktop.core.engine.preprocess import normalise
from pulse_desktop.core.imaging.load_image import load_image
from pulse_desktop.core.remote.request_body import page_views
from pulse_desktop.core.server.mmproj_store import default_checkpoint
from quantize.checkpoint import Checkpoint
from quantize.mmproj_match import mmproj_for_bundle
from tests.server.clip_numpy import clip_features
from tests.support.paths import ECG_IMAGES

llama_cpp = pytest.importorskip("llama_cpp")
mtmd = pytest.importorskip("llama_cpp.mtmd_cpp")


def stock_mtmd_features(gguf, mmproj, view) -> np.ndarray:
    llama_cpp.llama_backend_init()
    model = llama_cpp.llama_model_load_from_file(str(gguf).encode(), llama_cpp.llama_model_default_params())
    params = mtmd.mtmd_context_params_default()
    params.use_gpu, params.n_threads, params.media_marker = False, 1, b"<m>"
    ctx = mtmd.mtmd_init_from_file(str(mmproj).encode(), model, params)
    try:
        pixels = np.ascontiguousarray(np.asarray(view, dtype=np.uint8))
        bitmap = mtmd.mtmd_bitmap_init(view.size[0], view.size[1],
                                       pixels.ctypes.data_as(ctypes.POINTER(ctypes.c_ubyte)))
        chunks = mtmd.mtmd_input_chunks_init()
        text = mtmd.mtmd_input_text(b"<m>", 3, False, True)
        assert mtmd.mtmd_tokenize(ctx, chunks, ctypes.byref(text), (ctypes.c_void_p * 1)(bitmap), 1) == 0
        for i in range(mtmd.mtmd_input_chunks_size(chunks)):
            chunk = mtmd.mtmd_input_chunks_get(chunks, i)
            if mtmd.mtmd_input_chunk_get_type(chunk) == mtmd.MTMD_INPUT_CHUNK_TYPE_IMAGE:
                n = mtmd.mtmd_input_chunk_get_n_tokens(chunk)
                assert mtmd.mtmd_encode_chunk(ctx, chunk) == 0
                out = ctypes.cast(mtmd.mtmd_get_output_embd(ctx), ctypes.POINTER(ctypes.c_float))
                features = np.ctypeslib.as_array(out, shape=(n * llama_cpp.llama_model_n_embd(model),))
                features = features.reshape(n, -1).copy()
        mtmd.mtmd_input_chunks_free(chunks)
        mtmd.mtmd_bitmap_free(bitmap)
        return features
    finally:
        mtmd.mtmd_free(ctx)
        llama_cpp.llama_model_free(model)


def test_stock_llava_graph_puts_the_class_token_last(tiny_bundle_f32_flat, tmp_path):
    manifest = read_manifest(tiny_bundle_f32_flat)
    checkpoint = Checkpoint(default_checkpoint(tiny_bundle_f32_flat))  # the folder it was converted from
    mmproj = mmproj_for_bundle(checkpoint.folder, tiny_bundle_f32_flat, tmp_path / "mmproj.gguf", "f32")
    info = manifest.preprocess
    view = page_views(load_image(ECG_IMAGES / "ecg00012.jpg").image, info)[0]
    pixels = normalise(view, info.image_mean, info.image_std)
    session = ort.InferenceSession(str(tiny_bundle_f32_flat / manifest.vision.file),
                                   providers=["CPUExecutionProvider"])
    onnx = session.run(None, {"pixel_values": pixels[None]})[0][0]
    reference = clip_features(checkpoint, pixels.astype(np.float64), stock_llama_cpp=False)
    stock_emulated = clip_features(checkpoint, pixels.astype(np.float64), stock_llama_cpp=True)
    stock = stock_mtmd_features(tiny_bundle_f32_flat / manifest.language_model.file, mmproj, view)
    scale = float(np.abs(onnx).max())
    assert np.abs(reference - onnx).max() < 1e-4 * scale  # the emulation of the reference is the reference
    assert np.abs(stock - onnx).max() > 0.2 * scale  # stock llama.cpp computes something else...
    assert np.abs(stock - stock_emulated).max() < 2e-3 * scale  # ...and this is what (f16 activation tables aside)
