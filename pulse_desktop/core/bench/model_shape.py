"""What the language model's GGUF says about its cost: matrix parameters per token, KV cache size, layers.

Read from the GGUF's header and tensor table with gguf-py's reader (memory-mapped; the weights are not read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import gguf

# the per-layer weight matrices every prompt token is multiplied with (embedding lookup and the output head,
# which the app evaluates for the last position only, are not counted)
_MATMUL = re.compile(r"^blk\.\d+\.(attn_q|attn_k|attn_v|attn_output|ffn_gate|ffn_up|ffn_down)\.weight$")
_KV_BYTES_PER_VALUE = {"f32": 4.0, "f16": 2.0, "bf16": 2.0, "q8_0": 34 / 32, "q4_0": 18 / 32}


@dataclass(frozen=True)
class ModelShape:
    n_layers: int
    n_embd: int
    n_head: int
    n_head_kv: int
    n_ctx_train: int
    matmul_params: int  # parameters in the per-layer matrix products (multiply-adds per prompt token)
    file_bytes: int
    decode_weight_bytes: int = 0  # weights read for each generated token: every tensor but the embedding table

    def kv_cache_bytes(self, n_ctx: int, type_k: str = "f16", type_v: str = "f16") -> int:
        width = self.n_embd // self.n_head * self.n_head_kv
        per_token = self.n_layers * width * (_KV_BYTES_PER_VALUE[type_k] + _KV_BYTES_PER_VALUE[type_v])
        return int(per_token * n_ctx)

    def attention_flops(self, start: int, n_tokens: int) -> float:
        """Multiply-adds x 2 of QK^T and AV for tokens at positions start..start+n_tokens-1 (causal)."""
        positions = n_tokens * start + n_tokens * (n_tokens + 1) / 2  # keys each token attends to, summed
        return 2.0 * 2.0 * self.n_layers * self.n_embd * positions


def _field(reader: gguf.GGUFReader, key: str) -> int:
    field = reader.fields[key]
    return int(field.parts[field.data[0]][0])


def read_model_shape(path: Path) -> ModelShape:
    reader = gguf.GGUFReader(str(path))
    arch = bytes(reader.fields["general.architecture"].parts[-1]).decode()
    params = sum(int(t.n_elements) for t in reader.tensors if _MATMUL.match(t.name))
    n_head = _field(reader, f"{arch}.attention.head_count")
    n_head_kv = _field(reader, f"{arch}.attention.head_count_kv") \
        if f"{arch}.attention.head_count_kv" in reader.fields else n_head
    return ModelShape(
        n_layers=_field(reader, f"{arch}.block_count"), n_embd=_field(reader, f"{arch}.embedding_length"),
        n_head=n_head, n_head_kv=n_head_kv, n_ctx_train=_field(reader, f"{arch}.context_length"),
        matmul_params=params, file_bytes=Path(path).stat().st_size,
        decode_weight_bytes=sum(int(t.n_bytes) for t in reader.tensors if t.name != "token_embd.weight"))
