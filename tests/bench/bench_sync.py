"""Sync benchmark (run by hand): T1, T2, T3, T6, T7, T9 on a simulated satellite link, and the
T4 SIGKILL soak, against a real ``lapor-hub`` process behind the link simulator.

    python tests/bench/bench_sync.py                     # 600 ms RTT, 256 kbit/s, 200 soak runs
    python tests/bench/bench_sync.py --soak-runs 50 --photo-mb 2 --t7-mb 10

Bounded in time: T6 moves ``--photo-mb`` of photos (SYNC.md says 20 MB: ~11 min per pass at
256 kbit/s, so the default is 2 MB; pass ``--photo-mb 20`` for the full figure); T7 uploads a
``--t7-mb`` blob (10 MB) on a link of ``--t7-kbit`` (default 4,000 kbit/s, same 600 ms RTT: the
target is about bytes, not time). Prints a table: target, measured, ratio.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from lapor_desktop.services.complaints import AttachmentIn, ComplaintService  # noqa: E402
from lapor_desktop.services.sync import SyncService  # noqa: E402
from lapor_desktop.store import syncstore  # noqa: E402
from lapor_desktop.sync.engine import EngineConfig  # noqa: E402
from lapor_desktop.protocol.wire import canonical_json  # noqa: E402
from tests.integration.sync.conftest import FRONT, DeskFactory, complaint_data, record  # noqa: E402
from tests.support.hub import HubProcess  # noqa: E402
from tests.support.linksim import LinkSim  # noqa: E402
from tests.support.sessions import signed

ROWS: list[tuple[str, str, str, str]] = []


def row(name: str, target: str, measured: str, ratio: str = "") -> None:
    ROWS.append((name, target, measured, ratio))
    print(f"  {name}: {measured}  (target {target}) {ratio}", flush=True)


def run_sync(desk, **cfg):  # type: ignore[no-untyped-def]
    svc = SyncService(desk, config=EngineConfig(**cfg) if cfg else None)
    try:
        return svc.run()
    finally:
        svc.close()


def events_json(desk, ids: set[str]) -> bytes:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from lapor_desktop.store.models import EventRow
    from lapor_desktop.store.repo import event_from_row

    out = []
    with desk.db.read() as s:
        for r in s.scalars(select(EventRow).where(EventRow.origin == "local")):
            if r.id in ids:
                w = event_from_row(r).to_wire()
                w.pop("server_seq", None)
                out.append(w)
    return canonical_json(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rtt", type=float, default=0.6)
    ap.add_argument("--kbit", type=float, default=256.0)
    ap.add_argument("--photo-mb", type=float, default=2.0)
    ap.add_argument("--t7-mb", type=float, default=10.0)
    ap.add_argument("--t7-kbit", type=float, default=4000.0)
    ap.add_argument("--soak-runs", type=int, default=200)
    ap.add_argument("--skip", default="", help="comma list of T1,T6,T7,T4 to skip")
    args = ap.parse_args()
    skip = {x.strip().upper() for x in args.skip.split(",") if x.strip()}
    rate = args.kbit * 1000 / 8
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    print(f"link: RTT {args.rtt * 1000:.0f} ms, {args.kbit:.0f} kbit/s each way ({rate:.0f} B/s)", flush=True)
    with HubProcess(tmp, rate=1000, burst=2000) as hub:
        link = LinkSim(hub.port, rtt=0.005)
        f = DeskFactory(hub, link, tmp)
        try:
            if "T1" not in skip:
                bench_t1_t2_t3_t9(f, link, args, rate)
            if "T7" not in skip:
                bench_t7(f, link, args, tmp)
            if "T6" not in skip:
                bench_t6(f, link, args, rate, tmp)
            if "T4" not in skip and args.soak_runs:
                bench_t4(f, hub, link, args)
        finally:
            link.close()
            f.close()
    print()
    w = [max(len(r[i]) for r in ROWS + [("target", "target", "measured", "ratio")]) for i in range(4)]
    head = ("#", "target", "measured", "ratio")
    print(" | ".join(h.ljust(w[i]) for i, h in enumerate(head)))
    print("-+-".join("-" * x for x in w))
    for r in ROWS:
        print(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)))
    return 0


def bench_t1_t2_t3_t9(f: DeskFactory, link: LinkSim, args, rate: float) -> None:  # type: ignore[no-untyped-def]
    print("T1/T2/T3/T9: 1,000 local + 200 remote events", flush=True)
    a = f.new()
    b = f.new(a.settings.office_code)
    # warm-up (enrolment, first reference check) on a clean fast link
    run_sync(a)
    run_sync(b)
    record(a, 1000, seed=11)
    record(b, 200, seed=12)
    run_sync(b)
    with a.db.read() as s:
        from sqlalchemy import text

        pending_ids = set(s.execute(text("select event_id from outbox")).scalars())
    raw = events_json(a, pending_ids)
    gz = len(gzip.compress(raw, 6))
    link.configure(rtt=args.rtt, rate_up=rate, rate_down=rate)
    link.reset_stats()
    t0 = time.monotonic()
    rep = run_sync(a)
    took = time.monotonic() - t0
    st = link.stats()
    assert rep.complete, rep
    sync_posts = [r for r in st["requests_log"] if r.startswith("POST /api/v1/sync")]
    row("T1 exchanges (1,000 up + 200 down)", "<= 4", f"{len(sync_posts)} ({st['requests']} requests, "
        f"{rep.sent} sent, {rep.received} received)", f"{len(sync_posts) / 4:.2f}")
    row("T3 sync bytes up / gzip-6(canonical)", "<= 1.10", f"{st['up_body_bytes']:,} / {gz:,} B",
        f"{st['up_body_bytes'] / gz:.3f}")
    wire = st["bytes_up"] + st["bytes_down"]
    ideal = wire / rate + 4 * args.rtt
    row("T9 time vs 1.2 x bytes/rate + 4 RTT", f"<= {1.2 * wire / rate + 4 * args.rtt:.1f} s",
        f"{took:.1f} s ({wire:,} B on the wire)", f"{took / (1.2 * wire / rate + 4 * args.rtt):.2f}")
    del ideal
    # T2: nothing to do
    link.reset_stats()
    t0 = time.monotonic()
    rep = run_sync(a)
    took = time.monotonic() - t0
    st = link.stats()
    row("T2 no-op sync", "1 request, <= 1,500 B", f"{st['requests']} request, {st['bytes_total']:,} B, {took:.2f} s",
        f"{st['bytes_total'] / 1500:.2f}")
    link.configure(rtt=0.005, rate_up=None, rate_down=None)


def bench_t7(f: DeskFactory, link: LinkSim, args, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    size = int(args.t7_mb * 1_000_000)
    print(f"T7: {size / 1e6:.0f} MB upload, cut once mid-way ({args.t7_kbit:.0f} kbit/s, RTT {args.rtt * 1000:.0f} ms)",
          flush=True)
    a = f.new()
    b = f.new(a.settings.office_code)
    run_sync(a)
    run_sync(b)
    path = tmp / "t7.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(size - 4))  # JPEG's first bytes
    ComplaintService(a).record(signed(ComplaintService(a), FRONT), complaint_data(random.Random(7)), [AttachmentIn(path)])
    r7 = args.t7_kbit * 1000 / 8
    link.configure(rtt=args.rtt, rate_up=r7, rate_down=r7)
    link.reset_stats()
    link.reset_after_bytes(int(size * 0.45))
    rep = run_sync(a)
    st = link.stats()
    assert rep.complete, rep
    events_body = 3000
    extra = st["up_body_bytes"] - size - events_body
    row("T7 interrupted upload: resent bytes", "<= 1 chunk (256 KiB-1 MiB)",
        f"{max(0, extra):,} B resent, {st['resets']} cut, {len([r for r in st['requests_log'] if r.startswith('PATCH')])} PATCH",
        f"{max(0, extra) / (1 << 20):.2f} MiB")
    ComplaintService(b).record(signed(ComplaintService(b), FRONT), complaint_data(random.Random(8)), [AttachmentIn(path)])
    link.reset_stats()
    rep = run_sync(b)
    st = link.stats()
    patches = [r for r in st["requests_log"] if r.startswith("PATCH")]
    row("T7 known blob: body bytes", "0", f"{len(patches)} PATCH, {st['up_body_bytes']:,} B of sync body (2 events)", "")
    link.configure(rtt=0.005, rate_up=None, rate_down=None)


def bench_t6(f: DeskFactory, link: LinkSim, args, rate: float, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    photo_bytes = int(args.photo_mb * 1_000_000)
    n_photos = max(1, round(args.photo_mb / 1.0))
    print(f"T6: 1,000 events + {photo_bytes / 1e6:.0f} MB photos, clean link vs resets every 20-60 s", flush=True)
    results = {}
    for mode in ("clean", "resets"):
        a = f.new()
        run_sync(a)
        record(a, 1000, seed=66)
        svc = ComplaintService(a)
        rng = random.Random(6)
        for i in range(n_photos):
            p = tmp / f"t6-{mode}-{i}.jpg"
            p.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(photo_bytes // n_photos - 4))
            svc.record(signed(svc, FRONT), complaint_data(rng, i), [AttachmentIn(p)])
        link.configure(rtt=args.rtt, rate_up=rate, rate_down=rate,
                       reset_every_s=(20.0, 60.0) if mode == "resets" else None)
        link.reset_stats()
        t0 = time.monotonic()
        rep = run_sync(a, max_attempts=50)
        took = time.monotonic() - t0
        st = link.stats()
        link.configure(rtt=0.005, rate_up=None, rate_down=None, reset_every_s=None)
        assert rep.complete, rep
        results[mode] = (st["bytes_total"], took, st["resets"], rep.retries)
        print(f"  {mode}: {st['bytes_total']:,} B, {took:.0f} s, {st['resets']} resets, {rep.retries} retries",
              flush=True)
    ratio = results["resets"][0] / results["clean"][0]
    row(f"T6 bytes with resets vs clean ({args.photo_mb:g} MB photos)", "<= 1.30",
        f"{results['resets'][0]:,} vs {results['clean'][0]:,} B; {results['resets'][2]} resets; "
        f"{results['resets'][1]:.0f} s vs {results['clean'][1]:.0f} s", f"{ratio:.3f}")


def bench_t4(f: DeskFactory, hub: HubProcess, link: LinkSim, args) -> None:  # type: ignore[no-untyped-def]
    runs = args.soak_runs
    print(f"T4: {runs} runs of `lapor-desktop sync` SIGKILLed at random moments (every 10th: the hub)",
          flush=True)
    rng = random.Random(44)
    a = f.new()
    b = f.new(a.settings.office_code)
    run_sync(a)
    home = str(a.paths.data_dir.parent)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    link.configure(rtt=args.rtt / 4, rate_up=200_000, rate_down=200_000)
    killed_desk = killed_hub = finished = 0
    t_start = time.monotonic()
    for i in range(runs):
        record(a, rng.randint(5, 30), seed=1000 + i)
        if i % 4 == 0:
            record(b, 5, seed=5000 + i)
            run_sync(b, backoff_base=0.05, backoff_cap=0.5, max_attempts=10)
        proc = subprocess.Popen([sys.executable, "-m", "lapor_desktop", "--data-dir", home, "sync", "--quiet",
                                 "--retries", "2"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 2.2))
        if i % 10 == 9:
            hub.kill()
            killed_hub += 1
            hub.start()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            continue
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_desk += 1
        else:
            finished += 1
        proc.wait(30)
    link.configure(rtt=0.005, rate_up=None, rate_down=None)
    final = run_sync(a)
    run_sync(b)
    run_sync(a)
    con = sqlite3.connect(hub.db_url.replace("sqlite:///", ""))
    on_hub = [r[0] for r in con.execute("select id from events where device_id=?", (a.settings.device_id,))]
    con.close()
    from sqlalchemy import text

    with a.db.read() as s:
        local = set(s.execute(text("select id from events where origin='local'")).scalars())
        pending = syncstore.pending_count(s)
        n_b = s.execute(text("select count(*) from events where device_id=:d"), {"d": b.settings.device_id}).scalar()
    with b.db.read() as s:
        b_local = s.execute(text("select count(*) from events where origin='local'")).scalar()
    lost = len(local - set(on_hub))
    dup = len(on_hub) - len(set(on_hub))
    row(f"T4 SIGKILL soak ({runs} runs: {killed_desk} desk kills, {killed_hub} hub kills, {finished} finished)",
        "0 lost, 0 duplicated", f"{len(local):,} events: {lost} lost, {dup} duplicated, outbox {pending}, "
        f"pulled {n_b}/{b_local}; final sync {final.outcome}; {time.monotonic() - t_start:.0f} s", "")
    assert hashlib  # keep import for future checks
    assert json


if __name__ == "__main__":
    raise SystemExit(main())
