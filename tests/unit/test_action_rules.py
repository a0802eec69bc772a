"""The domain's rule for what an action needs (issue 11 items 7 and 8), without a store."""

from __future__ import annotations

from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.domain.model import Event
from lapor_desktop.domain.action_checks import check_action_data


def _needs(action, data, **state):
    kw = {"status": "belum_terverifikasi", "classification": None, "category_id": None, "anonymous": False}
    kw.update(state)
    return [(e.field, e.code) for e in check_action_data(action, data, **kw)]


def test_verify_needs_classification_and_category():
    assert _needs("verify", {}) == [("classification", "required"), ("category_id", "required")]
    assert _needs("verify", {"classification": "aspirasi"}) == [("category_id", "required")]
    assert _needs("verify", {}, classification="aspirasi", category_id=7) == []
    assert _needs("verify", {"classification": "aspirasi", "category_id": 7}) == []
    assert _needs("verify", {"classification": "bukan_kode", "category_id": 7}) == [("classification", "unknown_value")]
    assert _needs("verify", {"category_id": 8}, classification="aspirasi", category_id=None) == []


def test_close_needs_a_reason_unless_followed_up():
    assert _needs("close", {"note": ""}) == [("note", "required")]
    assert _needs("close", {"note": None}, status="ditindaklanjuti") == []


def test_lifting_anonymous_needs_a_reason():
    assert _needs("change_flags", {"anonymous": False}, anonymous=True) == [("reason", "required")]
    assert _needs("change_flags", {"anonymous": False, "reason": "setuju"}, anonymous=True) == []
    assert _needs("change_flags", {"anonymous": True}, anonymous=False) == []


def _ev(n, etype, data):
    return Event(id=f"e{n}", complaint_id="c1", type=etype, device_id="d1", device_seq=n,
                 hlc=f"0000000000{n:03d}-0000-d1", occurred_at=f"2026-11-23T0{n}:00:00.000Z",
                 actor_user="u", actor_role="verifier", data=data)


def test_a_verified_event_sets_classification_and_category_on_every_replica():
    st = fold([_ev(1, "complaint.created", {"title": "Jalan rusak", "office_code": "TIDORE"}),
               _ev(2, "complaint.verified", {"classification": "aspirasi", "category_id": 928})])
    assert st is not None and st.status == "terverifikasi"
    assert st.classification == "aspirasi" and st.category_id == 928
