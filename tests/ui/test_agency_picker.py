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
