"""The real engine has the shape the window drives (pulse_desktop/gui/services.py, engine_holder.py)."""

from __future__ import annotations

import pytest

from pulse_desktop.core.bundle.registry import resolve_bundle
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.events import Done, StageFinished, StageStarted
from tests.engine.conftest import QUESTION

pytest.importorskip("PySide6")


def test_the_window_s_opener_and_holder_run_the_real_engine(tiny_bundle_f32_flat, page):
    from pulse_desktop.core.study.engine_holder import EngineHolder, answer_stages, answer_text
    from pulse_desktop.gui.services import default_services
    from pulse_desktop.gui.settings import AppSettings

    bundle = resolve_bundle(str(tiny_bundle_f32_flat))
    from dataclasses import replace

    settings = replace(AppSettings(), threads=1)  # gpu_layers -1 (automatic); one thread: the machine is shared
    holder = EngineHolder(default_services().open_engine)
    try:
        events = list(holder.ask(bundle, settings, page, QUESTION, CancelToken()))
        assert [e.stage for e in events if isinstance(e, StageStarted)][:2] == ["load", "preprocess"]
        assert any(isinstance(e, StageFinished) and e.stage == "decode" for e in events)
        result = [e for e in events if isinstance(e, Done)][0].result
        assert answer_text(result) == result.text
        assert set(answer_stages(result)) >= {"preprocess", "vision", "prefill", "decode"}
        follow = list(holder.follow_up("What is the rhythm?", CancelToken()))
        second = [e for e in follow if isinstance(e, Done)][0].result
        assert second.turn == 2
    finally:
        holder.close()
