"""Small form helpers shared by the forms (intake, settings, the set-up wizard, dialogs): an input
with its error line under it, FieldError messages shown next to the fields they name, and the
message catalogue's words through Qt."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from lapor_desktop.core.messages import CONTEXT, MESSAGES
from lapor_desktop.core.text import Words, fill
from lapor_desktop.domain.field_errors import FieldError

from .look import set_invalid, set_role


class QtWords:
    """The message catalogue (core/messages.py) in the screen's language ``lang``: English is the
    catalogue itself; Indonesian is looked up through Qt's translators (the compiled catalogue's
    ``Messages`` context, the key as disambiguation), and read from the .ts by ``core.text`` when
    no Qt catalogue has it (a widget used without the program's translator, as some tests do)."""

    def __init__(self, lang: str = "id") -> None:
        self.lang = lang

    def get(self, key: str) -> str | None:
        source = MESSAGES.get(key)
        if source is None or self.lang == "en":
            return source
        text = QCoreApplication.translate(CONTEXT, source, key)
        return text if text != source else Words(self.lang).get(key)

    def __call__(self, key: str, **params: Any) -> str:
        text = self.get(key)
        if text is None:
            raise KeyError(f"no message {key!r} in core/messages.py")
        return fill(text, params) if params else text


def error_text(e: FieldError, lang: str = "id") -> str:
    """A field error in the words the screens show (through Qt's catalogue)."""
    return e.text(QtWords(lang))


def say(key: str, lang: str = "id", **params: Any) -> str:
    """A catalogue key in the screen's words."""
    return QtWords(lang)(key, **params)


class Errors:
    """Error lines under inputs, keyed by FieldError.field."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def line(self, key: str, widget: QWidget) -> QLabel:
        """The (initially hidden) error line of ``widget``, for a layout of the caller's own."""
        err = QLabel("")
        err.setObjectName(f"{self.prefix}.{key}.error")
        err.setWordWrap(True)
        set_role(err, "error")
        err.setVisible(False)
        err.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.labels[key] = err
        self.inputs[key] = widget
        return err

    def wrap(self, key: str, widget: QWidget) -> QWidget:
        """The widget with an (initially hidden) error line below it."""
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        v.addWidget(self.line(key, widget))
        return holder

    def show(self, errors: Iterable[FieldError], lang: str, fallback: str | None = None, *,
             target: Callable[[str], str] | None = None, only: Collection[str] | None = None) -> list[str]:
        """Show each error next to its field; returns the messages that have no field here.

        ``target``: which line shows an error of a field path (default: the line named like the
        field, else ``fallback``); ``only``: the lines that may show anything now (say, the fields
        the clerk has left)."""
        by_key: dict[str, list[str]] = {}
        loose: list[str] = []
        for e in errors:
            msg = error_text(e, lang)
            key = target(e.field) if target else (e.field if e.field in self.labels else fallback)
            if key is None:
                loose.append(msg)
            elif only is None or key in only:
                by_key.setdefault(key, []).append(msg)
        for key, label in self.labels.items():
            msgs = by_key.get(key, [])
            label.setText("\n".join(msgs))
            label.setVisible(bool(msgs))
            w = self.inputs[key]
            if not isinstance(w, QCheckBox):  # a tick box is not "wrong": its line says why
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
