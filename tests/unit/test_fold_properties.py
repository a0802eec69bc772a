"""Property tests: the fold is a function of the *set* of events.

Random but plausible histories of one complaint (a creation plus up to 15 events of any type,
from 1-3 devices, with random and often colliding HLCs, edits sharing bases, resolutions):
every delivery order and every duplicated delivery must give the identical state and the
identical conflict flags.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lapor_desktop.core.clock import format_hlc, iso_utc
from lapor_desktop.core.ids import uuid7
from lapor_desktop.domain.enums import EventType
from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.domain.model import Event
from tests.support.lane import examples

E = EventType
T0 = 1_772_409_600_000  # 2026-03-02T00:00:00Z
DEVICES = ("desk-a", "desk-b", "desk-c")
ROLES = ("front_desk", "verifier", "liaison", "admin", "reporter", "system", "hub")
# every type but the import; edits and the main path are weighted up, and a stray second
# creation stays rare (one entry in the pool)
TYPE_POOL = ([t for t in EventType if t != E.IMPORTED]
             + [E.EDITED] * 8 + [E.FORWARDED, E.FOLLOWED_UP, E.VERIFIED, E.INFO_REQUESTED,
                                 E.INFO_RECEIVED, E.REPORTER_REPLIED, E.CLOSED, E.REOPENED])
SETTINGS = settings(max_examples=examples(200), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

EDIT_VALUES = {
    "title": st.sampled_from(["Jalan rusak", "Jalan berlubang", "Lampu mati"]),
    "body_final": st.sampled_from(["Isi A yang dirapikan.", "Isi B yang dirapikan."]),
    "classification": st.sampled_from([None, "aspirasi", "berkadar_pengawasan"]),
    "category_id": st.sampled_from([None, 12, "15"]),
    "location": st.sampled_from([None, {"village": "Soasio"}, {"district": "Tidore"}]),
    "incident_date": st.sampled_from([None, "2026-03-01"]),
    "reporter": st.sampled_from([None, {"name": "Siti"}, {"name": "Ani", "phone": "0812"}]),
}


def _data(draw, etype: str, known_ids: list[str]) -> dict:
    agency = st.sampled_from([7, 8, None, "7"])
    if etype == E.CREATED:
        return {"title": draw(st.sampled_from(["Jalan rusak", "Air mati"])),
                "body": "Isi laporan awal.", "channel": "tatap_muka",
                "confidential": draw(st.sampled_from([True, False, None])),
                "received_at": "2026-03-02T00:00:00.000Z"}
    if etype == E.EDITED:
        names = draw(st.sets(st.sampled_from(sorted(EDIT_VALUES)), min_size=1, max_size=2))
        fields = {n: draw(EDIT_VALUES[n]) for n in sorted(names)}
        data: dict = {"fields": fields}
        if known_ids and draw(st.booleans()):
            data["resolves"] = draw(st.lists(st.sampled_from(known_ids), max_size=3))
        return data
    if etype == E.FLAGS_CHANGED:
        return draw(st.fixed_dictionaries({}, optional={
            "anonymous": st.sampled_from([True, False, None]),
            "confidential": st.sampled_from([True, False, None])}))
    if etype == E.FORWARDED:
        a = draw(agency)
        return {"agency_id": a, "agency_name": f"Dinas {a}", "note": ""}
    if etype in (E.DECLINED, E.FOLLOWED_UP):
        return {"agency_id": draw(agency), "reason": "x", "text": "y"}
    if etype in (E.CLOSED, E.ARCHIVED):
        return {"by": draw(st.sampled_from(["admin", "system", "reporter", None])), "note": "n",
                "reason": "r"}
    if etype == E.ATTACHMENT_ADDED:
        sha = draw(st.sampled_from(["a" * 64, "b" * 64]))
        return {"sha256": sha, "filename": f"{sha[:3]}.jpg", "mime": "image/jpeg", "size": 10}
    if etype == E.TRACKING_ASSIGNED:
        return {"tracking_id": draw(st.sampled_from(["1234567", "7654321"]))}
    if etype == E.COMMENTED and known_ids and draw(st.booleans()):
        return {"text": "catatan", "resolves": draw(st.lists(st.sampled_from(known_ids), max_size=2))}
    return {"note": "catatan", "text": "teks", "reason": "alasan"}


@st.composite
def histories(draw) -> list[Event]:
    devices = DEVICES[:draw(st.integers(1, 3))]
    cid = uuid7()
    events: list[Event] = []
    edit_ids: list[str | None] = [None]
    seqs = {d: 0 for d in devices}

    def make(etype: str, data: dict, base: str | None, max_s: int = 40) -> Event:
        device = draw(st.sampled_from(devices))
        seqs[device] += 1
        # a narrow time range so HLCs collide often; events may even sort before the creation
        ms = T0 + draw(st.integers(0, max_s)) * 1000
        return Event(id=uuid7(), complaint_id=cid, type=str(etype), device_id=device,
                     device_seq=seqs[device], hlc=format_hlc(ms, draw(st.integers(0, 2))),
                     occurred_at=iso_utc(datetime.fromtimestamp(ms / 1000, timezone.utc)),
                     actor_user=draw(st.sampled_from(["fina", "vera", "lia", "pelapor"])),
                     actor_role=draw(st.sampled_from(ROLES)), data=data, base=base)

    events.append(make(E.CREATED, _data(draw, E.CREATED, []), None, max_s=4))
    for _ in range(draw(st.integers(0, 15))):
        etype = draw(st.sampled_from(TYPE_POOL))
        known = [e.id for e in events]
        base = draw(st.sampled_from(edit_ids)) if etype == E.EDITED else None
        e = make(etype, _data(draw, etype, known), base)
        events.append(e)
        if etype == E.EDITED:
            edit_ids.append(e.id)
    return events


def snapshot(events: list[Event]) -> tuple[dict | None, dict | None, bool | None]:
    state = fold(events)
    if state is None:
        return None, None, None
    return asdict(state), dict(state.conflicts), state.has_conflict


@SETTINGS
@given(events=histories(), data=st.data())
def test_any_delivery_order_gives_the_same_state(events, data):
    reference = snapshot(events)
    assert reference[0] is not None  # the creation is always there
    perm = data.draw(st.permutations(events), label="permutation")
    assert snapshot(perm) == reference


@SETTINGS
@given(events=histories(), data=st.data())
def test_duplicates_change_nothing(events, data):
    reference = snapshot(events)
    original = data.draw(st.sampled_from(events), label="duplicated")
    # an equal copy that is a different object (as if received again from the hub)
    copy = replace(original, data=dict(original.data))
    at = data.draw(st.integers(0, len(events)), label="position")
    again = events[:at] + [copy] + events[at:]
    assert snapshot(again) == reference
    assert snapshot(data.draw(st.permutations(again + [original]), label="permutation")) == reference


@settings(SETTINGS, max_examples=examples(100))
@given(events=histories())
def test_state_is_sane(events):
    state = fold(events)
    assert state is not None
    assert state.event_count == len(events)
    assert set(state.resolved) <= {e.id for e in events}
    assert set(state.conflicts) <= {e.id for e in events}
    assert all(p.end is None or p.start for p in state.pauses)
    assert sum(1 for p in state.pauses if p.end is None) <= 1
    assert state.last_hlc == max(e.hlc for e in events)
    assert state.status  # a creation always applies
