"""A minimal client for an OpenAI-compatible chat-completions endpoint (urllib only), used as the LLM judge.

Only ever contacted when the user gives ``--judge-url``; a local ``llama-server`` counts. The API key, if the
server needs one, is read from an environment variable the user names, never from the command line.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from pulse_desktop.core.errors import PulseError


class JudgeError(PulseError):
    """The judge endpoint cannot be used (unreachable, refuses the request, answers nonsense)."""

    exit_code = 8


@dataclass(frozen=True)
class JudgeClient:
    url: str  # the chat-completions URL
    model: str
    api_key: str = ""
    timeout_s: float = 300.0
    attempts: int = 3
    backoff_s: float = 2.0

    @classmethod
    def from_options(cls, base_url: str, model: str, key_env: str = "") -> JudgeClient:
        """``base_url`` such as ``http://127.0.0.1:8080/v1`` (``/chat/completions`` is added unless present)."""
        url = base_url.rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise JudgeError(f"{base_url!r} is not an http(s) URL.",
                             "Give the judge's base URL, e.g. http://127.0.0.1:8080/v1 for a local llama-server.")
        if not url.endswith("/chat/completions"):
            url += "/chat/completions"
        key = ""
        if key_env:
            key = os.environ.get(key_env, "")
            if not key:
                raise JudgeError(f"The environment variable {key_env} holds no API key.",
                                 f"Set {key_env} to the judge's key, or leave out --judge-key-env.")
        return cls(url, model, key)

    def complete(self, prompt: str) -> str:
        """The judge's reply to one user message, asked at temperature 0 for a JSON object."""
        body = {"model": self.model, "messages": [{"role": "user", "content": prompt}], "temperature": 0,
                "response_format": {"type": "json_object"}}
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = json.dumps(body).encode("utf-8")
        last = ""
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
            request = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_s) as response:  # noqa: S310 - user's URL
                    payload = json.loads(response.read().decode("utf-8"))
                return str(payload["choices"][0]["message"]["content"])
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode("utf-8", "replace")[:300]
                if exc.code < 500 and exc.code != 429:
                    raise JudgeError(f"The judge at {self.url} refused the request (HTTP {exc.code}: {detail}).",
                                     "Check --judge-model and the key; the server must speak the OpenAI "
                                     "chat-completions API.") from None
                last = f"HTTP {exc.code}: {detail}"
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                last = str(getattr(exc, "reason", exc))
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                last = f"an answer that is not a chat completion ({exc})"
        raise JudgeError(f"The judge at {self.url} could not be used after {self.attempts} tries: {last}.",
                         "Check that the server is running and reachable; the verdicts already received are "
                         "kept, so running the same command again continues.")
