"""One style sheet (issue 13, item 9): every look comes from resources/lapor_desktop.qss, put on
the application at start; screens name widgets or give them a role, and set no style sheets of
their own. What a clerk sees stays: errors in red under the field, a red border on the field
while its value is wrong, gone once it is right."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor

from lapor_desktop.core.paths import resources_dir

from .conftest import fill_valid

UI = Path(__file__).resolve().parents[2] / "lapor_desktop" / "ui"
RED = QColor("#b00020")
# inline style sheets still allowed, by module (none left: the sync page moved its looks to the sheet)
PENDING: dict[str, int] = {}


def test_screens_set_no_style_sheets_of_their_own():
    found = {}
    for p in sorted(UI.rglob("*.py")):
        rel = p.relative_to(UI).as_posix()
        text = p.read_text(encoding="utf-8")
        n = len(re.findall(r"\.setStyleSheet\(", text))
        if rel == "look.py":
            continue  # puts the one sheet on the application
        if n:
            found[rel] = n
        if rel not in PENDING:
            assert "#b00020" not in text.lower(), f"{rel}: the error red belongs in the style sheet"
    assert {k: v for k, v in found.items() if k not in PENDING} == {}
    for rel, n in found.items():
        assert n <= PENDING[rel], f"{rel}: {n} inline style sheets (was {PENDING[rel]}); use the sheet"
    sheet = (resources_dir() / "lapor_desktop.qss").read_text(encoding="utf-8")
    assert sheet.count("{") == sheet.count("}") and 'QLabel[role="error"] { color: #b00020; }' in sheet


def _has(img, colour: QColor, rows: range, cols: range) -> bool:  # type: ignore[no-untyped-def]
    return any(img.pixelColor(x, y) == colour for y in rows for x in cols)


def test_a_wrong_field_is_marked_red_and_the_mark_goes_when_it_is_right(window, page, qtbot, runner):
    from lapor_desktop import app as app_module

    app_module._qapp()  # the program's start-up puts the sheet on the application
    fill_valid(page, qtbot)
    page.title.setText("Ab")
    page.save()
    runner.wait_idle(5)
    err = page.error_labels["title"]
    qtbot.waitUntil(err.isVisible, timeout=3000)
    field = page.title.grab().toImage()
    w, h = field.width(), field.height()
    assert field.pixelColor(w // 2, 0) == RED and field.pixelColor(0, h // 2) == RED  # the border
    label = err.grab().toImage()
    assert _has(label, RED, range(label.height()), range(min(label.width(), 200)))  # the message
    assert page.summary.isVisible()
    summary = page.summary.grab().toImage()
    assert summary.pixelColor(summary.width() // 2, 0) == RED  # the summary's frame
    page.title.setText("Jalan rusak di depan pasar")  # right again: no red border
    qtbot.waitUntil(lambda: not err.isVisible(), timeout=3000)
    field = page.title.grab().toImage()
    assert field.pixelColor(field.width() // 2, 0) != RED


def test_a_missing_style_sheet_does_not_stop_the_program(qapp, tmp_path, monkeypatch, caplog):
    """A damaged installation without the sheet still starts (plainer), and says why in the log."""
    from lapor_desktop.ui import look

    sheet = qapp.styleSheet()
    monkeypatch.setattr(look, "resources_dir", lambda: tmp_path)
    try:
        qapp.setStyleSheet("")
        look.install_app_style(qapp)
        assert qapp.styleSheet() == ""
        assert "lapor_desktop.qss could not be read" in caplog.text
    finally:
        qapp.setStyleSheet(sheet)
