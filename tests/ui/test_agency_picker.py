"""The forward dialog's agency picker finds agencies by the short forms officers type."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lapor_desktop.ui.action_dialogs import ActionDialog  # noqa: E402

AGENCIES = [
    (91001, "Dinas Pekerjaan Umum dan Penataan Ruang Kota Tidore Kepulauan"),
    (91002, "Dinas Kesehatan Kota Tidore Kepulauan"),
    (91006, "Dinas Sosial Kota Tidore Kepulauan"),
]


def _visible(dlg: ActionDialog) -> list[int]:
    lst = dlg.agency_list
    return [lst.item(i).data(0x0100) for i in range(lst.count()) if not lst.item(i).isHidden()]


def test_typing_an_abbreviation_or_a_word_finds_the_agency(qtbot):
    dlg = ActionDialog("forward", agencies=AGENCIES)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.agency_search, "pupr")
    assert _visible(dlg) == [91001]
    dlg.agency_search.clear()
    qtbot.keyClicks(dlg.agency_search, "dinkes")
    assert _visible(dlg) == [91002]
    dlg.agency_search.clear()
    qtbot.keyClicks(dlg.agency_search, "SOSIAL")
    assert _visible(dlg) == [91006]
    dlg.agency_search.clear()
    assert _visible(dlg) == [91001, 91002, 91006]


def test_enter_in_the_search_chooses_the_agency_and_does_not_submit(qtbot):
    from PySide6.QtCore import Qt

    from lapor_desktop.domain.validation import FieldError

    dlg = ActionDialog("forward", agencies=AGENCIES)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    sent: list = []
    dlg.submitted.connect(sent.append)
    # the service refused an earlier try: no agency was chosen
    dlg.show_errors([FieldError("agency_id", "required", "Pilih instansi tujuan dari daftar.",
                                "Choose the receiving agency from the list.")])
    assert dlg.error_labels["agency_id"].isVisible()
    dlg.agency_search.setFocus()
    qtbot.keyClicks(dlg.agency_search, "dinkes")
    qtbot.keyClick(dlg.agency_search, Qt.Key.Key_Return)
    assert sent == [], "Enter in the search box submitted the dialog"
    assert dlg.payload()["agency_id"] == 91002
    assert not dlg.error_labels["agency_id"].isVisible(), "the stale error stayed after choosing"
    from PySide6.QtWidgets import QPlainTextEdit

    assert isinstance(dlg.focusWidget(), QPlainTextEdit), "the cursor did not move on to the note"
