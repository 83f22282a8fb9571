"""Listing, resolving and verifying bundles: good, altered, missing-file, extra-file and broken ones."""

from __future__ import annotations

import os
import shutil

import pytest

from pulse_desktop.core import paths
from pulse_desktop.core.bundle.importer import import_bundle
from pulse_desktop.core.bundle.manifest import MANIFEST_NAME
from pulse_desktop.core.bundle.registry import default_bundle, list_bundles, remove_bundle, resolve_bundle
from pulse_desktop.core.bundle.verify import verify_bundle
from pulse_desktop.core.errors import BundleError
from tests.bundle.fake_bundles import edit_manifest, flip_byte, make_fake_bundle


def test_good_bundle_verifies_in_full_and_quick(tmp_path):
    folder = make_fake_bundle(tmp_path / "good")
    seen = []
    result = verify_bundle(folder, "full", progress=seen.append)
    assert result.ok and result.files_checked == 3
    assert result.bytes_hashed == 5010
    assert seen and seen[-1].done == seen[-1].total == 5010
    # no install record: the quick check hashes everything too
    assert verify_bundle(folder, "quick").bytes_hashed == 5010


def test_one_byte_changed_names_the_file(tmp_path):
    folder = make_fake_bundle(tmp_path / "b")
    flip_byte(folder / "vision.onnx")
    result = verify_bundle(folder)
    assert not result.ok
    assert result.names() == ["vision.onnx"]
    assert result.problems[0].kind == "altered"
    with pytest.raises(BundleError, match="vision.onnx"):
        result.raise_if_failed()


def test_missing_and_extra_files_are_named(tmp_path):
    folder = make_fake_bundle(tmp_path / "b")
    (folder / "tokenizer" / "extra.bin").unlink()
    (folder / "stray.txt").write_text("not from the converter")
    (folder / ".DS_Store").write_bytes(b"finder litter is ignored")
    result = verify_bundle(folder)
    assert result.names("missing") == ["tokenizer/extra.bin"]
    assert result.names("extra") == ["stray.txt"]
    assert result.names("altered") == []


def test_broken_manifest_raises_on_verify_and_is_listed_as_broken(tmp_path, pulse_home):
    root = paths.ensure_dir(paths.bundles_dir())
    make_fake_bundle(root / "good", name="good")
    bad = make_fake_bundle(root / "bad", name="bad")
    (bad / MANIFEST_NAME).write_text("{ not json", encoding="utf-8")
    nomanifest = root / "empty-folder"
    nomanifest.mkdir()
    wrong = make_fake_bundle(root / "wrongformat", name="wrongformat")
    edit_manifest(wrong, format="something-else")
    (root / "stray-file.txt").write_text("files in the bundles folder are ignored")

    with pytest.raises(BundleError, match="cannot be read"):
        verify_bundle(bad)

    listed = {b.name: b for b in list_bundles()}
    assert sorted(listed) == ["bad", "empty-folder", "good", "wrongformat"]
    assert not listed["good"].broken and listed["good"].usable
    assert listed["good"].size == 5010 + (root / "good" / MANIFEST_NAME).stat().st_size
    assert "cannot be read" in listed["bad"].problem
    assert "No manifest.json" in listed["empty-folder"].problem
    assert "not a PULSE model bundle" in listed["wrongformat"].problem
    assert all(b.broken and not b.usable for name, b in listed.items() if name != "good")

    with pytest.raises(BundleError, match="damaged"):
        resolve_bundle("bad")
    assert resolve_bundle("good").name == "good"


def test_listing_reports_missing_file_without_hashing(pulse_home):
    root = paths.ensure_dir(paths.bundles_dir())
    folder = make_fake_bundle(root / "b", name="b")
    (folder / "model.gguf").unlink()
    (bundle,) = list_bundles()
    assert bundle.broken and "model.gguf is missing" in bundle.problem
    assert bundle.kind == "test" and bundle.quantization == "Q8_0"


def test_resolve_with_nothing_installed_says_how_to_import(pulse_home):
    with pytest.raises(BundleError) as info:
        resolve_bundle()
    assert info.value.message == "No model bundle is installed."
    assert "models import" in info.value.hint
    with pytest.raises(BundleError, match="No model bundle is installed"):
        resolve_bundle("pulse-7b")


def test_resolve_by_name_by_path_and_unknown_name(tmp_path, pulse_home):
    outside = make_fake_bundle(tmp_path / "outside", name="outside")
    import_bundle(make_fake_bundle(tmp_path / "src", name="inside"))
    assert resolve_bundle("inside").installed
    by_path = resolve_bundle(str(outside))
    assert by_path.name == "outside" and not by_path.installed
    with pytest.raises(BundleError, match="No installed model bundle is called 'nope'") as info:
        resolve_bundle("nope")
    assert "inside" in info.value.hint
    with pytest.raises(BundleError, match="No bundle folder"):
        resolve_bundle(str(tmp_path / "does-not-exist"))
    not_bundle = tmp_path / "plain"
    not_bundle.mkdir()
    with pytest.raises(BundleError, match="not a model bundle"):
        resolve_bundle(not_bundle)


def test_resolve_refuses_a_file_altered_after_import_naming_it(tmp_path, pulse_home):
    installed = import_bundle(make_fake_bundle(tmp_path / "src", name="b"))
    assert resolve_bundle("b").usable
    target = installed.path / "model.gguf"
    stat = target.stat()
    flip_byte(target)
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    (listed,) = list_bundles()
    assert not listed.broken  # a same-size edit needs hashing: the listing cannot tell
    with pytest.raises(BundleError, match="model.gguf") as info:
        resolve_bundle("b")
    assert "vision.onnx" not in info.value.message


def test_quick_check_hashes_only_changed_files_and_remembers_intact_ones(tmp_path, pulse_home):
    installed = import_bundle(make_fake_bundle(tmp_path / "src", name="b"))
    assert verify_bundle(installed.path, "quick").bytes_hashed == 0  # nothing changed since import
    os.utime(installed.path / "model.gguf")  # touched (e.g. restored from a backup), same bytes
    first = verify_bundle(installed.path, "quick")
    assert first.ok and first.bytes_hashed == 3000
    assert verify_bundle(installed.path, "quick").bytes_hashed == 0  # the record was refreshed


def test_manifest_edited_after_import_is_caught(tmp_path, pulse_home):
    installed = import_bundle(make_fake_bundle(tmp_path / "src", name="b"))
    edit_manifest(installed.path, created="2030-01-01")
    result = verify_bundle(installed.path, "quick")
    assert result.names("altered") == [MANIFEST_NAME]


def test_invalid_bundle_is_refused_unless_overridden(tmp_path, pulse_home):
    outside = make_fake_bundle(tmp_path / "weak", name="weak", valid=False)
    with pytest.raises(BundleError, match="did not pass its validation"):
        resolve_bundle(outside)
    assert resolve_bundle(outside, allow_invalid=True).name == "weak"


def test_default_prefers_clinical_then_settings(tmp_path, pulse_home):
    import_bundle(make_fake_bundle(tmp_path / "a", name="a-test", kind="test"))
    import_bundle(make_fake_bundle(tmp_path / "b", name="b-clinical", kind="clinical"))
    import_bundle(make_fake_bundle(tmp_path / "c", name="c-weak", kind="clinical", valid=False), allow_invalid=True)
    assert default_bundle().name == "b-clinical"
    paths.settings_path().write_text('{"default_bundle": "a-test"}', encoding="utf-8")
    assert default_bundle().name == "a-test"
    shutil.rmtree(paths.bundles_dir() / "b-clinical" / "tokenizer")  # broken: skipped
    paths.settings_path().write_text("{}", encoding="utf-8")
    assert default_bundle().name == "c-weak"  # the only clinical one left, usable by the recorded override


def test_remove(tmp_path, pulse_home):
    import_bundle(make_fake_bundle(tmp_path / "a", name="a"))
    removed = remove_bundle("a")
    assert not removed.path.exists()
    assert list_bundles() == []
    assert [p.name for p in paths.bundles_dir().iterdir()] == []
    with pytest.raises(BundleError, match="No model bundle is installed"):
        remove_bundle("a")
