"""Read-only fields look read-only (issue 11, item 12): the saved intake form and the front
desk's view of the settings show grey inputs, not white ones waiting for typing."""

from __future__ import annotations

from PySide6.QtGui import QColor

from .conftest import fill_valid

WHITE = QColor("#ffffff")


def _bg(w) -> QColor:  # type: ignore[no-untyped-def]
    """The colour in the middle of the field's empty right part, as a person sees it."""
    img = w.grab().toImage()
    return img.pixelColor(img.width() - 12, img.height() // 2)


def test_saved_form_looks_read_only(window, page, qtbot, runner):
    from lapor_desktop import app as app_module

    app_module._qapp()  # what the program's start-up does to the application
    assert _bg(page.title) == WHITE  # a field to type in
    fill_valid(page, qtbot)
    page.save()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.recorded is not None, timeout=5000)
    for w in (page.title, page.reporter_name, page.reporter_nik):
        assert w.isReadOnly()
        assert _bg(w) != WHITE, w.objectName()
    page.clear_form()  # a new complaint: white again
    assert _bg(page.title) == WHITE


def test_front_desks_settings_look_read_only(desk, runner, qtbot, actor):
    from PySide6.QtWidgets import QAbstractSpinBox

    from lapor_desktop import app as app_module
    from lapor_desktop.ui.settings import SettingsPage

    app_module._qapp()
    p = SettingsPage(desk, runner, actor, lang="id")
    qtbot.addWidget(p)
    p.resize(1180, 720)
    p.show()
    runner.wait_idle(5)
    boxes = [sb for sb in p.findChildren(QAbstractSpinBox) if sb.isReadOnly() and sb.isVisible()]
    assert boxes, "the front desk sees the deadline numbers"
    for sb in boxes:
        assert _bg(sb) != WHITE, sb.objectName()
