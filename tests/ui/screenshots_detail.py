"""Screenshots of a complaint's detail (history and actions) by hand (not a test), on a real X
server with a window manager, the window maximised, captured from the screen:

    Xvfb :57 -screen 0 1366x768x24 &  DISPLAY=:57 openbox &
    DISPLAY=:57 python tests/ui/screenshots_detail.py --lang both --out /tmp/shots-screens

Demo profile, signed in as the verifier. For each language: an unverified complaint (history tab,
then the verify dialog) and a forwarded complaint with a long history (history tab, then the close
dialog), plus the privacy dialog. Look at each PNG.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from screenshots import _pump  # noqa: E402
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

    app = QApplication.instance() or QApplication([])
    install_translator(app, lang)
    paths = demo_profile(Path("/tmp/lapor-detail-shots-cache"), Path(tempfile.mkdtemp(prefix="lapor-dshots-")) / "p")
    desk = open_desk(paths)
    svc, q = ComplaintService(desk), QueueService(desk)
    verifier = UserService(desk).sign_in("verifikator", "latihan123")
    nums = q.nums(verifier, QueueQuery(statuses=("belum_terverifikasi",), sort="received", descending=False))
    new_id = next(q.rows(signed(svc, Actor("admin", "admin")), [n])[n].item.id for n in nums if q.rows(signed(svc, Actor("admin", "admin")), [n])[n].item.category_id is None)
    svc.act(signed(svc, verifier), new_id, Action.COMMENT, {"text": "Pelapor datang lagi ke loket: lubang semakin besar setelah "
                                                       "hujan deras tiga hari berturut-turut, dua anak sempat jatuh "
                                                       "dari sepeda motor dan warga memasang tanda seadanya."})
    n = q.nums(verifier, QueueQuery(statuses=("terdisposisi",)))[0]
    long_id = q.rows(Actor("admin", "admin"), [n])[n].item.id
    pupr_id = svc.state(long_id).agency_id
    svc.act(signed(svc, verifier), long_id, Action.COMMENT, {"text": "Sudah dikonfirmasi lewat telepon dengan pelapor."})
    svc.act(signed(svc, Actor("x", "liaison", agency_id=pupr_id)), long_id, Action.FOLLOW_UP,
            {"text": "Lubang sudah ditambal sementara; perbaikan permanen masuk anggaran pemeliharaan bulan depan."})
    svc.act(signed(svc, verifier), long_id, Action.RECORD_REPLY, {"text": "Pelapor berterima kasih, minta perbaikan permanen."})

    runner = TaskRunner()
    files: list[Path] = []
    win = MainWindow(desk, runner, signed(desk, verifier), lang=lang)
    win.showMaximized()
    win.nav_buttons["queue"].click()
    page = win.queue
    runner.wait_idle(20)
    _pump(app, 800)

    def save(name: str) -> None:
        runner.wait_idle(10)
        _pump(app, 500)
        p = out / f"{lang}-detail-{name}.png"
        subprocess.run(["import", "-window", "root", str(p)], check=True)
        files.append(p)

    page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
    runner.wait_idle(10)
    for cid, name in ((new_id, "unverified"), (long_id, "followed-up")):
        page.detail.show_complaint(cid)
        runner.wait_idle(10)
        page.detail.tabs.setCurrentIndex(1)
        save(f"{name}-history")
        page.detail.tabs.setCurrentIndex(0)
        dlg = page.request_action("verify" if name == "unverified" else "close")
        _pump(app, 300)
        if dlg is not None:
            dlg.ok_button.click()  # shows what is missing
            runner.wait_idle(10)
            save(f"{name}-{dlg.action}-dialog")
            dlg.reject()
    page.detail.show_complaint(new_id)  # anonymous: lifting Anonim asks for a reason and a tick
    runner.wait_idle(10)
    dlg = page.request_action("change_flags")
    if dlg is not None:
        save("privacy-dialog")
        dlg.anonymous_box.setChecked(False)
        dlg.ok_button.click()
        save("privacy-lift-anonymous")
        dlg.reject()
    win.intake._dirty = False
    win.close()
    runner.shutdown()
    desk.close()
    return files


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="both", choices=["id", "en", "both"])
    ap.add_argument("--out", default="/tmp/shots-screens")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in (["id", "en"] if a.lang == "both" else [a.lang]):
        for p in shoot(lang, out):
            print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
