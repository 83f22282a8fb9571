"""The one helper that drives an event generator to its result."""

from __future__ import annotations

import pytest

from pulse_desktop.core.events import Done, NoResult, Progress, Token, run_to_result


def events(with_done: bool = True):
    yield Progress("prefill", 1, 2)
    yield Token(1, "Sinus")
    if with_done:
        yield Done(result="Sinus rhythm.", stages={"decode": 0.1})
    yield Token(2, " after")


def test_the_result_and_every_event_in_order():
    seen: list = []
    assert run_to_result(events(), seen.append) == "Sinus rhythm."
    assert [type(e).__name__ for e in seen] == ["Progress", "Token", "Token"]


def test_stop_at_done_and_include_done():
    seen: list = []
    assert run_to_result(events(), seen.append, stop_at_done=True, include_done=True) == "Sinus rhythm."
    assert isinstance(seen[-1], Done) and len(seen) == 3


def test_without_done():
    with pytest.raises(NoResult):
        run_to_result(events(with_done=False))
    assert run_to_result(events(with_done=False), missing=lambda: "none") == "none"


def test_done_is_generic():
    done: Done[int] = Done(result=3)
    assert done.result == 3 and Done().result is None
