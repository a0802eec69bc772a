"""Import and export benchmark (run by hand, offscreen):

    python tests/bench/bench_exchange.py [--n 200000] [--rows 5000]

1. Import of a ``--rows`` LAPOR! v4 export (XLSX, invented rows in the national layout) through
   the real ImportDialog; baseline: openpyxl reading the same file and nothing else.
2. Export of the ``--n`` complaint store (seeded by bench_store.seed, reused when present) in each
   format through the real ExportDialog; baseline: the same rows read with sqlite3 and written by
   the csv module, nothing else.
For each: wall time, rows per second, the ratio to the baseline, the longest stall of the GUI
thread while it ran (a 5 ms QTimer records the gaps between its ticks; the idle machine's own
longest gap is printed first), whether the progress bar moved, and the peak RSS (VmHWM).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
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
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_export(path: Path, rows: int, rng: random.Random) -> None:
    import openpyxl

    from corpus import complaint
    from lapor_desktop.reports import lapor_v4 as v4

    statuses = ["Belum Terverifikasi", "Terdisposisi", "Ditindaklanjuti", "Ditutup oleh Sistem",
                "Ditutup oleh Admin", "Diarsipkan oleh Admin", "Diarsipkan oleh Pelapor",
                "Menunggu Kelengkapan Informasi"]
    channels = ["Tatap Muka", "Pos Surat", "Whatsapp", "Email Instansi", "Website - pemerintah-kota-tidore"]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Laporan")
    ws.append(list(v4.COLUMNS))
    for i in range(rows):
        c = complaint(rng, i)
        day = f"{rng.randint(1, 28):02d} {rng.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])} 2026"
        ws.append([str(7_000_000 + i), day, f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                   "Pengaduan Tidak Berkadar Pengawasan", 928, "Infrastruktur Jalan", c["title"], c["body"], c["body"],
                   rng.choice([None, "Anonim", "Rahasia", "Anonim|Rahasia"]), rng.choice(channels),
                   "Pemerintah Kota Tidore Kepulauan", 91001, "Dinas Pekerjaan Umum dan Penataan Ruang",
                   rng.choice(statuses), None, "Maluku Utara", "Kota Tidore Kepulauan", "TIDORE TIMUR", "Dokiri"])
    wb.save(path)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", type=Path, default=Path("/tmp/lapor-bench-store/store-200000"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/lapor-bench-exchange"))
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--formats", default="lapor-v4,csv,xlsx,jsonl")
    a = ap.parse_args()
    rng = random.Random(11)
    src = a.store
    if not (src / "data" / "lapor-desk.sqlite3").exists():
        from bench_store import seed

        print(f"seeding {a.n:,} complaints into {src} ...", file=sys.stderr)
        seed(src, a.n, rng)
    shutil.rmtree(a.work, ignore_errors=True)
    home = a.work / "home"
    print(f"copying {src} ...", file=sys.stderr)
    shutil.copytree(src, home, ignore=shutil.ignore_patterns("blobs", "backups", "*.log"))
    export_file = a.work / "nasional.xlsx"
    make_export(export_file, a.rows, rng)

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.desk import open_desk
    from lapor_desktop.ui.exchange import ExportDialog, ImportDialog
    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    install_translator(app, "id")
    desk = open_desk(AppPaths.under(home))
    runner = TaskRunner()
    from tests.support.sessions import signed

    actor = signed(desk, Actor("admin", "admin", "Admin"))

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

    def pump_until(cond, timeout: float = 1800.0) -> float:  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        while not cond():
            app.processEvents()
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError("benchmark step timed out")
            time.sleep(0.001)
        return time.perf_counter() - t0

    def fresh_meter() -> None:
        gaps.clear()
        last[0] = clock.nsecsElapsed()

    fresh_meter()
    t_idle = time.perf_counter()
    pump_until(lambda: time.perf_counter() - t_idle >= 1.0)
    idle = max(gaps) if gaps else 0.0
    print(f"idle machine: longest gap of the 5 ms meter {idle:.0f} ms")

    # ---- import
    import openpyxl

    t0 = time.perf_counter()
    wb = openpyxl.load_workbook(export_file, read_only=True)
    n_base = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True)) - 1
    wb.close()
    base_import = time.perf_counter() - t0
    dlg = ImportDialog(desk, runner, actor)
    bars: set[str] = set()
    fresh_meter()
    dlg.import_from(export_file)
    took = pump_until(lambda: (bars.add(dlg.bar.value()) or True) and (dlg.report is not None or dlg.error))
    assert dlg.report is not None, dlg.error
    s = dlg.report.summary
    print(f"import {a.rows:,} rows: {took:.2f} s ({a.rows / took:,.0f} rows/s; created {s['created']:,}, "
          f"errors {s['error']}); openpyxl read alone {base_import:.2f} s for {n_base:,} rows -> ratio "
          f"{took / base_import:.1f}x; longest GUI stall {max(gaps):.0f} ms; progress values seen "
          f"{len(bars)}; peak RSS {vm_hwm_mb():.0f} MB")
    dlg.close()

    # ---- export
    t0 = time.perf_counter()
    con = sqlite3.connect(home / "data" / "lapor-desk.sqlite3")
    base_file = a.work / "baseline.csv"
    with base_file.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        n_rows = 0
        for row in con.execute("select receipt_number, tracking_id, status, received_at, title, body_initial, "
                               "body_final, channel, reporter_name, agency_name from complaints order by received_at desc"):
            w.writerow(row)
            n_rows += 1
    con.close()
    base_export = time.perf_counter() - t0
    print(f"baseline: sqlite3 + csv module, {n_rows:,} rows in {base_export:.2f} s")
    for fmt in a.formats.split(","):
        out = a.work / f"out-{fmt}.{ {'jsonl': 'jsonl', 'csv': 'csv'}.get(fmt, 'xlsx')}"
        ex = ExportDialog(desk, runner, actor)
        pump_until(lambda: "diekspor" in ex.count_label.text())
        values: set[int] = set()
        ex.format.setCurrentIndex(ex.format.findData(fmt))
        fresh_meter()
        ex.export_to(out)
        took = pump_until(lambda: (values.add(ex.bar.value()) or True) and ex.written is not None)
        print(f"export {fmt:8s} {ex.written:,} complaints: {took:.1f} s ({ex.written / took:,.0f}/s, "
              f"{took / base_export:.1f}x the baseline), {out.stat().st_size / 1e6:.0f} MB; longest GUI stall "
              f"{max(gaps):.0f} ms; progress values seen {len(values)}; peak RSS {vm_hwm_mb():.0f} MB")
        ex.close()
    runner.shutdown()
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
