"""Values the engine hands out: generation options and the answer (frozen: they cross threads)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GenerationOptions:
    """Greedy by default (temperature 0: argmax, first index on a tie). Sampling only when chosen, seeded."""

    max_new_tokens: int = 1024
    temperature: float = 0.0
    top_k: int = 0  # 0: no top-k cut
    top_p: float = 1.0
    seed: int = 0
    ignore_eos: bool = False  # benchmarks only: generate exactly max_new_tokens

    @property
    def greedy(self) -> bool:
        return self.temperature <= 0.0


@dataclass(frozen=True)
class TopToken:
    token_id: int
    text: str
    logprob: float


@dataclass(frozen=True)
class Answer:
    text: str  # decoded, special tokens skipped, stripped (as the reference evaluation does)
    token_ids: tuple[int, ...]  # generated ids, EOS excluded
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage
    first_token_top_logprobs: tuple[TopToken, ...] = ()
    image_tokens: int = 0
    n_ctx_used: int = 0  # positions in the context after this answer
    truncated: bool = False  # stopped before EOS (max_new_tokens or the context's end)
    stop_reason: str = "eos"  # "eos", "max_new_tokens", "context_full"
    turn: int = 1  # 1 for the first question, 2 for the first follow-up...

    @property
    def tokens(self) -> tuple[int, ...]:
        return self.token_ids


@dataclass(frozen=True)
class ReadAhead:
    """What :meth:`MultimodalEngine.read_ahead` left in the cache for the coming question."""

    image_key: str  # the image block's key in the cache (pixels digest and merge)
    image_tokens: int
    cached_positions: int  # the prompt up to the end of the image block
    stages: dict[str, float] = field(default_factory=dict)
