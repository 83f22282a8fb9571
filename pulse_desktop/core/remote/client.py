"""HTTP(S) to one llama-server, with the failures a clinic meets turned into typed errors.

* ``https://`` with a pinned certificate fingerprint (sha256 of the DER certificate, as ``server start``
  prints it): the certificate must be exactly that one, self-signed or not (else
  :class:`ServerCertificateChanged`); without a pin, the system's certificate authorities decide.
* the API key goes in ``Authorization: Bearer``; a 401 is :class:`ServerKeyRefused`.
* connection refused / no route / name unknown: :class:`ServerUnreachable`; no byte for ``timeout`` seconds:
  :class:`ServerTimeout`; a body that is not the JSON or event stream llama-server sends:
  :class:`ServerProtocolError`.
* :meth:`stream` yields each server-sent event of a streamed ``/completion``; closing the generator (the
  Cancel button) closes the connection, and llama-server stops that request's slot.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import ssl
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import Cancelled
from pulse_desktop.core.server.errors import (
    ServerBusy,
    ServerCertificateChanged,
    ServerError,
    ServerKeyRefused,
    ServerProtocolError,
    ServerTimeout,
    ServerUnreachable,
)


def normalise_fingerprint(text: str) -> str:
    """``AB:CD:...`` or ``abcd...`` -> lower-case hex without separators."""
    return "".join(c for c in text.lower() if c in "0123456789abcdef")


def certificate_fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def format_fingerprint(hex_digest: str) -> str:
    hex_digest = normalise_fingerprint(hex_digest).upper()
    return ":".join(hex_digest[i:i + 2] for i in range(0, len(hex_digest), 2))


@dataclass(frozen=True)
class ServerAddress:
    url: str  # http(s)://host:port
    api_key: str = ""
    fingerprint: str = ""  # pinned sha256 of the server's certificate (https only)
    timeout: float = 60.0  # seconds without a byte before giving up

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def port(self) -> int:
        parts = urlsplit(self.url)
        return parts.port or (443 if parts.scheme == "https" else 80)

    @property
    def tls(self) -> bool:
        return urlsplit(self.url).scheme == "https"


class ServerClient:
    def __init__(self, address: ServerAddress) -> None:
        scheme = urlsplit(address.url).scheme
        if scheme not in ("http", "https") or not address.host:
            raise ServerUnreachable(f"{address.url!r} is not a server address.",
                                    "Write it as https://HOST:PORT (or http://127.0.0.1:PORT on this computer).")
        self.address = address
        self.bytes_sent = 0  # every byte of every request body, for the tests that check what leaves

    # --- requests ----------------------------------------------------------------------------------------
    def get_json(self, path: str) -> Any:
        conn, response, _ = self._request("GET", path, None)
        try:
            return _json(response.read(), path)
        finally:
            conn.close()

    def post_json(self, path: str, body: dict) -> Any:
        conn, response, _ = self._request("POST", path, body)
        try:
            return _json(response.read(), path)
        finally:
            conn.close()

    def stream(self, path: str, body: dict, cancel: CancelToken | None = None) -> Generator[dict, None, None]:
        """The ``data:`` events of a streamed response, parsed; ends at the event whose ``stop`` is true.
        ``cancel`` set (from any thread) shuts the connection at once, even while the server is still reading
        the picture and sends nothing: llama-server then drops the request; this raises :class:`Cancelled`."""
        conn, response, sock = self._request("POST", path, body)
        done = threading.Event()
        if cancel is not None and sock is not None:
            threading.Thread(target=_shut_when_cancelled, args=(sock, cancel, done), daemon=True).start()
        try:
            for event in _server_sent_events(response, self.address.timeout):
                yield event
                if event.get("stop"):
                    return
            raise ServerProtocolError("The server closed the answer before its end.",
                                      "It may have been restarted; ask again (the partial text is kept).")
        except ServerError:
            if cancel is not None and cancel.cancelled:
                raise Cancelled() from None
            raise
        finally:
            done.set()
            conn.close()

    # --- plumbing ----------------------------------------------------------------------------------------
    def _connection(self) -> http.client.HTTPConnection:
        a = self.address
        if not a.tls:
            return http.client.HTTPConnection(a.host, a.port, timeout=a.timeout)
        if a.fingerprint:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # the pin below is the check: exactly this certificate
        else:
            context = ssl.create_default_context()
        return http.client.HTTPSConnection(a.host, a.port, timeout=a.timeout, context=context)

    def _request(self, method: str, path: str,
                 body: dict | None) -> tuple[http.client.HTTPConnection, Any, socket.socket | None]:
        conn = self._connection()
        payload = None if body is None else json.dumps(body).encode("utf-8")
        headers = {"Accept": "application/json, text/event-stream"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        if self.address.api_key:
            headers["Authorization"] = f"Bearer {self.address.api_key}"
        try:
            conn.connect()
            sock = conn.sock  # kept: http.client lets go of it once a response says "close"
            self._check_pin(conn)
            conn.request(method, path, body=payload, headers=headers)
            self.bytes_sent += len(payload or b"")
            response = conn.getresponse()
        except ServerError:
            conn.close()
            raise
        except ssl.SSLCertVerificationError as exc:
            conn.close()
            raise ServerCertificateChanged(f"The certificate of {self.address.url} is not trusted ({exc}).",
                                           "Pin the fingerprint that `pulse-desktop server start` printed.") from exc
        except TimeoutError as exc:
            conn.close()
            raise ServerTimeout(f"{self.address.url} did not answer within {self.address.timeout:g} s.",
                                "The server may be overloaded or stalled; try again or use this computer.") from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise ServerUnreachable(f"The interpretation server {self.address.url} cannot be reached ({exc}).",
                                    "Check that it is running and that this computer may reach it.") from exc
        if response.status != 200:
            text = response.read()[:2000]
            conn.close()
            raise _status_error(response.status, text, self.address.url)
        return conn, response, sock

    def _check_pin(self, conn: http.client.HTTPConnection) -> None:
        if not (self.address.tls and self.address.fingerprint):
            return
        sock = conn.sock
        der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
        if not der:
            raise ServerCertificateChanged("The server sent no certificate.", "Check the server's TLS settings.")
        seen = certificate_fingerprint(der)
        if seen != normalise_fingerprint(self.address.fingerprint):
            raise ServerCertificateChanged(
                f"The certificate of {self.address.url} changed: its fingerprint is {format_fingerprint(seen)}, "
                f"not the pinned {format_fingerprint(self.address.fingerprint)}.",
                "If the clinic renewed it, pin the new fingerprint in Settings; otherwise do not use this server.")


def _shut_when_cancelled(sock: socket.socket, cancel: CancelToken, done: threading.Event) -> None:
    while not done.wait(0.05):
        if cancel.cancelled:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return


def _status_error(status: int, body: bytes, url: str) -> ServerError:
    try:
        detail = str((json.loads(body).get("error") or {}).get("message", ""))
    except (ValueError, AttributeError):
        detail = body.decode("utf-8", "replace")[:200]
    if status in (401, 403):
        return ServerKeyRefused(f"{url} refused the API key.", "Check the key in Settings > Interpretation server.")
    if status == 503:
        return ServerBusy(f"{url} is busy or still loading its model ({detail}).", "Try again in a moment.")
    if status == 404:
        return ServerProtocolError(f"{url} is not a llama-server ({detail or 'not found'}).",
                                   "Check the address and port.")
    return ServerProtocolError(f"{url} answered HTTP {status}: {detail}", "See the server's log.")


def _json(raw: bytes, path: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise ServerProtocolError(f"The server's answer to {path} is not JSON.", "Check the address.") from exc


def _server_sent_events(response: Any, timeout: float) -> Iterator[dict]:
    """Parse ``data: {...}`` lines (blank-line separated); ``error: {...}`` lines raise."""
    while True:
        try:
            line = response.readline()
        except TimeoutError as exc:
            raise ServerTimeout(f"The server sent nothing for {timeout:g} s in the middle of an answer.",
                                "The connection or the server stalled; the partial text is kept.") from exc
        except (OSError, http.client.HTTPException) as exc:
            raise ServerProtocolError(f"The connection broke in the middle of an answer ({exc}).",
                                      "The server may have been restarted; the partial text is kept.") from exc
        if not line:
            return
        text = line.decode("utf-8", "replace").strip()
        if not text or text.startswith(":"):
            continue
        field, _, value = text.partition(":")
        value = value.strip()
        if field == "data":
            if value == "[DONE]":
                return
            try:
                event = json.loads(value)
            except ValueError as exc:
                raise ServerProtocolError("The server sent a malformed event.", "Ask again.") from exc
            if not isinstance(event, dict):
                raise ServerProtocolError("The server sent an unexpected event.", "Ask again.")
            if "error" in event:
                raise ServerProtocolError(f"The server failed: {event['error']}", "See the server's log.")
            yield event
        elif field == "error":
            raise ServerProtocolError(f"The server failed: {value[:300]}", "See the server's log.")
        else:
            raise ServerProtocolError("The server sent something that is not an event stream.", "Check the address.")
