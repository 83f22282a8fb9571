"""installer/build.py refuses to package a llama.cpp compiled for the build machine's processor only (the
installed app would crash with 'illegal instruction' on older processors) unless told to."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.support.paths import REPO


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("installer_build", REPO / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["installer_build"] = module
    spec.loader.exec_module(module)
    return module


def libs(tmp_path, *names):
    for name in names:
        (tmp_path / name).write_bytes(b"")
    return [tmp_path]


def test_a_build_with_cpu_variants_is_portable(build, tmp_path):
    lib = libs(tmp_path, "libggml.so", "libggml-base.so", "libggml-cpu-haswell.so", "libggml-cpu-skylakex.so",
               "libggml-cpu-x64.so", "libllama.so")
    assert build.llama_cpu_build(lib) == "portable"
    assert build.check_llama_cpu_build(lib, allow_single=False) == "portable"


def test_windows_names_count_too(build, tmp_path):
    assert build.llama_cpu_build(libs(tmp_path, "ggml.dll", "ggml-cpu-sandybridge.dll")) == "portable"


def test_a_single_native_build_is_refused_with_what_to_do(build, tmp_path):
    lib = libs(tmp_path, "libggml.so", "libggml-base.so", "libggml-cpu.so", "libllama.so")
    assert build.llama_cpu_build(lib) == "single"
    with pytest.raises(SystemExit) as refused:
        build.check_llama_cpu_build(lib, allow_single=False)
    message = str(refused.value)
    assert "illegal instruction" in message and "GGML_CPU_ALL_VARIANTS=ON" in message
    assert build.check_llama_cpu_build(lib, allow_single=True) == "single"


def test_main_checks_before_freezing(build, tmp_path, monkeypatch):
    monkeypatch.setattr(build, "llama_lib_dirs", lambda: libs(tmp_path, "libggml-cpu.so"))
    monkeypatch.setattr(build, "freeze", lambda flavour: pytest.fail("froze a build that must be refused"))
    with pytest.raises(SystemExit):
        build.main([])


def test_the_gpu_backends_a_build_carries_are_found(build, tmp_path):
    lib = libs(tmp_path, "libggml.so", "libggml-cpu-haswell.so", "libggml-vulkan.so", "libggml-cuda.so")
    assert build.llama_gpu_backends(lib) == ["cuda", "vulkan"]


def test_a_build_without_its_gpu_backend_is_refused_with_the_command(build, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    lib = libs(tmp_path, "libggml.so", "libggml-cpu-haswell.so")
    with pytest.raises(SystemExit, match="GGML_VULKAN=ON"):
        build.check_llama_gpu_build(lib, "cpu", allow_missing=False)
    assert build.check_llama_gpu_build(lib, "cpu", allow_missing=True) == []
    with pytest.raises(SystemExit, match="GGML_CUDA_NCCL=OFF"):
        build.check_llama_gpu_build(libs(tmp_path, "libggml-vulkan.so"), "gpu", allow_missing=False)
