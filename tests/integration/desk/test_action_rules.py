"""What an action needs from the complaint (issue 11 items 7 and 8), enforced by the service on a
real SQLite store: verifying needs a classification and a category; closing a complaint nobody
followed up needs a reason; lifting Anonim needs a reason. A refusal names the field and writes
nothing."""

from __future__ import annotations

import pytest

from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.domain.enums import Action, Status
from lapor_desktop.store import repo

from desk_helpers import walk_in
from tests.support.sessions import signed


def _events(desk) -> int:
    with desk.db.read() as s:
        return repo.counts(s).events


@pytest.mark.parametrize("missing", ["classification", "category_id"])
def test_verifying_without_classification_or_category_is_refused_with_a_field_error(desk, svc, actors, missing):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in(**{missing: None})).id
    before = _events(desk)
    with pytest.raises(InvalidInput) as exc:
        svc.act(signed(svc, actors["verifier"]), cid, Action.VERIFY, {"note": "lengkap"})
    [err] = exc.value.errors
    assert err.field == missing and err.code == "required"
    assert "wajib dipilih sebelum verifikasi" in err.message
    assert _events(desk) == before
    assert svc.state(cid).status == Status.BELUM_TERVERIFIKASI


def test_verifying_with_both_in_the_payload_sets_them_on_the_complaint(desk, svc, actors):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in(classification=None, category_id=None)).id
    ev = svc.act(signed(svc, actors["verifier"]), cid, Action.VERIFY, {"classification": "aspirasi", "category_id": 928})
    assert ev.data["classification"] == "aspirasi" and ev.data["category_id"] == 928
    st = svc.state(cid)
    assert st.status == Status.TERVERIFIKASI and st.classification == "aspirasi" and st.category_id == 928


def test_verifying_keeps_what_the_complaint_already_has(svc, actors):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in()).id  # tidak_berkadar_pengawasan, 928
    ev = svc.act(signed(svc, actors["verifier"]), cid, Action.VERIFY, {})
    assert ev.data["classification"] == "tidak_berkadar_pengawasan" and ev.data["category_id"] == 928


def test_bulk_verify_writes_nothing_when_one_complaint_lacks_a_category(desk, svc, actors):
    ok = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    bad = svc.record(signed(svc, actors["front_desk"]), walk_in(category_id=None)).id
    before = _events(desk)
    with pytest.raises(InvalidInput) as exc:
        svc.act_many(signed(svc, actors["verifier"]), [ok, bad], Action.VERIFY, {})
    assert exc.value.errors[0].field == "category_id"
    assert _events(desk) == before and svc.state(ok).status == Status.BELUM_TERVERIFIKASI


def test_closing_a_complaint_nobody_followed_up_needs_a_reason(desk, svc, actors):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    with pytest.raises(InvalidInput) as exc:
        svc.act(signed(svc, actors["verifier"]), cid, Action.CLOSE, {"note": ""})
    assert exc.value.errors[0].field == "note" and exc.value.errors[0].code == "required"
    assert svc.state(cid).status == Status.BELUM_TERVERIFIKASI
    svc.act(signed(svc, actors["verifier"]), cid, Action.CLOSE, {"note": "Laporan ganda, sudah ditangani di laporan lain."})
    assert svc.state(cid).status == Status.SELESAI


def test_lifting_anonymous_needs_a_reason(desk, svc, actors):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in(anonymous=True)).id
    with pytest.raises(InvalidInput) as exc:
        svc.act(signed(svc, actors["verifier"]), cid, Action.CHANGE_FLAGS, {"anonymous": False})
    assert exc.value.errors[0].field == "reason"
    assert svc.state(cid).anonymous is True
    ev = svc.act(signed(svc, actors["verifier"]), cid, Action.CHANGE_FLAGS, {"anonymous": False, "reason": "Pelapor setuju."})
    assert ev.data["reason"] == "Pelapor setuju." and svc.state(cid).anonymous is False
    # making a complaint anonymous needs no reason
    svc.act(signed(svc, actors["verifier"]), cid, Action.CHANGE_FLAGS, {"anonymous": True})
