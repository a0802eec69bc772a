"""Screenshots of the officers' queue, by hand (not a test).

    xvfb-run -a -s "-screen 0 1366x768x24" python tests/ui/screenshots_queue.py [--lang id|en|both]

Uses the demo profile (Kota Tidore Kepulauan, 500 complaints; template cached under /tmp), signs in
as the verifier, and saves: the queue with data and a complaint open, a detail with a long
timeline, a conflict (two desks edited the same title) and the forward dialog. Look at each PNG.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from screenshots import _pump  # noqa: E402 - one event-pump helper for the screenshot scripts
from tests.support.sessions import signed


def shoot(lang: str, out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from lapor_desktop.domain.enums import Action
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.services.demo import demo_profile
    from lapor_desktop.services.desk import open_desk
    from lapor_desktop.services.queue import QueueQuery, QueueService
    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.main_window import MainWindow
    from lapor_desktop.ui.tasks import TaskRunner
    from queue_helpers import make_edit_conflict

    app = QApplication.instance() or QApplication([])
    install_translator(app, lang)
    paths = demo_profile(Path("/tmp/lapor-queue-shots-cache"), Path(tempfile.mkdtemp(prefix="lapor-qshots-")) / "p")
    desk = open_desk(paths)
    svc, q = ComplaintService(desk), QueueService(desk)
    verifier = UserService(desk).sign_in("verifikator", "latihan123")
    # a long history: a complaint forwarded, declined, re-forwarded, followed up, with notes
    n = q.nums(verifier, QueueQuery(statuses=("belum_terverifikasi",), sort="received", descending=False))[0]
    long_id = q.rows(Actor("admin", "admin"), [n])[n].item.id
    pupr = Actor("pupr", "liaison", agency_id=91001)
    svc.act(signed(svc, verifier), long_id, Action.VERIFY, {"note": "Laporan lengkap, lokasi jelas."})
    svc.act(signed(svc, verifier), long_id, Action.COMMENT, {"text": "Sudah dikonfirmasi lewat telepon dengan pelapor."})
    svc.act(signed(svc, verifier), long_id, Action.FORWARD, {"agency_id": 91002, "note": "Mohon ditindaklanjuti."})
    svc.act(signed(svc, Actor("dinkes", "liaison", agency_id=91002)), long_id, Action.DECLINE,
            {"reason": "Bukan kewenangan Dinas Kesehatan; jalan kota adalah urusan Dinas PUPR."})
    svc.act(signed(svc, verifier), long_id, Action.EDIT, {"fields": {"body_final": "Jalan di depan pasar berlubang besar; "
                                                        "dua pengendara motor jatuh pada malam hari."}})
    svc.act(signed(svc, verifier), long_id, Action.FORWARD, {"agency_id": 91001, "note": "Diteruskan ke Dinas PUPR."})
    svc.act(signed(svc, pupr), long_id, Action.COMMENT, {"text": "Tim survei dijadwalkan hari Kamis."})
    svc.act(signed(svc, pupr), long_id, Action.FOLLOW_UP, {"text": "Lubang sudah ditambal sementara; perbaikan permanen "
                                                     "masuk anggaran pemeliharaan bulan depan."})
    svc.act(signed(svc, verifier), long_id, Action.RECORD_REPLY, {"text": "Pelapor berterima kasih, minta perbaikan permanen."})
    # a conflict
    n2 = q.nums(verifier, QueueQuery(statuses=("terdisposisi",)))[0]
    conflict_id = q.rows(Actor("admin", "admin"), [n2])[n2].item.id
    make_edit_conflict(desk, conflict_id, "Lampu jalan padam di Jl. Sultan Mansyur, Soasio",
                       "Lampu penerangan jalan mati total di Soasio")

    runner = TaskRunner()
    files: list[Path] = []
    win = MainWindow(desk, runner, signed(desk, verifier), lang=lang)
    win.resize(1366, 768 - 30)
    win.move(0, 0)
    win.show()
    win.nav_buttons["queue"].click()
    page = win.queue
    runner.wait_idle(20)
    _pump(app, 400)

    def save(name: str) -> None:
        runner.wait_idle(10)
        _pump(app, 350)
        p = out / f"{lang}-queue-{name}.png"
        win.grab().save(str(p))
        files.append(p)

    page.table.selectRow(2)
    save("1-needs-verification")

    page.views.setCurrentRow([v.key for v in page.views_list_data].index("overdue"))
    runner.wait_idle(10)
    page.filter_toggle.setChecked(True)
    page.table.selectRow(0)
    save("2-overdue-filters")
    page.filter_toggle.setChecked(False)

    page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
    runner.wait_idle(10)
    page.detail.show_complaint(long_id)
    runner.wait_idle(10)
    page.detail.tabs.setCurrentIndex(1)
    save("3-long-timeline")
    page.detail.tabs.setCurrentIndex(0)
    save("4-detail-fields")

    page.views.setCurrentRow([v.key for v in page.views_list_data].index("conflicts"))
    runner.wait_idle(10)
    page.table.selectRow(0)
    runner.wait_idle(10)
    page.detail.show_conflict_tab()
    save("5-conflict")

    page.views.setCurrentRow(0)
    runner.wait_idle(10)
    page.table.selectRow(0)
    runner.wait_idle(10)
    _pump(app, 200)
    dlg = page.request_action("forward")
    if dlg is not None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(dlg.agency_search, "dinas")
        _pump(app, 300)
        p = out / f"{lang}-queue-6-forward-dialog.png"
        dlg.grab().save(str(p))
        files.append(p)
        dlg.reject()
    win.intake._dirty = False
    win.close()
    runner.shutdown()
    desk.close()
    return files


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="both", choices=["id", "en", "both"])
    ap.add_argument("--out", default=str(ROOT / "shots"))
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("LAPOR_DESKTOP_HOME", tempfile.mkdtemp(prefix="lapor-shots-home-"))
    for lang in (["id", "en"] if a.lang == "both" else [a.lang]):
        for f in shoot(lang, out):
            print(f)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
