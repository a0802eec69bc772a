"""The complaint detail as an officer uses it (issue 11 items 4, 7, 8, 14, 21): a readable history,
action buttons that stay put, confirmations for final actions, verification with classification
and category, the privacy dialog, categories by name. Real widgets, a real SQLite profile."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFormLayout, QLabel

from lapor_desktop.domain.enums import Action
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.store import repo

from .queue_helpers import make_page
from tests.support.sessions import signed

VERIFIER = Actor("verifikator", "verifier", "Verifikator Diskominfo")
CLERK = Actor("budi", "front_desk", "Budi Santoso")
LONG_NOTE = ("Pelapor datang lagi ke loket dan menjelaskan bahwa lubang di jalan depan sekolah semakin besar "
             "setelah hujan deras tiga hari berturut-turut, dua anak sempat terjatuh dari sepeda motor dan "
             "warga sudah memasang tanda peringatan seadanya dari ranting pohon.")


def _record(desk, **over) -> str:
    data = {"title": "Jalan berlubang di depan SD Inpres Dokiri", "body": "Jalan di depan sekolah berlubang besar.",
            "channel": "tatap_muka", "classification": "tidak_berkadar_pengawasan", "category_id": 1398,
            "reporter": {"name": "Siti Rahma"}}
    data.update(over)
    return ComplaintService(desk).record(signed(ComplaintService(desk), CLERK), data).id


def _open(page, runner, qtbot, cid: str) -> None:
    page.detail.show_complaint(cid)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.state.id == cid
                    and page.detail.detail.state.event_count == ComplaintService(page.desk).state(cid).event_count,
                    timeout=5000)
    qtbot.wait(50)  # layout


def _events(desk) -> int:
    with desk.db.read() as s:
        return repo.counts(s).events


def _page(desk, runner, qtbot, actor=VERIFIER):
    page = make_page(desk, runner, actor, qtbot)
    page.resize(1366, 700)  # a maximised window at 1366x768
    runner.wait_idle(5)
    return page


# ------------------------------------------------------------------ item 4: the history is readable
def test_history_text_gets_the_width_of_the_pane(desk, runner, qtbot):
    cid = _record(desk)
    ComplaintService(desk).act(signed(ComplaintService(desk), VERIFIER), cid, Action.COMMENT, {"text": LONG_NOTE})
    page = _page(desk, runner, qtbot)
    _open(page, runner, qtbot, cid)
    d = page.detail
    d.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    whats = [w for w in d.timeline.findChildren(QLabel, "detail.timeline.what") if LONG_NOTE[:30] in w.text()]
    assert len(whats) == 1
    what = whats[0]
    pane = d.timeline.viewport().width()
    assert pane > 250
    assert what.width() >= 0.85 * pane, (what.width(), pane)
    lines = what.height() / what.fontMetrics().lineSpacing()
    words = len(LONG_NOTE.split())
    assert lines <= words / 5, (lines, words)  # several words a line, not one word a line


# ------------------------------------------------------------------ item 8: buttons stay put
def _geometry(page) -> dict[str, tuple[int, int, int]]:
    bar = page.detail.actions
    return {n: (b.mapTo(page.detail, QPoint(0, 0)).x(), b.mapTo(page.detail, QPoint(0, 0)).y(), b.width())
            for n, b in bar.buttons.items() if b.isVisibleTo(page)}


def test_action_buttons_keep_their_place_whatever_the_title_and_status(desk, runner, qtbot):
    short = _record(desk, title="Lampu padam")
    long_ = _record(desk, title="Jalan berlubang sangat dalam di depan SD Inpres Dokiri yang membahayakan anak-anak "
                                "sekolah dan pengendara sepeda motor setiap pagi dan sore hari")
    svc = ComplaintService(desk)
    svc.act(signed(svc, VERIFIER), long_, Action.FORWARD, {"agency_id": svc_agency(desk)})
    page = _page(desk, runner, qtbot)
    _open(page, runner, qtbot, short)
    first = _geometry(page)
    enabled_first = page.detail.allowed_action_names()
    _open(page, runner, qtbot, long_)
    second = _geometry(page)
    assert "verify" in enabled_first and "verify" not in page.detail.allowed_action_names()
    assert first == second and len(first) >= 10
    # the final, hard-to-undo actions come last
    order = sorted(first, key=lambda n: (first[n][1], first[n][0]))
    assert order[-3:] == ["close", "archive", "reprint"] or order.index("close") > order.index("comment")
    assert not page.detail.action_buttons["verify"].isEnabled()
    assert page.detail.action_buttons["verify"].toolTip()


def svc_agency(desk) -> int:
    from lapor_desktop.store import reference as ref_repo

    with desk.db.read() as s:
        return sorted(ref_repo.agencies(s), key=lambda a: a.id)[0].id


def test_closing_asks_for_confirmation_and_a_reason_when_nobody_followed_up(desk, runner, qtbot):
    cid = _record(desk)
    page = _page(desk, runner, qtbot)
    _open(page, runner, qtbot, cid)
    before = _events(desk)
    page.detail.action_buttons["close"].click()
    dlg = page.dialog
    assert dlg is not None and dlg.confirm_box is not None and not dlg.confirm_box.isChecked()
    dlg.ok_button.click()
    runner.wait_idle(5)
    assert dlg.error_labels["confirm"].text() == "Centang kotak ini untuk memastikan."
    assert "belum ditindaklanjuti" in dlg.error_labels["note"].text()
    assert _events(desk) == before and page.dialog is dlg
    dlg.inputs["note"].setPlainText("Laporan ganda; sudah ditangani di laporan lain.")
    dlg.ok_button.click()
    runner.wait_idle(5)
    assert dlg.error_labels["confirm"].isVisibleTo(dlg) and _events(desk) == before
    dlg.confirm_box.setChecked(True)
    dlg.ok_button.click()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)
    assert ComplaintService(desk).state(cid).status == "selesai" and _events(desk) == before + 1


@pytest.mark.parametrize("action", ["archive"])
def test_other_final_actions_ask_for_confirmation(desk, runner, qtbot, action):
    cid = _record(desk)
    page = _page(desk, runner, qtbot)
    _open(page, runner, qtbot, cid)
    page.detail.action_buttons[action].click()
    dlg = page.dialog
    assert dlg.confirm_box is not None and dlg.confirm_box.isVisibleTo(dlg)
    dlg.reject()


def test_decline_asks_for_confirmation(desk, runner, qtbot):
    from lapor_desktop.ui.action_dialogs import ActionDialog

    dlg = ActionDialog("decline")
    qtbot.addWidget(dlg)
    assert dlg.confirm_box is not None and "bukan wewenang" in dlg.confirm_box.text().lower()


# ------------------------------------------------------------------ item 7: verification
def test_verify_dialog_prefills_and_requires_classification_and_category(desk, runner, qtbot):
    cid = _record(desk, classification="aspirasi", category_id=None)
    page = _page(desk, runner, qtbot)
    _open(page, runner, qtbot, cid)
    before = _events(desk)
    page.detail.action_buttons["verify"].click()
    dlg = page.dialog
    assert dlg.class_combo.currentData() == "aspirasi"  # prefilled: known
    assert dlg.category_combo.currentData() is None
    dlg.ok_button.click()
    runner.wait_idle(5)
    assert dlg.error_labels["category_id"].text() == "Kategori wajib dipilih sebelum verifikasi."
    assert _events(desk) == before
    dlg.category_combo.setCurrentIndex(dlg.category_combo.findData(1398))
    dlg.ok_button.click()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)
    st = ComplaintService(desk).state(cid)
    assert st.status == "terverifikasi" and st.classification == "aspirasi" and st.category_id == 1398


# ------------------------------------------------------------------ item 14: the privacy dialog
def test_privacy_dialog_has_no_repeated_labels_and_saves(desk, runner, qtbot):
    cid = _record(desk, anonymous=True, reporter={"name": "Siti Rahma"})
    page = _page(desk, runner, qtbot)
    _open(page, runner, qtbot, cid)
    page.detail.action_buttons["change_flags"].click()
    dlg = page.dialog
    assert dlg.ok_button.text() == "Simpan"
    labels = []
    for r in range(dlg.form.rowCount()):
        it = dlg.form.itemAt(r, QFormLayout.ItemRole.LabelRole)
        if it is not None and it.widget() is not None and it.widget().isVisibleTo(dlg):
            labels.append(it.widget().text().rstrip(" *"))
    boxes = [dlg.anonymous_box.text(), dlg.confidential_box.text()]
    assert not any(b.startswith(lab) for b in boxes for lab in labels if lab), (labels, boxes)
    # lifting Anonim asks for a reason and a confirmation, only when it is lifted
    assert not dlg.inputs["reason"].isVisibleTo(dlg)
    dlg.anonymous_box.setChecked(False)
    assert dlg.inputs["reason"].isVisibleTo(dlg) and dlg.confirm_box.isVisibleTo(dlg)
    dlg.ok_button.click()
    runner.wait_idle(5)
    assert dlg.error_labels["reason"].isVisibleTo(dlg) and dlg.error_labels["confirm"].isVisibleTo(dlg)
    dlg.inputs["reason"].setPlainText("Pelapor setuju identitasnya dibuka.")
    dlg.confirm_box.setChecked(True)
    dlg.ok_button.click()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)
    assert ComplaintService(desk).state(cid).anonymous is False


def test_changing_rahasia_asks_a_reason_and_the_front_desk_has_no_privacy_button(desk, runner, qtbot):
    cid = _record(desk, confidential=True)
    page = _page(desk, runner, qtbot)
    _open(page, runner, qtbot, cid)
    page.detail.action_buttons["change_flags"].click()
    dlg = page.dialog
    assert not dlg.inputs["reason"].isVisibleTo(dlg)
    dlg.confidential_box.setChecked(False)
    assert dlg.inputs["reason"].isVisibleTo(dlg) and dlg.confirm_box.isVisibleTo(dlg)
    assert "Rahasia" in dlg.confirm_box.text()
    events = _events(desk)
    dlg.ok_button.click()
    runner.wait_idle(5)
    assert dlg.error_labels["reason"].isVisibleTo(dlg) and _events(desk) == events
    dlg.inputs["reason"].setPlainText("Pelapor setuju laporannya dipublikasikan.")
    dlg.confirm_box.setChecked(True)
    dlg.ok_button.click()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)
    assert ComplaintService(desk).state(cid).confidential is False
    # the front desk may neither lift Anonim nor change Rahasia: no such button on its detail
    clerk_page = _page(desk, runner, qtbot, actor=CLERK)
    _open(clerk_page, runner, qtbot, _record(desk, anonymous=True))
    assert "change_flags" not in clerk_page.detail.action_buttons
    assert "reprint" in clerk_page.detail.action_buttons


# ------------------------------------------------------------------ item 21: categories by name
def test_categories_are_shown_by_name_with_the_number_in_a_tooltip(desk, runner, qtbot, window):
    page = window.intake
    texts = [page.category.itemText(i) for i in range(page.category.count())]
    assert "Penerangan Jalan" in texts
    with_number = [t for t in texts if re.search(r"\(\d+\)$", t)]
    assert len(with_number) <= 2, with_number  # only a name the list holds twice
    i = page.category.findData(1398)
    assert "1398" in page.category.itemData(i, 3)  # Qt.ToolTipRole
    cid = _record(desk)
    qpage = _page(desk, runner, qtbot)
    _open(qpage, runner, qtbot, cid)
    cat = qpage.detail.findChild(QLabel, "detail.category")
    assert cat.text() == "Penerangan Jalan" and "1398" in cat.toolTip()
