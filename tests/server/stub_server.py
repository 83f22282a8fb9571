"""A stand-in for llama-server that misbehaves on purpose (fault tests) and records every byte it receives.

It speaks the parts of llama-server's protocol the desktop uses (/health, /props, streamed /completion) and
can refuse the key, answer 503, send malformed events, stall, or close the connection mid-answer. It is not a
substitute for the real server in the fidelity and load tests, which start the real llama-server.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Behaviour:
    alias: str = "tiny@sha256:" + "0" * 64
    api_key: str = ""
    completion: str = "ok"  # ok, malformed, stall, cut, status503, not_json
    answer: tuple[str, ...] = (" Sinus", " rhythm", ".")
    stall_s: float = 5.0
    slots_busy: bool = False
    received: list[bytes] = field(default_factory=list)  # raw request bytes: request line, headers, body


class _Handler(BaseHTTPRequestHandler):
    behaviour: Behaviour
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _record(self) -> bytes:
        length = int(self.headers.get("Content-Length", 0) or 0)
        body = self.rfile.read(length) if length else b""
        head = self.requestline.encode() + b"\r\n" + bytes(self.headers)
        self.behaviour.received.append(head + body)
        return body

    def _json(self, status: int, obj: object) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        b = self.behaviour
        if b.api_key and self.headers.get("Authorization") != f"Bearer {b.api_key}":
            self._json(401, {"error": {"message": "Invalid API Key", "code": 401}})
            return False
        return True

    def do_GET(self) -> None:  # noqa: N802
        self._record()
        if self.path == "/health":
            self._json(200, {"status": "ok"})
        elif self.path == "/props" and self._authorised():
            self._json(200, {"model_alias": self.behaviour.alias, "total_slots": 2, "media_marker": "<__m__>",
                             "modalities": {"vision": True}})
        elif self.path == "/slots":
            self._json(200, [{"id": i, "is_processing": self.behaviour.slots_busy} for i in range(2)])
        elif self.path != "/props":
            self._json(404, {"error": {"message": "not found"}})

    def do_POST(self) -> None:  # noqa: N802
        body = self._record()
        if not self._authorised():
            return
        b = self.behaviour
        if b.completion == "status503":
            self._json(503, {"error": {"message": "Loading model"}})
            return
        if b.completion == "not_json":
            data = b"<html>proxy error</html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        json.loads(body)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        if b.completion == "stall":
            time.sleep(b.stall_s)
            return
        if b.completion == "malformed":
            self.wfile.write(b"data: {\"content\": \"Sin\n\n")
            self.wfile.flush()
            return
        for i, piece in enumerate(b.answer):
            event = {"content": piece, "tokens": [100 + i], "stop": False}
            if i == 0:
                event["completion_probabilities"] = [{"id": 100, "logprob": -0.1, "top_logprobs": [
                    {"id": 100, "token": piece, "logprob": -0.1}]}]
            self.wfile.write(b"data: " + json.dumps(event).encode() + b"\n\n")
            self.wfile.flush()
            if b.completion == "cut" and i == 1:
                self.connection.shutdown(socket.SHUT_RDWR)
                return
        final = {"content": "", "stop": True, "stop_type": "eos", "tokens_predicted": len(b.answer),
                 "tokens_evaluated": 2933, "timings": {"cache_n": 0}}
        self.wfile.write(b"data: " + json.dumps(final).encode() + b"\n\n")
        self.wfile.flush()


class StubServer:
    def __init__(self, behaviour: Behaviour | None = None, tls: tuple[Path, Path] | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        handler = type("Handler", (_Handler,), {"behaviour": self.behaviour})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls[0]), str(tls[1]))
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def received(self) -> bytes:
        return b"".join(self.behaviour.received)
