"""Settings: the report's facility header and logo, paper size, default question, model bundle, GPU offload
and threads, the interpretation server (server_settings.py), camera, language. The values are :class:`pulse_desktop.core.settings.Settings`; the core saves them."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pulse_desktop.core.settings import TEXT_SCALES
from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.settings import DEFAULT_QUESTION, PAPER_SIZES, AppSettings
from pulse_desktop.gui.views.server_settings import ServerSettingsTab

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "i18n"


def installed_languages(folder: Path = TRANSLATIONS) -> list[str]:
    """Locale names with a translation of the app (``pulse_desktop_<name>.qm``, or the ``.ts`` it is compiled
    from at first use: gui/translations.py), sorted."""
    return sorted({p.stem.removeprefix("pulse_desktop_") for p in folder.glob("pulse_desktop_*.[qt][ms]")}
                  - {"template"})


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._initial = settings
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        tabs.setUsesScrollButtons(False)  # every tab in sight (no arrows hiding some), never elided
        tabs.setElideMode(Qt.TextElideMode.ElideNone)
        layout.addWidget(tabs)

        report = QWidget()
        form = QFormLayout(report)
        self.facility = QLineEdit(settings.facility_name)
        self.facility.setObjectName("facilityName")
        self.facility.setPlaceholderText(self.tr("e.g. District Hospital, Cardiology"))
        describe(self.facility, self.tr("Printed at the top of every report."))
        self.logo = QLineEdit(settings.facility_logo)
        self.logo.setObjectName("facilityLogo")
        describe(self.logo, self.tr("A PNG or JPEG picture printed beside the facility's name."),
                 self.tr("Facility logo"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_logo)
        describe(browse, self.tr("Choose the logo picture."))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.paper = QComboBox()
        self.paper.setObjectName("paperSize")
        self.paper.addItems(PAPER_SIZES)
        self.paper.setCurrentText(settings.paper_size)
        describe(self.paper, self.tr("The paper size of the PDF and of the printout."))
        form.addRow(self.tr("Facility name (report header)"), self.facility)
        form.addRow(self.tr("Facility logo"), logo_row)
        form.addRow(self.tr("Paper size"), self.paper)
        tabs.addTab(report, self.tr("Report"))

        model = QWidget()
        form = QFormLayout(model)
        self.question = QLineEdit(settings.default_question)
        self.question.setObjectName("defaultQuestion")
        describe(self.question, self.tr("Asked about every ECG, unless changed on the review page."))
        self.bundle = QComboBox()
        self.bundle.setObjectName("bundleChoice")
        self.bundle.addItem(self.tr("Automatic (first clinical bundle)"), "")
        try:
            bundles = services.list_bundles()
        except Exception:  # noqa: BLE001 - the models page reports damaged folders
            bundles = []
        for b in bundles:
            label = b.name if b.is_clinical else f"{b.name} ({b.kind}, {self.tr('not a clinical model')})"
            self.bundle.addItem(label, b.name)
        self.bundle.setCurrentIndex(max(0, self.bundle.findData(settings.default_bundle)))
        describe(self.bundle, self.tr("Which installed model reads the ECGs."))
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setObjectName("gpuLayers")
        self.gpu_layers.setRange(-1, 200)
        self.gpu_layers.setSpecialValueText(self.tr("Automatic (from free GPU memory)"))
        self.gpu_layers.setValue(settings.gpu_layers)
        self.gpu_layers.setToolTip(self.tr("Layers of the language model placed on the GPU; 0 = CPU only."))
        self.threads = QSpinBox()
        self.threads.setObjectName("threads")
        self.threads.setRange(0, max(1, os.cpu_count() or 1))
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setValue(settings.threads)
        describe(self.threads, self.tr("How many processor threads the model uses."))
        form.addRow(self.tr("Default question"), self.question)
        form.addRow(self.tr("Model bundle"), self.bundle)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        self.read_ahead = QCheckBox(self.tr("Start reading the ECG as soon as it is opened"))
        self.read_ahead.setObjectName("readAhead")
        self.read_ahead.setChecked(settings.read_ahead)
        self.read_ahead.setToolTip(self.tr(
            "While you check the picture and enter the patient's details, the model is loaded and reads the "
            "image, so that the answer starts sooner after Interpret. It uses the processor (and the model's "
            "memory) meanwhile; nothing is shown or saved until you press Interpret."))
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow("", self.read_ahead)
        tabs.addTab(model, self.tr("Interpretation"))

        self.server = ServerSettingsTab(settings, services.list_bundles)
        tabs.addTab(self.server, self.tr("Interpretation server"))

        camera = QWidget()
        form = QFormLayout(camera)
        self.camera = QSpinBox()
        self.camera.setObjectName("cameraIndex")
        self.camera.setRange(0, 9)
        self.camera.setValue(settings.camera_index)
        describe(self.camera, self.tr("The camera that opens first: 0 is the computer's first camera."))
        self.auto_capture = QCheckBox(self.tr("Capture automatically when the paper is found, sharp and still"))
        self.auto_capture.setObjectName("autoCapture")
        self.auto_capture.setChecked(settings.auto_capture)
        describe(self.auto_capture, self.tr("Otherwise press Space to take the picture."))
        form.addRow(self.tr("Camera number"), self.camera)
        form.addRow("", self.auto_capture)
        tabs.addTab(camera, self.tr("Camera"))

        language = QWidget()
        form = QFormLayout(language)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System language"), "")
        names = installed_languages()
        if settings.language and settings.language not in names:
            names.append(settings.language)
        for name in names:
            native = QLocale(name).nativeLanguageName()
            self.language.addItem(f"{native} ({name})" if native else name, name)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        describe(self.language, self.tr("A new language takes effect when the app is started again."))
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", QLabel(self.tr("A new language takes effect when the app is started again.")))
        tabs.addTab(language, self.tr("Language"))

        tabs.addTab(self._display_tab(settings), self.tr("Display"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _display_tab(self, settings: AppSettings) -> QWidget:
        """Text size and contrast (gui/theme.py), applied when the app starts again."""
        display = QWidget()
        form = QFormLayout(display)
        self.text_scale = QComboBox()
        self.text_scale.setObjectName("textScale")
        for percent in TEXT_SCALES:
            self.text_scale.addItem(self.tr("%1%").replace("%1", str(percent)), percent)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(settings.text_scale)))
        describe(self.text_scale, self.tr("How large the window's text is, compared with the system's; 200% "
                                          "doubles it."))
        self.contrast = QComboBox()
        self.contrast.setObjectName("contrast")
        for value, label in (("", self.tr("As the system asks")), ("high", self.tr("High contrast")),
                             ("normal", self.tr("Normal contrast"))):
            self.contrast.addItem(label, value)
        self.contrast.setCurrentIndex(max(0, self.contrast.findData(settings.contrast)))
        describe(self.contrast, self.tr("High contrast shows white text on black, with strong colours for "
                                        "warnings."))
        form.addRow(self.tr("Text size"), self.text_scale)
        form.addRow(self.tr("Contrast"), self.contrast)
        form.addRow("", QLabel(self.tr("Text size and contrast take effect when the app is started again.")))
        return display

    def _browse_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Facility logo"), str(Path(self.logo.text()).parent),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.logo.setText(name)

    def result_settings(self) -> AppSettings:
        return self._initial.with_changes(
            facility_name=self.facility.text().strip(),
            facility_logo=self.logo.text().strip(),
            paper_size=self.paper.currentText(),
            default_question=self.question.text().strip() or DEFAULT_QUESTION,
            default_bundle=str(self.bundle.currentData() or ""),
            gpu_layers=self.gpu_layers.value(),
            threads=self.threads.value(),
            read_ahead=self.read_ahead.isChecked(),
            camera_index=self.camera.value(),
            auto_capture=self.auto_capture.isChecked(),
            language=str(self.language.currentData() or ""),
            **self.server.values(),
            text_scale=int(self.text_scale.currentData() or 100),
            contrast=str(self.contrast.currentData() or ""),
        )
