"""Screenshots of the lock screen, by hand (not a test), on a real X server with a window manager:

    Xvfb :63 -screen 0 1366x768x24 &  DISPLAY=:63 openbox &
    DISPLAY=:63 PYTHONPATH=. python tests/ui/screenshots_lock.py --out /tmp/shots-sessions

For each language: the front desk's window maximised with a half-typed complaint, then locked
(Ctrl+L) with a wrong password tried; the whole screen is saved with ImageMagick's ``import``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.support.shots import application, office_desk, pump  # noqa: E402


def shoot(lang: str, out: Path) -> list[Path]:
    from PySide6.QtTest import QTest

    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.main_window import MainWindow
    from lapor_desktop.ui.tasks import TaskRunner

    application(lang)  # as the program sets it up: the language and the style sheet
    desk = office_desk("lapor-lockshots-")
    tmp = desk.paths.data_dir.parent
    users = UserService(desk)
    users.add(None, login="budi", role="front_desk", password="rahasia123", name="Budi Santoso")
    runner = TaskRunner()
    files: list[Path] = []
    try:
        win = MainWindow(desk, runner, users.sign_in("budi", "rahasia123"), lang=lang)
        win.showMaximized()
        runner.wait_idle(10)
        pump(600)
        QTest.keyClicks(win.intake.title, "Lampu jalan padam di depan Masjid Raya")
        pump(300)
        for name, action in (("form", None), ("lock", win.lock)):
            if action is not None:
                action()
                pump(500)
                QTest.keyClicks(win.lock_screen.password, "salah-salah")
                win.lock_screen.unlock_button.click()
                runner.wait_idle(10)
                pump(500)
            p = out / f"{lang}-{name}.png"
            subprocess.run(["import", "-window", "root", str(p)], check=True)
            files.append(p)
        assert win.locked and win.intake.title.text().startswith("Lampu jalan")
        win.lock_screen._done = True
        win.lock_screen.close()
        win.intake._dirty = False
        win._leaving = True
        win._stop_background()
        win.close()
    finally:
        runner.shutdown(wait=True)
        desk.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/shots-sessions")
    ap.add_argument("--lang", default="both", choices=("id", "en", "both"))
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in (("id", "en") if a.lang == "both" else (a.lang,)):
        for p in shoot(lang, out):
            print(p)


if __name__ == "__main__":
    main()
