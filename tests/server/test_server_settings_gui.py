"""Settings > Interpretation server: the values reach the settings, and Check says what it found, off the GUI
thread (against the stand-in server: reachable, the model's hash equal to an installed bundle, or the error)."""

from __future__ import annotations

import pytest

from pulse_desktop.core.bundle.importer import import_bundle
from pulse_desktop.core.bundle.manifest import manifest_sha256, read_manifest
from pulse_desktop.core.server.launch import served_alias
from pulse_desktop.core.settings import Settings, load_settings
from tests.gui.conftest import make_window  # noqa: F401 - a fixture
from tests.server.stub_server import Behaviour, StubServer


def test_the_tab_round_trips_and_saves(make_window):  # noqa: F811
    from pulse_desktop.gui.views.settings_dialog import SettingsDialog

    window = make_window()
    chosen = Settings(server_url="https://10.0.0.5:8443", server_api_key="k3y", server_use="server_then_local",
                      server_fingerprint="AB:" * 31 + "AB")
    dialog = SettingsDialog(chosen, window.services, window)
    assert dialog.result_settings() == chosen
    dialog.server.use.setCurrentIndex(dialog.server.use.findData("local"))
    dialog.server.url.setText(" https://gpu.clinic.lan:8443/ ")
    result = dialog.result_settings()
    assert (result.server_use, result.server_url) == ("local", "https://gpu.clinic.lan:8443")
    window.apply_settings(result)
    assert load_settings() == result
    dialog.deleteLater()


@pytest.mark.parametrize("key, expected", [("right", "equals the installed bundle"), ("wrong", "refused the API key")])
def test_check_says_what_it_found(make_window, qtbot, tiny_bundle_f32_flat, key, expected):  # noqa: F811
    from pulse_desktop.gui.views.settings_dialog import SettingsDialog

    installed = import_bundle(tiny_bundle_f32_flat)
    alias = served_alias(read_manifest(tiny_bundle_f32_flat), manifest_sha256(tiny_bundle_f32_flat))
    window = make_window()
    with StubServer(Behaviour(alias=alias, api_key="right")) as stub:
        dialog = SettingsDialog(Settings(server_url=stub.url, server_api_key=key), window.services, window)
        job = dialog.server.start_check()
        qtbot.waitUntil(lambda: not job.running, timeout=20000)
    text = dialog.server.result.text()
    assert expected in text, text
    if key == "right":
        assert repr(installed.name) in text and "ms" in text
    assert dialog.server.check.isEnabled()
    dialog.deleteLater()
