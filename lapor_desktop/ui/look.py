"""Looks shared by every screen: an input that cannot be changed looks it.

``install_app_style`` adds one small style-sheet rule to the application (idempotent): read-only
line edits, text boxes and number boxes get a grey background and dark-grey text, so a saved form
or a front-desk view of the settings does not invite typing. Widgets made read-only after they
were shown need ``repolish`` (Qt evaluates property selectors when a widget is polished).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QApplication, QWidget

READ_ONLY_BG = "#e9ecef"
_MARK = "/* lapor: read-only inputs */"
READ_ONLY_QSS = (
    f"{_MARK}\n"
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"],'
    ' QAbstractSpinBox[readOnly="true"]'
    f" {{ background-color: {READ_ONLY_BG}; color: #333333; }}\n"
)


def install_app_style(app: QApplication) -> None:
    sheet = app.styleSheet() or ""
    if _MARK not in sheet:
        app.setStyleSheet(sheet + ("\n" if sheet else "") + READ_ONLY_QSS)


def repolish(widgets: Iterable[QWidget]) -> None:
    """Apply the style again after ``setReadOnly`` on widgets already on screen."""
    for w in widgets:
        st = w.style()
        st.unpolish(w)
        st.polish(w)
        w.update()
