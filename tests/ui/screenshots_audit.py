"""Screenshots of the identity reveal, the audit trail viewer and the lock screen, by hand (not a
test), on a real X server with a window manager, keys typed through xdotool (XTEST):

    Xvfb :71 -screen 0 1366x768x24 &  DISPLAY=:71 openbox &
    DISPLAY=:71 PYTHONPATH=. python tests/ui/screenshots_audit.py --out /tmp/shots-audit

For each language: a verifier's window maximised on an Anonim complaint (identity hidden), the
"Show identity" dialog with a reason typed (Alt+I, then the reason), the identity shown for that
view (Ctrl+Enter); a supervisor's window with the audit trail (Ctrl+Shift+J) after "Check
integrity" (Alt+K); the lock screen (Ctrl+L) after a wrong password. The whole screen is saved
with ImageMagick's ``import``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.support.shots import application, office_desk, pump, shot, xdo  # noqa: E402


def shoot(lang: str, out: Path) -> list[Path]:
    from PySide6.QtWidgets import QDialog, QPushButton

    from lapor_desktop.domain.enums import Action
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.services.frontdesk import FrontDeskService
    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.main_window import MainWindow
    from lapor_desktop.ui.tasks import TaskRunner

    application(lang)  # as the program sets it up: the language and the style sheet
    desk = office_desk("lapor-auditshots-")
    tmp = desk.paths.data_dir.parent
    users = UserService(desk)
    pw = "rahasia123"
    for login, role, name in (("budi", "front_desk", "Budi Santoso"), ("rina", "verifier", "Rina Wahyuni"),
                              ("kepala", "supervisor", "Kepala Bagian Umum"), ("admin", "admin", "Admin")):
        users.add(None, login=login, role=role, password=pw, name=name)
    svc = ComplaintService(desk)
    clerk = users.sign_in("budi", pw)
    base = {"channel": "tatap_muka", "classification": "berkadar_pengawasan", "category_id": 1398}
    anon = svc.record(clerk, {**base, "title": "Petugas meminta uang di Puskesmas Soasio",
                              "body": "Petugas loket Puskesmas Soasio meminta uang Rp50.000 untuk surat rujukan.",
                              "anonymous": True, "confidential": True,
                              "reporter": {"name": "Fatimah Sangaji", "nik": "8272014101900003",
                                           "phone": "081311110003"}}).id
    for title in ("Lampu jalan padam di Gamtufkange", "Jalan berlubang di depan Pasar Goto"):
        cid = svc.record(clerk, {**base, "title": title, "body": title + ". Mohon segera diperbaiki.",
                                 "reporter": {"name": "Warga Tidore"}}).id
        FrontDeskService(desk).receipt(clerk, cid)
    for _ in range(2):
        try:
            users.sign_in("rina", "salah-salah")
        except Exception:  # noqa: BLE001 - a failed sign-in, for the trail
            pass
    runner = TaskRunner()
    files: list[Path] = []
    try:
        # ---- the verifier reveals
        rina = users.sign_in("rina", pw)
        svc.act(rina, anon, Action.COMMENT, {"text": "Perlu klarifikasi jam kejadian."})
        win = MainWindow(desk, runner, rina, lang=lang)
        win.showMaximized()
        runner.wait_idle(10)
        pump(800)
        win.open_complaint(anon)
        runner.wait_idle(10)
        pump(800)
        shot(out, f"{lang}-1-detail-hidden.png", files)
        assert win.queue.detail.findChild(QPushButton, "detail.revealIdentity") is not None, "no reveal button"
        xdo("key", "--clearmodifiers", "alt+i", wait=800)  # "Show &identity…" / "Tampilkan &identitas…"
        dlg = win.queue.detail.findChild(QDialog, "revealDialog")
        assert dlg is not None and dlg.isVisible(), "the reveal dialog did not open"
        xdo("type", "--delay", "20", "cek", wait=300)
        xdo("key", "--clearmodifiers", "ctrl+Return", wait=300)
        runner.wait_idle(10)
        shot(out, f"{lang}-2-reveal-reason-refused.png", files)
        xdo("key", "--clearmodifiers", "ctrl+a", wait=100)
        reason = ("Pelapor minta dihubungi kembali soal jam kejadian" if lang == "id"
                  else "The reporter asked to be called back about the time")
        xdo("type", "--delay", "15", reason, wait=300)
        shot(out, f"{lang}-3-reveal-dialog.png", files)
        xdo("key", "--clearmodifiers", "ctrl+Return", wait=600)
        runner.wait_idle(10)
        pump(600)
        assert not dlg.isVisible(), "the reveal dialog is still open"
        shot(out, f"{lang}-4-identity-shown.png", files)
        win.intake._dirty = False
        win._leaving = True
        win._stop_background()
        win.close()
        runner.wait_idle(10)
        # ---- the supervisor's audit trail
        kepala = users.sign_in("kepala", pw)
        win = MainWindow(desk, runner, kepala, lang=lang)
        win.showMaximized()
        runner.wait_idle(10)
        pump(800)
        xdo("key", "--clearmodifiers", "ctrl+shift+j", wait=900)
        runner.wait_idle(10)
        dlg = getattr(win, "audit_dialog", None)
        assert dlg is not None and dlg.isVisible(), "the audit dialog did not open"
        dlg.showMaximized()
        pump(600)
        xdo("key", "--clearmodifiers", "alt+k" if lang == "id" else "alt+c", wait=800)  # Periksa &keutuhan
        runner.wait_idle(10)
        pump(600)
        shot(out, f"{lang}-5-audit-viewer.png", files)
        xdo("key", "--clearmodifiers", "Escape", wait=500)
        # ---- the lock screen
        xdo("key", "--clearmodifiers", "ctrl+l", wait=800)
        xdo("type", "--delay", "20", "salah-salah", wait=200)
        xdo("key", "--clearmodifiers", "Return", wait=300)
        runner.wait_idle(10)
        pump(800)
        assert win.locked
        shot(out, f"{lang}-6-lock-screen.png", files)
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/shots-audit"))
    ap.add_argument("--lang", choices=["id", "en", "both"], default="both")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    if a.lang == "both":  # one process per language (a fresh X focus and translator)
        return max(subprocess.run([sys.executable, __file__, "--out", str(a.out), "--lang", lang]).returncode
                   for lang in ("id", "en"))
    for f in shoot(a.lang, a.out):
        print(f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
