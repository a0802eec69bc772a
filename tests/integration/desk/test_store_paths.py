"""The store's read paths answer from their indexes: a receipt number is one indexed lookup
(never a full scan or a full-text search), found or not."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from lapor_desktop.core.errors import NotFound
from lapor_desktop.services.frontdesk import FrontDeskService

from desk_helpers import walk_in
from tests.support.sessions import signed


def _plans_of(desk, run) -> list[str]:
    """Run ``run()`` and return the query plan of every SELECT it sent to SQLite."""
    sent: list[tuple[str, tuple]] = []

    def seen(conn, cursor, statement, params, context, executemany):  # noqa: ARG001
        if statement.lstrip().upper().startswith("SELECT") and "complaints" in statement:
            sent.append((statement, params))

    event.listen(desk.db.engine, "before_cursor_execute", seen)
    try:
        result = run()
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", seen)
    plans = []
    with desk.db.engine.connect() as conn:
        for statement, params in sent:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            plans.append(" | ".join(r[-1] for r in rows))
    return plans, result


def test_a_receipt_number_is_one_indexed_lookup_found_or_not(desk, svc, actors):
    rec = svc.record(signed(svc, actors["front_desk"]), walk_in())
    front = FrontDeskService(desk)
    clerk = signed(svc, actors["front_desk"])
    plans, found = _plans_of(desk, lambda: front.find_by_receipt(clerk, f"  {rec.receipt_number.lower()} "))
    assert found == rec.id  # typed in lower case, with spaces: still found
    assert plans and all("USING INDEX" in p and "SCAN complaints" not in p for p in plans), plans
    assert not any("complaints_fts" in p for p in plans)

    def missing():
        with pytest.raises(NotFound):
            front.find_by_receipt(clerk, "TIDORE-A1-991231-9999")
    plans, _ = _plans_of(desk, missing)
    assert plans and all("USING INDEX" in p and "SCAN complaints" not in p for p in plans), plans
    assert all("(receipt_number=?)" in p for p in plans), plans


def test_a_search_newest_first_walks_the_received_index_and_sorts_no_match(desk, svc, actors, clock, monkeypatch):
    """A search that matches most of the queue (a receipt prefix such as ``TIDORE-A1`` matches
    every complaint) must not fetch and sort every match before showing the first rows: newest
    first, the rows come in the order of the received index; the rows are the same as sorting
    every match. (A dozen complaints stand for a large queue: ``RECEIPT_FEW`` is lowered.)"""
    from datetime import timedelta

    from lapor_desktop.services.queue import QueueQuery, QueueService
    from lapor_desktop.store import queue_queries as qq

    monkeypatch.setattr(qq, "RECEIPT_FEW", 1, raising=False)

    clerk = signed(svc, actors["front_desk"])
    for i in range(12):
        clock.set(clock.now() + timedelta(minutes=7 * (i % 5) - 10))  # received out of entry order
        svc.record(clerk, walk_in(title=f"Jalan berlubang nomor {i}"))
    queue = QueueService(desk)
    verifier = signed(svc, actors["verifier"])
    for sort in ("received", "deadline"):
        plans, rows = _plans_of(desk, lambda sort=sort: queue.first_rows(
            verifier, QueueQuery(text="TIDORE-A1", sort=sort), limit=5))
        assert plans and not any("TEMP B-TREE FOR ORDER BY" in p for p in plans), plans
        everything = queue.first_rows(verifier, QueueQuery(sort=sort), limit=100)
        assert [r.item.num for r in rows] == [r.item.num for r in everything][:5]
        assert list(queue.nums(verifier, QueueQuery(text="TIDORE-A1", sort=sort))) == [
            r.item.num for r in everything]


def _receipt_desk(svc, actors, clock, n: int = 14) -> list:
    """``n`` complaints over three days, received out of entry order; their records."""
    from datetime import timedelta

    clerk = signed(svc, actors["front_desk"])
    recs = []
    for i in range(n):
        if i in (5, 10):
            clock.set(clock.now() + timedelta(days=1))
        clock.set(clock.now() + timedelta(minutes=7 * (i % 5) - 10))
        recs.append(svc.record(clerk, walk_in(title=f"Lampu jalan padam nomor {i}")))
    return recs


@pytest.mark.parametrize("few", [2000, 1])  # the receipt index drives / the sort index is walked
def test_a_receipt_prefix_search_reads_the_receipt_index_and_finds_exactly_those_receipts(
        desk, svc, actors, clock, monkeypatch, few):
    """A search for a receipt number or its start (any case) answers from the receipt index,
    never the full-text index (which lists every complaint of the desk for ``TIDORE-A1``), and
    shows exactly the complaints whose receipt starts with it, in the order asked, with the
    count to match."""
    from lapor_desktop.services.queue import QueueQuery, QueueService
    from lapor_desktop.store import queue_queries as qq

    monkeypatch.setattr(qq, "RECEIPT_FEW", few, raising=False)
    recs = _receipt_desk(svc, actors, clock)
    queue = QueueService(desk)
    verifier = signed(svc, actors["verifier"])
    day2 = recs[7].receipt_number.rsplit("-", 1)[0]  # TIDORE-A1-YYMMDD of the second day
    for term, wanted in (("TIDORE-A1", recs), (day2.lower(), recs[5:10]), (day2[:-1], recs),
                         (recs[3].receipt_number, [recs[3]]), (f" {recs[12].receipt_number.lower()} ", [recs[12]])):
        for sort in ("received", "deadline", "title", "receipt"):
            for descending in (True, False):
                q = QueueQuery(text=term, sort=sort, descending=descending)
                everything = [r.item.num for r in queue.first_rows(verifier, QueueQuery(sort=sort, descending=descending),
                                                                   limit=100)]
                expect = [n for n in everything if n in {r_.num for r_ in _nums(desk, wanted)}]
                plans, rows = _plans_of(desk, lambda q=q: queue.first_rows(verifier, q, limit=100))
                assert [r.item.num for r in rows] == expect, (term, sort, descending)
                assert not any("complaints_fts" in p for p in plans), plans
                assert list(queue.nums(verifier, q)) == expect
        assert queue.count(verifier, QueueQuery(text=term)) == len(wanted)


def _nums(desk, recs):
    from types import SimpleNamespace

    from lapor_desktop.store import queue_queries as qq

    with desk.db.read() as s:
        return [SimpleNamespace(num=qq.num_of(s, r.id)) for r in recs]


def test_a_receipt_number_in_a_complaints_text_and_hyphenated_words(desk, svc, actors, clock):
    """What the user sees when a term matches a receipt and text: searching a receipt number
    shows the complaint with that receipt (not one that only mentions the number in its text,
    which its own words find); a hyphenated word of receipt shape that no receipt starts with
    (``anak-anak``, ``KTP-EL``) is a full-text search as before."""
    from lapor_desktop.services.queue import QueueQuery, QueueService

    recs = _receipt_desk(svc, actors, clock, n=3)
    clerk = signed(svc, actors["front_desk"])
    follow = svc.record(clerk, walk_in(title="Tindak lanjut pengaduan",
                                       body=f"Lanjutan dari {recs[0].receipt_number}: KTP-EL belum jadi."))
    queue = QueueService(desk)
    verifier = signed(svc, actors["verifier"])

    def found(term: str) -> set[str]:
        return {r.item.id for r in queue.first_rows(verifier, QueueQuery(text=term), limit=100)}

    assert found(recs[0].receipt_number) == {recs[0].id}
    assert found(f"lanjutan {recs[0].receipt_number}") == {follow.id}  # words and the number: full text
    assert found("KTP-EL") == {follow.id}
    assert found("anak-anak") == {r.id for r in recs}  # walk_in's body; the follow-up has its own
    assert found("TIDORE-A1") == {r.id for r in recs} | {follow.id}
