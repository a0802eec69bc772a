"""Main window start-up: how long a signed-in person waits for the window, per role.

Run by hand:  QT_QPA_PLATFORM=offscreen python tests/bench/bench_window.py [--n 15]
(or under an X server: DISPLAY=:77 python tests/bench/bench_window.py)

Times are the process's CPU time (steadier than the clock on a shared machine; the window's
background threads count too). For each role, the median and p90 time to build ``MainWindow`` and show it (events processed until
the first paint), on a set-up desk of the Tidore office with the program's style sheet and the
Indonesian translation, as the program starts it. Also, in the same run, the same for a plain
``QMainWindow`` of 60 labelled text boxes (the baseline: ratios against it compare runs on machines of
different speed), and the time the first visit to each page the role did not land on costs
(pages built when first shown pay here instead of at start-up).
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

from lapor_desktop.core.paths import AppPaths, resources_dir  # noqa: E402
from lapor_desktop.domain.model import Actor  # noqa: E402
from lapor_desktop.services.desk import setup_desk  # noqa: E402
from lapor_desktop.ui.i18n import install_translator  # noqa: E402
from lapor_desktop.ui.look import install_app_style  # noqa: E402
from lapor_desktop.ui.main_window import MainWindow, landing_page, pages_for  # noqa: E402
from lapor_desktop.ui.tasks import TaskRunner  # noqa: E402
from tests.support.sessions import signed  # noqa: E402

ROLES = ("front_desk", "verifier", "supervisor", "liaison", "admin")


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def plain() -> float:
    """The baseline: a plain window of 60 labelled text boxes, no database, no work behind it."""
    t = time.process_time()
    w = QMainWindow()
    form = QWidget()
    lay = QFormLayout(form)
    for i in range(60):
        lay.addRow(QLabel(f"Isian {i}"), QLineEdit())
    w.setCentralWidget(form)
    w.statusBar().addPermanentWidget(QLabel("…"))
    w.resize(1280, 720)
    w.show()
    settle(QApplication.instance())  # type: ignore[arg-type]
    dt = time.process_time() - t
    w.close()
    w.deleteLater()
    return dt * 1000


def window(desk, runner, actor) -> tuple[float, dict[str, float]]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    t = time.process_time()
    w = MainWindow(desk, runner, actor, lang="id")
    w.resize(1280, 720)
    w.show()
    settle(app)  # type: ignore[arg-type]
    dt = (time.process_time() - t) * 1000
    visits = {}
    for key in sorted(pages_for(actor.role) - {landing_page(actor.role)}):
        t = time.process_time()
        w.nav_buttons[key].click()
        settle(app)  # type: ignore[arg-type]
        visits[key] = (time.process_time() - t) * 1000
    runner.wait_idle(10)
    w.intake._dirty = False
    w.close()
    runner.wait_idle(10)
    w.deleteLater()
    settle(app)  # type: ignore[arg-type]
    return dt, visits


def fmt(t: list[float]) -> str:
    t = sorted(t)
    return f"median {statistics.median(t):7.1f} ms   p90 {t[math.ceil(0.9 * len(t)) - 1]:7.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=15)
    n = ap.parse_args().n
    logging.disable(logging.CRITICAL)
    app = QApplication.instance() or QApplication([])
    install_app_style(app)
    install_translator(app, "id")
    with tempfile.TemporaryDirectory() as tmp:
        desk = setup_desk(AppPaths.under(tmp), office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan",
                          reference_file=resources_dir() / "reference" / "tidore-kepulauan.json")
        runner = TaskRunner()
        actors = {r: signed(desk, Actor(f"bench_{r}", r, f"Bench {r}", 1 if r == "liaison" else None)) for r in ROLES}
        base = [plain() for _ in range(n)]
        rows: dict[str, list[float]] = {r: [] for r in ROLES}
        firsts: dict[str, dict[str, list[float]]] = {r: {} for r in ROLES}
        for _ in range(2):  # warm-up: imports, the translation, the reference data cached
            window(desk, runner, actors["front_desk"])
        for _ in range(n):
            for r in ROLES:
                dt, visits = window(desk, runner, actors[r])
                rows[r].append(dt)
                for k, v in visits.items():
                    firsts[r].setdefault(k, []).append(v)
        runner.shutdown(wait=True)
        desk.close()
    b = statistics.median(base)
    print(f"{'plain form window (baseline)':34s} {fmt(base)}")
    for r in ROLES:
        ratio = statistics.median(rows[r]) / b
        print(f"{'MainWindow, ' + r + ' (lands on ' + landing_page(r) + ')':34s} {fmt(rows[r])}   x{ratio:5.1f} baseline")
        print("    first visit: " + ", ".join(f"{k} {statistics.median(v):.0f} ms" for k, v in sorted(firsts[r].items())))


if __name__ == "__main__":
    main()
