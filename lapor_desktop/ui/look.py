"""Looks shared by every screen, from one style sheet: ``resources/lapor_desktop.qss``.

``install_app_style`` puts it on the application, once at start (idempotent). Screens set no
style sheets of their own: a widget is named (its object name) or says what it is through the
dynamic properties ``role`` (``error``, ``note``, ``heading``, ``primary``, …) and ``invalid``,
and the sheet says how that looks. Among its rules: inputs that cannot be changed look it (grey
background, dark-grey text), so a saved form or a front-desk view of the settings does not
invite typing.

Qt evaluates property selectors when a widget is polished: a property changed on a widget
already shown (``setReadOnly``, a role, a field turning invalid) needs ``repolish``;
``set_role`` and ``set_invalid`` do it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtWidgets import QApplication, QWidget

from lapor_desktop.core.paths import resources_dir

log = logging.getLogger(__name__)

QSS_FILE = "lapor_desktop.qss"
_MARK = "/* lapor: the application's style sheet */"  # the file's first line


def style_sheet() -> str:
    return (resources_dir() / QSS_FILE).read_text(encoding="utf-8")


def install_app_style(app: QApplication) -> None:
    sheet = app.styleSheet() or ""
    if _MARK in sheet:
        return
    try:
        ours = style_sheet()
    except OSError as exc:  # a damaged installation: the program still works, only plainer
        log.warning("the style sheet %s could not be read (%s); going on without it", QSS_FILE, type(exc).__name__)
        return
    app.setStyleSheet(sheet + ("\n" if sheet else "") + ours)


def repolish(widgets: Iterable[QWidget]) -> None:
    """Apply the style again after ``setReadOnly`` on widgets already on screen."""
    for w in widgets:
        st = w.style()
        st.unpolish(w)
        st.polish(w)
        w.updateGeometry()  # a border or padding from the sheet changes the size the widget asks for
        w.update()


def set_role(widget: QWidget, role: str | None) -> None:
    """What the widget is, for the style sheet (``QLabel[role="error"]``); ``None``: nothing special."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    repolish([widget])


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """A red border on a field whose value is wrong (and on its parts, a combo box's text box).

    The parts are marked too, so the sheet needs only ``*[invalid="true"]``: a descendant rule
    (``*[invalid="true"] *``) makes Qt check every ancestor of every widget of every window."""
    if bool(widget.property("invalid")) == invalid:
        return
    parts = [widget, *widget.findChildren(QWidget)]
    for w in parts:
        w.setProperty("invalid", invalid)
    repolish(parts)
