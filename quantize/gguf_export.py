"""The language model as GGUF: LLaMA tensors renamed by a table, q/k permuted, SentencePiece vocab embedded.

Written tensor by tensor with gguf-py's GGUFWriter (tensor infos first, then each tensor's data streamed
from the checkpoint), as F32 or F16; quantized types are then made by llama.cpp's own quantizer
(:func:`quantize_gguf`). Vision and projector tensors are not in the GGUF.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np

from pulse_desktop.core.errors import CheckpointError
from quantize.checkpoint import Checkpoint
from quantize.spm_tokenizer import SpmVocab, read_spm_vocab

# Hugging Face LLaMA name -> GGUF name (llama.cpp's LLM_ARCH_LLAMA tensor names). "{i}" is the layer.
GLOBAL_TENSOR_MAP: dict[str, str] = {
    "model.embed_tokens.weight": "token_embd.weight",
    "model.norm.weight": "output_norm.weight",
    "lm_head.weight": "output.weight",
}
LAYER_TENSOR_MAP: dict[str, str] = {
    "model.layers.{i}.self_attn.q_proj.weight": "blk.{i}.attn_q.weight",
    "model.layers.{i}.self_attn.k_proj.weight": "blk.{i}.attn_k.weight",
    "model.layers.{i}.self_attn.v_proj.weight": "blk.{i}.attn_v.weight",
    "model.layers.{i}.self_attn.o_proj.weight": "blk.{i}.attn_output.weight",
    "model.layers.{i}.mlp.gate_proj.weight": "blk.{i}.ffn_gate.weight",
    "model.layers.{i}.mlp.up_proj.weight": "blk.{i}.ffn_up.weight",
    "model.layers.{i}.mlp.down_proj.weight": "blk.{i}.ffn_down.weight",
    "model.layers.{i}.input_layernorm.weight": "blk.{i}.attn_norm.weight",
    "model.layers.{i}.post_attention_layernorm.weight": "blk.{i}.ffn_norm.weight",
}

QUANT_FTYPES = {  # llama.cpp's enum llama_ftype
    "F32": 0, "F16": 1, "Q8_0": 7, "Q4_K_M": 15, "Q5_K_M": 17,
}
QUANTIZATIONS = tuple(QUANT_FTYPES)


@dataclass(frozen=True)
class LmParams:
    hidden_size: int
    intermediate_size: int
    n_layers: int
    n_heads: int
    n_kv_heads: int
    rms_norm_eps: float
    rope_theta: float
    n_ctx: int
    vocab_size: int

    @property
    def head_dim(self) -> int:
        return self.hidden_size // self.n_heads


def lm_params(config: dict) -> LmParams:
    if config.get("rope_scaling"):
        raise CheckpointError(f"The language model uses rope_scaling {config['rope_scaling']!r}, which this "
                              "converter does not carry over.", "PULSE-7B has no rope scaling.")
    n_heads = int(config["num_attention_heads"])
    return LmParams(
        hidden_size=int(config["hidden_size"]), intermediate_size=int(config["intermediate_size"]),
        n_layers=int(config["num_hidden_layers"]), n_heads=n_heads,
        n_kv_heads=int(config.get("num_key_value_heads") or n_heads),
        rms_norm_eps=float(config["rms_norm_eps"]),
        rope_theta=float(config.get("rope_theta", 10000.0)),  # LLaMA's (and transformers') default
        n_ctx=int(config.get("tokenizer_model_max_length") or config["max_position_embeddings"]),
        vocab_size=int(config["vocab_size"]),
    )


def tensor_name_map(n_layers: int) -> dict[str, str]:
    """Every LLaMA tensor of the checkpoint -> its GGUF name, in the order they are written."""
    names = {"model.embed_tokens.weight": GLOBAL_TENSOR_MAP["model.embed_tokens.weight"]}
    for i in range(n_layers):
        names.update({hf.format(i=i): g.format(i=i) for hf, g in LAYER_TENSOR_MAP.items()})
    names["model.norm.weight"] = GLOBAL_TENSOR_MAP["model.norm.weight"]
    names["lm_head.weight"] = GLOBAL_TENSOR_MAP["lm_head.weight"]
    return names


def permute_rows_for_rope(weights: np.ndarray, n_heads: int) -> np.ndarray:
    """Reorder q_proj/k_proj rows per head from Hugging Face's rotate-half pairing to llama.cpp's.

    Hugging Face rotates dimension j with j + d/2 inside each head; llama.cpp's LLaMA graph rotates
    adjacent pairs (2j, 2j+1). Within each head the rows [first half | second half] are interleaved.
    """
    rows = weights.shape[0]
    head_dim = rows // n_heads
    return (weights.reshape(n_heads, 2, head_dim // 2, *weights.shape[1:])
            .swapaxes(1, 2)
            .reshape(weights.shape))


def _storage_type(gguf_name: str, ndim: int, float_type: str) -> np.dtype:
    # As llama.cpp's converter: 1-D tensors (norms) stay F32; matrices take the file's float type.
    if float_type == "F32" or ndim == 1:
        return np.dtype(np.float32)
    return np.dtype(np.float16)


def add_metadata(writer: gguf.GGUFWriter, p: LmParams, vocab: SpmVocab, name: str, float_type: str) -> None:
    writer.add_name(name)
    writer.add_file_type(QUANT_FTYPES[float_type])
    writer.add_context_length(p.n_ctx)
    writer.add_embedding_length(p.hidden_size)
    writer.add_block_count(p.n_layers)
    writer.add_feed_forward_length(p.intermediate_size)
    writer.add_head_count(p.n_heads)
    writer.add_head_count_kv(p.n_kv_heads)
    writer.add_layer_norm_rms_eps(p.rms_norm_eps)
    writer.add_rope_freq_base(p.rope_theta)
    writer.add_rope_dimension_count(p.head_dim)
    writer.add_vocab_size(p.vocab_size)
    writer.add_tokenizer_model("llama")
    writer.add_tokenizer_pre("default")
    writer.add_token_list(vocab.tokens)
    writer.add_token_scores(vocab.scores)
    writer.add_token_types(vocab.token_types)
    writer.add_bos_token_id(vocab.bos_id)
    writer.add_eos_token_id(vocab.eos_id)
    writer.add_unk_token_id(vocab.unk_id)
    writer.add_pad_token_id(vocab.pad_id if vocab.pad_id >= 0 else vocab.unk_id)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(False)
    writer.add_add_space_prefix(vocab.add_dummy_prefix)


def write_gguf(ckpt: Checkpoint, path: Path, float_type: str = "F16", name: str = "PULSE-7B",
               permute_qk: bool = True) -> None:
    """Write the language model as an F32 or F16 GGUF. ``permute_qk=False`` exists only for the test
    that proves the permutation matters."""
    for _ in iter_write_gguf(ckpt, path, float_type, name, permute_qk):
        pass


def iter_write_gguf(ckpt: Checkpoint, path: Path, float_type: str = "F16", name: str = "PULSE-7B",
                    permute_qk: bool = True) -> Iterator[tuple[int, int]]:
    """:func:`write_gguf`, yielding (tensors written, tensors in all) after each tensor."""
    if float_type not in ("F32", "F16"):
        raise ValueError("write_gguf writes F32 or F16; quantize afterwards with quantize_gguf")
    p = lm_params(ckpt.config)
    try:
        vocab = read_spm_vocab((ckpt.folder / "tokenizer.model").read_bytes(), p.vocab_size)
    except (RuntimeError, ValueError, OSError) as exc:
        raise CheckpointError(f"tokenizer.model cannot be used ({exc}).", "Download tokenizer.model again.") from exc
    if (vocab.bos_id, vocab.eos_id) != (int(ckpt.config.get("bos_token_id", 1)), int(ckpt.config.get("eos_token_id", 2))):
        raise CheckpointError("tokenizer.model's BOS/EOS ids differ from config.json's.",
                              "The tokenizer does not belong to this model.")
    names = tensor_name_map(p.n_layers)
    writer = gguf.GGUFWriter(path, "llama")
    add_metadata(writer, p, vocab, name, float_type)
    for hf_name, gguf_name in names.items():
        shape = ckpt.shape(hf_name)
        dtype = _storage_type(gguf_name, len(shape), float_type)
        writer.add_tensor_info(gguf_name, shape, dtype, int(np.prod(shape)) * dtype.itemsize)
    writer.write_header_to_file(path)
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for done, (hf_name, gguf_name) in enumerate(names.items(), start=1):
        values = ckpt.tensor(hf_name)
        if permute_qk and hf_name.endswith("self_attn.q_proj.weight"):
            values = permute_rows_for_rope(values, p.n_heads)
        elif permute_qk and hf_name.endswith("self_attn.k_proj.weight"):
            values = permute_rows_for_rope(values, p.n_kv_heads)
        writer.write_tensor_data(np.ascontiguousarray(values, dtype=_storage_type(gguf_name, values.ndim, float_type)))
        del values
        yield done, len(names)
    writer.close()


def quantize_gguf(source: Path, dest: Path, quantization: str, threads: int | None = None) -> None:
    """Quantize an F16/F32 GGUF with llama.cpp's own quantizer (``llama_model_quantize``)."""
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = QUANT_FTYPES[quantization]
    params.nthread = threads or max(1, os.cpu_count() or 1)
    status = llama_cpp.llama_model_quantize(str(source).encode(), str(dest).encode(), params)
    if status != 0:
        raise CheckpointError(f"llama.cpp could not quantize the language model to {quantization} "
                              f"(status {status}).", "See the log above; check free disk space.")
