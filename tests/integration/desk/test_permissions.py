"""Who sees and does what (issues 13 item 2, 14 item 1), through the services on a real SQLite desk.

Every role x every query and action x a plain, a Rahasia (confidential) and an Anonim complaint,
as written out below by hand: a change in the rules must fail a test. The three complaints are
forwarded to the PUPR agency, so its liaison sees them and the Dinas Sosial liaison sees none.
"""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import text

from lapor_desktop.core.clock import FixedClock
from lapor_desktop.core.errors import InvalidAction, NotFound, PermissionDenied
from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.enums import Action, EventType
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import open_desk, setup_desk
from lapor_desktop.services.exports import ExportService
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.services.imports import ImportService
from lapor_desktop.services.queue import QueueQuery, QueueService
from lapor_desktop.services.rekey import RekeyService
from lapor_desktop.store.migrate import migrate
from lapor_desktop.store.revisions import head_revision

from conftest import ACTORS, MONDAY, REFERENCE

from tests.support.sessions import signed

ROLES_WITH_ACCOUNTS = {"front_desk", "verifier", "liaison", "supervisor", "admin"}
from desk_helpers import walk_in

ROLES = ("front_desk", "verifier", "liaison", "liaison_other", "supervisor", "admin")
KINDS = ("plain", "rahasia", "anonim")
# each kind's reporter: name, NIK, phone (unique words, so a search finds only that one)
REPORTERS = {
    "plain": ("Yohana Tuasikal", "8272014101900001", "081311110001"),
    "rahasia": ("Markus Latuconsina", "8272014101900002", "081311110002"),
    "anonim": ("Fatimah Sangaji", "8272014101900003", "081311110003"),
}
TITLES = {"plain": "Lampu jalan padam di Gamtufkange", "rahasia": "Pungutan liar pengurusan KTP di Rum",
          "anonim": "Petugas meminta uang di Puskesmas Soasio"}

# Y = shown with the reporter's identity (found, for a search), - = shown without it,
# x = refused or not found. Three letters per cell: plain, rahasia, anonim.
QUERIES = """
query          front_desk verifier liaison liaison_other supervisor admin
detail         YY-        YY-      YY-     xxx           YY-        YY-
timeline       YY-        YY-      YY-     xxx           YY-        YY-
queue_row      YY-        YY-      YY-     xxx           YY-        YY-
search_name    YYx        YYx      YYx     xxx           YYx        YYx
search_title   YYY        YYY      YYY     xxx           YYY        YYY
similar_nik    YYx        YYx      YYx     xxx           YYx        YYx
similar_phone  YYx        YYx      YYx     xxx           YYx        YYx
similar_text   YYY        YYY      YYY     xxx           YYY        YYY
export         YY-        YY-      YY-     xxx           YY-        YY-
rekey_sheet    xxx        YY-      xxx     xxx           xxx        YY-
receipt        YY-        YY-      xxx     xxx           xxx        YY-
find_receipt   YYY        YYY      xxx     xxx           xxx        YYY
"""

# Y = allowed, x = refused, . = not applicable. Changing Rahasia and lifting Anonim need a reason
# (given here); without one even the verifier is refused (``test_privacy_changes_need_a_reason``).
ACTIONS = """
action          front_desk verifier liaison liaison_other supervisor admin
change_rahasia  xxx        YYY      xxx     xxx           xxx        YYY
lift_anonim     ..x        ..Y      ..x     ..x           ..x        ..Y
edit_reporter   YYx        YYx      xxx     xxx           xxx        YYx
"""


def parse(grid: str) -> dict[str, dict[str, dict[str, str]]]:
    lines = [ln.split() for ln in grid.strip().splitlines()]
    header, rows = lines[0], lines[1:]
    assert tuple(header[1:]) == ROLES
    out: dict[str, dict[str, dict[str, str]]] = {}
    for r in rows:
        out[r[0]] = {role: dict(zip(KINDS, cell, strict=True)) for role, cell in zip(ROLES, r[1:], strict=True)}
    return out


QUERY_GRID = parse(QUERIES)
ACTION_GRID = parse(ACTIONS)


def _record_three(svc: ComplaintService, forward: bool = True) -> dict[str, str]:
    ids = {}
    for kind in KINDS:
        name, nik, phone = REPORTERS[kind]
        ids[kind] = svc.record(signed(svc, ACTORS["front_desk"]), walk_in(
            title=TITLES[kind], body=f"{TITLES[kind]}. Mohon segera ditindaklanjuti oleh instansi terkait.",
            anonymous=kind == "anonim", confidential=kind != "plain",
            reporter={"name": name, "nik": nik, "phone": phone})).id
        if forward:
            svc.act(signed(svc, ACTORS["verifier"]), ids[kind], Action.FORWARD, {"agency_id": 91001})
    return ids


def _make_desk(root: Path):
    ref = root / "ref.json"
    ref.write_text(json.dumps(REFERENCE), encoding="utf-8")
    paths = AppPaths.under(root / "profile")
    setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan",
               desk_code="A1", reference_file=ref).close()
    return open_desk(paths, clock=FixedClock(MONDAY))


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    desk = _make_desk(tmp_path_factory.mktemp("perms"))
    ids = _record_three(ComplaintService(desk))
    yield desk, ids
    desk.close()


# ------------------------------------------------------------------------- what each query shows
def _named(text: str | None, kind: str) -> bool:
    return bool(text) and REPORTERS[kind][0] in text


def _query(desk, actor: Actor, query: str, kind: str, cid: str) -> str:
    """Run ``query`` for ``actor`` on the complaint of ``kind``: Y, - or x as in the grid."""
    actor = signed(desk, actor) if actor.role in ROLES_WITH_ACCOUNTS else actor
    name, nik, phone = REPORTERS[kind]
    svc = ComplaintService(desk)
    try:
        if query == "detail":
            d = svc.detail(actor, cid)
            shown = isinstance(d.state.reporter, dict) and d.state.reporter.get("name") == name
            assert shown is not d.identity_hidden
            return "Y" if shown else "-"
        if query == "timeline":
            created = next(t.event for t in svc.detail(actor, cid).timeline if t.event.type == EventType.CREATED)
            return "Y" if json.dumps(created.data, ensure_ascii=False).count(nik) else "-"
        if query == "queue_row":
            rows = QueueService(desk).load(actor, QueueQuery(), (0, 100)).rows.values()
            row = next((r for r in rows if r.item.id == cid), None)
            if row is None:
                return "x"
            return "Y" if _named(row.item.reporter_name, kind) else "-"
        if query in ("search_name", "search_title"):
            text = name if query == "search_name" else TITLES[kind]
            q = QueueQuery(text=text)
            loaded = QueueService(desk).load(actor, q, (0, 100))
            found = {r.item.id for r in loaded.rows.values()}
            assert QueueService(desk).count(actor, q) == len(found)
            return "Y" if cid in found else "x"
        if query.startswith("similar_"):
            how = {"similar_nik": {"nik": nik}, "similar_phone": {"phone": phone},
                   "similar_text": {"text": TITLES[kind]}}[query]
            found = {s.id for s in FrontDeskService(desk).similar(actor, **how)}
            return "Y" if cid in found else "x"
        if query == "export":
            buf = io.BytesIO()
            ExportService(desk).export(actor, QueueQuery(), "jsonl", buf)
            recs = {r["id"]: r for r in map(json.loads, buf.getvalue().decode("utf-8").splitlines())}
            if cid not in recs:
                return "x"
            rec = recs[cid]
            assert rec["identity_hidden"] is (rec["reporter_name"] is None)
            shown = rec["reporter_name"] == name and rec["reporter_nik"] == nik
            assert shown or (rec["reporter_nik"] is None and rec["reporter_phone"] is None)
            return "Y" if shown else "-"
        if query == "rekey_sheet":
            lines = {ln.key: ln.value for ln in RekeyService(desk).sheet(actor, cid)}
            return "Y" if lines["reporter_name"] == name and lines["reporter_nik"] == nik else "-"
        if query == "receipt":
            r = FrontDeskService(desk).receipt(actor, cid)
            return "Y" if r.reporter_name == name else "-"
        if query == "find_receipt":
            number = svc.state(cid).receipt_number
            return "Y" if FrontDeskService(desk).find_by_receipt(actor, number.lower()) == cid else "x"
    except (PermissionDenied, NotFound):
        return "x"
    raise AssertionError(query)


@pytest.mark.parametrize("query", list(QUERY_GRID))
@pytest.mark.parametrize("role", ROLES)
def test_who_sees_what(office, role, query):
    desk, ids = office
    got = {kind: _query(desk, ACTORS[role], query, kind, ids[kind]) for kind in KINDS}
    assert got == QUERY_GRID[query][role]


def test_every_role_query_and_kind_is_in_the_table():
    cells = [(q, r, k) for q in QUERY_GRID for r in ROLES for k in KINDS]
    assert all(QUERY_GRID[q][r][k] in "Y-x" for q, r, k in cells)
    assert len(cells) == 12 * 6 * 3


def test_a_liaison_searching_an_anonim_reporters_name_finds_nothing(office):
    desk, ids = office
    name = REPORTERS["anonim"][0]
    liaison = signed(desk, ACTORS["liaison"])
    q = QueueQuery(text=name)
    assert QueueService(desk).count(liaison, q) == 0
    assert list(QueueService(desk).nums(liaison, q)) == []
    assert QueueService(desk).first_rows(liaison, q) == []
    # by a part of the name too, and not through the duplicate hints either
    assert QueueService(desk).count(liaison, QueueQuery(text=name.split()[1][:5])) == 0
    assert FrontDeskService(desk).similar(liaison, text=name, nik=REPORTERS["anonim"][1]) == []
    # ... while the complaint is there for the liaison, found by its own words
    assert QueueService(desk).count(liaison, QueueQuery(text=TITLES["anonim"])) == 1
    # and the rows handed to the liaison never carry an Anonim reporter's name, whatever the call
    svc = QueueService(desk)
    nums = svc.nums(liaison, QueueQuery())
    for row in [*svc.rows(liaison, list(nums)).values(), *svc.first_rows(liaison, QueueQuery())]:
        if row.item.anonymous:
            assert row.item.reporter_name is None


# ------------------------------------------------------------------------------------- actions
def _action(desk, actor: Actor, action: str, kind: str, cid: str) -> str:
    actor = signed(desk, actor)
    svc = ComplaintService(desk)
    st = svc.state(cid)
    try:
        if action == "change_rahasia":
            svc.act(actor, cid, Action.CHANGE_FLAGS, {"confidential": not st.confidential,
                                                      "reason": "Diminta pelapor."})
            assert svc.state(cid).confidential is not st.confidential
        elif action == "lift_anonim":
            if kind != "anonim":
                return "."
            svc.act(actor, cid, Action.CHANGE_FLAGS, {"anonymous": False, "reason": "Pelapor setuju."})
            assert svc.state(cid).anonymous is False
        elif action == "edit_reporter":
            svc.act(actor, cid, Action.EDIT, {"fields": {"reporter": {"name": "Nama Baru", "phone": "081311119999"}}})
            assert svc.state(cid).reporter["name"] == "Nama Baru"
        else:
            raise AssertionError(action)
    except (PermissionDenied, InvalidAction):
        assert svc.state(cid) == st  # nothing was written
        return "x"
    return "Y"


@pytest.mark.parametrize("role", ROLES)
def test_who_does_what(desk, role):
    svc = ComplaintService(desk)
    actor = signed(desk, ACTORS[role])
    for action in ACTION_GRID:
        # fresh complaints for each action; the front desk edits only before verification,
        # so these stay unverified (a liaison then has nothing of its own: refused)
        ids = _record_three(svc, forward=False)
        got = {kind: _action(desk, actor, action, kind, ids[kind]) for kind in KINDS}
        assert got == ACTION_GRID[action][role], action


def test_privacy_changes_need_a_reason(desk):
    svc = ComplaintService(desk)
    ids = _record_three(svc, forward=False)
    from lapor_desktop.core.errors import InvalidInput

    for kind, change in (("anonim", {"anonymous": False}), ("plain", {"confidential": True}),
                         ("rahasia", {"confidential": False})):
        with pytest.raises(InvalidInput) as err:
            svc.act(signed(svc, ACTORS["verifier"]), ids[kind], Action.CHANGE_FLAGS, change)
        assert [e.field for e in err.value.errors] == ["reason"]
    # making a complaint Anonim (hiding more) needs no reason
    svc.act(signed(svc, ACTORS["verifier"]), ids["plain"], Action.CHANGE_FLAGS, {"anonymous": True})
    assert svc.state(ids["plain"]).anonymous


def test_rights_beyond_the_lifecycle_are_checked_by_the_services(desk, tmp_path):
    sample = Path(__file__).resolve().parents[2] / "data" / "lapor-v4-export-sample.xlsx"
    for role in ROLES:
        actor = signed(desk, ACTORS[role])
        may_import = role in ("verifier", "admin")
        if may_import:
            ImportService(desk).import_file(actor, sample)
        else:
            with pytest.raises(PermissionDenied):
                ImportService(desk).import_file(actor, sample)
        ExportService(desk).export(actor, QueueQuery(), "csv", io.BytesIO())  # every role may export
        may_record = role in ("front_desk", "verifier", "admin")
        if may_record:
            ComplaintService(desk).record(actor, walk_in())
        else:
            with pytest.raises(PermissionDenied):
                ComplaintService(desk).record(actor, walk_in())
    for made_up in (Actor("x", "hub"), Actor("x", "system"), Actor("x", "pimpinan")):
        with pytest.raises(PermissionDenied):
            ComplaintService(desk).record(made_up, walk_in())
        with pytest.raises(PermissionDenied):
            ExportService(desk).export(made_up, QueueQuery(), "csv", io.BytesIO())
        with pytest.raises(PermissionDenied):
            QueueService(desk).load(made_up, QueueQuery())
        with pytest.raises(PermissionDenied):
            FrontDeskService(desk).similar(made_up, text="Jalan Berlubang")


def test_a_desk_from_before_keeps_no_anonim_name_in_its_search_index(tmp_path):
    """The search entries an earlier version wrote held an Anonim reporter's name; the migration
    takes it out, so the name search finds nothing there either."""
    desk = _make_desk(tmp_path)
    try:
        ids = _record_three(ComplaintService(desk))
        name = REPORTERS["anonim"][0]
        with desk.db.session() as s:  # what the earlier version wrote
            num = QueueService(desk).num_of(ids["anonim"])
            s.execute(text("UPDATE complaints_fts SET reporter_name = :n WHERE rowid = :r"), {"n": name, "r": num})
        assert QueueService(desk).count(signed(desk, ACTORS["liaison"]), QueueQuery(text=name)) == 1
        with desk.db.session() as s:
            s.execute(text("UPDATE alembic_version SET version_num = '0006'"))
            s.execute(text("DROP TABLE IF EXISTS sign_in_throttle"))  # 0008 makes it again
            s.execute(text("DROP TABLE IF EXISTS audit_log"))  # 0009 makes it again
        assert migrate(desk.db).after == head_revision()
        assert QueueService(desk).count(signed(desk, ACTORS["liaison"]), QueueQuery(text=name)) == 0
        assert QueueService(desk).count(signed(desk, ACTORS["liaison"]), QueueQuery(text=REPORTERS["plain"][0])) == 1
    finally:
        desk.close()


def test_the_log_holds_no_nik_phone_or_name(tmp_path, caplog):
    """Recording, reading, searching, exporting and refusals, at DEBUG: no personal data logged
    (checked on the messages as made, before the log file's redaction)."""
    with caplog.at_level(logging.DEBUG, logger="lapor_desktop"):
        desk = _make_desk(tmp_path)
        try:
            ids = _record_three(ComplaintService(desk))
            for role in ROLES:
                for query in QUERY_GRID:
                    for kind in KINDS:
                        _query(desk, ACTORS[role], query, kind, ids[kind])
            ExportService(desk).export(signed(desk, ACTORS["admin"]), QueueQuery(), "xlsx", tmp_path / "out.xlsx")
        finally:
            desk.close()
    ours = [r for r in caplog.records if r.name.startswith("lapor_desktop")]
    assert ours  # the run did log
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in ours)
    for name, nik, phone in REPORTERS.values():
        for secret in (name, nik, phone, phone[1:]):
            assert secret not in logged
