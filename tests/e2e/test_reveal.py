"""A verifier shows an Anonim reporter's identity by keyboard alone (Alt+I, a reason, Ctrl+Enter):
a reason too short is refused under the field and nothing is recorded; a proper one is written
to the audit trail (read from the store) with the reason and the fields shown."""

from __future__ import annotations

import json
import time

from .conftest import SHOTS, open_store, sign_in

TITLE = "Petugas meminta uang di Puskesmas Soasio"
REASON = "Pelapor minta dihubungi kembali soal jam kejadian"


def _reveals(profile) -> list[dict]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    desk = open_store(profile)
    try:
        with desk.db.read() as s:
            rows = s.execute(text("SELECT actor_login, complaint_id, detail FROM audit_log "
                                  "WHERE kind = 'identity_revealed'")).all()
        return [{"login": r[0], "complaint_id": r[1], **json.loads(r[2])} for r in rows]
    finally:
        desk.close()


def test_reveal_an_anonim_identity_by_keyboard(xs, profile):
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.complaints import ComplaintService
    from tests.support.sessions import signed

    desk = open_store(profile)
    try:
        cid = ComplaintService(desk).record(signed(desk, Actor("budi", "front_desk", "Budi")), {
            "title": TITLE, "body": "Petugas loket meminta uang Rp50.000 untuk surat rujukan.",
            "anonymous": True, "category_id": 1397,
            "reporter": {"name": "Fatimah Sangaji", "nik": "8272014101900003"}}).id
    finally:
        desk.close()
    xs.start(profile)
    sign_in(xs, "vera")
    xs.wait_window("^Antrian — LAPOR! Desk")
    time.sleep(1.5)  # the list loads
    xs.key("ctrl+f", "Down")  # the complaint opens in the detail
    time.sleep(1.0)
    xs.key("alt+i")  # "Tampilkan &identitas…"
    xs.wait_window("^Tampilkan identitas pelapor")
    xs.type("cek")
    xs.key("ctrl+Return")
    time.sleep(1.0)
    xs.screenshot(SHOTS / "reveal-0-refused-id.png")
    assert xs.active_title().startswith("Tampilkan identitas pelapor")  # still open: the reason was refused
    assert _reveals(profile) == []
    xs.key("ctrl+a")
    xs.type(REASON)
    xs.key("ctrl+Return")
    xs.wait(lambda: _reveals(profile), 20, "the reveal in the audit trail")
    time.sleep(0.8)
    xs.screenshot(SHOTS / "reveal-1-shown-id.png")
    (got,) = _reveals(profile)
    assert got["login"] == "vera" and got["complaint_id"] == cid and got["reason"] == REASON
    assert set(got["fields"]) == {"name", "nik"}
    assert xs.active_title().startswith("Antrian")  # the dialog closed
