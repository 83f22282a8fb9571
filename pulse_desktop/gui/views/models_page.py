"""Models: what is installed, each bundle's validation figures, and the set-up (import or convert).

On a first run without a bundle this page opens by itself and explains what to do. Import and conversion
run as jobs with a progress bar and Cancel; a test or synthetic bundle carries a "not a clinical model"
banner wherever it is used.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pulse_desktop.core.events import Message, Progress, StageStarted
from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.errors import show_error


@dataclass(frozen=True)
class ModelsLinks:
    """What the models page works with (no reaching through the window)."""

    services: Any  # gui.services.Services: list, import and convert bundles
    jobs: Any  # gui.workers.JobRunner
    prompter: Any  # gui.prompts.Prompter
    settings: Callable[[], Any]  # the app settings
    apply_settings: Callable[[Any], None]  # save and apply changed settings



def _size(n: int) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e8 else f"{n / 1e6:.1f} MB"


class ModelsPage(QWidget):
    bundles_changed = Signal()

    def __init__(self, links: ModelsLinks) -> None:
        super().__init__()
        self.setObjectName("modelsPage")
        self.links = links
        self.bundles: list = []
        self.job = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Models"))))
        self.intro = QLabel("")
        self.intro.setObjectName("modelsIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("bundleTable")
        describe(self.table, self.tr("The installed model bundles; the chosen one's details are shown below."),
                 self.tr("Model bundles"))
        self.table.setHorizontalHeaderLabels([self.tr("Bundle"), self.tr("Kind"), self.tr("Quantization"),
                                              self.tr("Size"), self.tr("State")])
        header = self.table.horizontalHeader()
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._show_details)
        layout.addWidget(self.table, 2)
        self.banner = QLabel("")
        self.banner.setObjectName("bundleBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#a11;color:white;padding:6px;font-weight:bold")
        layout.addWidget(self.banner)
        self.details = QTextBrowser()
        self.details.setObjectName("bundleDetails")
        self.details.setTabChangesFocus(True)
        describe(self.details, self.tr("Where the chosen bundle is, and how it was checked."),
                 self.tr("Bundle details"))
        layout.addWidget(self.details, 2)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a bundle folder…"))
        self.import_button.setObjectName("importBundleButton")
        self.import_button.clicked.connect(lambda: self.import_folder())
        describe(self.import_button, self.tr("Copy a prepared bundle folder (with its manifest.json) onto this "
                                             "computer."))
        self.convert_button = QPushButton(self.tr("Convert downloaded PULSE-7B weights…"))
        self.convert_button.setObjectName("convertButton")
        self.convert_button.clicked.connect(lambda: self.convert_weights())
        describe(self.convert_button, self.tr("Make a bundle from the downloaded PULSE-7B checkpoint; this takes "
                                              "tens of minutes."))
        self.quant = QComboBox()
        self.quant.setObjectName("convertQuant")
        for value, label in (("Q4_K_M", self.tr("Q4_K_M (smallest, about 4.5 GB)")),
                             ("Q5_K_M", self.tr("Q5_K_M (about 5.2 GB)")),
                             ("Q8_0", self.tr("Q8_0 (most faithful, about 7.5 GB)"))):
            self.quant.addItem(label, value)
        self.quant.setToolTip(self.tr("How finely the converted language model keeps its weights."))
        self.quant.setAccessibleName(self.tr("Quantization"))
        self.use_button = QPushButton(self.tr("Use this bundle"))
        self.use_button.setObjectName("useBundleButton")
        self.use_button.clicked.connect(self.use_selected)
        describe(self.use_button, self.tr("Read every ECG with the chosen bundle."))
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        convert_row = QHBoxLayout()
        convert_row.addWidget(self.convert_button)
        convert_row.addWidget(self.quant)
        convert_row.addStretch(1)
        layout.addLayout(convert_row)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress_label = QLabel("")
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        describe(self.cancel_button, self.tr("Stop the import or the conversion; nothing is installed."))
        progress_row.addWidget(self.progress, 2)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_label)
        self._set_busy(False)

    # ----- listing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.bundles = list(self.links.services.list_bundles())
        except Exception as exc:  # noqa: BLE001 - a damaged folder must not stop the window
            self.bundles = []
            show_error(self, exc, "listing the model bundles")
        chosen = self.links.settings().default_bundle
        self.table.setRowCount(len(self.bundles))
        for row, b in enumerate(self.bundles):
            state = (self.tr("damaged: %1").replace("%1", b.problem) if b.broken else
                     self.tr("in use") if b.name == self.current_name(chosen) else
                     self.tr("ready") if b.usable else self.tr("failed validation"))
            kind = b.kind if b.is_clinical else (b.kind + " – " + self.tr("not a clinical model"))
            for col, text in enumerate((b.name, kind, b.quantization, _size(b.size), state)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.intro.setText(self._intro_text())
        if self.bundles and not self.table.selectedItems():
            self.table.selectRow(0)
        self._show_details()

    @property
    def has_usable(self) -> bool:
        return any(b.usable for b in self.bundles)

    def current_name(self, chosen: str) -> str:
        usable = [b for b in self.bundles if b.usable]
        for b in usable:
            if b.name == chosen:
                return b.name
        clinical = [b for b in usable if b.is_clinical]
        return (clinical or usable)[0].name if usable else ""

    def problem_text(self) -> str:
        if not self.bundles:
            return self.tr("No model is installed yet. Set one up in Models before interpreting.")
        if not self.has_usable:
            return self.tr("No installed model can be used. Open Models to see why.")
        return ""

    def not_clinical_text(self, chosen: str) -> str:
        name = self.current_name(chosen)
        bundle = next((b for b in self.bundles if b.name == name), None)
        if bundle is not None and not bundle.is_clinical:
            return self.tr("NOT A CLINICAL MODEL (%1 bundle \"%2\")").replace("%1", bundle.kind).replace("%2", name)
        return ""

    def _intro_text(self) -> str:
        if self.bundles:
            return self.tr("The model bundles installed on this computer. The one in use reads every ECG; "
                           "choose another here or in Settings.")
        return self.tr(
            "<b>Welcome. PULSE Desktop needs its model before it can read ECGs.</b><br>"
            "The model (PULSE-7B) runs entirely on this computer; nothing is sent anywhere. Set it up once:"
            "<ul><li><b>Import a bundle folder</b> if someone prepared one (for example on a USB stick): "
            "choose the folder that contains <i>manifest.json</i>. This is the quickest way.</li>"
            "<li><b>Convert downloaded weights</b> if you have the PULSE-7B checkpoint folder. Conversion takes "
            "a long time (tens of minutes) and needs about 30 GB of free memory and disk.</li></ul>")

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.bundles[rows[0].row()] if rows and rows[0].row() < len(self.bundles) else None

    def _show_details(self) -> None:
        from pulse_desktop.core.bundle.registry import flat_figures

        b = self.selected()
        self.use_button.setEnabled(b is not None and b.usable and self.job is None)
        if b is None:
            self.details.setHtml("")
            self.banner.setVisible(False)
            return
        self.banner.setVisible(not b.is_clinical)
        self.banner.setText(self.tr("Not a clinical model: this %1 bundle exists for testing. Its answers are "
                                    "meaningless; never use them for a patient.").replace("%1", b.kind or "?"))
        rows = [(self.tr("Folder"), str(b.path))]
        m = b.manifest
        if m is not None:
            rows += [(self.tr("Vision precision"), m.vision.precision), (self.tr("Merge"), m.mm_patch_merge_type),
                     (self.tr("Context"), str(m.language_model.n_ctx)), (self.tr("Created"), m.created),
                     (self.tr("Validation"), self.tr("passed") if m.valid else self.tr("FAILED"))]
            rows += [(name, f"{value:.4g}") for name, value in flat_figures(m.validation)]
        if b.problem:
            rows.append((self.tr("Problem"), b.problem))
        body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
        self.details.setHtml(f"<h3>{html.escape(b.name)}</h3><table cellspacing=4>{body}</table>")

    def use_selected(self) -> None:
        b = self.selected()
        if b is not None and b.usable:
            self.links.apply_settings(self.links.settings().with_changes(default_bundle=b.name))
            self.bundles_changed.emit()

    # ----- import and convert ----------------------------------------------------------------------------
    def import_folder(self, folder=None) -> None:
        folder = folder or self.links.prompter.folder(self, self.tr("Choose the bundle folder"))
        if folder is not None:
            self._start(self.tr("Importing %1").replace("%1", folder.name),
                        lambda cancel: self.links.services.import_bundle(folder, cancel))

    def convert_weights(self, folder=None) -> None:
        folder = folder or self.links.prompter.folder(
            self, self.tr("Choose the downloaded PULSE-7B checkpoint folder"))
        quant = str(self.quant.currentData())
        if folder is not None:
            self._start(self.tr("Converting %1 (%2)").replace("%1", folder.name).replace("%2", quant),
                        lambda cancel: self.links.services.convert_weights(str(folder), quant, cancel))

    def _start(self, title: str, factory) -> None:
        if self.job is not None:
            return
        self.progress_label.setText(title)
        self.progress.setRange(0, 0)
        self.job = self.links.jobs.start("bundle", factory, context="setting up the model")  # failure: dialog
        self.job.event.connect(self._on_event)
        self.job.succeeded.connect(lambda b: self._finished(self.tr("Installed %1.").replace(
            "%1", getattr(b, "name", str(b)))))
        self.job.cancelled.connect(lambda: self._finished(self.tr("Cancelled; nothing was installed.")))
        self.job.failed.connect(lambda r: self._finished(self.tr("Failed: %1").replace("%1", r.message)))
        self._set_busy(True)

    def _on_event(self, event: object) -> None:
        if isinstance(event, Progress):
            if event.total > 0:
                scale = 1_000_000 if event.total > 2**30 else 1
                self.progress.setRange(0, event.total // scale)
                self.progress.setValue(event.done // scale)
            detail = f" – {event.detail}" if event.detail else ""
            self.progress.setFormat(f"{event.stage}{detail}: %p%")
        elif isinstance(event, StageStarted):
            self.progress_label.setText(f"{event.stage}: {event.detail}".strip(": "))
        elif isinstance(event, Message):
            self.progress_label.setText(event.text)

    def _finished(self, text: str) -> None:
        self.job = None
        self._set_busy(False)
        self.progress_label.setText(text)
        self.refresh()
        self.bundles_changed.emit()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.import_button.setEnabled(not busy)
        self.convert_button.setEnabled(not busy)
        self.quant.setEnabled(not busy)
