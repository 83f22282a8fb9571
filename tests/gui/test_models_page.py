"""Models: first run explains and sets up; import with progress and cancel (the real importer); figures and
the "not a clinical model" banner."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from pulse_desktop.core import paths
from pulse_desktop.core.bundle.importer import iter_import_bundle
from pulse_desktop.core.events import Progress
from pulse_desktop.gui.services import default_services
from tests.bundle.fake_bundles import make_fake_bundle
from tests.gui.fakes import FakeEngine

SIZES = {"model.gguf": 3_000_000, "vision.onnx": 2_000_000}


def slowed_import(delay: float):
    """The real importer, paused after each event so that a test can act in the middle."""
    seen = []

    def run(src, cancel):
        for event in iter_import_bundle(src, cancel=cancel):
            seen.append(event)
            yield event
            time.sleep(delay)

    return run, seen


def test_first_run_explains_and_imports_a_bundle_folder(qtbot, make_window, tmp_path):
    importer, seen = slowed_import(0.0)
    services = default_services().with_changes(open_engine=lambda b, s: FakeEngine(), import_bundle=importer)
    window = make_window(services=services)
    page = window.models_page
    assert window.current_page == "models"
    assert "needs its model" in page.intro.text()
    assert window.start_page.model_banner.isVisibleTo(window.start_page)

    src = make_fake_bundle(tmp_path / "usb" / "pulse-test", name="pulse-test", kind="test", sizes=SIZES)
    window.prompter.script("folder", src)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30000)
    assert any(isinstance(e, Progress) for e in seen)
    assert (paths.bundles_dir() / "pulse-test" / "model.gguf").stat().st_size == SIZES["model.gguf"]
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "pulse-test"
    details = page.details.toPlainText()
    assert "top1_agreement" in details and "0.99" in details
    assert page.banner.isVisibleTo(page) and "Not a clinical model" in page.banner.text()
    assert "NOT A CLINICAL MODEL" in window.clinical_badge.text()
    assert not window.start_page.model_banner.isVisibleTo(window.start_page)


def test_cancel_an_import_leaves_nothing(qtbot, make_window, tmp_path):
    importer, seen = slowed_import(0.3)
    services = default_services().with_changes(open_engine=lambda b, s: FakeEngine(), import_bundle=importer)
    window = make_window(services=services)
    page = window.models_page
    src = make_fake_bundle(tmp_path / "usb" / "big", name="big", sizes={"model.gguf": 40_000_000})
    page.import_folder(src)
    qtbot.waitUntil(lambda: any(isinstance(e, Progress) for e in seen), timeout=30000)
    assert page.progress.isVisibleTo(page) and page.cancel_button.isVisibleTo(page)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)
    assert "Cancelled" in page.progress_label.text()
    assert [p.name for p in paths.bundles_dir().iterdir() if not p.name.startswith(".")] == []
    assert page.table.rowCount() == 0


def test_a_clinical_bundle_has_no_banner(qtbot, make_window, tmp_path):
    from pulse_desktop.core.bundle.importer import import_bundle

    import_bundle(make_fake_bundle(tmp_path / "c", name="pulse-7b-q4", kind="clinical"))
    window = make_window()
    assert window.current_page == "start"
    window.show_page("models")
    assert not window.models_page.banner.isVisibleTo(window.models_page)
    assert not window.clinical_badge.isVisibleTo(window)


@pytest.mark.slow
def test_convert_downloaded_weights_with_the_real_converter(qtbot, make_window, tiny_checkpoint_flat):
    """The tiny PULSE-layout checkpoint converted by the real converter (a child process), then installed."""
    window = make_window()
    page = window.models_page
    page.quant.setCurrentIndex(page.quant.findData("Q8_0"))
    stages = []
    window.prompter.script("folder", tiny_checkpoint_flat)
    qtbot.mouseClick(page.convert_button, Qt.MouseButton.LeftButton)
    page.job.event.connect(lambda e: stages.append(getattr(e, "stage", None)))
    qtbot.waitUntil(lambda: page.job is None, timeout=300000)
    assert "Installed" in page.progress_label.text(), page.progress_label.text()
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "Q8_0"
    assert "convert" in stages and "import" in stages
    assert window.models_page.has_usable and window.current_page == "models"
