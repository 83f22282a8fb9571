"""Patient details: name, ID, date of birth or age, sex, indication."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from pulse_desktop.core.storage.records import Patient
from pulse_desktop.gui.accessible import describe

SEXES = ("", "female", "male", "other")


class PatientForm(QWidget):
    changed = Signal(object, str)  # Patient, indication

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientForm")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setObjectName("patientName")
        self.patient_id = QLineEdit()
        self.patient_id.setObjectName("patientId")
        self.birth_date = QLineEdit()
        self.birth_date.setObjectName("patientBirthDate")
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.age = QLineEdit()
        self.age.setObjectName("patientAge")
        self.age.setPlaceholderText(self.tr("if the date of birth is unknown"))
        self.sex = QComboBox()
        self.sex.setObjectName("patientSex")
        for value, label in zip(SEXES, ("", self.tr("Female"), self.tr("Male"), self.tr("Other")), strict=True):
            self.sex.addItem(label, value)
        self.indication = QLineEdit()
        self.indication.setObjectName("patientIndication")
        self.indication.setPlaceholderText(self.tr("e.g. chest pain, pre-operative"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Patient &ID"), self.patient_id)
        form.addRow(self.tr("Date of &birth"), self.birth_date)
        form.addRow(self.tr("&Age"), self.age)
        form.addRow(self.tr("Se&x"), self.sex)
        form.addRow(self.tr("In&dication"), self.indication)
        describe(self.name, self.tr("The patient's full name, as printed on the report."))
        describe(self.patient_id, self.tr("The hospital or clinic number of the patient."))
        describe(self.birth_date, self.tr("Year, month and day, as YYYY-MM-DD."))
        describe(self.age, self.tr("In years; give it when the date of birth is unknown."))
        describe(self.sex, self.tr("The patient's sex, printed on the report."))
        describe(self.indication, self.tr("Why the ECG was recorded, printed on the report."))
        for edit in (self.name, self.patient_id, self.birth_date, self.age, self.indication):
            edit.textChanged.connect(self._emit)
        self.sex.currentIndexChanged.connect(self._emit)
        self._loading = False

    def patient(self) -> Patient:
        return Patient(self.name.text().strip(), self.patient_id.text().strip(), self.birth_date.text().strip(),
                       self.age.text().strip(), str(self.sex.currentData() or ""))

    def indication_text(self) -> str:
        return self.indication.text().strip()

    def set_patient(self, patient: Patient, indication: str = "") -> None:
        if patient == self.patient() and indication == self.indication_text():
            return
        self._loading = True
        self.name.setText(patient.name)
        self.patient_id.setText(patient.patient_id)
        self.birth_date.setText(patient.date_of_birth)
        self.age.setText(patient.age)
        self.sex.setCurrentIndex(max(0, self.sex.findData(patient.sex)))
        self.indication.setText(indication)
        self._loading = False

    def problem(self) -> str:
        """Why the details cannot be used as they are ('' when they can)."""
        text = self.birth_date.text().strip()
        if text:
            try:
                born = date.fromisoformat(text)
            except ValueError:
                return self.tr("Write the date of birth as YYYY-MM-DD, or leave it empty and give the age.")
            if born > date.today():
                return self.tr("The date of birth is in the future.")
        return ""

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit(self.patient(), self.indication_text())
