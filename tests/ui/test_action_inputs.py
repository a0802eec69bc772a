"""The action dialogs take their inputs from the domain's table (domain/action_input.py), and the
attach dialog offers every file type the program accepts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from lapor_desktop.domain.action_input import ACTION_INPUT, text_input
from lapor_desktop.domain.attachments import ACCEPTED_TYPES, NAME_PATTERNS
from lapor_desktop.domain.enums import Action, Status
from lapor_desktop.domain.model import ComplaintState
from lapor_desktop.ui import action_dialogs
from lapor_desktop.ui.action_dialogs import ActionDialog

TEXT_ACTIONS = [a for a, spec in ACTION_INPUT.items() if spec.text is not None]


def _label(dlg: ActionDialog, key: str) -> str:
    item = dlg.form.labelForField(dlg.inputs[key].parentWidget())
    return item.text() if item is not None else ""


@pytest.mark.parametrize("status", [Status.TERDISPOSISI, Status.DITINDAKLANJUTI])
@pytest.mark.parametrize("action", TEXT_ACTIONS)
def test_the_dialog_asks_for_the_text_the_table_names(qtbot, action, status):
    state = ComplaintState(id="c1", status=status, title="Jalan berlubang", received_at="2026-12-01T01:00:00Z")
    dlg = ActionDialog(str(action), state=state)
    qtbot.addWidget(dlg)
    want = text_input(action, status)
    assert want is not None
    box = dlg.inputs[want.key]
    assert isinstance(box, QPlainTextEdit)
    assert _label(dlg, want.key).endswith(" *") == want.required, (action, status)
    box.setPlainText("  isi catatan  ")
    assert dlg.payload()[want.key].strip() == "isi catatan"  # sent under the key the service reads
    others = {k for k, w in dlg.inputs.items() if isinstance(w, QPlainTextEdit)} - {want.key}
    assert others == set(), others  # no second free-text field the table does not know


def test_closing_what_nobody_followed_up_needs_its_note_on_screen(qtbot):
    open_one = ActionDialog("close", state=ComplaintState(id="c1", status=Status.TERDISPOSISI))
    followed = ActionDialog("close", state=ComplaintState(id="c2", status=Status.DITINDAKLANJUTI))
    qtbot.addWidget(open_one)
    qtbot.addWidget(followed)
    assert _label(open_one, "note").endswith(" *") and not _label(followed, "note").endswith(" *")


def test_the_attach_dialog_offers_every_accepted_type(qtbot, monkeypatch):
    """A real file chooser is modal and cannot be answered offscreen: record what it is asked."""
    asked: list[str] = []

    def chooser(_parent, _caption, _dir, filters):  # noqa: ANN001
        asked.append(filters)
        return [], ""

    monkeypatch.setattr(action_dialogs.QFileDialog, "getOpenFileNames", staticmethod(chooser))
    dlg = ActionDialog(str(Action.ATTACH))
    qtbot.addWidget(dlg)
    dlg.findChild(QPushButton, "dialog.chooseFiles").click()
    assert len(asked) == 1
    offered = set(asked[0].replace("(", " ").replace(")", " ").split())
    for mime in ACCEPTED_TYPES:
        for pattern in NAME_PATTERNS[mime]:
            assert pattern in offered, (mime, pattern, asked[0])
