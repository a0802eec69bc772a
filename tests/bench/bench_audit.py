"""Audit trail figures: the cost of the audit entry on a single save and on bulk intake, and how
fast ``audit verify`` walks a long chain.

Run by hand:  python tests/bench/bench_audit.py [--entries 100000] [--saves 200]
Prints: a single complaint save's median time with its audit entry; bulk intake of 2,000
complaints (one transaction) in complaints/s; appending ``--entries`` entries in batches of 500
(entries/s); ``verify`` over them (entries/s and seconds).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.domain.model import Actor  # noqa: E402
from lapor_desktop.services.audit import verify_file  # noqa: E402
from lapor_desktop.services.complaints import ComplaintService  # noqa: E402
from lapor_desktop.services.desk import setup_desk  # noqa: E402
from lapor_desktop.store import audit as audit_store  # noqa: E402

from tests.support.sessions import signed  # noqa: E402


def _data(i: int) -> dict:
    return {"title": f"Jalan berlubang nomor {i} di Soasio", "body": "Jalan berlubang besar, mohon segera ditambal.",
            "reporter": {"name": "Warga"}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--saves", type=int, default=200)
    a = ap.parse_args()
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        desk = setup_desk(AppPaths.under(Path(tmp)), office_code="TIDORE", office_name="Kota Tidore")
        svc = ComplaintService(desk)
        clerk = signed(desk, Actor("budi", "front_desk", "Budi"))
        times = []
        for i in range(a.saves):
            t = time.perf_counter()
            svc.record(clerk, _data(i))
            times.append((time.perf_counter() - t) * 1000)
        print(f"single save with its audit entry: median {statistics.median(times):.1f} ms, "
              f"p90 {sorted(times)[int(len(times) * 0.9)]:.1f} ms ({a.saves} saves)")
        t = time.perf_counter()
        svc.record_many(clerk, [(_data(i), []) for i in range(2000)])
        dt = time.perf_counter() - t
        print(f"bulk intake with audit entries: 2000 complaints in {dt:.2f} s ({2000 / dt:.0f}/s)")
        t = time.perf_counter()
        left = a.entries
        while left > 0:
            n = min(500, left)
            with desk.db.session() as s:
                audit_store.append(s, at=desk.now_iso(), device_id="bench", entries=[
                    audit_store.NewEntry(kind="action", actor_login="budi", actor_role="front_desk",
                                         complaint_id=None, detail={"action": "comment"})] * n)
            left -= n
        dt = time.perf_counter() - t
        print(f"append: {a.entries} entries in {dt:.2f} s ({a.entries / dt:.0f}/s, batches of 500)")
        t = time.perf_counter()
        v = verify_file(desk)
        dt = time.perf_counter() - t
        print(f"verify: {v.count} entries {'ok' if v.ok else 'BROKEN'} in {dt:.2f} s ({v.count / dt:.0f}/s)")
        desk.close()


if __name__ == "__main__":
    main()
