"""The shared tiny bundles exist, are complete and say what they are."""

from __future__ import annotations

from pulse_desktop.core.bundle.manifest import read_manifest, sha256_file


def test_tiny_bundles_are_complete_test_bundles(tiny_bundle_f32_flat, tiny_bundle_f32_unpad, tiny_bundle_q8):
    for bundle, quant, newline in ((tiny_bundle_f32_flat, "F32", False), (tiny_bundle_f32_unpad, "F32", True),
                                   (tiny_bundle_q8, "Q8_0", False)):
        manifest = read_manifest(bundle)
        assert manifest.kind == "test" and not manifest.is_clinical
        assert manifest.language_model.quantization == quant
        assert manifest.uses_image_newline is newline
        assert (manifest.vision.image_newline_file is not None) is newline
        assert manifest.valid, manifest.validation
        for name, digest in manifest.files.items():
            assert sha256_file(bundle / name) == digest
        assert sorted(manifest.files) == sorted(p.name for p in bundle.iterdir() if p.name != "manifest.json")
