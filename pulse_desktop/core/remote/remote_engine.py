"""The clinic server as an engine: the same generators and events as the local MultimodalEngine
(``ask``, ``follow_up``, ``read_ahead``, ``close``), computed by llama-server.

The desktop keeps the picture: it cuts the spec's views itself (request_body), sends them with the question,
streams the answer back as ``Token`` events and ends with ``Done(result=RemoteAnswer)``, which says where it
was computed (``computed_on``: the server's address and the manifest sha256 it serves). A follow-up sends the
whole conversation again; llama-server's prompt cache finds the common prefix in the slot (or its host
memory cache), so only the new turn is computed (``tokens_cached`` in the answer's stages). A read-ahead sends
the prompt up to the end of the image with nothing to generate, so the question's request starts from there.

Cancel closes the request's connection: llama-server notices and frees the slot.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from pulse_desktop.core.bundle.manifest import Manifest, manifest_sha256, read_manifest
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.answer import Answer, GenerationOptions, ReadAhead, TopToken
from pulse_desktop.core.engine.prompt import Turn
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.events import Done, Progress, StageFinished, StageStarted, Token
from pulse_desktop.core.remote.client import ServerAddress, ServerClient
from pulse_desktop.core.remote.request_body import (
    check_servable,
    completion_body,
    encoded_views,
    prompt_text,
    read_ahead_text,
)
from pulse_desktop.core.server.errors import ServerBusy, ServerModelMismatch, ServerProtocolError
from pulse_desktop.core.server.launch import alias_hash


@dataclass(frozen=True)
class RemoteAnswer(Answer):
    computed_on: str = ""  # "SERVER_URL manifest-sha256"
    tokens_cached: int = 0  # prompt positions the server did not compute again


@dataclass(frozen=True)
class ServerInfo:
    url: str
    alias: str
    manifest_sha256: str
    slots: int
    media_marker: str
    vision: bool
    latency_s: float


def check_server(client: ServerClient, expected_sha256: str | None = None) -> ServerInfo:
    """Reachable, key accepted, a vision model, and (when given) the manifest hash we expect."""
    started = time.perf_counter()
    client.get_json("/health")
    latency = time.perf_counter() - started
    props = client.get_json("/props")  # not public: a wrong key is refused here
    if not isinstance(props, dict):
        raise ServerProtocolError("The server's /props is not an object.", "Is it a llama-server?")
    alias = str(props.get("model_alias", ""))
    info = ServerInfo(client.address.url, alias, alias_hash(alias), int(props.get("total_slots", 0) or 0),
                      str(props.get("media_marker", "")), bool((props.get("modalities") or {}).get("vision")),
                      latency)
    if expected_sha256 is not None and info.manifest_sha256 != expected_sha256:
        raise ServerModelMismatch(
            f"{client.address.url} serves {alias or 'an unnamed model'}, not this computer's bundle "
            f"(manifest sha256 {expected_sha256[:12]}...).",
            "Serve the same bundle on the server, or interpret on this computer.")
    if not info.vision or not info.media_marker:
        raise ServerProtocolError(f"{client.address.url} serves no image model.", "Start it with the projector.")
    return info


class RemoteEngine:
    def __init__(self, address: ServerAddress, bundle: Any) -> None:
        self.bundle_dir = Path(getattr(bundle, "path", bundle))
        self.manifest: Manifest = getattr(bundle, "manifest", None) or read_manifest(self.bundle_dir)
        check_servable(self.manifest)
        self.manifest_sha256 = manifest_sha256(self.bundle_dir)
        self.bundle_name = str(getattr(bundle, "name", self.manifest.name))
        self.client = ServerClient(address)
        self.info = check_server(self.client, self.manifest_sha256)
        self.n_ctx = self.manifest.language_model.n_ctx
        # a full server queues a request (no error); when this computer can answer instead, say "busy" at once
        self.wait_when_busy = True
        self._views: tuple[str, list[str]] | None = None  # (pixels key, base64 PNGs) of the conversation
        self._turns: list[Turn] = []

    @property
    def computed_on(self) -> str:
        return f"{self.client.address.url} {self.manifest_sha256}"

    def settings(self) -> dict[str, Any]:
        return {"server": self.client.address.url, "model": self.info.alias, "slots": self.info.slots,
                "device": "server", "backend": "llama-server", "n_ctx": self.n_ctx}

    def close(self) -> None:
        self._views, self._turns = None, []

    # --- the engine's generators ---------------------------------------------------------------------------
    def ask(self, image: Image.Image, question: str, cancel: CancelToken | None = None,
            max_new_tokens: int | None = None, options: GenerationOptions | None = None,
            history: Sequence[tuple[str, str]] = ()) -> Iterator[object]:
        cancel = cancel or CancelToken()
        stages: dict[str, float] = {}
        views = yield from self._prepare(image, cancel, stages)
        turns = [Turn(q, a) for q, a in history] + [Turn(question)]
        yield from self._answer(views, turns, cancel, _options(options, max_new_tokens), stages)

    def follow_up(self, question: str, cancel: CancelToken | None = None, max_new_tokens: int | None = None,
                  options: GenerationOptions | None = None) -> Iterator[object]:
        if self._views is None:
            raise RuntimeError("follow_up before ask")
        cancel = cancel or CancelToken()
        yield from self._answer(self._views, self._turns + [Turn(question)], cancel,
                                _options(options, max_new_tokens), {})

    def read_ahead(self, image: Image.Image, cancel: CancelToken | None = None) -> Iterator[object]:
        cancel = cancel or CancelToken()
        stages: dict[str, float] = {}
        views = yield from self._prepare(image, cancel, stages)
        head = read_ahead_text(self.manifest.prompt, len(views[1]), self.info.media_marker)
        body = completion_body(head, views[1], 0, n_probs=0)
        started = time.perf_counter()
        yield StageStarted("prefill", f"on {self.client.address.url}")
        final: dict = {}
        for event in self._events(body, cancel):
            final = event
        stages["prefill"] = time.perf_counter() - started
        yield StageFinished("prefill", stages["prefill"])
        cached = int(final.get("tokens_evaluated", 0) or 0)
        yield Done(result=ReadAhead(views[0], 576 * len(views[1]), cached, dict(stages)))

    # --- steps ---------------------------------------------------------------------------------------------
    def _prepare(self, image: Image.Image, cancel: CancelToken, stages: dict[str, float]):
        cancel.check()
        started = time.perf_counter()
        yield StageStarted("preprocess")
        encoded = encoded_views(image, self.manifest.preprocess)
        key = hashlib.sha256("".join(encoded).encode("ascii")).hexdigest()
        stages["preprocess"] = time.perf_counter() - started
        yield StageFinished("preprocess", stages["preprocess"])
        return key, encoded

    def _check_free_slot(self) -> None:
        if self.wait_when_busy:
            return
        try:
            slots = self.client.get_json("/slots")
        except ServerProtocolError:  # /slots switched off on the server (--no-slots): queue as usual
            return
        if isinstance(slots, list) and slots and all(s.get("is_processing") for s in slots if isinstance(s, dict)):
            raise ServerBusy(f"Every slot of {self.client.address.url} ({len(slots)}) is answering another "
                             "workstation.", "This computer answers instead, or try again in a moment.")

    def _events(self, body: dict, cancel: CancelToken) -> Iterator[dict]:
        self._check_free_slot()
        stream: Generator[dict, None, None]
        stream = self.client.stream("/completion", body, cancel)
        try:
            for event in stream:
                if cancel.cancelled:
                    raise Cancelled()
                yield event
        finally:
            stream.close()  # closes the connection: the server stops this request

    def _answer(self, views: tuple[str, list[str]], turns: list[Turn], cancel: CancelToken,
                options: GenerationOptions, stages: dict[str, float]) -> Iterator[object]:
        cancel.check()
        prompt = prompt_text(self.manifest.prompt, turns, len(views[1]), self.info.media_marker)
        body = completion_body(prompt, views[1], options.max_new_tokens, temperature=options.temperature,
                               seed=options.seed)
        body["ignore_eos"] = bool(options.ignore_eos)
        if not options.greedy:
            body.update({"top_k": options.top_k, "top_p": options.top_p})
        started = time.perf_counter()
        yield StageStarted("prefill", f"on {self.client.address.url}")
        text, ids, phase = "", [], "prefill"
        top: tuple[TopToken, ...] = ()
        final: dict = {}
        for event in self._events(body, cancel):
            progress = event.get("prompt_progress")
            if progress:  # a progress event carries no token (its "tokens" is a placeholder)
                if phase == "prefill":
                    total = int(progress.get("total", 0))
                    yield Progress("prefill", int(progress.get("processed", 0)), total)
                if not event.get("stop"):
                    continue
            probs = event.get("completion_probabilities") or []
            if probs and not top:
                top = tuple(TopToken(int(p["id"]), str(p.get("token", "")), float(p["logprob"]))
                            for p in probs[0].get("top_logprobs", []))
            new_ids = [int(t) for t in event.get("tokens") or []]
            content = str(event.get("content", ""))
            if (new_ids or content) and phase == "prefill":
                stages["prefill"] = time.perf_counter() - started
                yield StageFinished("prefill", stages["prefill"])
                phase, started = "decode", time.perf_counter()
                yield StageStarted("decode")
            if not event.get("stop"):
                shown_before = text.lstrip()
                text += content
                ids += new_ids
                yield Token(new_ids[0] if new_ids else -1, text.lstrip()[len(shown_before):])
            else:
                final = event
        if phase == "prefill":
            stages["prefill"] = time.perf_counter() - started
            yield StageFinished("prefill", stages["prefill"])
            yield StageStarted("decode")
            started = time.perf_counter()
        stages["decode"] = time.perf_counter() - started
        yield StageFinished("decode", stages["decode"])
        yield from self._finish(views, turns, text, ids, top, final, options, stages)

    def _finish(self, views, turns, text, ids, top, final, options, stages) -> Iterator[object]:
        n_predicted = int(final.get("tokens_predicted", len(ids)) or 0)
        evaluated = int(final.get("tokens_evaluated", 0) or 0)
        if final.get("stop_type") == "eos":
            stop = "eos"
        elif n_predicted >= options.max_new_tokens:
            stop = "max_new_tokens"
        else:
            stop = "context_full"
        answer_text = text.strip()
        self._views = views
        self._turns = [*turns[:-1], Turn(turns[-1].question, answer_text)]
        stages["total"] = sum(v for k, v in stages.items() if k != "total")
        answer = RemoteAnswer(answer_text, tuple(ids), dict(stages), top, 576 * len(views[1]),
                              evaluated + n_predicted, stop != "eos", stop, len(self._turns),
                              computed_on=self.computed_on,
                              tokens_cached=int((final.get("timings") or {}).get("cache_n", 0) or 0))
        yield Done(result=answer, stages=dict(stages))


def _options(options: GenerationOptions | None, max_new_tokens: int | None) -> GenerationOptions:
    options = options or GenerationOptions()
    if max_new_tokens is not None:
        from dataclasses import replace

        options = replace(options, max_new_tokens=int(max_new_tokens))
    return options
