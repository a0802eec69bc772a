"""Small form helpers shared by the settings page and the set-up wizard: an input with its
error line under it, and FieldError messages shown next to the fields they name."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from lapor_desktop.domain.validation import FieldError
from .look import set_invalid, set_role


class Errors:
    """Error lines under inputs, keyed by FieldError.field."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def wrap(self, key: str, widget: QWidget) -> QWidget:
        """The widget with an (initially hidden) error line below it."""
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        err = QLabel("")
        err.setObjectName(f"{self.prefix}.{key}.error")
        err.setWordWrap(True)
        set_role(err, "error")
        err.setVisible(False)
        err.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        v.addWidget(err)
        self.labels[key] = err
        self.inputs[key] = widget
        return holder

    def show(self, errors: Iterable[FieldError], lang: str, fallback: str | None = None) -> list[str]:
        """Show each error next to its field; returns the messages that have no field here."""
        by_key: dict[str, list[str]] = {}
        loose: list[str] = []
        for e in errors:
            msg = e.message if lang == "id" else e.message_en
            key = e.field if e.field in self.labels else fallback
            if key is None:
                loose.append(msg)
            else:
                by_key.setdefault(key, []).append(msg)
        for key, label in self.labels.items():
            msgs = by_key.get(key, [])
            label.setText("\n".join(msgs))
            label.setVisible(bool(msgs))
            w = self.inputs[key]
            set_invalid(w, bool(msgs))
            w.setAccessibleDescription("; ".join(msgs))
        return loose

    def clear(self) -> None:
        self.show([], "id")

    def text(self, key: str) -> str:
        label = self.labels[key]
        return label.text() if not label.isHidden() else ""


def note(text: str = "", object_name: str = "") -> QLabel:
    lbl = QLabel(text)
    lbl.setWordWrap(True)
    set_role(lbl, "note")
    if object_name:
        lbl.setObjectName(object_name)
    return lbl
