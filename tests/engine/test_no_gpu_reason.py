"""Without a GPU device the app runs on the CPU and says why: a build without a GPU backend, or a build whose
GPU backend found no device (its driver missing: the backend then does not even register, and is known from
its library beside libllama)."""

from __future__ import annotations

from pulse_desktop.core.engine.llama import backends, devices


def test_the_reason_names_the_backend_and_the_driver_when_the_backend_found_nothing() -> None:
    reason = devices.no_gpu_reason({"Vulkan": 0})
    assert "Vulkan backend" in reason and "driver" in reason and "mesa-vulkan-drivers" in reason
    assert "no GPU backend" in devices.no_gpu_reason({})


def test_a_gpu_backend_library_without_a_device_counts_as_a_backend_with_none(tmp_path, monkeypatch) -> None:
    registered = devices.gpu_backends()
    (tmp_path / "libggml-vulkan.so").write_bytes(b"")  # a backend library that registered nothing
    monkeypatch.setattr(backends, "BACKEND_DIRS", (tmp_path,))
    found = devices.gpu_backends()
    assert found.get("Vulkan", 0) == registered.get("Vulkan", 0)
    assert "Vulkan" in found
    if not devices.offload_devices():
        assert "Vulkan backend" in devices.no_gpu_reason(found)


def test_this_build_reports_its_gpu_backends_consistently_with_its_devices() -> None:
    found = devices.gpu_backends()
    offload = devices.offload_devices()
    assert sum(found.values()) >= len(offload)
    for device in offload:
        assert found.get(device.backend, 0) >= 1
