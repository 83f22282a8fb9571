"""Choosing the next token from logits: greedy by default, explicit seeded sampling when asked."""

from __future__ import annotations

import numpy as np

from pulse_desktop.core.engine.answer import GenerationOptions


def log_softmax(logits: np.ndarray) -> np.ndarray:
    x = logits.astype(np.float64)
    x = x - x.max()
    return x - np.log(np.exp(x).sum())


def top_logprobs(logits: np.ndarray, k: int = 5) -> list[tuple[int, float]]:
    """The k most likely tokens (id, log-probability), most likely first; ties by lower id."""
    lp = log_softmax(logits)
    order = np.lexsort((np.arange(lp.size), -lp))[:k]
    return [(int(i), float(lp[i])) for i in order]


class Sampler:
    def __init__(self, options: GenerationOptions) -> None:
        self.options = options
        self.rng = np.random.default_rng(options.seed)

    def choose(self, logits: np.ndarray, banned: int | None = None) -> int:
        logits = logits.astype(np.float64)
        if banned is not None:
            logits[banned] = -np.inf
        if self.options.greedy:
            return int(np.argmax(logits))
        scaled = logits / self.options.temperature
        if self.options.top_k > 0:
            kth = np.sort(scaled)[-min(self.options.top_k, scaled.size)]
            scaled[scaled < kth] = -np.inf
        probs = np.exp(scaled - scaled.max())
        probs /= probs.sum()
        if self.options.top_p < 1.0:
            order = np.argsort(-probs, kind="stable")
            keep = np.cumsum(probs[order]) - probs[order] < self.options.top_p
            mask = np.zeros_like(probs, dtype=bool)
            mask[order[keep]] = True
            probs = np.where(mask, probs, 0.0)
            probs /= probs.sum()
        return int(self.rng.choice(probs.size, p=probs))
