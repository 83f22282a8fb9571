"""Every question the window asks the user, in one replaceable object.

The window never calls a blocking dialog directly: it asks a :class:`Prompter`. The real one shows Qt's
dialogs; tests install a scripted one, so that they drive the real widgets without nested event loops.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def tr(text: str) -> str:
    """Module-level strings: Qt's lupdate files bare ``tr("...")`` calls under the empty context."""
    return QCoreApplication.translate("", text)


class Prompter:
    def text(self, parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        dialog = self.text_dialog(parent, title, label, default)
        accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
        value = dialog.textValue()
        dialog.deleteLater()
        return value if accepted else None

    @staticmethod
    def text_dialog(parent: QWidget | None, title: str, label: str, default: str = "") -> QInputDialog:
        """The one-line question :meth:`text` asks (not yet shown); its field is named by the label."""
        dialog = QInputDialog(parent)
        dialog.setObjectName("textQuestion")
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(default)
        field = dialog.findChild(QLineEdit)
        if field is not None:
            field.setAccessibleDescription(tr("Press Enter to accept, or Escape to cancel."))
        return dialog

    def yes_no(self, parent: QWidget | None, title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def save_discard_cancel(self, parent: QWidget | None, title: str, question: str) -> str:
        """"save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def open_file(self, parent: QWidget | None, title: str, filters: str, folder: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, filters: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def print_dialog(self, parent: QWidget | None, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("Print the report"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def folder(self, parent: QWidget | None, title: str, folder: str = "") -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, folder)
        return Path(name) if name else None
