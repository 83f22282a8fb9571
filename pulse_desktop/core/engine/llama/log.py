"""llama.cpp's log: kept (warnings and errors, for the message of a failure), not printed."""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Iterator

import llama_cpp

GGML_LOG_WARN = 3  # ggml's enum ggml_log_level: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5
GGML_LOG_ERROR = 4
LOG_TAIL: list[str] = []  # llama.cpp's recent warnings and errors
_ECHO_ERRORS = [False]


@llama_cpp.llama_log_callback
def _keep_log(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    # warnings and errors are kept for the message of a failure (a cancelled decode logs "errors" too)
    if level in (GGML_LOG_WARN, GGML_LOG_ERROR):
        LOG_TAIL.append(text.decode("utf-8", "replace").rstrip())
        del LOG_TAIL[:-20]
        if level == GGML_LOG_ERROR and _ECHO_ERRORS[0]:
            print(LOG_TAIL[-1], file=sys.stderr)


_KEEP_LOG = _keep_log  # the callback must outlive every llama.cpp call


def keep_log() -> None:
    """Route llama.cpp's log to :data:`LOG_TAIL` (the app's setting, for the process's life)."""
    llama_cpp.llama_log_set(_KEEP_LOG, ctypes.c_void_p(0))


def recent(n: int = 3) -> str:
    """The last ``n`` warnings and errors, for an error message."""
    return " | ".join(LOG_TAIL[-n:])


@contextlib.contextmanager
def quiet(echo_errors: bool = True) -> Iterator[None]:
    """llama.cpp's chatter off stderr for a while (errors still printed when ``echo_errors``), then
    llama-cpp-python's own logger again (the converter's tools)."""
    keep_log()
    _ECHO_ERRORS[0] = echo_errors
    try:
        yield
    finally:
        _ECHO_ERRORS[0] = False
        from llama_cpp import _logger

        llama_cpp.llama_log_set(_logger.llama_log_callback, ctypes.c_void_p(0))
