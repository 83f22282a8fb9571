"""Import is all or nothing: failures, cancels and kills leave nothing that looks installed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import namedtuple

import pytest

from pulse_desktop.core import paths
from pulse_desktop.core.bundle import importer
from pulse_desktop.core.bundle.importer import import_bundle, iter_import_bundle
from pulse_desktop.core.bundle.manifest import MANIFEST_NAME, manifest_sha256
from pulse_desktop.core.bundle.registry import list_bundles
from pulse_desktop.core.bundle.verify import RECORD_NAME, read_record, verify_bundle
from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.errors import BundleError, Cancelled
from pulse_desktop.core.events import Done, Progress
from tests.bundle.fake_bundles import edit_manifest, flip_byte, make_fake_bundle
from tests.support.paths import REPO

BIG = {"model.gguf": 300_000, "vision.onnx": 200_000, "image_newline.npy": 1000}


def _everything_in_bundles_dir() -> list[str]:
    root = paths.bundles_dir()
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_import_copies_checks_and_records(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="tiny-q8", sizes=BIG)
    seen: list[Progress] = []
    bundle = import_bundle(src, progress=seen.append)
    assert bundle.name == "tiny-q8" and bundle.path == paths.bundles_dir() / "tiny-q8"
    assert bundle.usable and bundle.installed
    assert _everything_in_bundles_dir() == ["tiny-q8"]
    # byte-exact manifest: the bundle's identity (recorded with every study) survives the import
    assert manifest_sha256(bundle.path) == manifest_sha256(src)
    assert verify_bundle(bundle.path, "full").ok
    assert seen[-1].done == seen[-1].total == sum(BIG.values())
    assert [e.done for e in seen] == sorted(e.done for e in seen)
    record = read_record(bundle.path)
    assert record["allow_invalid"] is False and record["source"] == str(src.resolve())
    assert set(record["files"]) == set(BIG)
    assert (src / "model.gguf").exists()  # the source is left alone


def test_generator_form_ends_with_done(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="g")
    events = list(iter_import_bundle(src))
    assert isinstance(events[-1], Done) and events[-1].result.name == "g"


def test_failure_mid_copy_leaves_nothing(tmp_path, pulse_home, monkeypatch):
    monkeypatch.setattr(importer, "COPY_CHUNK", 50_000)
    src = make_fake_bundle(tmp_path / "src", name="b", sizes=BIG)

    def source_vanishes(event: Progress) -> None:
        if event.done > 120_000:  # the USB stick is pulled while model.gguf is being copied
            (src / "vision.onnx").unlink(missing_ok=True)

    with pytest.raises(BundleError, match="nothing was installed") as info:
        import_bundle(src, progress=source_vanishes)
    assert "vision.onnx" in info.value.message
    assert _everything_in_bundles_dir() == []
    assert list_bundles() == []


def test_crashing_progress_callback_leaves_nothing(tmp_path, pulse_home, monkeypatch):
    monkeypatch.setattr(importer, "COPY_CHUNK", 50_000)
    src = make_fake_bundle(tmp_path / "src", name="b", sizes=BIG)

    def crash(event: Progress) -> None:
        if event.done > 120_000:
            raise RuntimeError("bug in a progress display")

    with pytest.raises(RuntimeError):
        import_bundle(src, progress=crash)
    assert _everything_in_bundles_dir() == []


def test_cancel_leaves_nothing(tmp_path, pulse_home, monkeypatch):
    monkeypatch.setattr(importer, "COPY_CHUNK", 50_000)
    src = make_fake_bundle(tmp_path / "src", name="b", sizes=BIG)
    token = CancelToken()

    def cancel_midway(event: Progress) -> None:
        if event.done > 200_000:
            token.cancel()

    with pytest.raises(Cancelled):
        import_bundle(src, progress=cancel_midway, cancel=token)
    assert _everything_in_bundles_dir() == []


def test_abandoned_generator_leaves_nothing(tmp_path, pulse_home, monkeypatch):
    monkeypatch.setattr(importer, "COPY_CHUNK", 50_000)
    events = iter_import_bundle(make_fake_bundle(tmp_path / "src", name="b", sizes=BIG))
    for event in events:
        if isinstance(event, Progress):
            break
    assert any(name.startswith(".importing-") for name in _everything_in_bundles_dir())
    events.close()  # a GUI worker dropped mid-way
    assert _everything_in_bundles_dir() == []


def test_killed_import_leaves_a_hidden_folder_cleaned_by_the_next_list(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="b", sizes=BIG)
    script = (
        "import sys, time\n"
        "from pulse_desktop.core.bundle import importer\n"
        "importer.COPY_CHUNK = 10_000\n"
        "def slow(event):\n"
        "    print(event.done, flush=True); time.sleep(0.05)\n"
        "importer.import_bundle(sys.argv[1], progress=slow)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(src)], cwd=REPO, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PULSE_HOME": str(pulse_home)})
    try:
        for _ in range(3):
            assert proc.stdout.readline(), "the import subprocess died before copying"
        os.kill(proc.pid, signal.SIGKILL)  # power cut, crash: no cleanup code runs
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    leftovers = _everything_in_bundles_dir()
    assert len(leftovers) == 1 and leftovers[0].startswith(".importing-")
    assert list_bundles() == []  # nothing looks installed ...
    assert _everything_in_bundles_dir() == []  # ... and the dead import's folder is gone


def test_working_folder_of_a_live_import_is_not_cleaned(tmp_path, pulse_home, monkeypatch):
    monkeypatch.setattr(importer, "COPY_CHUNK", 50_000)
    events = iter_import_bundle(make_fake_bundle(tmp_path / "src", name="b", sizes=BIG))
    next(e for e in events if isinstance(e, Progress))
    assert list_bundles() == []
    assert any(name.startswith(".importing-") for name in _everything_in_bundles_dir())  # ours: still alive
    assert isinstance(list(events)[-1], Done)
    assert [b.name for b in list_bundles()] == ["b"]


def test_damaged_source_is_refused_naming_the_file(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="b")
    flip_byte(src / "vision.onnx", 5)
    with pytest.raises(BundleError, match="vision.onnx") as info:
        import_bundle(src)
    assert "sha256" in info.value.message
    assert _everything_in_bundles_dir() == []


def test_incomplete_source_is_refused_before_copying(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="b")
    (src / "model.gguf").unlink()
    with pytest.raises(BundleError, match="missing model.gguf"):
        import_bundle(src)
    assert _everything_in_bundles_dir() == []


def test_unsafe_path_in_manifest_is_refused(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="b")
    data = json.loads((src / MANIFEST_NAME).read_text())
    data["files"]["../escape.bin"] = data["files"].pop("model.gguf")
    (src / MANIFEST_NAME).write_text(json.dumps(data))
    with pytest.raises(BundleError, match="unsafe file path"):
        import_bundle(src)
    assert not (paths.bundles_dir() / "escape.bin").exists()


def test_name_clash_and_rename(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="b")
    import_bundle(src)
    with pytest.raises(BundleError, match="already installed") as info:
        import_bundle(src)
    assert "--name" in info.value.hint
    assert import_bundle(src, name="b-copy").name == "b-copy"
    with pytest.raises(BundleError, match="cannot be used as a bundle name"):
        import_bundle(src, name="../evil")
    assert sorted(b.name for b in list_bundles()) == ["b", "b-copy"]


def test_invalid_bundle_needs_the_override_which_is_recorded(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="weak", valid=False)
    with pytest.raises(BundleError, match="did not pass its validation") as info:
        import_bundle(src)
    assert "top1_agreement 0.99" in info.value.message
    assert "--allow-invalid" in info.value.hint
    bundle = import_bundle(src, allow_invalid=True)
    assert bundle.allow_invalid and bundle.usable and not bundle.valid
    assert json.loads((bundle.path / RECORD_NAME).read_text())["allow_invalid"] is True


def test_not_enough_disk_space_is_a_clear_error(tmp_path, pulse_home, monkeypatch):
    src = make_fake_bundle(tmp_path / "src", name="b", sizes=BIG)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(importer.shutil, "disk_usage", lambda _path: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(BundleError, match="Not enough free disk space") as info:
        import_bundle(src)
    assert "PULSE_HOME" in info.value.hint
    assert _everything_in_bundles_dir() == []


def test_move_mode_moves_files_of_a_conversion_output(tmp_path, pulse_home):
    src = make_fake_bundle(paths.ensure_dir(paths.bundles_dir()) / ".converting-test" / "out", name="m")
    bundle = import_bundle(src, move=True)
    assert verify_bundle(bundle.path).ok
    assert not (src / "model.gguf").exists()


def test_manifest_format_from_the_future_is_refused(tmp_path, pulse_home):
    src = make_fake_bundle(tmp_path / "src", name="b")
    edit_manifest(src, format_version=99)
    with pytest.raises(BundleError, match="newer version"):
        import_bundle(src)


def test_selftest_lists_imported_bundles(tmp_path, pulse_home):
    from pulse_desktop.core.selftest import run_selftest

    import_bundle(make_fake_bundle(tmp_path / "src", name="listed-one"))
    (check,) = [c for c in run_selftest()["checks"] if c["name"] == "bundles"]
    assert check["ok"] and check["data"]["installed"] == ["listed-one"]
    assert "listed-one" in check["detail"]
