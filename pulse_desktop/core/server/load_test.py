"""``pulse-desktop server load``: N simulated workstations against one llama-server on this machine
(loopback only, bounded: a fixed number of questions, then it stops), and the faults a clinic meets.

Each workstation is a thread with its own :class:`RemoteEngine` asking about a different real page (so the
prompt cache does not make it free). For each ``--parallel`` P the server is started afresh; for each N the
figures are requests/min, and p50/p95 of the time to first token and to the full answer.

Faults, each reported as what the desktop sees: the server killed mid-answer (the error, the partial text
kept, the server restarted and the question asked again), the server stalled (SIGSTOP: the client's time-out),
a slow connection (a loopback proxy that throttles both directions) and a cut connection (the proxy closes it
mid-answer).
"""

from __future__ import annotations

import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.events import Done, Token
from pulse_desktop.core.remote.client import ServerAddress
from pulse_desktop.core.remote.remote_engine import RemoteEngine
from pulse_desktop.core.server.errors import ServerError
from pulse_desktop.core.server.launch import (
    ServeOptions,
    server_command,
    start_process,
    stop_process,
    wait_ready,
)


@dataclass(frozen=True)
class Timing:
    first_token_s: float
    total_s: float
    error: str = ""


@dataclass(frozen=True)
class LoadRow:
    parallel: int
    workstations: int
    requests: int
    failed: int
    wall_s: float
    first_token: tuple[float, float]  # p50, p95 seconds
    total: tuple[float, float]

    @property
    def per_minute(self) -> float:
        return 60.0 * (self.requests - self.failed) / self.wall_s if self.wall_s else 0.0


@dataclass
class ServerUnderTest:
    binary: Path
    bundle: Path
    mmproj: Path
    options: ServeOptions
    log: Path
    process: Any = field(default=None)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.options.port}"

    def start(self) -> None:
        self.process = start_process(server_command(self.binary, self.bundle, self.mmproj, self.options), self.log)
        wait_ready(self.process, self.url, timeout=300)

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
            self.process = None


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def timed_ask(engine: Any, image: Image.Image, question: str, options: GenerationOptions,
              cancel: CancelToken | None = None) -> tuple[Timing, str]:
    """(timing, text so far) of one question; errors are recorded, not raised."""
    started, first, text = time.perf_counter(), 0.0, ""
    try:
        for event in engine.ask(image, question, cancel, options=options):
            if isinstance(event, Token):
                first = first or time.perf_counter() - started
                text += event.text
            elif isinstance(event, Done):
                text = getattr(event.result, "text", text)
    except ServerError as exc:
        return Timing(first, time.perf_counter() - started, type(exc).__name__ + ": " + exc.message), text
    return Timing(first, time.perf_counter() - started), text


def run_workstations(url: str, bundle: Path, pages: list[Image.Image], workstations: int, questions_each: int,
                     options: GenerationOptions, first_page: int = 0) -> tuple[list[Timing], float]:
    """Every workstation asks ``questions_each`` questions, one after the other, all at once; question k of
    the run reads page ``first_page + k`` (no page twice while there are enough: no free prompt cache)."""
    timings: list[Timing] = []
    lock = threading.Lock()
    engines = [RemoteEngine(ServerAddress(url, timeout=600), bundle) for _ in range(workstations)]

    def workstation(i: int) -> None:
        for j in range(questions_each):
            page = pages[(first_page + i * questions_each + j) % len(pages)]
            timing, _ = timed_ask(engines[i], page, f"Question {j} of workstation {i}: what is the rhythm?",
                                  options)
            with lock:
                timings.append(timing)

    threads = [threading.Thread(target=workstation, args=(i,), daemon=True) for i in range(workstations)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return timings, time.perf_counter() - started


def load_rows(server: ServerUnderTest, pages: list[Image.Image], parallels: list[int], workstation_counts: list[int],
              questions_each: int, options: GenerationOptions) -> Iterator[LoadRow]:
    for parallel in parallels:
        server.options = ServeOptions(**{**server.options.__dict__, "parallel": parallel})
        server.start()
        try:
            first_page = 0
            for n in workstation_counts:
                timings, wall = run_workstations(server.url, server.bundle, pages, n, questions_each, options,
                                                 first_page)
                first_page += n * questions_each
                ok = [t for t in timings if not t.error]
                firsts, totals = [t.first_token_s for t in ok], [t.total_s for t in ok]
                yield LoadRow(parallel, n, len(timings), len(timings) - len(ok), wall,
                              (percentile(firsts, 0.5), percentile(firsts, 0.95)),
                              (percentile(totals, 0.5), percentile(totals, 0.95)))
        finally:
            server.stop()


# ----- faults ------------------------------------------------------------------------------------------------

class ThrottlingProxy:
    """Loopback TCP proxy: ``bytes_per_s`` each way, ``cut_after`` bytes from the server then the connection is
    closed (0: never)."""

    def __init__(self, target_port: int, bytes_per_s: float = 0.0, cut_after: int = 0) -> None:
        self.target_port, self.rate, self.cut_after = target_port, bytes_per_s, cut_after
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self.listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, upstream, 0), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, self.cut_after), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, cut_after: int) -> None:
        sent = 0
        try:
            while True:
                data = source.recv(16384)
                if not data:
                    break
                if self.rate:
                    time.sleep(len(data) / self.rate)
                sink.sendall(data)
                sent += len(data)
                if cut_after and sent >= cut_after:
                    break
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()


@dataclass(frozen=True)
class FaultResult:
    name: str
    what_the_desktop_saw: str
    partial_chars: int
    seconds: float
    recovered: str = ""


def kill_mid_answer(server: ServerUnderTest, page: Image.Image, options: GenerationOptions) -> FaultResult:
    engine = RemoteEngine(ServerAddress(server.url, timeout=60), server.bundle)
    killer = _after_first_token(lambda: server.process.send_signal(signal.SIGKILL))
    timing, partial = timed_ask(_Watched(engine, killer), page, "Describe this ECG in detail.", options)
    server.process.wait()
    server.process = None
    restarted = time.perf_counter()
    server.start()
    restart_s = time.perf_counter() - restarted
    again, _ = timed_ask(RemoteEngine(ServerAddress(server.url, timeout=60), server.bundle), page,
                         "Describe this ECG in detail.", options)
    return FaultResult("server killed mid-answer", timing.error, len(partial), timing.total_s,
                       f"restarted in {restart_s:.1f} s; asked again: "
                       f"{'answered' if not again.error else again.error} in {again.total_s:.1f} s")


def stall_mid_answer(server: ServerUnderTest, page: Image.Image, options: GenerationOptions,
                     timeout: float = 5.0) -> FaultResult:
    engine = RemoteEngine(ServerAddress(server.url, timeout=timeout), server.bundle)
    stopper = _after_first_token(lambda: server.process.send_signal(signal.SIGSTOP))
    try:
        timing, partial = timed_ask(_Watched(engine, stopper), page, "Describe this ECG in detail.", options)
    finally:
        server.process.send_signal(signal.SIGCONT)
    return FaultResult(f"server stalled (SIGSTOP), client time-out {timeout:g} s", timing.error, len(partial),
                       timing.total_s, "SIGCONT: the server goes on")


def through_proxy(server: ServerUnderTest, page: Image.Image, options: GenerationOptions, name: str,
                  bytes_per_s: float = 0.0, cut_after: int = 0) -> FaultResult:
    proxy = ThrottlingProxy(server.options.port, bytes_per_s, cut_after)
    try:
        engine = RemoteEngine(ServerAddress(proxy.url, timeout=120), server.bundle)
        timing, partial = timed_ask(engine, page, "What is the rhythm here?", options)
    finally:
        proxy.close()
    return FaultResult(name, timing.error or f"answered; first token after {timing.first_token_s:.1f} s",
                       len(partial), timing.total_s)


class _Watched:
    """An engine whose events go past ``watch`` first (to act at the first token)."""

    def __init__(self, engine: RemoteEngine, watch: Callable[[object], None]) -> None:
        self.engine, self.watch = engine, watch

    def ask(self, *args: Any, **kw: Any) -> Iterator[object]:
        for event in self.engine.ask(*args, **kw):
            self.watch(event)
            yield event


def _after_first_token(action: Callable[[], None], tokens: int = 3) -> Callable[[object], None]:
    seen = [0]

    def watch(event: object) -> None:
        if isinstance(event, Token):
            seen[0] += 1
            if seen[0] == tokens:
                action()

    return watch


def summary(rows: list[LoadRow]) -> str:
    lines = ["| --parallel | workstations | requests | failed | requests/min | first token p50 / p95 (s) | "
             "answer p50 / p95 (s) |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.parallel} | {r.workstations} | {r.requests} | {r.failed} | {r.per_minute:.1f} | "
                     f"{r.first_token[0]:.1f} / {r.first_token[1]:.1f} | {r.total[0]:.1f} / {r.total[1]:.1f} |")
    return "\n".join(lines)
