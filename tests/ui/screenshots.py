"""Screenshots of the front desk, by hand (not a test).

    xvfb-run -a -s "-screen 0 1366x768x24" python tests/ui/screenshots.py [--lang id|en|both] [--out shots]

Sets up a throw-away profile (office, reference data, a clerk), then saves PNGs of: the login
dialog, the empty form, the form with errors, the saved form, the duplicate hint and the dialog that
adds to an earlier complaint, both receipt layouts (PDF, rendered with pdftoppm -r 80), and the
settings page as the admin sees it. Look at every one of them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.support.sessions import signed


def _pump(app, ms: int = 300) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(lang: str, out: Path) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lapor_desktop.core.paths import AppPaths, resources_dir
    from lapor_desktop.services.desk import setup_desk
    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.login import LoginDialog
    from lapor_desktop.ui.main_window import MainWindow
    from lapor_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    install_translator(app, lang)
    tmp = Path(tempfile.mkdtemp(prefix="lapor-shots-"))
    paths = AppPaths.under(tmp)
    desk = setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan",
                      reference_file=resources_dir() / "reference" / "tidore-kepulauan.json")
    users = UserService(desk)
    users.add(None, login="budi", role="front_desk", password="rahasia123", name="Budi Santoso")
    runner = TaskRunner()
    files: list[Path] = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        _pump(app, 250)
        p = out / f"{lang}-{name}.png"
        widget.grab().save(str(p))
        files.append(p)

    login = LoginDialog(runner, users, desk.settings.office_name)
    login.show()
    QTest.keyClicks(login.user, "budi")
    save(login, "1-login")
    login.close()

    actor = users.sign_in("budi", "rahasia123")
    win = MainWindow(desk, runner, signed(desk, actor), lang=lang)
    win.resize(1366, 768 - 30)
    win.move(0, 0)
    win.show()
    runner.wait_idle(10)
    save(win, "2-empty-form")

    page = win.intake
    page.title.setFocus()
    QTest.keyClicks(page.title, "Jalan")
    QTest.keyClick(page.title, Qt.Key.Key_Tab)
    QTest.keyClicks(page.body, "Rusak")
    QTest.keyClick(page.body, Qt.Key.Key_Tab)
    QTest.keyClicks(page.reporter_nik, "8272")
    QTest.keyClicks(page.reporter_phone, "12345")
    QTest.keyClicks(page.reporter_email, "budi@")
    page.save()
    runner.wait_idle(10)
    save(win, "3-form-errors")

    page.clear_form()
    QTest.keyClicks(page.title, "Jalan berlubang di depan Pasar Goto")
    QTest.keyClicks(page.body, "Jalan di depan Pasar Goto berlubang besar sejak dua minggu; "
                               "sudah dua pengendara motor jatuh pada malam hari.")
    page.category.setCurrentIndex(max(0, page.category.findData(1397)))
    QTest.keyClicks(page.reporter_name, "Siti Rahmawati")
    QTest.keyClicks(page.reporter_phone, "0812-4455-6677")
    page.kecamatan.setCurrentIndex(page.kecamatan.findText("Tidore"))
    page.kelurahan.setCurrentIndex(page.kelurahan.findText("Goto"))
    runner.wait_idle(10)
    page.save()
    runner.wait_idle(10)
    runner.wait_idle(10)
    save(win, "4-saved-form")

    # a second one, similar, to show the duplicate hint
    page.clear_form()
    QTest.keyClicks(page.title, "Jalan rusak Pasar Goto")
    QTest.keyClicks(page.reporter_phone, "081244556677")
    _pump(app, 700)
    runner.wait_idle(10)
    save(win, "5-duplicate-hint")

    # the reporter is back about that one: the dialog that adds to it instead of a duplicate
    QTest.keyClicks(page.body, "Pelapor datang lagi: lubang makin besar, kemarin ada motor jatuh.")
    _pump(app, 700)
    runner.wait_idle(10)
    if page.similar_list.count():
        page._similar_activated(page.similar_list.item(0))
        runner.wait_idle(10)
        _pump(app, 400)
        if page.similar_dialog is not None:
            save(page.similar_dialog, "5b-similar-dialog")
            shot = out / f"{lang}-5c-similar-dialog-screen.png"
            app.primaryScreen().grabWindow(0).save(str(shot))
            files.append(shot)
            page.similar_dialog.reject()

    for layout in ("a4", "thermal"):
        pdf = out / f"{lang}-receipt-{layout}.pdf"
        from lapor_desktop.services.queue import QueueQuery, QueueService
        from lapor_desktop.ui import printing

        receipt = page.service.receipt(signed(desk, actor), page.service.find_by_receipt(signed(desk, actor),
            QueueService(desk).first_rows(signed(desk, actor), QueueQuery(), limit=1)[0].item.receipt_number))
        printing.save_pdf(receipt, layout, pdf, lang)
        prefix = out / f"{lang}-6-receipt-{layout}"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(prefix)], check=True)
        files.append(prefix.with_suffix(".png"))
    page.shutdown()
    page._dirty = False
    win.close()

    # Pengaturan as the office admin sees it (general tab)
    users.add(None, login="admin", role="admin", password="rahasia123", name="Admin Kantor")
    admin_win = MainWindow(desk, runner, signed(desk, users.sign_in("admin", "rahasia123")), lang=lang)
    admin_win.resize(1366, 768 - 30)
    admin_win.move(0, 0)
    admin_win.show()
    admin_win.nav_buttons["settings"].click()
    runner.wait_idle(10)
    save(admin_win, "7-settings-admin")
    admin_win.intake._dirty = False
    admin_win.close()
    runner.shutdown()
    desk.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return files


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="both", choices=["id", "en", "both"])
    ap.add_argument("--out", default=str(ROOT / "shots"))
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("LAPOR_DESKTOP_HOME", tempfile.mkdtemp(prefix="lapor-shots-home-"))
    langs = ["id", "en"] if a.lang == "both" else [a.lang]
    for lang in langs:
        for f in shoot(lang, out):
            print(f)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip PySide's teardown at interpreter exit
