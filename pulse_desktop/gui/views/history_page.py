"""Study history: search by patient name, ID and date; reopen, re-print, export, delete (with confirmation)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.errors import show_error


@dataclass(frozen=True)
class HistoryLinks:
    """What the history page works with (no reaching through the window)."""

    history: Any  # gui.study_history.StudyHistory: search, delete, export
    study: Any  # gui.study_controller.StudyController: busy, reopen, the current session, new_study
    prompter: Any  # gui.prompts.Prompter
    settle_unsaved: Callable[[str], bool]  # ask about unsaved work; True when the current study may go
    print_report: Callable[[], None]  # print the current study
    settings: Callable[[], Any]  # the app settings (the export writes the report with them)
    status: Callable[[str], None]  # a line in the status bar


class HistoryPage(QWidget):
    def __init__(self, links: HistoryLinks) -> None:
        super().__init__()
        self.setObjectName("historyPage")
        self.links = links
        self.rows: list = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Study history"))))
        search = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("historySearch")
        self.query.setPlaceholderText(self.tr("Search by patient name or ID…"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.refresh)
        describe(self.query, self.tr("Lists the studies whose patient name or ID holds this text."),
                 self.tr("Search by patient name or ID"))
        search.addWidget(self.query, 2)
        self.use_dates = QCheckBox(self.tr("Between"))
        self.use_dates.setObjectName("historyUseDates")
        describe(self.use_dates, self.tr("List only the studies made between the two dates."))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        self.date_from.setObjectName("historyFrom")
        self.date_to.setObjectName("historyTo")
        describe(self.date_from, self.tr("The first day listed, as YYYY-MM-DD."), self.tr("From"))
        describe(self.date_to, self.tr("The last day listed, as YYYY-MM-DD."), self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self.refresh)
        search.addWidget(self.use_dates)
        search.addWidget(self.date_from)
        search.addWidget(QLabel(self.tr("and")))
        search.addWidget(self.date_to)
        layout.addLayout(search)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("historyTable")
        describe(self.table, self.tr("One row per saved study, newest first; Enter reopens the chosen one."),
                 self.tr("Saved studies"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Patient"), self.tr("ID"),
                                              self.tr("Status"), self.tr("Model")])
        header = self.table.horizontalHeader()
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.activated.connect(lambda _index: self.reopen())  # Enter, or a double click
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.note = QLabel("")
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("historyReopen")
        self.reopen_button.clicked.connect(lambda: self.reopen())
        describe(self.reopen_button, self.tr("Open the chosen study to read, edit or confirm it."))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("historyPrint")
        self.print_button.clicked.connect(self.print_selected)
        describe(self.print_button, self.tr("Print the chosen study's report."))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("historyExport")
        self.export_button.clicked.connect(self.export_selected)
        describe(self.export_button, self.tr("Export the study to a folder"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("historyDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        describe(self.delete_button, self.tr("Delete the chosen study, after asking."))
        for button in (self.reopen_button, self.print_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self._update_buttons()

    def refresh(self) -> None:
        history = self.links.history
        dates = (self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")) \
            if self.use_dates.isChecked() else (None, None)
        try:
            self.rows = history.search(self.query.text().strip(), *dates)
        except Exception as exc:  # noqa: BLE001 - shown, never a crash
            self.rows = []
            show_error(self, exc, "reading the study history")
        unavailable = history.unavailable
        self.note.setText(unavailable and self.tr("The study history cannot be opened: %1").replace(
            "%1", unavailable) or (self.tr("1 study") if len(self.rows) == 1 else
                                            self.tr("%1 studies").replace("%1", str(len(self.rows)))))
        self.table.setRowCount(len(self.rows))
        for row, study in enumerate(self.rows):
            status = {"confirmed": self.tr("confirmed by %1").replace("%1", study.confirmed_by),
                      "interpreted": self.tr("unconfirmed"), "draft": self.tr("draft"),
                      "incomplete": self.tr("incomplete")}.get(study.status, study.status)
            for col, text in enumerate((study.when, study.patient_name, study.patient_id, status, study.bundle)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.rows and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.reopen_button, self.print_button, self.export_button, self.delete_button):
            button.setEnabled(chosen)

    def reopen(self, then=None) -> None:
        row = self.selected()
        study = self.links.study
        if row is None or study.busy or not self.links.settle_unsaved(self.tr("Reopen a study")):
            return
        job = study.reopen(row.study_id)
        if then is not None:
            job.succeeded.connect(lambda _result: then())

    def print_selected(self) -> None:
        self.reopen(then=self.links.print_report)

    def export_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        folder = self.links.prompter.folder(self, self.tr("Export the study to a folder"))
        if folder is None:
            return
        self.links.status(self.tr("Exporting…"))
        job = self.links.history.export(row.study_id, folder, self.links.settings())  # off the GUI thread
        job.succeeded.connect(lambda path: self.links.status(self.tr("Exported to %1").replace("%1", str(path))))

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        who = row.patient_name or row.patient_id or self.tr("this patient")
        if not self.links.prompter.yes_no(self, self.tr("Delete study"), self.tr(
                "Delete the study of %1 from %2, with its images and report? This cannot be undone.")
                .replace("%1", who).replace("%2", row.when)):
            return
        try:
            self.links.history.delete(row.study_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, "deleting the study")
        if self.links.study.session.study_id == row.study_id:
            self.links.study.new_study()
        self.refresh()
