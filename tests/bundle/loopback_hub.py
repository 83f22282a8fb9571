"""A loopback HTTP server answering the Hugging Face Hub endpoints that huggingface_hub's snapshot_download calls.

Endpoints (read from huggingface_hub's source: ``HfApi.model_info``, ``HfApi.list_repo_tree``,
``get_hf_file_metadata`` and ``http_get``):

* ``GET /api/models/{repo}/revision/{rev}``: JSON with ``id`` and ``sha`` (the commit);
* ``GET /api/models/{repo}/tree/{commit}``: JSON list of ``{"type": "file", "path", "size", "oid"}``;
* ``HEAD /{repo}/resolve/{commit}/{file}``: ``ETag`` (the sha256, as for LFS files), ``X-Repo-Commit``,
  ``Content-Length``;
* ``GET /{repo}/resolve/{commit}/{file}``: the bytes, honouring ``Range: bytes=N-`` with a 206.

Errors carry ``X-Error-Code`` (RepoNotFound, RevisionNotFound, EntryNotFound) as the Hub does. Faults for the
tests: ``drop_once`` (file names whose first GET sends half the body then closes the connection) and
``refuse_after_drop`` (after that drop, GETs of the file get 503 until ``refusing`` is cleared).
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class HubState:
    repo_id: str
    files: dict[str, bytes]
    commit: str = "0123456789abcdef0123456789abcdef01234567"
    branches: tuple[str, ...] = ("main",)
    drop_once: set[str] = field(default_factory=set)
    refuse_after_drop: bool = False
    refusing: set[str] = field(default_factory=set)
    log: list[tuple[str, str, str]] = field(default_factory=list)  # (method, path, Range header)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def gets(self, name: str) -> list[str]:
        """The Range headers ("" for none) of every GET of file ``name``."""
        return [rng for method, path, rng in self.log if method == "GET" and path.endswith("/" + name)]


def hub_state_from_folder(repo_id: str, folder: Path) -> HubState:
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()}
    return HubState(repo_id, files)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: HubState  # set on the subclass made per server

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._route(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._route(head=False)

    def _route(self, head: bool) -> None:
        state = self.state
        path = unquote(urlsplit(self.path).path)
        with state.lock:
            state.log.append(("HEAD" if head else "GET", path, self.headers.get("Range", "")))
        repo = re.escape(state.repo_id)
        if m := re.fullmatch(r"/api/models/([^/]+/[^/]+)/revision/(.+)", path):
            if m.group(1) != state.repo_id:
                return self._error(404, "RepoNotFound")
            if m.group(2) not in (*state.branches, state.commit):
                return self._error(404, "RevisionNotFound")
            body = {"id": state.repo_id, "sha": state.commit, "private": False,
                    "siblings": [{"rfilename": name} for name in state.files]}
            return self._json(body, head)
        if m := re.fullmatch(rf"/api/models/{repo}/tree/([^/]+)", path):
            if m.group(1) != state.commit:
                return self._error(404, "RevisionNotFound")
            body = [{"type": "file", "path": name, "size": len(data), "oid": hashlib.sha1(data).hexdigest()}
                    for name, data in state.files.items()]
            return self._json(body, head)
        if m := re.fullmatch(rf"/{repo}/resolve/([^/]+)/(.+)", path):
            if m.group(1) != state.commit:
                return self._error(404, "RevisionNotFound")
            name = m.group(2)
            if name not in state.files:
                return self._error(404, "EntryNotFound")
            return self._file(name, head)
        return self._error(404, "RepoNotFound")

    def _file(self, name: str, head: bool) -> None:
        state = self.state
        data = state.files[name]
        start = 0
        rng = self.headers.get("Range", "")
        if m := re.fullmatch(r"bytes=(\d+)-", rng):
            start = int(m.group(1))
        with state.lock:
            refuse = not head and name in state.refusing
            drop = not head and name in state.drop_once
            if drop:
                state.drop_once.discard(name)
                if state.refuse_after_drop:
                    state.refusing.add(name)
        if refuse:
            return self._error(503, "")
        part = data[start:]
        self.send_response(206 if start else 200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(part)))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("ETag", f'"{hashlib.sha256(data).hexdigest()}"')
        self.send_header("X-Repo-Commit", state.commit)
        self.end_headers()
        if head:
            return
        if drop:  # half the body, then the connection dies (a flaky network)
            self.wfile.write(part[: len(part) // 2])
            self.wfile.flush()
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        self.wfile.write(part)

    def _json(self, body, head: bool) -> None:
        raw = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.send_header("X-Repo-Commit", self.state.commit)
        self.end_headers()
        if not head:
            self.wfile.write(raw)

    def _error(self, status: int, code: str) -> None:
        raw = json.dumps({"error": code or "unavailable"}).encode()
        self.send_response(status)
        if code:
            self.send_header("X-Error-Code", code)
        self.send_header("X-Error-Message", code or "unavailable")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(raw)


class LoopbackHub:
    """``with LoopbackHub(state) as url:`` serves ``state`` on 127.0.0.1 at a free port."""

    def __init__(self, state: HubState) -> None:
        handler = type("Handler", (_Handler,), {"state": state})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
