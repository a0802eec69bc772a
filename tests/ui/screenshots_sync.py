"""Screenshots of the Sinkronisasi page during and after a demo sync, offline, and the status bar,
in Indonesian and English (run by hand; look at every PNG):

    xvfb-run -a -s "-screen 0 1366x768x24" python tests/ui/screenshots_sync.py [OUT_DIR]

It does what ``lapor-desktop --demo`` does (a copy of the demo profile, a ``lapor-hub serve
--training`` process, the copy enrolled with it), with the link simulator in front of the hub so
the first sync (about 1,700 events) lasts long enough to be seen.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.support.sessions import signed
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def wait(app, cond, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return True
        time.sleep(0.02)
    return False


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "shots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.demo import demo_profile
    from lapor_desktop.services.demo_hub import DemoHub
    from lapor_desktop.services.desk import open_desk
    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.main_window import MainWindow
    from lapor_desktop.ui.tasks import TaskRunner
    from tests.support.linksim import LinkSim

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from lapor_desktop.ui.look import install_app_style

    install_app_style(app)  # as the program does at start: the one style sheet
    cache = Path(tempfile.gettempdir()) / "lapor-shots-cache"
    for lang in ("id", "en"):
        install_translator(app, lang)
        tmp = Path(tempfile.mkdtemp(prefix="lapor-shots-"))
        paths = demo_profile(cache, tmp / "profile")
        desk = open_desk(paths)
        hub = DemoHub(tmp, interval=5.0)
        link = None
        runner = TaskRunner()
        try:
            hub.start_in_background(desk)
            assert hub.ready.wait(90) and hub.ok, hub.error
            link = LinkSim(hub.port, rtt=0.3, rate_up=60_000, rate_down=120_000)
            desk.settings.hub_url = link.url
            window = MainWindow(desk, runner, signed(desk, Actor("admin", "admin", "Admin Diskominfo")), lang=lang)
            window.resize(1366, 768)
            window.show()
            window.nav_buttons["sync"].click()
            ok = wait(app, lambda: window.sync_ctl.syncing and window.sync_ctl.state.progress is not None
                      and window.sync_ctl.state.progress.events_up >= 300)
            wait(app, lambda: False, 0.3)
            window.grab().save(str(out / f"sync-during-{lang}.png"))
            window.statusBar().grab().save(str(out / f"statusbar-during-{lang}.png"))
            print(lang, "during", ok)
            ok = wait(app, lambda: window.sync_ctl.state is not None and window.sync_ctl.state.state == "idle", 180)
            wait(app, lambda: window.sync_page.runs_model.rowCount() > 0, 10)
            window.sync_ctl.sync_now()  # a second run: the Tracking IDs and national replies come down
            wait(app, lambda: window.sync_ctl.syncing, 10)
            wait(app, lambda: window.sync_ctl.state.state == "idle", 120)
            wait(app, lambda: window.sync_page.runs_model.rowCount() > 1, 10)
            wait(app, lambda: False, 0.5)
            window.grab().save(str(out / f"sync-after-{lang}.png"))
            window.refresh_status()
            wait(app, lambda: False, 0.5)
            window.statusBar().grab().save(str(out / f"statusbar-after-{lang}.png"))
            window.nav_buttons["queue"].click()
            window.queue.refresh()
            wait(app, lambda: False, 2.0)
            window.grab().save(str(out / f"queue-after-sync-{lang}.png"))
            print(lang, "after", ok)
            # offline: the hub goes away; a fresh loop probes and backs off
            window.nav_buttons["sync"].click()
            hub.stop()
            window.sync_ctl.stop()
            window.sync_ctl.start()
            ok = wait(app, lambda: window.sync_ctl.state is not None and window.sync_ctl.state.state == "offline", 30)
            wait(app, lambda: False, 1.2)
            window.grab().save(str(out / f"sync-offline-{lang}.png"))
            window.statusBar().grab().save(str(out / f"statusbar-offline-{lang}.png"))
            print(lang, "offline", ok)
            window.intake._dirty = False
            window.close()
            runner.wait_idle(10)
        finally:
            runner.shutdown(wait=True)
            if link is not None:
                link.close()
            hub.stop()
            desk.close()
            shutil.rmtree(tmp, ignore_errors=True)
    print("screenshots in", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
