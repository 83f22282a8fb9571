"""The measurements of a study read from a digital ECG recording, shown beside the rendered page (hidden for a
picture). The values are the core's (:mod:`pulse_desktop.core.measure`), labelled as measured by the app."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from pulse_desktop.core.measure.result import Measurements

_ROWS = (("Heart rate", "heart_rate_bpm", "bpm"), ("RR", "rr_ms", "ms"), ("P", "p_ms", "ms"), ("PR", "pr_ms", "ms"),
         ("QRS", "qrs_ms", "ms"), ("QT", "qt_ms", "ms"), ("QTc (Bazett)", "qtc_ms", "ms"),
         ("QTc (Fridericia)", "qtc_fridericia_ms", "ms"), ("P axis", "p_axis_deg", "°"),
         ("QRS axis", "qrs_axis_deg", "°"), ("T axis", "t_axis_deg", "°"))


class MeasurementPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measurementPanel")
        self.setTitle(self.tr("Measured from the digital recording"))
        layout = QVBoxLayout(self)
        self.label = QLabel("")
        self.label.setObjectName("measurements")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.setVisible(False)
        self._shown: Measurements | None = None

    def show_measurements(self, m: Measurements | None) -> None:
        """Show ``m`` (None: a picture, the panel is hidden)."""
        if m is self._shown:
            return
        self._shown = m
        self.setVisible(m is not None)
        if m is None:
            self.label.setText("")
            return
        d = m.to_dict()
        rows = []
        for label, key, unit in _ROWS:
            value = d[key]
            shown = f"<b>{value} {unit}</b>" if value is not None else \
                "— <i>" + html.escape(self.tr("not measured: %1").replace("%1", m.reasons.get(key, ""))) + "</i>"
            rows.append(f"{html.escape(self.tr(label))}: {shown}")
        note = self.tr("Measured by PULSE Desktop (method %1); computer measurements, to be confirmed by a "
                       "clinician.").replace("%1", html.escape(m.version))
        self.label.setText("<br>".join(rows) + f"<br><small>{html.escape(note)}</small>")
