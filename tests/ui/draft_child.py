"""Child process for the draft test: types into the form, waits for the draft, then idles until
killed. Run with LAPOR_DESKTOP_HOME set to a test profile."""

from __future__ import annotations

import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.services.desk import open_desk  # noqa: E402
from lapor_desktop.services.users import UserService  # noqa: E402
from lapor_desktop.ui.i18n import install_translator  # noqa: E402
from lapor_desktop.ui.main_window import MainWindow  # noqa: E402
from lapor_desktop.ui.tasks import TaskRunner  # noqa: E402
from tests.support.sessions import signed


def main() -> None:
    app = QApplication([])
    install_translator(app, "id")
    desk = open_desk(AppPaths.resolve())
    actor = UserService(desk).sign_in("budi", sys.argv[1])
    runner = TaskRunner()
    win = MainWindow(desk, runner, signed(desk, actor), lang="id")
    win.show()
    page = win.intake
    deadline = time.monotonic() + 20
    while not page.ref_loaded and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    page.title.setFocus()
    QTest.keyClicks(page.title, "Sampah menumpuk di pantai Tomalou")
    QTest.keyClicks(page.body, "Sampah plastik menumpuk di pantai sejak bulan lalu, berbau.")
    QTest.keyClicks(page.reporter_name, "Rahmat Hasan")
    QTest.keyClicks(page.reporter_phone, "0821-9988-7766")
    page.kecamatan.setCurrentIndex(page.kecamatan.findText("Tidore Selatan"))
    page.kelurahan.setCurrentIndex(page.kelurahan.findText("Tomalou"))
    page.anonymous.setChecked(True)
    drafts = desk.paths.drafts_dir
    while time.monotonic() < deadline:  # the debounce writes the draft about a second later
        app.processEvents()
        files = list(drafts.glob("intake-*.json"))
        if files and "Tomalou" in files[0].read_text(encoding="utf-8") and runner.is_idle():
            print("DRAFT-WRITTEN", flush=True)
            break
        time.sleep(0.02)
    while True:  # "working" until the power goes
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    main()
