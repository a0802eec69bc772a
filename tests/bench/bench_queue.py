"""Queue screen benchmark on a 200,000-complaint store (run by hand, offscreen).

    python tests/bench/bench_queue.py [--store /tmp/lapor-bench-store/store-200000]

Reuses the store seeded by bench_store.py (copied to /tmp/lapor-bench-queue first: opening it
migrates and the page writes nothing, but the original stays untouched), or seeds one with
bench_store.seed(). Measures, with the real QueuePage and TaskRunner: time until the first rows
are visible after opening the queue, after a filter change and after a search, and until the
last row is visible after scrolling to the end; the longest stall of the GUI thread (a 5 ms
QTimer records the gaps between its ticks) and the peak RSS (VmHWM).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def vm_hwm_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, default=Path("/tmp/lapor-bench-store/store-200000"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/lapor-bench-queue"))
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    src = a.store
    if not (src / "data" / "lapor-desk.sqlite3").exists():
        from bench_store import seed

        print(f"seeding {a.n:,} complaints into {src} ...", file=sys.stderr)
        seed(src, a.n, random.Random(7))
    home = a.work / "home"
    if not (home / "data" / "lapor-desk.sqlite3").exists():
        shutil.rmtree(a.work, ignore_errors=True)
        print(f"copying {src} ...", file=sys.stderr)
        shutil.copytree(src, home, ignore=shutil.ignore_patterns("blobs", "backups", "*.log"))

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.desk import open_desk
    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.queue_page import QueuePage
    from lapor_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    install_translator(app, "id")
    desk = open_desk(AppPaths.under(home))
    runner = TaskRunner()
    rss_start = vm_hwm_mb()
    slow: list[tuple[float, str]] = []
    if os.environ.get("BENCH_TRACE"):
        orig = runner._deliver

        def traced(payload):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            orig(payload)
            ms = (time.perf_counter() - t) * 1000
            if ms > 15:
                slow.append((ms, getattr(payload[0], "__qualname__", str(payload[0]))))

        runner._deliver = traced  # type: ignore[method-assign]

    # ---- the stall meter: a 5 ms timer; the largest gap between ticks is the longest block
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    meter = QTimer()
    meter.setInterval(5)
    meter.timeout.connect(tick)
    meter.start()

    def pump_until(cond, timeout: float = 30.0) -> float:  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        while not cond():
            app.processEvents()
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError("benchmark step timed out")
            time.sleep(0.0005)
        return (time.perf_counter() - t0) * 1000

    def settle() -> None:
        pump_until(lambda: runner.is_idle())
        for _ in range(20):
            app.processEvents()
            time.sleep(0.002)

    results: dict[str, list[float]] = {k: [] for k in ("open", "filter", "search", "scroll_end")}
    stalls: dict[str, float] = {}

    def phase(name: str) -> None:
        stalls[name] = max(stalls.get(name, 0.0), max(gaps) if gaps else 0.0)
        all_gaps.extend(gaps)
        gaps.clear()

    all_gaps: list[float] = []
    page = None
    from tests.support.sessions import signed

    actor = signed(desk, Actor("verif", "verifier", "Verifikator"))
    # baseline: the meter alone for a second (what the machine's load costs by itself)
    gaps.clear()
    last[0] = clock.nsecsElapsed()
    t_idle = time.perf_counter()
    while time.perf_counter() - t_idle < 1.0:
        app.processEvents()
        time.sleep(0.0005)
    phase("idle baseline")
    from lapor_desktop.app import settle_garbage_collector

    settle_garbage_collector()  # as the program does once its main window is up
    for _ in range(a.repeat):
        page = QueuePage(desk, runner, actor, lang="id")
        page.resize(1190, 700)
        gaps.clear()
        last[0] = clock.nsecsElapsed()
        t0 = time.perf_counter()
        page.show()
        m = page.model
        pump_until(lambda: m.rowCount() > 0 and m.is_loaded(0) and page.table.rowAt(0) == 0)
        results["open"].append((time.perf_counter() - t0) * 1000)
        settle()
        phase("open")
        # all complaints view, then a filter change: status + classification
        page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
        pump_until(lambda: m.complete)
        settle()
        phase("views")
        loads = m.loads
        t0 = time.perf_counter()
        page.f_status.setCurrentIndex(page.f_status.findData("belum_terverifikasi"))
        pump_until(lambda: m.loads > loads and m.is_loaded(0))
        results["filter"].append((time.perf_counter() - t0) * 1000)
        pump_until(lambda: m.complete)
        settle()
        # a search (typed into the box; measured from the query, the 250 ms typing pause excluded)
        phase("filter")
        page.search.setText("jalan berlubang")
        loads = m.loads
        t0 = time.perf_counter()
        page.apply_query()
        pump_until(lambda: m.loads > loads and m.is_loaded(0))
        results["search"].append((time.perf_counter() - t0) * 1000)
        pump_until(lambda: m.complete)
        settle()
        page.search.setText("")
        page.f_status.setCurrentIndex(0)
        page.apply_query()
        pump_until(lambda: m.complete and m.query.text is None and m.query.statuses == ())
        settle()
        phase("search")
        # scroll to the very end of everything
        total = m.rowCount()
        t0 = time.perf_counter()
        page.table.scrollToBottom()
        pump_until(lambda: m.is_loaded(total - 1) and page.table.rowAt(page.table.viewport().height() - 2) >= total - 2)
        results["scroll_end"].append((time.perf_counter() - t0) * 1000)
        settle()
        phase("scroll")
        cached = m.cached_rows()
        page.shutdown()
        page.hide()
        page.deleteLater()
        settle()
    all_gaps.extend(gaps)
    stall = max(v for k, v in stalls.items() if k != "idle baseline") if stalls else 0.0
    rss = vm_hwm_mb()
    meter.stop()
    runner.shutdown()
    desk.close()

    for ms, what in sorted(slow, reverse=True)[:10]:
        print(f"  slow callback {ms:.0f} ms: {what}", file=sys.stderr)

    def med(v: list[float]) -> float:
        return sorted(v)[len(v) // 2]

    print(f"\nLAPOR! Desk queue benchmark: {total:,} complaints, {a.repeat} runs (median, worst)")
    print(f"{'measure':42} {'median ms':>10} {'worst ms':>9} {'target':>8}  verdict")
    rows = [("first rows visible after opening the queue", results["open"], 300),
            ("filter change (status) -> first rows", results["filter"], 150),
            ("search 'jalan berlubang' -> first rows", results["search"], 150),
            ("scroll to the end -> last rows visible", results["scroll_end"], None)]
    for name, v, target in rows:
        verdict = "" if target is None else ("ok" if med(v) < target else "OVER")
        print(f"{name:42} {med(v):10.0f} {max(v):9.0f} {('<' + str(target)) if target else '':>8}  {verdict}")
    print(f"{'longest GUI-thread stall (5 ms timer gap)':42} {stall:10.0f} {'':9} {'<50':>8}  "
          f"{'ok' if stall < 50 else 'OVER'}   (by step: "
          + ", ".join(f"{k} {v:.0f}" for k, v in stalls.items()) + ")")
    print(f"{'peak RSS (VmHWM), MB':42} {rss:10.0f} {'':9} {'<300':>8}  {'ok' if rss < 300 else 'OVER'}"
          f"   (after imports and open_desk: {rss_start:.0f} MB; rows cached at the end: {cached:,})")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
