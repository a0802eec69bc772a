"""Message boxes with translated buttons (Qt's standard buttons have no Indonesian)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str,
        default_yes: bool = False) -> bool:
    """A yes/no question; the buttons say what they do."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_b = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_b = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_b if default_yes else no_b)
    box.setEscapeButton(no_b)
    box.exec()
    return box.clickedButton() is yes_b


def inform(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information, title, text,
                      parent=parent)
    ok = box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()
