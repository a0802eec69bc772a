"""What the wire models cost (issue 13 item 8): per-type ``data`` checks and the sync bodies.

Run by hand:  python tests/bench/bench_wire.py [--events 1000]
Prints: ``check_event_data`` per event (a complaint.created with a 2,400-character body, a
comment, an account event); a desk's ``SyncRequest.encode`` of a batch; the hub's
``SyncResponse.encode`` of a page. No assertions: figures only.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lapor_desktop.core.ids import uuid7  # noqa: E402
from lapor_desktop.protocol.codes import Outcome  # noqa: E402
from lapor_desktop.protocol.events import check_event_data  # noqa: E402
from lapor_desktop.protocol.wire import ItemResult, SyncRequest, SyncResponse, canonical_json  # noqa: E402

CREATED = {"title": "Jalan berlubang di Jl. Sultan", "body": "Mohon segera diperbaiki. " * 100,
           "office_code": "TDR", "channel": "tatap_muka", "confidential": True, "anonymous": False,
           "reporter": {"name": "Budi", "phone": "0812"}, "category_id": 12,
           "location": {"province": "Maluku Utara", "city": "Tidore"}}
ACCOUNT = {"login": "budi", "role": "verifier", "name": "Budi",
           "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g"}


def per_call(fn, n: int) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t) / n)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1000)
    n = ap.parse_args().events
    print("check_event_data per event:")
    for etype, data in (("complaint.created", CREATED), ("complaint.commented", {"text": "catatan"}),
                        ("account.created", ACCOUNT)):
        print(f"  {etype:22s} {per_call(lambda: check_event_data(etype, data), 5000) * 1e6:6.1f} us")
    event = {"id": uuid7(), "complaint_id": uuid7(), "type": "complaint.created", "device_id": uuid7(),
             "device_seq": 1, "hlc": "001764000000000-00000", "occurred_at": "2026-11-28T08:00:00.000Z",
             "actor": {"user": "loket", "role": "front_desk"}, "base": None, "data": CREATED}
    bodies = [canonical_json(dict(event, id=uuid7(), device_seq=i)) for i in range(n)]
    req = SyncRequest(protocol=1, device_id=uuid7(), cursor="0", max_pull_bytes=262144)
    t = per_call(lambda: req.encode(bodies), 20)
    size = len(req.encode(bodies))
    print(f"SyncRequest.encode, {n} events ({size / 1e6:.1f} MB): {t * 1000:.1f} ms")
    page = b",".join(b'{"server_seq":%d,' % i + b[1:] for i, b in enumerate(bodies, 1))
    results = [ItemResult(id=uuid7(), outcome=Outcome.ACCEPTED, server_seq=i) for i in range(n)]

    def answer() -> bytes:
        return SyncResponse(results=results, events=[], cursor=str(n), has_more=False,
                            server_time="2026-11-28T08:00:00.000Z").encode(page)

    print(f"SyncResponse.encode, {n} results + {n} events: {per_call(answer, 20) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
