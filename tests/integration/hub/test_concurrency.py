"""Concurrent desks: Tracking IDs stay unique, pull pages never skip or repeat an event."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from .conftest import Desk, new_office


def test_tracking_ids_unique_across_10_concurrent_clients(hub):
    offices = [new_office(), new_office()]
    desks = [Desk(hub, offices[i % 2], add_office=(i < 2)) for i in range(10)]
    start = threading.Barrier(10)

    def push(desk: Desk) -> list[str]:
        start.wait(timeout=30)
        made = []
        for _ in range(4):
            batch = [desk.created() for _ in range(8)]
            res = desk.sync(batch, cursor="0", max_pull_bytes=1)["results"]
            assert [r["outcome"] for r in res] == ["accepted"] * 8
            made += [e["complaint_id"] for e in batch]
        return made

    with ThreadPoolExecutor(10) as pool:
        created = [cid for made in pool.map(push, desks) for cid in made]
    assert len(created) == 320
    tracking: dict[str, str] = {}
    for office in offices:
        reader = Desk(hub, office, add_office=False)
        for e in reader.pull_all():
            if e["type"] == "complaint.tracking_assigned":
                assert e["complaint_id"] not in tracking, "two Tracking IDs for one complaint"
                tracking[e["complaint_id"]] = e["data"]["tracking_id"]
    assert set(tracking) == set(created)
    ids = list(tracking.values())
    assert len(set(ids)) == len(ids) == 320
    assert all(len(t) == 7 and t.isdigit() for t in ids)


def test_pull_pages_never_skip_or_repeat_under_concurrent_pushes(hub):
    office = new_office()
    pushers = [Desk(hub, office, add_office=(i == 0)) for i in range(4)]
    reader = Desk(hub, office, add_office=False)
    done = threading.Event()
    accepted: set[str] = set()
    lock = threading.Lock()

    def push(desk: Desk) -> None:
        for i in range(12):
            create = desk.created()
            batch = [create] + [desk.event("complaint.commented", create["complaint_id"], {"text": f"n{j}"})
                                for j in range(6)]
            res = desk.sync(batch, max_pull_bytes=1)["results"]
            assert all(r["outcome"] == "accepted" for r in res)
            with lock:
                accepted.update(e["id"] for e in batch)

    seen: list[dict] = []

    def pull_loop() -> None:
        while True:
            finished = done.is_set()
            page = reader.sync(max_pull_bytes=3000)
            seen.extend(page["events"])
            assert int(page["cursor"]) >= int(reader.cursor)
            reader.cursor = page["cursor"]
            if finished and not page["has_more"]:
                return

    puller = threading.Thread(target=pull_loop)
    puller.start()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(push, pushers))
    done.set()
    puller.join(timeout=120)
    assert not puller.is_alive()
    ids = [e["id"] for e in seen]
    assert len(ids) == len(set(ids)), "an event was pulled twice"
    seqs = [e["server_seq"] for e in seen]
    assert seqs == sorted(seqs)
    # everything the office has, as a fresh desk sees it in one go afterwards
    truth = Desk(hub, office, add_office=False).pull_all()
    assert set(ids) == {e["id"] for e in truth}, "an event was skipped"
    assert accepted <= set(ids)
    assert len(truth) == 4 * 12 * 8  # 7 pushed + 1 tracking id per complaint
