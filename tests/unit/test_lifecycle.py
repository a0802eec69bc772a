"""The lifecycle: who may do what in which status, what each event does, and conflicts.

The tables below are written out by hand on purpose: a change in the rules must fail a test.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timezone

import pytest

from lapor_desktop.core.clock import format_hlc, iso_utc
from lapor_desktop.core.ids import uuid7
from lapor_desktop.domain.enums import STAFF_ROLES, Action, EventType, Role, Status
from lapor_desktop.domain.lifecycle import check_event, fold
from lapor_desktop.domain.permissions import ROLE_ACTIONS, allowed_actions
from lapor_desktop.domain.model import ComplaintState, Event, Pause

E = EventType
S = Status
A = Action
T0 = 1_772_409_600_000  # 2026-03-02T00:00:00Z
AGENCY, OTHER_AGENCY = 7, 8


class Log:
    """Builds one complaint's events with increasing HLCs (one step = one minute)."""

    def __init__(self) -> None:
        self.cid = uuid7()
        self.events: list[Event] = []
        self.step = 0

    def make(self, etype: str, data: dict | None = None, *, role: str = "verifier",
             user: str = "vera", device: str = "desk-a", base: str | None = None,
             step: int | None = None, counter: int = 0, keep: bool = True) -> Event:
        if step is None:
            self.step += 1
            step = self.step
        ms = T0 + step * 60_000
        e = Event(id=uuid7(), complaint_id=self.cid, type=str(etype), device_id=device,
                  device_seq=len(self.events) + 1, hlc=format_hlc(ms, counter),
                  occurred_at=iso_utc(datetime.fromtimestamp(ms / 1000, timezone.utc)),
                  actor_user=user, actor_role=role, data=dict(data or {}), base=base)
        if keep:
            self.events.append(e)
        return e

    def state(self) -> ComplaintState:
        st = fold(self.events)
        assert st is not None
        return st


CREATED_DATA = {"title": "Jalan rusak di Soasio", "body": "Jalan utama berlubang di depan pasar.",
                "classification": None, "channel": "tatap_muka", "category_id": 12,
                "reporter": {"name": "Siti"}, "anonymous": False, "confidential": True,
                "location": {"village": "Soasio"}, "incident_date": None, "office_code": "8272",
                "receipt_number": "TDR-A-000001", "received_at": "2026-03-02T00:00:00.000Z"}


def created(log: Log) -> Event:
    return log.make(E.CREATED, CREATED_DATA, role="front_desk", user="fina")


def forwarded(log: Log, agency: int = AGENCY, **kw) -> Event:
    return log.make(E.FORWARDED, {"agency_id": agency, "agency_name": f"Dinas {agency}",
                                  "note": ""}, **kw)


def reach(status: Status) -> Log:
    """A complaint brought to ``status`` through real events."""
    log = Log()
    if status == S.KONTEN_TERBLOKIR:
        log.make(E.IMPORTED, {"status": "Konten Terblokir", "title": "Iklan", "body": "spam spam",
                              "tracking_id": "1234567"}, role="system", user="import")
        return log
    created(log)
    if status == S.TERVERIFIKASI:
        log.make(E.VERIFIED, {"note": ""})
    elif status == S.MENUNGGU_KELENGKAPAN:
        log.make(E.INFO_REQUESTED, {"note": "Mohon foto lokasi"})
    elif status in (S.TERDISPOSISI, S.DITINDAKLANJUTI, S.BUKAN_WEWENANG, S.SELESAI):
        forwarded(log)
        if status == S.DITINDAKLANJUTI:
            log.make(E.FOLLOWED_UP, {"agency_id": AGENCY, "text": "Sudah ditambal"}, role="liaison")
        elif status == S.BUKAN_WEWENANG:
            log.make(E.DECLINED, {"agency_id": AGENCY, "reason": "Bukan jalan kota"}, role="liaison")
        elif status == S.SELESAI:
            log.make(E.FOLLOWED_UP, {"agency_id": AGENCY, "text": "Sudah ditambal"}, role="liaison")
            log.make(E.CLOSED, {"by": "admin", "note": "Tuntas"})
    elif status == S.DIARSIPKAN:
        log.make(E.ARCHIVED, {"by": "admin", "reason": "Duplikat"})
    assert log.state().status == status
    return log


ACTION_DATA = {
    A.EDIT: {"fields": {"title": "Judul hasil suntingan"}},
    A.CHANGE_FLAGS: {"anonymous": True},
    A.VERIFY: {"note": ""},
    A.REQUEST_INFO: {"note": "Mohon foto"},
    A.RECEIVE_INFO: {"note": "Foto diterima"},
    A.FORWARD: {"agency_id": OTHER_AGENCY, "agency_name": "Dinas 8", "note": ""},
    A.DECLINE: {"agency_id": AGENCY, "reason": "Bukan wewenang kami"},
    A.FOLLOW_UP: {"agency_id": AGENCY, "text": "Sudah ditindaklanjuti"},
    A.RECORD_REPLY: {"text": "Terima kasih"},
    A.CLOSE: {"by": "admin", "note": "Tuntas"},
    A.ARCHIVE: {"by": "admin", "reason": "Duplikat"},
    A.REOPEN: {"reason": "Belum tuntas"},
    A.COMMENT: {"text": "Catatan internal"},
    A.ATTACH: {"sha256": "ab" * 32, "filename": "foto.jpg", "mime": "image/jpeg", "size": 1234},
}

# ----------------------------------------------------------------------------- tables
COLUMNS = "edit flags verify req recv fwd decl fu reply close arch reopen comm attach".split()
COLUMN_ACTION = dict(zip(COLUMNS, [A.EDIT, A.CHANGE_FLAGS, A.VERIFY, A.REQUEST_INFO,
                                   A.RECEIVE_INFO, A.FORWARD, A.DECLINE, A.FOLLOW_UP,
                                   A.RECORD_REPLY, A.CLOSE, A.ARCHIVE, A.REOPEN, A.COMMENT,
                                   A.ATTACH]))
assert set(COLUMN_ACTION.values()) == set(Action)
ROWS = {"belum": S.BELUM_TERVERIFIKASI, "verif": S.TERVERIFIKASI, "tunggu": S.MENUNGGU_KELENGKAPAN,
        "dispo": S.TERDISPOSISI, "tindak": S.DITINDAKLANJUTI, "bukan": S.BUKAN_WEWENANG,
        "selesai": S.SELESAI, "arsip": S.DIARSIPKAN, "blokir": S.KONTEN_TERBLOKIR}
assert set(ROWS.values()) == set(Status)


def parse_grid(text: str) -> dict[Status, dict[Action, str]]:
    lines = [ln.split() for ln in text.strip().splitlines()]
    header, rows = lines[0], lines[1:]
    assert header[1:] == COLUMNS
    assert [r[0] for r in rows] == list(ROWS)
    return {ROWS[r[0]]: {COLUMN_ACTION[c]: v for c, v in zip(COLUMNS, r[1:], strict=True)}
            for r in rows}


# Y = offered to the role, . = not. States reached by ``reach`` (selesai keeps agency 7,
# bukan_wewenang and diarsipkan have no agency). The liaison grid is for a liaison of agency 7.
ALLOWED = {
    Role.FRONT_DESK: """
        status  edit flags verify req recv fwd decl fu reply close arch reopen comm attach
        belum    Y    .     .     .   .    .   .    .   .    .     .    .      Y    Y
        verif    .    .     .     .   .    .   .    .   .    .     .    .      Y    Y
        tunggu   Y    .     .     .   Y    .   .    .   Y    .     .    .      Y    Y
        dispo    .    .     .     .   .    .   .    .   .    .     .    .      Y    Y
        tindak   .    .     .     .   .    .   .    .   Y    .     .    .      Y    Y
        bukan    .    .     .     .   .    .   .    .   .    .     .    .      Y    Y
        selesai  .    .     .     .   .    .   .    .   Y    .     .    .      Y    Y
        arsip    .    .     .     .   .    .   .    .   .    .     .    .      Y    Y
        blokir   .    .     .     .   .    .   .    .   .    .     .    .      Y    Y
    """,
    Role.VERIFIER: """
        status  edit flags verify req recv fwd decl fu reply close arch reopen comm attach
        belum    Y    Y     Y     Y   .    Y   .    .   .    Y     Y    .      Y    Y
        verif    Y    Y     .     Y   .    Y   .    .   .    Y     Y    .      Y    Y
        tunggu   Y    Y     .     .   Y    .   .    .   Y    Y     Y    .      Y    Y
        dispo    Y    Y     .     .   .    .   .    .   .    Y     Y    .      Y    Y
        tindak   Y    Y     .     .   .    .   .    .   Y    Y     Y    .      Y    Y
        bukan    Y    Y     .     Y   .    Y   .    .   .    Y     Y    .      Y    Y
        selesai  .    Y     .     .   .    .   .    .   Y    .     .    Y      Y    Y
        arsip    .    Y     .     .   .    .   .    .   .    .     .    Y      Y    Y
        blokir   .    Y     .     .   .    .   .    .   .    .     .    .      Y    Y
    """,
    Role.LIAISON: """
        status  edit flags verify req recv fwd decl fu reply close arch reopen comm attach
        belum    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        verif    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        tunggu   .    .     .     .   .    .   .    .   .    .     .    .      .    .
        dispo    .    .     .     .   .    .   Y    Y   .    .     .    .      Y    Y
        tindak   .    .     .     .   .    .   .    Y   .    .     .    .      Y    Y
        bukan    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        selesai  .    .     .     .   .    .   .    .   .    .     .    .      Y    Y
        arsip    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        blokir   .    .     .     .   .    .   .    .   .    .     .    .      .    .
    """,
    Role.SUPERVISOR: """
        status  edit flags verify req recv fwd decl fu reply close arch reopen comm attach
        belum    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        verif    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        tunggu   .    .     .     .   .    .   .    .   .    .     .    .      .    .
        dispo    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        tindak   .    .     .     .   .    .   .    .   .    .     .    .      .    .
        bukan    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        selesai  .    .     .     .   .    .   .    .   .    .     .    .      .    .
        arsip    .    .     .     .   .    .   .    .   .    .     .    .      .    .
        blokir   .    .     .     .   .    .   .    .   .    .     .    .      .    .
    """,
    Role.ADMIN: """
        status  edit flags verify req recv fwd decl fu reply close arch reopen comm attach
        belum    Y    Y     Y     Y   .    Y   .    .   .    Y     Y    .      Y    Y
        verif    Y    Y     .     Y   .    Y   .    .   .    Y     Y    .      Y    Y
        tunggu   Y    Y     .     .   Y    .   .    .   Y    Y     Y    .      Y    Y
        dispo    Y    Y     .     .   .    .   .    .   .    Y     Y    .      Y    Y
        tindak   Y    Y     .     .   .    .   .    .   Y    Y     Y    .      Y    Y
        bukan    Y    Y     .     Y   .    Y   .    .   .    Y     Y    .      Y    Y
        selesai  .    Y     .     .   .    .   .    .   Y    .     .    Y      Y    Y
        arsip    .    Y     .     .   .    .   .    .   .    .     .    Y      Y    Y
        blokir   .    Y     .     .   .    .   .    .   .    .     .    .      Y    Y
    """,
}
assert set(ALLOWED) == set(STAFF_ROLES)

# What each action's event does from each status: a status code, "=" unchanged, "x" conflict
# (reason ``invalid_from_<status>``). FORWARD goes to agency 8 (agency 7 holds the complaint).
TRANSITIONS = """
    status  edit flags verify req  recv  fwd   decl  fu    reply close arch  reopen comm attach
    belum    =    =     verif tunggu x   dispo x     x     x     selesai arsip x    =    =
    verif    =    =     x     tunggu x   dispo x     x     x     selesai arsip x    =    =
    tunggu   =    =     x     x    belum x     x     x     belum selesai arsip x    =    =
    dispo    =    =     x     x    x     x     bukan tindak x    selesai arsip x    =    =
    tindak   =    =     x     x    x     x     x     tindak tindak selesai arsip x  =    =
    bukan    =    =     x     tunggu x   dispo x     x     x     selesai arsip x    =    =
    selesai  x    =     x     x    x     x     x     x     dispo x     x     dispo  =    =
    arsip    x    =     x     x    x     x     x     x     x     x     x     belum  =    =
    blokir   x    =     x     x    x     x     x     x     x     x     x     x      =    =
"""

ALL_CASES = [(role, status, action) for role in STAFF_ROLES for status in Status for action in Action]


@pytest.fixture(scope="module")
def states() -> dict[Status, ComplaintState]:
    return {s: reach(s).state() for s in Status}


@pytest.mark.parametrize("role", STAFF_ROLES)
@pytest.mark.parametrize("status", list(Status))
def test_allowed_actions_table(states, role, status):
    grid = parse_grid(ALLOWED[role])
    expected = {a for a, v in grid[status].items() if v == "Y"}
    agency = AGENCY if role == Role.LIAISON else None
    assert allowed_actions(states[status], role, agency) == expected


def test_every_role_action_status_combination_is_in_the_tables():
    checked = 0
    for role, status, action in ALL_CASES:
        assert parse_grid(ALLOWED[role])[status][action] in ("Y", ".")
        assert parse_grid(TRANSITIONS)[status][action] != ""
        checked += 1
    assert checked == 5 * 9 * 14


@pytest.mark.parametrize("status", list(Status))
def test_liaison_of_another_agency_or_none_gets_nothing(states, status):
    assert allowed_actions(states[status], Role.LIAISON, OTHER_AGENCY) == set()
    assert allowed_actions(states[status], Role.LIAISON, None) == set()
    assert allowed_actions(states[status], "liaison") == set()


@pytest.mark.parametrize("role", [Role.REPORTER, Role.SYSTEM, Role.HUB, "pimpinan", ""])
def test_non_staff_roles_get_nothing(states, role):
    for status in Status:
        assert allowed_actions(states[status], role, AGENCY) == set()


def test_role_table_matches_lifecycle_constants():
    # the per-role union of the grids is exactly the role's permission set
    for role in STAFF_ROLES:
        grid = parse_grid(ALLOWED[role])
        union = {a for row in grid.values() for a, v in row.items() if v == "Y"}
        assert union == set(ROLE_ACTIONS[role]), role


def _comparable(st: ComplaintState) -> dict:
    d = asdict(st)
    for k in ("conflicts", "event_count", "last_hlc"):
        d.pop(k)
    return d


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("action", list(Action))
def test_each_action_through_fold(status, action):
    expected = parse_grid(TRANSITIONS)[status][action]
    log = reach(status)
    before = log.state()
    role = "liaison" if action in (A.DECLINE, A.FOLLOW_UP) else "verifier"
    e = log.make(str(_event_type(action)), ACTION_DATA[action], role=role,
                 base=before.last_edit_id if action == A.EDIT else None)
    after = log.state()
    assert after.event_count == before.event_count + 1
    assert after.last_hlc == e.hlc
    if expected == "x":
        assert after.conflicts == {**before.conflicts, e.id: f"invalid_from_{status}"}
        assert after.has_conflict
        assert _comparable(after) == _comparable(before), "a conflicting event changes nothing"
        assert not check_event(before, e).ok
    else:
        assert check_event(before, e).ok
        assert e.id not in after.conflicts
        assert after.status == (status if expected == "=" else ROWS[expected])


def _event_type(action: Action) -> EventType:
    from lapor_desktop.domain.enums import ACTION_EVENT

    return ACTION_EVENT[action]


# ----------------------------------------------------------------------------- effects
def test_created_fields():
    log = Log()
    e = created(log)
    st = log.state()
    assert st.id == log.cid and st.status == S.BELUM_TERVERIFIKASI
    assert st.title == CREATED_DATA["title"]
    assert st.body_initial == st.body_final == CREATED_DATA["body"]
    assert st.channel == "tatap_muka" and st.category_id == 12
    assert st.reporter == {"name": "Siti"} and st.location == {"village": "Soasio"}
    assert st.receipt_number == "TDR-A-000001" and st.office_code == "8272"
    assert st.received_at == "2026-03-02T00:00:00.000Z"
    assert st.created_by == "fina" and st.created_event_id == e.id
    assert st.confidential is True and st.anonymous is False
    assert st.event_count == 1 and not st.has_conflict


@pytest.mark.parametrize("value, expected", [("absent", True), (None, True), (True, True),
                                             (False, False)])
def test_confidential_defaults_to_rahasia(value, expected):
    data = dict(CREATED_DATA)
    if value == "absent":
        del data["confidential"]
    else:
        data["confidential"] = value
    log = Log()
    log.make(E.CREATED, data)
    assert log.state().confidential is expected


def test_flags_changed_ignores_null():
    log = Log()
    created(log)
    log.make(E.FLAGS_CHANGED, {"anonymous": True, "confidential": None})
    st = log.state()
    assert st.anonymous is True and st.confidential is True
    log.make(E.FLAGS_CHANGED, {"confidential": False})
    assert log.state().confidential is False and log.state().anonymous is True


def test_edits_keep_body_initial():
    log = Log()
    created(log)
    e1 = log.make(E.EDITED, {"fields": {"body_final": "Isi yang dirapikan petugas.",
                                        "title": "Jalan berlubang di Soasio",
                                        "category_id": "15", "location": {"district": "Tidore"},
                                        "status": "selesai"}})
    st = log.state()
    assert st.body_initial == CREATED_DATA["body"]
    assert st.body_final == "Isi yang dirapikan petugas."
    assert st.title == "Jalan berlubang di Soasio"
    assert st.category_id == 15 and st.location == {"district": "Tidore"}
    assert st.status == S.BELUM_TERVERIFIKASI  # "status" is not an editable field
    assert st.last_edit_id == e1.id
    log.make(E.EDITED, {"fields": {"body_final": "Versi kedua."}}, base=e1.id)
    st = log.state()
    assert st.body_final == "Versi kedua." and st.body_initial == CREATED_DATA["body"]
    assert not st.has_conflict


def test_pause_and_resume_record_intervals():
    log = Log()
    created(log)
    r1 = log.make(E.INFO_REQUESTED, {"note": "foto?"})
    st = log.state()
    assert st.status == S.MENUNGGU_KELENGKAPAN and st.paused
    assert st.pauses == [Pause(start=r1.occurred_at, end=None)]
    g1 = log.make(E.INFO_RECEIVED, {"note": "ok"}, role="front_desk")
    st = log.state()
    assert st.status == S.BELUM_TERVERIFIKASI and not st.paused
    assert st.pauses == [Pause(start=r1.occurred_at, end=g1.occurred_at)]
    log.make(E.VERIFIED, {})
    r2 = log.make(E.INFO_REQUESTED, {"note": "alamat?"})
    g2 = log.make(E.REPORTER_REPLIED, {"text": "Jl. Sultan No. 3"}, role="reporter")
    st = log.state()
    assert st.status == S.TERVERIFIKASI  # verified before the pause
    assert st.last_reply_at == g2.occurred_at
    assert st.pauses == [Pause(r1.occurred_at, g1.occurred_at), Pause(r2.occurred_at, g2.occurred_at)]
    r3 = log.make(E.INFO_REQUESTED, {})
    c = log.make(E.ARCHIVED, {"by": "system", "reason": "Tidak dilengkapi"})
    st = log.state()
    assert st.pauses[-1] == Pause(r3.occurred_at, c.occurred_at) and not st.paused
    assert st.status == S.DIARSIPKAN and st.archived_by == "system"


def test_close_during_pause_ends_it():
    log = reach(S.MENUNGGU_KELENGKAPAN)
    c = log.make(E.CLOSED, {"by": "admin"})
    st = log.state()
    assert st.status == S.SELESAI and st.pauses[-1].end == c.occurred_at


def test_forward_decline_and_reforward():
    log = reach(S.BUKAN_WEWENANG)
    st = log.state()
    assert st.agency_id is None and st.decline_reason == "Bukan jalan kota"
    f = forwarded(log, OTHER_AGENCY)
    st = log.state()
    assert st.status == S.TERDISPOSISI and st.agency_id == OTHER_AGENCY
    assert st.agency_name == "Dinas 8" and st.forwarded_at == f.occurred_at
    assert st.decline_reason is None and st.verified_at is not None


def test_reopen_from_selesai_and_from_archive():
    log = reach(S.SELESAI)
    assert log.state().closed_by == "admin"
    log.make(E.REOPENED, {"reason": "Masih berlubang"})
    st = log.state()
    assert st.status == S.TERDISPOSISI and st.agency_id == AGENCY
    assert st.reopen_reason == "Masih berlubang"
    assert st.closed_at is None and st.closed_by is None and st.close_note is None

    log = reach(S.DIARSIPKAN)
    log.make(E.REOPENED, {"reason": "Bukan duplikat"})
    st = log.state()
    assert st.status == S.BELUM_TERVERIFIKASI
    assert st.archived_by is None and st.archive_reason is None and st.closed_at is None


def test_reporter_reply_reopens_selesai():
    log = reach(S.SELESAI)
    r = log.make(E.REPORTER_REPLIED, {"text": "Belum diperbaiki"}, role="reporter", user="pelapor")
    st = log.state()
    assert st.status == S.TERDISPOSISI
    assert st.last_reply_at == r.occurred_at
    assert st.closed_at is None and st.closed_by is None


def test_system_close_only_after_follow_up():
    log = reach(S.TERDISPOSISI)
    e = log.make(E.CLOSED, {"by": "system"}, role="system")
    st = log.state()
    assert st.conflicts == {e.id: "invalid_from_terdisposisi"} and st.status == S.TERDISPOSISI
    log = reach(S.DITINDAKLANJUTI)
    log.make(E.CLOSED, {"by": "system", "note": "10 hari kerja tanpa tanggapan"}, role="system")
    st = log.state()
    assert st.status == S.SELESAI and st.closed_by == "system" and not st.has_conflict


def test_attachments_and_comments_and_tracking():
    log = reach(S.SELESAI)
    log.make(E.ATTACHMENT_ADDED, ACTION_DATA[A.ATTACH])
    log.make(E.ATTACHMENT_ADDED, ACTION_DATA[A.ATTACH])  # same blob again
    log.make(E.COMMENTED, {"text": "a"})
    log.make(E.COMMENTED, {"text": "b"})
    log.make(E.TRACKING_ASSIGNED, {"tracking_id": 1234567}, role="hub", user="hub")
    st = log.state()
    assert len(st.attachments) == 1 and st.attachments[0]["filename"] == "foto.jpg"
    assert st.comment_count == 2 and st.tracking_id == "1234567"
    assert st.status == S.SELESAI


# ----------------------------------------------------------------------------- conflicts
def test_followed_up_after_closed_is_a_conflict():
    log = reach(S.TERDISPOSISI)
    log.make(E.CLOSED, {"by": "admin"})
    before = log.state()
    fu = log.make(E.FOLLOWED_UP, {"agency_id": AGENCY, "text": "terlambat"}, role="liaison")
    st = log.state()
    assert st.conflicts == {fu.id: "invalid_from_selesai"}
    assert st.status == S.SELESAI and st.followed_up_at is None
    assert _comparable(st) == _comparable(before)


def test_two_concurrent_forwards_to_different_agencies():
    log = Log()
    created(log)
    base = list(log.events)
    # two desks forward from the same state; desk B's HLC is later
    fa = forwarded(log, AGENCY, device="desk-a", step=10)
    fb = forwarded(log, OTHER_AGENCY, device="desk-b", step=11)
    for order in (base + [fa, fb], base + [fb, fa], [fb, fa] + base):
        st = fold(order)
        assert st is not None
        assert st.status == S.TERDISPOSISI and st.agency_id == AGENCY
        assert st.conflicts == {fb.id: "invalid_from_terdisposisi"}
        assert st.has_conflict


def test_same_hlc_is_ordered_by_device_then_id():
    log = Log()
    created(log)
    fz = forwarded(log, OTHER_AGENCY, device="desk-z", step=10)
    fa = forwarded(log, AGENCY, device="desk-a", step=10)
    st = fold(log.events)
    assert st.agency_id == AGENCY and st.conflicts == {fz.id: "invalid_from_terdisposisi"}
    assert fa.hlc == fz.hlc


def test_repeated_forward_to_the_same_agency_is_harmless():
    log = reach(S.TERDISPOSISI)
    forwarded(log, AGENCY, device="desk-b")
    st = log.state()
    assert not st.conflicts and st.status == S.TERDISPOSISI and st.agency_id == AGENCY


def test_wrong_agency():
    log = reach(S.TERDISPOSISI)
    d = log.make(E.DECLINED, {"agency_id": OTHER_AGENCY, "reason": "x"}, role="liaison")
    f = log.make(E.FOLLOWED_UP, {"agency_id": OTHER_AGENCY, "text": "x"}, role="liaison")
    st = log.state()
    assert st.conflicts == {d.id: "wrong_agency", f.id: "wrong_agency"}
    assert st.status == S.TERDISPOSISI


def test_creation_conflicts():
    log = Log()
    early = log.make(E.VERIFIED, {}, step=0)  # sorts before the creation
    created(log)
    again = log.make(E.CREATED, CREATED_DATA)
    odd = log.make("complaint.teleported", {})
    st = log.state()
    assert st.conflicts == {early.id: "unknown_complaint", again.id: "already_created",
                            odd.id: "unknown_event_type"}
    assert st.status == S.BELUM_TERVERIFIKASI
    assert st.event_count == 4  # every event of the history counts, conflicting or not
    assert fold([]) is None
    assert fold([early]) is None


def test_edit_conflict_same_field_same_base():
    log = Log()
    created(log)
    e0 = log.make(E.EDITED, {"fields": {"title": "Judul pertama"}})
    a = log.make(E.EDITED, {"fields": {"title": "Judul dari desk A"}}, base=e0.id, device="desk-a")
    b = log.make(E.EDITED, {"fields": {"title": "Judul dari desk B", "category_id": 3}},
                 base=e0.id, device="desk-b")
    st = log.state()
    assert st.conflicts == {a.id: "edit_conflict", b.id: "edit_conflict"}
    assert st.has_conflict and set(st.open_conflicts) == {a.id, b.id}
    assert st.title == "Judul dari desk B"  # the later one by order applies everywhere
    assert st.category_id == 3


def test_edits_of_different_fields_with_the_same_base_do_not_conflict():
    log = Log()
    created(log)
    a = log.make(E.EDITED, {"fields": {"title": "Judul baru"}}, device="desk-a")
    b = log.make(E.EDITED, {"fields": {"body_final": "Isi baru yang rapi."}}, device="desk-b")
    assert a.base == b.base is None
    st = log.state()
    assert not st.conflicts and not st.has_conflict
    assert st.title == "Judul baru" and st.body_final == "Isi baru yang rapi."


def test_resolving_edit_settles_the_conflict():
    log = Log()
    created(log)
    a = log.make(E.EDITED, {"fields": {"title": "Versi A"}}, device="desk-a")
    b = log.make(E.EDITED, {"fields": {"title": "Versi B"}}, device="desk-b")
    assert log.state().has_conflict
    r = log.make(E.EDITED, {"fields": {"title": "Versi gabungan"}, "resolves": [a.id, b.id]},
                 base=b.id)
    st = log.state()
    assert st.title == "Versi gabungan" and st.last_edit_id == r.id
    assert not st.has_conflict and st.open_conflicts == []
    assert set(st.conflicts) == {a.id, b.id}  # the history keeps them
    assert st.resolved >= {a.id, b.id}


def test_partial_resolution_keeps_the_rest_open():
    log = Log()
    created(log)
    a = log.make(E.EDITED, {"fields": {"title": "Versi A"}}, device="desk-a")
    b = log.make(E.EDITED, {"fields": {"title": "Versi B"}}, device="desk-b")
    log.make(E.COMMENTED, {"text": "A dipakai", "resolves": [a.id]})
    st = log.state()
    assert st.has_conflict and st.open_conflicts == [b.id]


def test_fold_ignores_duplicates_and_delivery_order():
    log = reach(S.SELESAI)
    log.make(E.REOPENED, {"reason": "x"})
    a = log.make(E.EDITED, {"fields": {"title": "Versi A"}}, device="desk-a")
    log.make(E.EDITED, {"fields": {"title": "Versi B"}}, device="desk-b")
    ref = asdict(log.state())
    assert asdict(fold(list(reversed(log.events)) + [a, a])) == ref


def test_check_event_without_state():
    log = Log()
    c = created(log)
    v = log.make(E.VERIFIED, {})
    assert check_event(None, c).ok
    assert check_event(None, v).reason == "unknown_complaint"
