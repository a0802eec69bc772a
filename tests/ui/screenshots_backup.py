"""Screenshots of the start-up guard's restore offer and of the full-disk message, by hand (not a
test): the real program on a real X server (Xvfb 1366x768, openbox), driven with xdotool.

    PYTHONPATH=. python tests/ui/screenshots_backup.py --display :72 --out /tmp/shots-backup

For each language:
- restore offer: a set-up profile with a backup whose database is then cut short; the program
  starts, the guard moves the file aside and offers the backup (shot); Enter restores and the
  sign-in dialog follows (shot).
- full disk: a profile on a small tmpfs; sign in and type a complaint with the keyboard, the disk
  is filled, Ctrl+S (shot: the message under the form and the status bar); the space is freed,
  the status bar says so by itself, Ctrl+S saves (shot).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.e2e.xsession import XSession  # noqa: E402

PASSWORD = "rahasia123"

PREP = r'''
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from lapor_desktop.core.paths import AppPaths, resources_dir
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.backup import make_backup
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import setup_desk
from lapor_desktop.services.users import UserService
from tests.support.sessions import signed
home, kind, lang = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
paths = AppPaths.under(home)
desk = setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan",
                  reference_file=resources_dir() / "reference" / "tidore-kepulauan.json")
desk.settings.language = lang
desk.save_settings()
users = UserService(desk)
users.add(None, login="budi", role="front_desk", password="rahasia123", name="Budi Santoso")
svc = ComplaintService(desk)
svc.record_many(signed(svc, Actor("budi", "front_desk", "Budi Santoso")),
                [({"title": f"Lampu jalan padam nomor {i}", "body": "Lampu penerangan jalan di Dokiri padam.",
                   "reporter": {"name": f"Warga {i}"}}, ()) for i in range(37)])
desk.close()
if kind == "backup":
    make_backup(paths, "daily")
'''


class FixedDisplay(XSession):
    """An XSession on a display number of our own (the brief's), instead of a free one."""

    def __init__(self, workdir: Path, display: str, size: str = "1366x768x24") -> None:  # noqa: D107
        self.workdir = workdir
        self.procs = []
        self.app = None
        self.app_log = workdir / "app.log"
        self.xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.procs.append(self.xvfb)
        self.display = display
        home = workdir / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT), HOME=str(home),
                        XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                        XDG_DATA_HOME=str(home / ".local" / "share"))
        for k in ("WAYLAND_DISPLAY", "LAPOR_DESKTOP_HOME", "LAPOR_LANG"):
            self.env.pop(k, None)
        time.sleep(1.0)
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
        self.procs.append(wm)
        self.wait(self._wm_ready, timeout=10, what="openbox")


def _prep(home: Path, kind: str, lang: str) -> None:
    r = subprocess.run([sys.executable, "-c", PREP, str(home), kind, lang], env={**os.environ, "PYTHONPATH": str(ROOT)},
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-3000:])


def _fill(disk: Path) -> Path:
    filler = disk / "filler.bin"
    with open(filler, "wb", buffering=0) as fh:
        for size in (1 << 20, 65536, 4096, 512):
            try:
                while True:
                    fh.write(b"\0" * size)
            except OSError:
                pass
    return filler


def restore_offer(x: XSession, work: Path, lang: str, out: Path) -> list[Path]:
    home = work / f"restore-{lang}"
    _prep(home, "backup", lang)
    db = home / "data" / "lapor-desk.sqlite3"
    with open(db, "r+b") as fh:  # cut short, as a disk error or a killed copy would leave it
        fh.truncate(db.stat().st_size // 3)
    x.start(home, lang=lang)
    x.wait_window("Masalah basis data" if lang == "id" else "Database problem", timeout=90)
    time.sleep(1.0)
    shots = [x.screenshot(out / f"restore-offer-{lang}.png")]
    x.key("Return")  # the default button: restore
    x.wait_window("LAPOR! Desk", timeout=90)
    time.sleep(1.0)
    shots.append(x.screenshot(out / f"restore-offer-{lang}-then-sign-in.png"))
    x.app.terminate()  # type: ignore[union-attr]
    x.wait_exit(30)
    return [s for s in shots if s]


def disk_full(x: XSession, work: Path, lang: str, out: Path) -> list[Path]:
    disk = work / f"disk-{lang}"
    disk.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", str(disk)], capture_output=True).returncode:
        raise SystemExit("cannot mount a tmpfs here (needs root)")
    shots: list[Path | None] = []
    try:
        home = disk / "home"
        _prep(home, "plain", lang)
        x.start(home, lang=lang)
        x.wait_window("LAPOR! Desk", timeout=90)
        time.sleep(1.0)
        x.type("budi")
        x.key("Tab")
        x.type(PASSWORD)
        x.key("Return")
        x.wait_window("Loket|Front desk", timeout=90)
        time.sleep(3.0)  # the cursor is in the form's title
        x.type("Air bersih tidak mengalir di Kelurahan Goto")
        x.key("Tab")
        x.type("Sudah seminggu air PDAM tidak mengalir di RT 02 Goto; warga membeli air galon.")
        x.key("Tab", "Tab", "Tab", "Tab", "Tab")  # classification, source, category, date: to the name
        x.type("Siti Rahmawati")
        time.sleep(1.0)
        filler = _fill(disk)
        x.key("ctrl+s")
        time.sleep(3.0)
        shots.append(x.screenshot(out / f"disk-full-{lang}.png"))
        filler.unlink()
        time.sleep(5.0)  # the status bar notices the room by itself
        x.key("ctrl+s")
        time.sleep(3.0)
        shots.append(x.screenshot(out / f"disk-full-{lang}-then-freed-and-saved.png"))
        x.app.terminate()  # type: ignore[union-attr]
        x.wait_exit(30)
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
    return [s for s in shots if s]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--display", default=":72")
    ap.add_argument("--out", default="/tmp/shots-backup")
    ap.add_argument("--lang", default="both", choices=("id", "en", "both"))
    ap.add_argument("--only", default="both", choices=("restore", "disk", "both"))
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lapor-backupshots-"))
    x = FixedDisplay(work, a.display)
    try:
        for lang in (("id", "en") if a.lang == "both" else (a.lang,)):
            if a.only in ("restore", "both"):
                for p in restore_offer(x, work, lang, out):
                    print(p)
            if a.only in ("disk", "both"):
                for p in disk_full(x, work, lang, out):
                    print(p)
    finally:
        x.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
