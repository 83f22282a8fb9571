"""Settings > Interpretation server: the clinic's llama-server (address, API key, pinned certificate
fingerprint), whether to use it, and a Check button that says what it found (docs/clinic-server.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from pulse_desktop.core.cancel import CancelToken
from pulse_desktop.core.events import Done
from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.settings import AppSettings
from pulse_desktop.gui.workers import Job


def check_text(info: Any, matching_bundle: str) -> str:
    """One sentence about a checked server, in the window's language (plain values in, so that it is testable
    without a server)."""
    def tr(text: str) -> str:  # Qt's lupdate files bare ``tr("...")`` calls under the empty context
        return QCoreApplication.translate("", text)

    found = (tr("reachable in %1 ms; serves %2; %3 slot(s)").replace("%1", f"{info.latency_s * 1000:.0f}")
             .replace("%2", info.alias or tr("an unnamed model")).replace("%3", str(info.slots)))
    if matching_bundle:
        return f"{found}. " + tr("Its manifest sha256 equals the installed bundle %1.").replace("%1", repr(matching_bundle))
    return f"{found}. " + tr("No installed bundle has its manifest sha256: install the same bundle here.")


class ServerSettingsTab(QWidget):
    def __init__(self, settings: AppSettings, list_bundles: Callable[[], list],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_bundles = list_bundles
        self._job: Job | None = None
        form = QFormLayout(self)
        self.url = QLineEdit(settings.server_url)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("https://10.0.0.5:8443")
        describe(self.url, self.tr("The address of the clinic's interpretation server."))
        self.key = QLineEdit(settings.server_api_key)
        self.key.setObjectName("serverKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        describe(self.key, self.tr("The API key the server's administrator gave you."))
        self.fingerprint = QLineEdit(settings.server_fingerprint)
        self.fingerprint.setObjectName("serverFingerprint")
        describe(self.fingerprint, self.tr("The certificate fingerprint printed when the server was started; "
                                           "the app refuses a server whose certificate differs."))
        self.use = QComboBox()
        self.use.setObjectName("serverUse")
        self.use.addItem(self.tr("This computer only"), "local")
        self.use.addItem(self.tr("Use the server, fall back to this computer"), "server_then_local")
        self.use.addItem(self.tr("Use the server only"), "server")
        self.use.setCurrentIndex(max(0, self.use.findData(settings.server_use)))
        describe(self.use, self.tr("Where the model reads the ECGs."))
        self.check = QPushButton(self.tr("Check the server"))
        self.check.setObjectName("serverCheck")
        self.check.clicked.connect(self.start_check)
        describe(self.check, self.tr("Reach the server and say what it serves."))
        self.result = QLabel("")
        self.result.setObjectName("serverCheckResult")
        self.result.setWordWrap(True)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("API key"), self.key)
        form.addRow(self.tr("Certificate fingerprint"), self.fingerprint)
        form.addRow(self.tr("Interpret on"), self.use)
        form.addRow(self.check, self.result)

    def values(self) -> dict[str, str]:
        return {"server_url": self.url.text().strip().rstrip("/"), "server_api_key": self.key.text().strip(),
                "server_fingerprint": self.fingerprint.text().strip(), "server_use": str(self.use.currentData())}

    def start_check(self) -> Job:
        """Check off the GUI thread; the result label says what was found (or what went wrong)."""
        values, list_bundles = self.values(), self._list_bundles
        self.result.setText(self.tr("Checking…"))
        self.check.setEnabled(False)

        def work(cancel: CancelToken) -> Iterator[object]:
            from pulse_desktop.core.bundle.manifest import manifest_sha256
            from pulse_desktop.core.remote.client import ServerAddress, ServerClient
            from pulse_desktop.core.remote.remote_engine import check_server

            address = ServerAddress(values["server_url"], values["server_api_key"], values["server_fingerprint"],
                                    timeout=10.0)
            info = check_server(ServerClient(address))
            cancel.check()
            matching = next((b.name for b in list_bundles() if manifest_sha256(b.path) == info.manifest_sha256), "")
            yield Done(result=check_text(info, matching))

        job = Job("server-check", work, self, on_failure=self._failed)
        job.succeeded.connect(self._found)
        job.finished.connect(lambda: self.check.setEnabled(True))
        self._job = job
        return job.start()

    def _found(self, text: object) -> None:
        self.result.setText(str(text))

    def _failed(self, report: Any) -> None:
        message, hint = str(getattr(report, "message", "") or report), str(getattr(report, "hint", ""))
        self.result.setText(f"{message} {hint}".strip())
