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


def test_a_search_newest_first_walks_the_received_index_and_sorts_no_match(desk, svc, actors, clock):
    """A search that matches most of the queue (a receipt prefix such as ``TIDORE-A1`` matches
    every complaint) must not fetch and sort every match before showing the first rows: newest
    first, the rows come in the order of the received index; the rows are the same as sorting
    every match."""
    from datetime import timedelta

    from lapor_desktop.services.queue import QueueQuery, QueueService

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
