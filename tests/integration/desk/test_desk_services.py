"""Complaint use cases on a real SQLite store: what a clerk or officer would notice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lapor_desktop.core.errors import InvalidAction, InvalidInput, PermissionDenied
from lapor_desktop.domain.enums import Action, Status
from lapor_desktop.store import queue_queries as qq
from lapor_desktop.store import repo
from lapor_desktop.domain.enums import ACCOUNTS_STREAM
from lapor_desktop.store.models import ComplaintRow, EventRow, OutboxRow

from desk_helpers import walk_in
from tests.support.sessions import signed


def _rows(desk, model, **where):
    with desk.db.read() as s:
        stmt = select(model)
        for k, v in where.items():
            stmt = stmt.where(getattr(model, k) == v)
        return list(s.scalars(stmt))


def test_record_writes_complaint_event_and_outbox_together(desk, svc, actors):
    rec = svc.record(signed(svc, actors["front_desk"]), walk_in())
    assert rec.receipt_number == "TIDORE-A1-261123-0001"
    [row] = _rows(desk, ComplaintRow, id=rec.id)
    assert row.status == Status.BELUM_TERVERIFIKASI
    assert row.confidential is True  # walk-ins default to Rahasia
    assert row.reporter_phone == "+6281234567890"
    assert row.due_kind == "verify" and row.due_date == "2026-11-26"  # 3 working days from Monday
    [event] = _rows(desk, EventRow, complaint_id=rec.id)
    assert event.type == "complaint.created" and event.sync_status == "pending"
    [out] = _rows(desk, OutboxRow, event_id=event.id)
    assert out.state == "pending"


def test_receipt_numbers_are_sequential_per_day_and_unique(svc, actors, clock):
    first = [svc.record(signed(svc, actors["front_desk"]), walk_in()).receipt_number for _ in range(3)]
    clock.advance(days=1)
    nxt = svc.record(signed(svc, actors["front_desk"]), walk_in()).receipt_number
    assert first == ["TIDORE-A1-261123-0001", "TIDORE-A1-261123-0002", "TIDORE-A1-261123-0003"]
    assert nxt == "TIDORE-A1-261124-0001"


def test_invalid_complaint_is_refused_whole_and_nothing_is_written(desk, svc, actors):
    with pytest.raises(InvalidInput) as exc:
        svc.record(signed(svc, actors["front_desk"]), walk_in(title="", reporter={"name": "A", "nik": "123"}))
    fields = {e.field for e in exc.value.errors}
    assert {"title", "reporter.nik"} <= fields
    assert all(e.message for e in exc.value.errors)
    # nothing of the complaint (the desk's own account events, office-wide accounts, are all there is)
    events = _rows(desk, EventRow)
    assert _rows(desk, ComplaintRow) == [] and all(e.complaint_id == ACCOUNTS_STREAM for e in events)
    assert {o.event_id for o in _rows(desk, OutboxRow)} == {e.id for e in events}


def test_supervisor_and_liaison_cannot_record(svc, actors):
    for who in ("supervisor", "liaison"):
        with pytest.raises(PermissionDenied):
            svc.record(signed(svc, actors[who]), walk_in())


def test_each_action_adds_one_event_one_outbox_entry_and_updates_the_row(desk, svc, actors):
    for who in ("front_desk", "verifier", "liaison"):
        signed(svc, actors[who])
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    with desk.db.read() as s:
        accounts = repo.counts(s).outbox - 1  # the desk's account events wait in the outbox too
    steps = [
        ("verifier", Action.VERIFY, {}, Status.TERVERIFIKASI),
        ("verifier", Action.REQUEST_INFO, {"note": "Mohon foto lokasi"}, Status.MENUNGGU_KELENGKAPAN),
        ("front_desk", Action.RECEIVE_INFO, {"note": "Foto diantar"}, Status.TERVERIFIKASI),
        ("verifier", Action.FORWARD, {"agency_id": 91001}, Status.TERDISPOSISI),
        ("liaison", Action.FOLLOW_UP, {"text": "Jalan sudah ditambal"}, Status.DITINDAKLANJUTI),
        ("verifier", Action.CLOSE, {"note": "Selesai"}, Status.SELESAI),
        ("verifier", Action.REOPEN, {"reason": "Pelapor belum puas"}, Status.TERDISPOSISI),
        ("verifier", Action.ARCHIVE, {"reason": "Ganda"}, Status.DIARSIPKAN),
    ]
    for n, (who, action, payload, expected) in enumerate(steps, start=2):
        svc.act(signed(svc, actors[who]), cid, action, payload)
        [row] = _rows(desk, ComplaintRow, id=cid)
        assert row.status == expected, action
        assert row.event_count == n
        assert len(_rows(desk, EventRow, complaint_id=cid)) == n
        with desk.db.read() as s:
            assert repo.counts(s).outbox == accounts + n
    [row] = _rows(desk, ComplaintRow, id=cid)
    assert row.agency_name.startswith("Dinas Pekerjaan Umum")


def test_wrong_role_and_wrong_state_are_refused(svc, actors):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    with pytest.raises(PermissionDenied):
        svc.act(signed(svc, actors["front_desk"]), cid, Action.FORWARD, {"agency_id": 91001})
    with pytest.raises(PermissionDenied):
        svc.act(signed(svc, actors["supervisor"]), cid, Action.COMMENT, {"text": "halo"})
    with pytest.raises(InvalidAction):
        svc.act(signed(svc, actors["verifier"]), cid, Action.REOPEN, {"reason": "x"})
    svc.act(signed(svc, actors["verifier"]), cid, Action.FORWARD, {"agency_id": 91001})
    # a liaison of another agency neither sees nor acts on it
    with pytest.raises(InvalidAction):
        svc.act(signed(svc, actors["liaison_other"]), cid, Action.FOLLOW_UP, {"text": "bukan kami"})
    with pytest.raises(PermissionDenied):
        svc.detail(signed(svc, actors["liaison_other"]), cid)


def test_forward_needs_a_known_agency_and_reasons_are_required(svc, actors):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    with pytest.raises(InvalidInput) as exc:
        svc.act(signed(svc, actors["verifier"]), cid, Action.FORWARD, {"agency_id": 4242})
    assert exc.value.errors[0].field == "agency_id"
    with pytest.raises(InvalidInput) as exc:
        svc.act(signed(svc, actors["verifier"]), cid, Action.ARCHIVE, {"reason": "  "})
    assert exc.value.errors[0].field == "reason" and "wajib" in exc.value.errors[0].message


def test_edit_keeps_the_first_body_text(svc, actors):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    svc.act(signed(svc, actors["verifier"]), cid, Action.EDIT, {"fields": {"body_final": "Teks yang dirapikan petugas verifikasi."}})
    st = svc.state(cid)
    assert st.body_initial.startswith("Jalan di depan SD Inpres Dokiri")
    assert st.body_final == "Teks yang dirapikan petugas verifikasi."


def test_bulk_forward_writes_one_event_per_complaint(desk, svc, actors):
    ids = [r.id for r in svc.record_many(signed(svc, actors["front_desk"]), [(walk_in(), ())] * 50)]
    events = svc.act_many(signed(svc, actors["verifier"]), ids, Action.FORWARD, {"agency_id": 91006})
    assert len(events) == 50
    assert all(r.status == Status.TERDISPOSISI for r in _rows(desk, ComplaintRow))


def test_search_folds_case_and_diacritics_and_matches_prefixes(svc, actors):
    svc.record(signed(svc, actors["front_desk"]), walk_in())
    svc.record(signed(svc, actors["front_desk"]), walk_in(title="Pelayanan puskesmas lambat",
                                             body="Antrean di Puskesmas Tomalou lebih dari empat jam, petugas tidak ada."))
    svc.record(signed(svc, actors["front_desk"]), walk_in(title="Sekolah rusak", body="Atap sékolah bocor saat hujan deras sejak lama."))
    def found(q):
        with svc.desk.db.read() as s:
            return {i.title for i in qq.items_by_num(s, qq.ordered_nums(s, qq.QueueFilter(text=q))).values()}
    assert found("jalan berlubang") == {"Jalan Berlubang di depan SD Inpres"}
    assert found("PUSKES") == {"Pelayanan puskesmas lambat"}
    assert found("sekolah") == {"Sekolah rusak"}
    assert found("TIDORE-A1-261123-0002") == {"Pelayanan puskesmas lambat"}
    assert found("tidak-ada-kata-ini") == set()


def test_the_ordered_key_list_holds_every_complaint_once_in_each_sort(svc, actors, clock):
    made = []
    for i in range(57):
        clock.advance(minutes=7)
        made.append(svc.record(signed(svc, actors["front_desk"]), walk_in(title=f"Laporan nomor {i:03d}")).id)
    with svc.desk.db.read() as s:
        for sort in qq.SORT_KEYS:
            for descending in (True, False):
                nums = list(qq.ordered_nums(s, qq.QueueFilter(), sort, descending))
                rows = qq.items_by_num(s, nums)
                seen = [rows[n].id for n in nums]
                assert sorted(seen) == sorted(made) and len(seen) == len(set(seen)), sort
                first = qq.first_items(s, qq.QueueFilter(), sort, descending, limit=10)
                assert [it.num for it in first] == nums[:10], sort  # the first rows agree with the list
        newest = qq.first_items(s, qq.QueueFilter(), limit=1)[0]
        assert newest.id == made[-1]
        received = [rows[n].received_at for n in qq.ordered_nums(s, qq.QueueFilter(), "received", False)]
        assert received == sorted(received)


def _count(svc, f):
    with svc.desk.db.read() as s:
        return qq.count(s, f)


def test_filters_and_overdue_follow_working_days(desk, svc, actors, clock):
    a = svc.record(signed(svc, actors["front_desk"]), walk_in()).id  # Monday 23 Nov: verify by Thursday 26 Nov
    svc.record(signed(svc, actors["front_desk"]), walk_in(channel="pos_surat", classification="aspirasi"))
    assert _count(svc, qq.QueueFilter(channel="pos_surat")) == 1
    assert _count(svc, qq.QueueFilter(classification="aspirasi")) == 1
    assert _count(svc, qq.QueueFilter(statuses=("belum_terverifikasi",))) == 2
    assert _count(svc, qq.QueueFilter(overdue_on="2026-11-26")) == 0
    assert _count(svc, qq.QueueFilter(overdue_on="2026-11-27")) == 2
    # waiting for the reporter pauses the clock: not overdue while paused
    svc.act(signed(svc, actors["verifier"]), a, Action.REQUEST_INFO, {"note": "Mohon alamat lengkap"})
    assert _count(svc, qq.QueueFilter(overdue_on="2026-11-27")) == 1


def test_closure_day_moves_open_deadlines(desk, svc, actors):
    from lapor_desktop.services.reference import ReferenceService

    cid = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    ReferenceService(desk).add_closure(None, "2026-11-25", "Cuti bersama")
    [row] = _rows(desk, ComplaintRow, id=cid)
    assert row.due_date == "2026-11-27"


def test_anonymous_identity_hidden_from_roles_that_need_not_see_it(svc, actors):
    cid = svc.record(signed(svc, actors["front_desk"]), walk_in(anonymous=True)).id
    svc.act(signed(svc, actors["verifier"]), cid, Action.FORWARD, {"agency_id": 91001})
    # nobody sees who filed an Anonim complaint once it is recorded (issue 14: for now no reveal)
    assert svc.detail(signed(svc, actors["verifier"]), cid).state.reporter is None
    d = svc.detail(signed(svc, actors["liaison"]), cid)
    assert d.identity_hidden and d.state.reporter is None
    created = d.timeline[0].event
    assert created.data.get("reporter") is None
    assert svc.detail(signed(svc, actors["supervisor"]), cid).state.reporter is None


def test_similar_complaints_by_text_nik_and_phone(svc, actors):
    svc.record(signed(svc, actors["front_desk"]), walk_in(reporter={"name": "Siti", "nik": "8272046512900001", "phone": "081234567890"}))
    svc.record(signed(svc, actors["front_desk"]), walk_in(title="Air PDAM mati", body="Air bersih tidak mengalir tiga hari di Soasio.",
                                             reporter={"name": "Udin"}))
    clerk = actors["front_desk"]
    by_text = svc.similar(clerk, text="jalan berlubang depan sekolah")
    assert [s.title for s in by_text][:1] == ["Jalan Berlubang di depan SD Inpres"]
    assert [s.reason for s in svc.similar(clerk, nik="8272046512900001")] == ["nik"]
    assert [s.reason for s in svc.similar(clerk, phone="+62 812-3456-7890")] == ["phone"]


def test_sign_in(desk):
    from lapor_desktop.core.errors import AuthFailed
    from lapor_desktop.services.users import UserService

    users = UserService(desk)
    actor = users.authenticate("Verif", "rahasia-verif")
    assert actor.role == "verifier"
    with pytest.raises(AuthFailed):
        users.authenticate("verif", "salah-sandi")
    with pytest.raises(AuthFailed):
        users.authenticate("tidak-ada", "rahasia-verif")
    users.set_disabled(None, "verif", True)
    with pytest.raises(AuthFailed):
        users.authenticate("verif", "rahasia-verif")


def test_reporter_coming_back_is_added_to_the_earlier_complaint(desk, svc, actors, tmp_path):
    """Front desk: instead of a duplicate, what the reporter says (and brings) goes onto the old one."""
    from lapor_desktop.services.complaints import AttachmentIn

    fd, verif = actors["front_desk"], actors["verifier"]
    rec = svc.record(signed(svc, fd), walk_in())
    assert svc.note_plan(fd, rec.id).action == "comment"
    photo = tmp_path / "lubang.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"foto" * 100)
    added = svc.add_to_existing(fd, rec.id, "  Lubang makin besar, motor jatuh kemarin.  ", [AttachmentIn(photo)])
    assert added.action == "comment" and added.receipt_number == rec.receipt_number
    events = [e for e in _rows(desk, EventRow, complaint_id=rec.id)]
    assert sorted(e.type for e in events) == ["complaint.attachment_added", "complaint.commented",
                                              "complaint.created"]
    assert any("Lubang makin besar, motor jatuh kemarin.\"" in e.data_json for e in events)  # trimmed
    d = svc.detail(signed(svc, fd), rec.id)
    assert d.state.comment_count == 1 and len(d.state.attachments) == 1
    assert len(_rows(desk, ComplaintRow)) == 1  # no second complaint
    assert all(o.state == "pending" for o in _rows(desk, OutboxRow))  # it all goes to the hub

    # waiting for the reporter's information: the note is that information and the clock runs again
    svc.act(signed(svc, verif), rec.id, Action.REQUEST_INFO, {"note": "Mohon foto lokasi."})
    assert svc.note_plan(fd, rec.id).action == "receive_info"
    added = svc.add_to_existing(fd, rec.id, "Foto lokasi dibawa ke loket.")
    assert added.action == "receive_info"
    assert svc.detail(signed(svc, fd), rec.id).state.status == Status.BELUM_TERVERIFIKASI

    # after the agency's follow-up: the reporter's reply
    svc.act(signed(svc, verif), rec.id, Action.FORWARD, {"agency_id": 91001})
    svc.act(signed(svc, actors["liaison"]), rec.id, Action.FOLLOW_UP, {"text": "Sudah ditambal."})
    assert svc.note_plan(fd, rec.id).action == "record_reply"
    svc.add_to_existing(fd, rec.id, "Belum ditambal, masih berlubang.")
    assert svc.detail(signed(svc, fd), rec.id).state.last_reply_at is not None


def test_adding_to_an_earlier_complaint_is_all_or_nothing(desk, svc, actors, tmp_path):
    from lapor_desktop.services.complaints import AttachmentIn

    fd = actors["front_desk"]
    rec = svc.record(signed(svc, fd), walk_in())
    before = len(_rows(desk, EventRow))
    with pytest.raises(InvalidInput) as e:
        svc.add_to_existing(fd, rec.id, "   ")
    assert e.value.errors[0].field == "text"
    with pytest.raises(InvalidInput):  # a missing file: the note is not stored without it
        svc.add_to_existing(fd, rec.id, "Ada foto.", [AttachmentIn(tmp_path / "tidak-ada.jpg")])
    assert len(_rows(desk, EventRow)) == before
    with pytest.raises(PermissionDenied):
        svc.add_to_existing(actors["supervisor"], rec.id, "Catatan.")


def test_sync_state_of_many_complaints_follows_their_events(desk, svc, actors):
    """The queue's sync column after a sync reply: rejected wins over waiting, waiting over synced."""
    from sqlalchemy import update

    ids = [svc.record(signed(svc, actors["front_desk"]), walk_in()).id for _ in range(3)]
    for cid in ids:
        svc.act(signed(svc, actors["front_desk"]), cid, Action.COMMENT, {"text": "Catatan."})
    with desk.db.session() as s:
        s.execute(update(EventRow).values(sync_status="accepted"))
        # complaint 0: all accepted; 1: one event still waiting; 2: one waiting and one rejected
        first_event = {cid: s.scalars(select(EventRow.id).where(EventRow.complaint_id == cid)
                                      .order_by(EventRow.hlc)).first() for cid in ids}
        s.execute(update(EventRow).where(EventRow.complaint_id.in_(ids[1:]),
                                         EventRow.id != first_event[ids[1]], EventRow.id != first_event[ids[2]])
                  .values(sync_status="pending"))
        s.execute(update(EventRow).where(EventRow.id == first_event[ids[2]]).values(sync_status="rejected"))
        repo.refresh_sync_state(s, ids + ids)
    states = {r.id: r.sync_state for r in _rows(desk, ComplaintRow)}
    assert [states[c] for c in ids] == ["synced", "pending", "rejected"]


def test_adding_refuses_when_the_complaint_changed_since_the_clerk_looked(desk, svc, actors):
    """The clerk was told "a note"; a sync then put the complaint on hold for the reporter's
    information: nothing is written, and the new status is given."""
    from lapor_desktop.core.errors import InvalidAction

    fd = actors["front_desk"]
    rec = svc.record(signed(svc, fd), walk_in())
    plan = svc.note_plan(fd, rec.id)
    assert (plan.action, plan.status) == ("comment", "belum_terverifikasi")
    svc.act(signed(svc, actors["verifier"]), rec.id, Action.REQUEST_INFO, {"note": "Mohon alamat lengkap."})
    before = len(_rows(desk, EventRow))
    with pytest.raises(InvalidAction) as e:
        svc.add_to_existing(fd, rec.id, "Alamat: Jl. Sultan Syaifuddin.", expected_action=plan.action)
    assert e.value.code == "note_action_changed" and e.value.params["status"] == "menunggu_kelengkapan"
    assert len(_rows(desk, EventRow)) == before
    assert svc.add_to_existing(fd, rec.id, "Alamat: Jl. Sultan Syaifuddin.",
                               expected_action="receive_info").action == "receive_info"
