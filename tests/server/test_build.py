"""`server build`'s parts that need no compiler: the source fixes apply once, exactly, and refuse a source they
were not written for; the build's flags; where the binary is looked for."""

from __future__ import annotations

import pytest

from pulse_desktop.core.server import build
from pulse_desktop.core.server.errors import ServerBuildError
from pulse_desktop.core.server.source_patches import MARKER, PATCHES, apply_patches


def vendored_tree(root):
    """The files the fixes touch, holding the vendored text around each fix."""
    for patch in PATCHES:
        path = root / patch.path
        path.parent.mkdir(parents=True, exist_ok=True)
        before = path.read_text() if path.exists() else "// vendored\n"
        path.write_text(before + patch.old + "// more\n")
    return root


def test_fixes_apply_once_and_exactly(tmp_path):
    tree = vendored_tree(tmp_path / "llama.cpp")
    assert len(apply_patches(tree)) == len(PATCHES)
    for patch in PATCHES:
        text = (tree / patch.path).read_text()
        assert patch.new in text and patch.old not in text
    times = {p.path: (tree / p.path).stat().st_mtime_ns for p in PATCHES}
    (tree / MARKER).unlink()  # an older patch level: only what is missing is applied, nothing rewritten
    assert apply_patches(tree) == []
    assert {p.path: (tree / p.path).stat().st_mtime_ns for p in PATCHES} == times


def test_a_source_they_were_not_written_for_is_refused(tmp_path):
    tree = vendored_tree(tmp_path / "llama.cpp")
    first = tree / PATCHES[0].path
    first.write_text(first.read_text().replace(PATCHES[0].old, "changed upstream\n"))
    with pytest.raises(ServerBuildError, match="not the one these fixes were written for"):
        apply_patches(tree)


def test_flags_and_lookup(tmp_path, monkeypatch):
    assert {"-DLLAMA_BUILD_SERVER=ON", "-DLLAMA_CURL=OFF", "-DLLAMA_OPENSSL=ON"} <= set(build.COMMON_FLAGS)
    assert build.BACKEND_FLAGS["cuda"] == ("-DGGML_CUDA=on", "-DGGML_CUDA_NCCL=OFF")
    monkeypatch.setenv("PULSE_LLAMA_SERVER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("PULSE_LLAMA_SERVER", raising=False)
    assert build.find_llama_server() is None
    binary = build.binary_path("cpu")
    binary.parent.mkdir(parents=True)
    binary.write_text("")
    assert build.find_llama_server() is None  # a build that did not finish is not used
    (binary.parent.parent / ".pulse-build-complete").write_text("0.3.36 cpu\n")
    assert build.find_llama_server() == binary
    with pytest.raises(ServerBuildError, match="Unknown backend"):
        next(build.build_llama_server("metal"))
