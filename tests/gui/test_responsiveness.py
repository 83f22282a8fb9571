"""The window stays responsive while the model works: GUI event-loop latency under 100 ms throughout."""

from __future__ import annotations

from tests.gui.fakes import FakeEngine
from tests.gui.helpers import install_fake_bundle, open_for_review
from tests.gui.latency import LatencyProbe
from tests.support.paths import ecg_image_files


def test_latency_while_a_python_heavy_worker_interprets(qtbot, make_window, tmp_path):
    """Worst case for the GIL: the fake engine burns CPU in Python (the real engine releases the GIL in
    llama.cpp and onnxruntime; its own latency test is in test_flow_real.py). The build machine is shared,
    so single ticks can be late for reasons outside this process: the 95th percentile is asserted, the
    worst is printed."""
    install_fake_bundle(tmp_path)
    engine = FakeEngine(prefill_chunks=100, chunk_s=0.05, token_s=0.002, spin=True)  # ~5 s: enough ticks
    window = make_window(engine=engine)
    open_for_review(qtbot, window, ecg_image_files()[0])
    probe = LatencyProbe()
    probe.start()
    window.review_page.request_interpret()
    qtbot.waitUntil(lambda: not window.study.busy, timeout=60000)
    probe.stop()
    print("latency:", probe.summary())
    assert len(probe.delays_ms) > 50
    # A worker that never releases the GIL shares it with the GUI thread, and on a 2-core machine that another
    # process loads the GUI thread also waits for a core: assert the GUI keeps running (median under 100 ms,
    # 95th percentile under 250 ms). The 100 ms p99 target with the real engine is in test_flow_real.py.
    assert probe.percentile_ms(0.5) < 100, probe.summary()
    assert probe.percentile_ms(0.95) < 250, probe.summary()
