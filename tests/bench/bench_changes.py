"""How soon a shown queue shows a complaint saved elsewhere in the program (run by hand, offscreen):

    python tests/bench/bench_changes.py [--seed-complaints 2000] [--saves 20]

A fresh desk with N complaints, the real QueuePage ("all" view) and TaskRunner. Each save goes
through the runner's database thread like the intake form's; the time is from submitting the
save to the new row being in the queue's model (the change notification, ui/bridge.py). Before
the notification the queue polled every 4 s: a save showed after 0-4 s plus the re-read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed-complaints", type=int, default=2000)
    ap.add_argument("--saves", type=int, default=20)
    a = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.services.desk import setup_desk
    from lapor_desktop.ui.queue_page import QueuePage
    from lapor_desktop.ui.tasks import TaskRunner
    from tests.support.sessions import signed

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="bench-changes-"))
    desk = setup_desk(AppPaths.under(tmp / "profile"), office_code="TIDORE", office_name="Bench")
    svc = ComplaintService(desk)
    clerk = signed(svc, Actor("budi", "front_desk"))

    def data(i: int) -> dict:
        return {"title": f"Lampu jalan mati nomor {i}", "body": "Lampu jalan mati sejak tiga malam, jalan gelap.",
                "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}}

    for start in range(0, a.seed_complaints, 250):
        svc.record_many(clerk, [(data(i), ()) for i in range(start, min(a.seed_complaints, start + 250))])
    runner = TaskRunner()
    page = QueuePage(desk, runner, signed(desk, Actor("admin", "admin")), lang="id")
    page.resize(1200, 700)
    page.show()

    def wait(cond, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if cond():
                return True
            time.sleep(0.001)
        return False

    wait(lambda: bool(page.views_list_data) and page.model.complete)
    page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
    wait(lambda: page.model.complete and page.model.rowCount() == a.seed_complaints)
    times = []
    for i in range(a.saves):
        n = page.model.rowCount()
        t0 = time.perf_counter()
        runner.db(lambda i=i: svc.record(clerk, data(a.seed_complaints + i)))
        if not wait(lambda n=n: page.model.rowCount() == n + 1, timeout=10):
            print("a save did not show within 10 s", file=sys.stderr)
            return 1
        times.append((time.perf_counter() - t0) * 1000)
        runner.wait_idle(5)
    times.sort()
    print(f"queue of {a.seed_complaints:,} complaints, {a.saves} saves: save submitted -> row shown "
          f"median {statistics.median(times):.0f} ms, max {times[-1]:.0f} ms (before: 4 s poll, 0-4000 ms + re-read)")
    page.shutdown()
    runner.shutdown(wait=True)
    desk.close()
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
