"""Store benchmark: a desk with 200,000 complaints of realistic Indonesian text.

Run by hand:  python tests/bench/bench_store.py [--n 200000] [--reuse]
Prints p50/p95 for the first queue page (with filters), full-text search and saving one
complaint, and bulk intake throughput as a ratio against plain sqlite3 executemany of the same
rows, measured in the same run. Targets (issue 2): queue page < 100 ms, search < 150 ms,
save p95 < 50 ms, bulk intake within 3x of the raw baseline.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import complaint  # noqa: E402

from lapor_desktop.core.clock import FixedClock  # noqa: E402
from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.domain.enums import Action  # noqa: E402
from lapor_desktop.domain.model import Actor  # noqa: E402
from lapor_desktop.services.complaints import ComplaintService  # noqa: E402
from lapor_desktop.services.desk import open_desk, setup_desk  # noqa: E402
from lapor_desktop.services.queue import QueueQuery, QueueService  # noqa: E402
from lapor_desktop.store import repo  # noqa: E402
from lapor_desktop.store.db import Database  # noqa: E402
from lapor_desktop.store.migrate import migrate  # noqa: E402
from tests.support.sessions import signed

REF = Path(__file__).resolve().parents[2] / "resources" / "reference" / "tidore-kepulauan.json"
CLERK = Actor("loket", "front_desk")
VERIFIER = Actor("verif", "verifier")
TABLES = ("complaints", "events", "outbox", "receipt_counters", "meta")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def make_desk(home: Path, clock=None):  # type: ignore[no-untyped-def]
    paths = AppPaths.under(home)
    setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan", desk_code="B1",
               reference_file=REF if REF.exists() else None).close()
    return open_desk(paths, clock=clock)


def bulk_intake_vs_raw(work: Path, n: int, rng: random.Random) -> tuple[float, float]:
    """Service bulk intake of n complaints vs plain sqlite3 executemany of the very same rows."""
    desk = make_desk(work / "bulk")
    svc = ComplaintService(desk)
    items = [(complaint(rng, i), ()) for i in range(n)]
    t = time.perf_counter()
    for k in range(0, n, 500):
        svc.record_many(signed(svc, CLERK), items[k:k + 500])
    service_s = time.perf_counter() - t
    desk.close()
    # the same rows, straight into an identical fresh schema
    src = sqlite3.connect(work / "bulk" / "data" / "lapor-desk.sqlite3")
    rows = {tbl: src.execute(f"select * from {tbl}").fetchall() for tbl in ("complaints", "events", "outbox")}
    fts = src.execute("select rowid, title, body_initial, body_final, reporter_name, receipt_number, tracking_id "
                      "from complaints_fts").fetchall()
    src.close()
    raw_db = Database(work / "raw.sqlite3")
    migrate(raw_db)
    raw_db.dispose()
    conn = sqlite3.connect(work / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    t = time.perf_counter()
    for k in range(0, n, 500):
        conn.execute("BEGIN")
        for tbl, data in rows.items():
            chunk = data[k:k + 500]
            if chunk:
                conn.executemany(f"insert into {tbl} values ({','.join('?' * len(chunk[0]))})", chunk)
        conn.executemany("insert into complaints_fts(rowid, title, body_initial, body_final, reporter_name, "
                         "receipt_number, tracking_id) values (?,?,?,?,?,?,?)", fts[k:k + 500])
        conn.execute("COMMIT")
    raw_s = time.perf_counter() - t
    conn.close()
    return service_s, raw_s


def seed(home: Path, n: int, rng: random.Random) -> None:
    """Complaints received over the last 18 months (so deadlines, overdue and date filters
    see a realistic spread), in batches of 1,000 that share a receipt time."""
    now = datetime.now(timezone.utc)
    start = now - timedelta(days=540)
    clock = FixedClock(start)
    desk = make_desk(home, clock)
    svc = ComplaintService(desk)
    from lapor_desktop.services.users import UserService

    UserService(desk).add(None, login="loket", role="front_desk", password="bench-password")
    UserService(desk).add(None, login="verif", role="verifier", password="bench-password")
    t = time.perf_counter()
    done = 0
    while done < n:
        k = min(1000, n - done)
        clock.set(start + (now - start) * (done / n))
        recs = svc.record_many(signed(svc, CLERK), [(complaint(rng, done + j), ()) for j in range(k)])
        # a realistic mix of states: some verified and forwarded, some archived
        ids = [r.id for r in recs]
        svc.act_many(signed(svc, VERIFIER), ids[: k // 8], Action.FORWARD, {"agency_id": 91001})
        svc.act_many(signed(svc, VERIFIER), ids[k // 8: k // 8 + k // 20], Action.ARCHIVE, {"reason": "Tidak jelas"})
        done += k
        if done % 20000 == 0:
            print(f"  seeded {done:,} ({done / (time.perf_counter() - t):,.0f}/s)", file=sys.stderr)
    clock.set(now)
    svc.recompute_deadlines()
    desk.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--bulk-n", type=int, default=20_000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/lapor-bench-store"))
    ap.add_argument("--reuse", action="store_true", help="reuse a seeded store from an earlier run")
    args = ap.parse_args()
    rng = random.Random(7)
    home = args.dir / f"store-{args.n}"
    if not (args.reuse and (home / "data" / "lapor-desk.sqlite3").exists()):
        shutil.rmtree(args.dir, ignore_errors=True)
        print(f"seeding {args.n:,} complaints ...", file=sys.stderr)
        t = time.perf_counter()
        seed(home, args.n, rng)
        print(f"  seeded in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    work = args.dir / "bulk-run"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    service_s, raw_s = bulk_intake_vs_raw(work, args.bulk_n, random.Random(11))

    desk = open_desk(AppPaths.under(home))
    svc = ComplaintService(desk)
    with desk.db.read() as s:
        total = repo.counts(s).complaints
    # the path the queue screen uses (services.queue.QueueService -> store.queue_queries):
    # the first rows shown at once, then the whole ordered key list with the visible window
    queue = QueueService(desk)
    officer = signed(svc, VERIFIER)
    views = {
        "all, newest first": QueueQuery(),
        "status=belum_terverifikasi": QueueQuery(statuses=("belum_terverifikasi",)),
        "agency + terdisposisi": QueueQuery(agency_id=91001, statuses=("terdisposisi",)),
        "classification + channel": QueueQuery(classification="aspirasi", channel="pos_surat"),
        "overdue only": QueueQuery(overdue=True),
        "category, due soonest": QueueQuery(category_id=921, sort="deadline", descending=False),
    }
    results = []
    for name, q in views.items():
        ms = timed(lambda q=q: queue.first_rows(officer, q, limit=100), 15)
        results.append(("first rows: " + name, ms, 100))
        ms = timed(lambda q=q: queue.load(officer, q, window=(0, 100)), 5)
        results.append(("key list + window: " + name, ms, None))
    for text in ("jalan berlubang", "puskesmas", "pungutan liar ktp", "Tomal", "TIDORE-B1"):
        ms = timed(lambda text=text: queue.first_rows(officer, QueueQuery(text=text), limit=100), 15)
        results.append((f"search: {text!r}", ms, 150))
    ms = timed(lambda: queue.count(officer, QueueQuery(statuses=("belum_terverifikasi",))), 5)
    results.append(("count: belum_terverifikasi", ms, None))
    saves = timed(lambda: svc.record(signed(svc, CLERK), complaint(rng, 0)), 200)
    results.append(("save one complaint", saves, 50))
    acts = []
    ids = [r.item.id for r in queue.first_rows(officer, QueueQuery(statuses=("belum_terverifikasi",)), limit=100)]
    for cid in ids:
        t = time.perf_counter()
        svc.act(signed(svc, VERIFIER), cid, Action.VERIFY, {"classification": "aspirasi", "category_id": 921})
        acts.append((time.perf_counter() - t) * 1000)
    results.append(("verify one complaint", acts, 50))
    desk.close()

    print(f"\nLAPOR! Desk store benchmark: {total:,} complaints, SQLite {sqlite3.sqlite_version}")
    print(f"{'measure':44} {'p50 ms':>8} {'p95 ms':>8} {'target':>8}  verdict")
    for name, ms, target in results:
        p95 = pct(ms, 95)
        verdict = "" if target is None else ("ok" if p95 < target else "OVER")
        print(f"{name:44} {statistics.median(ms):8.1f} {p95:8.1f} {('<' + str(target)) if target else '':>8}  {verdict}")
    ratio = service_s / raw_s
    print(f"\nbulk intake of {args.bulk_n:,}: service {args.bulk_n / service_s:,.0f}/s ({service_s:.1f} s), "
          f"raw sqlite3 executemany of the same rows {args.bulk_n / raw_s:,.0f}/s ({raw_s:.1f} s), "
          f"ratio {ratio:.2f}x (target <= 3x) {'ok' if ratio <= 3 else 'OVER'}")


if __name__ == "__main__":
    main()
