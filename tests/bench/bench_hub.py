"""Benchmark: sync requests/s and events/s of a real ``lapor-hub serve``.

    python tests/bench/bench_hub.py [--seconds 8] [--batch 100] [--desks 1,8,32]

SQLite always, PostgreSQL too when LAPOR_TEST_PG_URL is set (``eval "$(bash .ci/pg-setup.sh)"``).
1, 8 and 32 concurrent desks of one office (``--desks``), each pushing batches of ``--batch`` events (10 new
complaints with 9 follow-on events each per 100) for ``--seconds``; every request also pulls a page
of the other desks' events (max_pull_bytes 256 KiB), as a real desk does. The hub and the desks
share this machine, so the figures are a floor for a dedicated server. The hub runs as shipped:
SQLite with ``synchronous=FULL``, the HLC bound, storage quotas and blob scoping checked on every
request (issue 12).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lapor_desktop.core.clock import HybridLogicalClock, SystemClock, iso_utc  # noqa: E402
from lapor_desktop.core.ids import uuid7  # noqa: E402
from tests.support.hub import HubProcess, pg_url  # noqa: E402

FOLLOW_ON = [
    ("complaint.commented", {"text": "Catatan internal: sudah dicek ke lokasi."}),
    ("complaint.verified", {"note": "lengkap"}),
    ("complaint.forwarded", {"agency_id": 91001, "agency_name": "Dinas PUPR", "note": "mohon ditindaklanjuti"}),
    ("complaint.commented", {"text": "Koordinasi dengan kelurahan."}),
    ("complaint.followed_up", {"agency_id": 91001, "text": "Jalan sudah ditambal pada hari Senin."}),
    ("complaint.commented", {"text": "Foto sesudah perbaikan menyusul."}),
    ("complaint.reporter_replied", {"text": "Terima kasih, sudah baik."}),
    ("complaint.commented", {"text": "Pelapor puas."}),
    ("complaint.closed", {"by": "admin", "note": "selesai"}),
]


class BenchDesk:
    def __init__(self, hub: HubProcess, office: str, creds: dict) -> None:
        self.hub, self.office = hub, office
        self.device_id, self.token = creds["device_id"], creds["token"]
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {self.token}"
        self.hlc = HybridLogicalClock(SystemClock())
        self.seq = 0
        self.cursor = "0"

    def _ev(self, etype: str, cid: str, data: dict) -> dict:
        self.seq += 1
        return {"id": uuid7(), "complaint_id": cid, "type": etype, "device_id": self.device_id,
                "device_seq": self.seq, "hlc": self.hlc.tick(),
                "occurred_at": iso_utc(datetime.now(timezone.utc)),
                "actor": {"user": "loket", "role": "verifier"}, "base": None, "data": data}

    def batch(self, n: int) -> list[dict]:
        out: list[dict] = []
        while len(out) < n:
            cid = uuid7()
            out.append(self._ev("complaint.created", cid, {
                "title": "Jalan berlubang di depan pasar", "office_code": self.office,
                "body": "Lubang besar di jalan utama dekat pasar, berbahaya bagi pengendara motor. " * 3,
                "channel": "tatap_muka", "confidential": True, "anonymous": False,
                "location": {"province": "Maluku Utara", "city": "Kota Tidore Kepulauan"}}))
            for etype, data in FOLLOW_ON[: max(0, min(9, n - len(out)))]:
                out.append(self._ev(etype, cid, data))
        return out

    def sync(self, events: list[dict]) -> dict:
        r = self.http.post(self.hub.api + "/sync", timeout=120, json={
            "protocol": 1, "device_id": self.device_id, "cursor": self.cursor,
            "client_time": iso_utc(datetime.now(timezone.utc)), "events": events,
            "max_pull_bytes": 262144})
        r.raise_for_status()
        body = r.json()
        self.cursor = body["cursor"]
        return body


def run(hub: HubProcess, n_desks: int, seconds: float, batch: int) -> dict:
    office = f"BENCH{n_desks}{uuid7()[-6:].upper()}"
    hub.add_office(office)
    desks = [BenchDesk(hub, office, hub.enroll(office, add_office=False)) for _ in range(n_desks)]
    stop = time.monotonic() + seconds
    latencies: list[float] = []
    lock = threading.Lock()
    totals = {"requests": 0, "events": 0, "pulled": 0}
    barrier = threading.Barrier(n_desks)

    def work(desk: BenchDesk) -> None:
        barrier.wait()
        while time.monotonic() < stop:
            events = desk.batch(batch)
            t0 = time.perf_counter()
            body = desk.sync(events)
            dt = time.perf_counter() - t0
            accepted = sum(1 for r in body["results"] if r["outcome"] == "accepted")
            assert accepted == len(events), body["results"][:3]
            with lock:
                latencies.append(dt)
                totals["requests"] += 1
                totals["events"] += accepted
                totals["pulled"] += len(body["events"])

    t0 = time.monotonic()
    with ThreadPoolExecutor(n_desks) as pool:
        list(pool.map(work, desks))
    elapsed = time.monotonic() - t0
    latencies.sort()
    return {"desks": n_desks, "requests": totals["requests"], "elapsed": elapsed,
            "req_s": totals["requests"] / elapsed, "ev_s": totals["events"] / elapsed,
            "pulled_s": totals["pulled"] / elapsed,
            "p50_ms": statistics.median(latencies) * 1000,
            "p95_ms": latencies[int(len(latencies) * 0.95) - 1 if len(latencies) > 1 else 0] * 1000}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=8.0)
    p.add_argument("--batch", type=int, default=100)
    p.add_argument("--desks", default="1,8,32", help="comma-separated numbers of concurrent desks")
    args = p.parse_args()
    counts = [int(x) for x in args.desks.split(",") if x.strip()]
    engines = ["sqlite"] + (["postgres"] if pg_url() else [])
    rows = []
    for engine in engines:
        with HubProcess(engine=engine, rate=100000, burst=100000) as hub:
            for n in counts:
                res = run(hub, n, args.seconds, args.batch)
                res["engine"] = engine
                rows.append(res)
                print(f"  {engine:8s} {n} desk(s): {res['req_s']:.1f} req/s", file=sys.stderr, flush=True)
    print(f"\nlapor-hub sync benchmark: batches of {args.batch} events, {args.seconds:.0f} s per row, "
          f"hub and desks on one {__import__('os').cpu_count()}-core machine")
    print(f"{'engine':9s} {'desks':>5s} {'requests':>8s} {'req/s':>7s} {'events/s':>9s} "
          f"{'pulled ev/s':>11s} {'p50 ms':>7s} {'p95 ms':>7s}")
    for r in rows:
        print(f"{r['engine']:9s} {r['desks']:5d} {r['requests']:8d} {r['req_s']:7.1f} {r['ev_s']:9.0f} "
              f"{r['pulled_s']:11.0f} {r['p50_ms']:7.0f} {r['p95_ms']:7.0f}")
    if not pg_url():
        print("(PostgreSQL skipped: LAPOR_TEST_PG_URL not set)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
