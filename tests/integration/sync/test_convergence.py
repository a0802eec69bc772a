"""T5: three desks offline with concurrent edits converge; conflicts flagged exactly where two
edits share a base. Also: what intake writes for a fresh complaint is what its events fold to."""

from __future__ import annotations

from sqlalchemy import select, text

from lapor_desktop.store import syncstore
from lapor_desktop.store.projection import write_projection
from lapor_desktop.store.models import ComplaintRow

from .conftest import VERIFIER, ComplaintService, record, sync
from tests.support.sessions import signed

_SKIP = {"num"}


def _projection(desk) -> list[dict]:
    with desk.db.read() as s:
        rows = s.execute(select(ComplaintRow.__table__).order_by(ComplaintRow.id)).mappings().all()
    return [{k: v for k, v in r.items() if k not in _SKIP} for r in rows]


def _log(desk):
    with desk.db.read() as s:
        return syncstore.event_log(s)


def _flags(desk) -> dict[str, str]:
    with desk.db.read() as s:
        return dict(s.execute(text("select id, conflict from events where conflict is not null")).all())


def test_t5_three_desks_converge_with_conflicts_exactly_where_edits_share_a_base(desks):
    a = desks.new()
    office = a.settings.office_code
    b = desks.new(office)
    c = desks.new(office)
    ids = record(a, 4)
    for d in (a, b, c, a):
        assert sync(d).complete
    sa, sb, sc = (ComplaintService(d) for d in (a, b, c))
    # everyone is offline now; each edits what it sees
    a0 = sa.act(signed(sa, VERIFIER), ids[0], "edit", {"fields": {"title": "Judul versi meja A"}})
    b0 = sb.act(signed(sb, VERIFIER), ids[0], "edit", {"fields": {"title": "Judul versi meja B"}})
    sc.act(signed(sc, VERIFIER), ids[0], "comment", {"text": "sedang diperiksa"})
    sa.act(signed(sa, VERIFIER), ids[1], "edit", {"fields": {"title": "Judul baru"}})
    sb.act(signed(sb, VERIFIER), ids[1], "comment", {"text": "catatan B"})
    sc.act(signed(sc, VERIFIER), ids[1], "verify", {"note": "lengkap"})
    b2 = sb.act(signed(sb, VERIFIER), ids[2], "edit", {"fields": {"body_final": "Isi akhir versi B"}})
    c2 = sc.act(signed(sc, VERIFIER), ids[2], "edit", {"fields": {"body_final": "Isi akhir versi C"}})
    # same base, different fields: not a conflict
    sa.act(signed(sa, VERIFIER), ids[3], "edit", {"fields": {"title": "Judul 3"}})
    sc.act(signed(sc, VERIFIER), ids[3], "edit", {"fields": {"incident_date": "2026-11-01"}})
    # two syncs each
    for d in (a, b, c, a, b, c):
        rep = sync(d)
        assert rep.outcome == "ok" and rep.rejected == 0, rep
    logs = [_log(d) for d in (a, b, c)]
    assert logs[0] == logs[1] == logs[2]
    assert len({row[2] for row in logs[0]}) == len(logs[0])
    projections = [_projection(d) for d in (a, b, c)]
    assert projections[0] == projections[1] == projections[2]
    flags = [_flags(d) for d in (a, b, c)]
    assert flags[0] == flags[1] == flags[2]
    assert flags[0] == {a0.id: "edit_conflict", b0.id: "edit_conflict",
                        b2.id: "edit_conflict", c2.id: "edit_conflict"}
    conflicted = {r["id"] for r in projections[0] if r["has_conflict"]}
    assert conflicted == {ids[0], ids[2]}


def test_rows_written_at_intake_are_what_the_events_fold_to(desks):
    """Intake writes a new complaint's row from the state it just folded (no read-back); a
    projection rebuilt from the stored events is the same, and search finds every one."""
    a = desks.new()
    ids = record(a, 30, seed=9)
    before = _projection(a)
    assert len(before) == 30 and {r["sync_state"] for r in before} == {"pending"}
    with a.db.session() as s:
        s.execute(text("delete from complaints_fts"))
        s.execute(text("delete from complaints"))
        assert set(write_projection(s, a.projector, ids)) == set(ids)
    assert _projection(a) == before
    with a.db.read() as s:
        hits = s.execute(text("select count(*) from complaints_fts where complaints_fts match 'Laporan'")).scalar()
    assert hits == 30
