"""llama.cpp's own multimodal path (llama-cpp-python's ``Llava16ChatHandler`` with an mmproj GGUF), for the
benchmark's side-by-side comparison only; the app never answers through it. The one module outside
``core/engine/llama/`` that imports ``llama_cpp`` (pyproject.toml's import contract names it)."""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

import llama_cpp

from pulse_desktop.core.engine.llama import backends  # noqa: F401 - registers a portable build's backends


@llama_cpp.llama_log_callback
def _silent_log(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    return None


_SILENT_LOG = _silent_log


def run_llava_chat_reference(gguf_path: Path, mmproj_path: Path, image_bytes: bytes, image_mime: str,
                             question: str, answer_tokens: int, threads: int, n_batch: int = 512,
                             n_ctx: int = 4096, n_gpu_layers: int = 0) -> dict[str, Any]:
    """llama.cpp's own multimodal path, as a user of llama-cpp-python would run it: ``Llava16ChatHandler``
    with an mmproj GGUF, one chat completion streamed, greedy, EOS suppressed so that exactly
    ``answer_tokens`` tokens are generated. For the benchmark's side-by-side comparison only; the app never
    answers through this path (it does not reproduce PULSE's preprocessing). Returns timings in seconds."""
    import base64
    import time

    import llama_cpp.mtmd_cpp as mtmd_cpp
    from llama_cpp.llama_chat_format import Llava16ChatHandler

    mtmd_cpp.mtmd_log_set(_SILENT_LOG, ctypes.c_void_p(0))  # mtmd logs every image batch to stderr
    mtmd_cpp.mtmd_helper_log_set(_SILENT_LOG, ctypes.c_void_p(0))
    start = time.perf_counter()
    handler = Llava16ChatHandler(clip_model_path=str(mmproj_path), verbose=False)
    llm = llama_cpp.Llama(str(gguf_path), chat_handler=handler, n_ctx=n_ctx, n_batch=n_batch,
                          n_threads=threads, n_threads_batch=threads, n_gpu_layers=n_gpu_layers,
                          verbose=False)
    handler._init_mtmd_context(llm)  # load the mmproj now (else the first call does): load time is not answer time
    load_s = time.perf_counter() - start
    url = f"data:{image_mime};base64," + base64.b64encode(image_bytes).decode("ascii")
    messages = [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}},
                                             {"type": "text", "text": question}]}]
    eos = llm.token_eos()
    try:
        start = time.perf_counter()
        first = None
        n_chunks = 0
        for chunk in llm.create_chat_completion(messages=messages, max_tokens=answer_tokens, temperature=0.0,
                                                top_k=1, repeat_penalty=1.0, logit_bias={eos: -1e9},
                                                stream=True):
            if chunk["choices"][0]["delta"].get("content") is not None or chunk["choices"][0].get("finish_reason"):
                n_chunks += 1
                if first is None:
                    first = time.perf_counter() - start
        total = time.perf_counter() - start
        prompt_tokens = int(llm.n_tokens) - (answer_tokens - 1)  # the last sampled token is never evaluated
    finally:
        llm.close()
    first = first if first is not None else total
    return {
        "load_s": load_s,
        "time_to_first_token_s": first,
        "total_s": total,
        "decode_tokens_per_s": (answer_tokens - 1) / max(total - first, 1e-9),
        "prompt_tokens": prompt_tokens,
        "generated_tokens": n_chunks - 1,  # the last chunk only carries the finish reason
    }
