"""The composition root of the GUI.

paths -> logging -> open_desk (migrates) -> QApplication -> translator -> login -> main window.
The one place that wires the desk's services to the widgets.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

log = logging.getLogger("lapor_desktop.app")

EXIT_OK, EXIT_FAIL, EXIT_STORE, EXIT_NOT_SET_UP = 0, 2, 3, 4


def _language(args, desk=None) -> str:  # type: ignore[no-untyped-def]
    lang = getattr(args, "lang", None) or os.environ.get("LAPOR_LANG")
    if not lang and desk is not None:
        lang = desk.settings.language
    return lang if lang in ("id", "en") else "id"


def _qapp():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("LAPOR! Desk")
    app.setOrganizationName("LAPOR")
    app.setApplicationDisplayName("LAPOR! Desk")
    from lapor_desktop.ui.look import install_app_style

    install_app_style(app)  # the one style sheet, resources/lapor_desktop.qss
    return app


def not_set_up_text(lang: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "App",
        "This desk is not set up yet. The administrator sets it up once, in a terminal:\n\n"
        "lapor-desktop setup --office-code TIDORE --office-name \"Pemerintah Kota Tidore Kepulauan\" "
        "--reference tidore-kepulauan.json\n\n"
        "lapor-desktop users add admin --role admin --name \"Admin\"\n\n"
        "then adds an account for every front-desk officer (users add NAME --role front_desk). "
        "Start LAPOR! Desk again afterwards.")


def run_gui(args) -> int:  # type: ignore[no-untyped-def]
    if getattr(args, "self_test", False):
        return self_test(args)

    paths, demo_dir = _profile(args)
    if demo_dir is None:  # the start-up guard: a missing or damaged database is never opened
        from lapor_desktop.ui.restore_offer import guard_or_offer

        stop = guard_or_offer(paths, _qapp, _language(args))
        if stop is not None:
            return stop

    desk, open_error = _open_desk(paths)

    app = _qapp()
    if demo_dir is not None:
        _quit_on_signals(app)
    from PySide6.QtCore import QCoreApplication

    from lapor_desktop.ui import dialogs
    from lapor_desktop.ui.i18n import install_translator

    lang = install_translator(app, _language(args, desk))
    title = QCoreApplication.translate("App", "LAPOR! Desk")
    if desk is None:
        dialogs.inform(None, title, QCoreApplication.translate(
            "App", "The database of this desk could not be opened (%1). Nothing was changed. "
                   "Call the administrator; details are in the log file:\n%2")
            .replace("%1", type(open_error).__name__).replace("%2", str(paths.log_file)), error=True)
        return EXIT_STORE

    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.tasks import TaskRunner

    users = UserService(desk)
    has_users = _has_users(users)
    runner = TaskRunner()
    first_admin = ""
    if not desk.settings.is_set_up or not has_users:
        set_up = _first_run(runner, paths, desk, lang, title)
        if set_up is None:  # cancelled: the old instructions, nothing changed
            return EXIT_OK
        desk, lang, first_admin = set_up
        users = UserService(desk)

    demo_hub = _start_demo_hub(demo_dir, desk) if demo_dir is not None else None
    # the demo's complaints are written while the trainee signs in (progress on screen)
    demo_fill = _fill_demo(paths, desk.changes) if demo_dir is not None else None
    try:
        return _sign_in_loop(app, runner, desk, users, paths, lang, first_admin, demo_hub, demo_fill)
    finally:
        if demo_fill is not None:
            demo_fill.stop()
        runner.shutdown(wait=True)
        desk.close()
        if demo_hub is not None:
            demo_hub.stop()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _profile(args):  # type: ignore[no-untyped-def]
    """The profile's paths (a throw-away one for ``--demo``, then also its folder), logging set up."""
    from lapor_desktop.core.logsetup import setup_logging
    from lapor_desktop.core.paths import AppPaths

    level = logging.DEBUG if getattr(args, "verbose", False) else logging.INFO
    demo_dir: Path | None = None
    if getattr(args, "demo", False):
        # a throw-away training profile; the real one is never opened, and the demo's log, cache
        # and window state stay in its own folder, removed at the end
        demo_dir = Path(tempfile.mkdtemp(prefix="lapor-demo-"))
        paths = AppPaths.under(demo_dir / "profile")
        setup_logging(paths.log_file, level)
        _prepare_demo(paths, _language(args))
    else:
        paths = AppPaths.resolve(getattr(args, "data_dir", None))
        setup_logging(paths.log_file, level)
    return paths, demo_dir


def _open_desk(paths):  # type: ignore[no-untyped-def]
    """The desk (migrated), or None and the error that stopped it (logged, shown by the caller)."""
    from lapor_desktop.services.desk import open_desk

    desk = None
    open_error: BaseException | None = None
    try:
        desk = open_desk(paths)
    except Exception as exc:  # noqa: BLE001 - shown to the user below
        log.exception("opening the desk failed")
        open_error = exc
    return desk, open_error


def _has_users(users) -> bool:  # type: ignore[no-untyped-def]
    try:
        return bool(users.list())  # start-up, before any window exists
    except Exception:  # noqa: BLE001
        log.exception("reading staff accounts failed")
        return False


def _first_run(runner, paths, desk, lang: str, title: str):  # type: ignore[no-untyped-def]
    """The first-run wizard; it writes nothing unless it is finished. The new desk, language and
    first admin's login, or None when it was cancelled (the old desk closed, the runner stopped)."""
    from lapor_desktop.ui import dialogs
    from lapor_desktop.ui.setup_wizard import run_setup_wizard

    try:
        new_desk, lang, first_admin = run_setup_wizard(runner, paths, desk.settings, lang)
    except BaseException:
        runner.shutdown(wait=True)
        desk.close()
        raise
    if new_desk is None:  # cancelled: the old instructions, nothing changed
        runner.shutdown(wait=True)
        dialogs.inform(None, title, not_set_up_text(lang))
        desk.close()
        return None
    desk.close()
    return new_desk, lang, first_admin


def _sign_in_loop(app, runner, desk, users, paths, lang: str, first_admin: str,  # type: ignore[no-untyped-def]
                  demo_hub, demo_fill) -> int:
    """Sign-in, main window, sign-out or switch user, sign-in again … until Quit; the exit code."""
    from PySide6.QtCore import QSettings

    from lapor_desktop.ui.login import LoginDialog, SignInLoop
    from lapor_desktop.ui.main_window import MainWindow

    training_accounts = None
    training_password = ""
    if desk.settings.training:
        from lapor_desktop.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
        from lapor_desktop.ui.labels import role_label

        training_accounts = [(a.login, role_label(a.role), a.name) for a in DEMO_ACCOUNTS]
        training_password = DEMO_PASSWORD
    ui_state = QSettings(str(paths.config_dir / "ui-state.ini"), QSettings.Format.IniFormat)

    def make_login() -> LoginDialog:
        nonlocal first_admin
        dlg = LoginDialog(runner, users, desk.settings.office_name, training_accounts=training_accounts,
                          training_password=training_password, initial_login=first_admin)
        first_admin = ""
        if demo_fill is not None:
            demo_fill.show_on(dlg.set_notice)
        return dlg

    def make_window(session):  # type: ignore[no-untyped-def]
        window = MainWindow(desk, runner, session, lang=lang, ui_state=ui_state)
        if demo_fill is not None:
            demo_fill.show_on(lambda text: window.statusBar().showMessage(text, 0 if text else 1))
        if demo_hub is not None:
            _sync_when_enrolled(window, demo_hub)
        return window

    # sign-in, main window, sign-out or switch user, sign-in again … until Quit or the window
    # is closed: the windows come and go, so the program does not end with the last of them
    app.setQuitOnLastWindowClosed(False)
    loop = SignInLoop(users, make_login, make_window, parent=app)
    loop.finished.connect(app.quit)
    loop.start()
    if demo_hub is None:
        from lapor_desktop.ui.restore_offer import start_daily_backups

        start_daily_backups(app, runner, paths)
    settle_garbage_collector()
    code = app.exec()
    return int(code)


def _quit_on_signals(app) -> None:  # type: ignore[no-untyped-def]
    """The demo ends cleanly on SIGTERM/SIGHUP (logging out, a closed terminal): every event loop
    ends, so the training hub is stopped and the throw-away folder removed."""
    import signal

    from PySide6.QtCore import QTimer

    def handler(_sig, _frame) -> None:  # type: ignore[no-untyped-def]
        log.info("demo: ending on a signal")
        app.quit()

    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, handler)
    wake = QTimer(app)  # Python runs signal handlers only when it gets control: let it, 3 times a second
    wake.setInterval(300)
    wake.timeout.connect(lambda: None)
    wake.start()


def _start_demo_hub(demo_dir: Path, desk):  # type: ignore[no-untyped-def]
    """The demo's training hub (``lapor-hub serve --training``) on loopback; the demo desk (the
    copy, never the cached template) is enrolled with it on a background thread."""
    from lapor_desktop.services.demo_hub import DemoHub

    hub = DemoHub(demo_dir, interval=20.0)
    log.info("demo: starting the training hub: %s", " ".join(hub.command()))
    hub.start_in_background(desk)
    return hub


def _sync_when_enrolled(window, hub) -> None:  # type: ignore[no-untyped-def]
    """Once the demo desk is enrolled, sync right away: a thread waits for the training hub and
    posts the check to the GUI thread through the task runner's bridge (nothing polls)."""
    import threading

    runner = window.runner

    def check() -> None:
        try:
            if hub.ok and not runner.closed and not window.sync_ctl.started:  # (started: it syncs on its own)
                window.sync_ctl.sync_now()
        except RuntimeError:  # the window is gone (signed out meanwhile)
            pass

    if hub.ready.is_set():
        check()
        return
    def wait_then_check() -> None:
        hub.ready.wait()
        try:
            runner.bridge.post(check)
        except RuntimeError:  # the program ended first
            pass

    threading.Thread(target=wait_then_check, name="demo-hub-ready", daemon=True).start()


def _prepare_demo(paths, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The demo profile's office and training accounts (about a second; a notice shows meanwhile).
    The complaints follow on a thread (``_fill_demo``) once the program has opened the profile."""
    import threading

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLabel

    from lapor_desktop.services.demo import build_demo_base
    from lapor_desktop.ui.i18n import install_translator

    app = _qapp()
    # a catalogue compiled at start goes into the demo's own throw-away cache (remembered for later)
    install_translator(app, lang, cache_dir=paths.cache_dir / "translations")
    notice = QLabel(QCoreApplication.translate("App", "Preparing the training data…"))
    notice.setObjectName("demo.preparing")
    notice.setWindowTitle(QCoreApplication.translate("App", "LAPOR! Desk — training"))
    notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
    notice.setMargin(32)
    notice.show()
    result: dict = {}

    def work() -> None:
        try:
            build_demo_base(paths)
        except BaseException as exc:  # noqa: BLE001 - re-raised on the GUI thread
            result["error"] = exc

    worker = threading.Thread(target=work, name="demo-base", daemon=True)
    worker.start()
    while worker.is_alive():
        app.processEvents()
        worker.join(0.05)
    notice.close()
    if "error" in result:
        raise result["error"]


class _DemoFill:
    """The demo's complaints written on a thread; ``show_on`` puts the progress on screen."""

    def __init__(self, paths, changes=None) -> None:  # type: ignore[no-untyped-def]
        import threading
        from functools import partial

        from lapor_desktop.services.demo import FillProgress, fill_demo

        self.progress = FillProgress()
        self._timer = None
        # what it writes is announced on the window's desk (the screens re-read as it goes)
        self._thread = threading.Thread(target=self._run, args=(partial(fill_demo, changes=changes), paths),
                                        name="demo-fill", daemon=True)
        self._thread.start()

    def _run(self, fill, paths) -> None:  # type: ignore[no-untyped-def]
        from lapor_desktop.services.demo import FillCancelled

        try:
            fill(paths, progress=self.progress)
            log.info("demo: training data ready (%d steps)", self.progress.done)
        except FillCancelled:
            pass
        except Exception:  # noqa: BLE001 - the demo goes on with what is there
            log.exception("demo: filling the training data failed")

    def text(self) -> str:
        from PySide6.QtCore import QCoreApplication

        p = self.progress
        if p.finished:
            return ""
        pct = int(100 * p.done / p.total) if p.total else 0
        return QCoreApplication.translate("App", "Preparing the training complaints… %1%").replace("%1", str(pct))

    def show_on(self, show) -> None:  # type: ignore[no-untyped-def]
        """Call ``show(text)`` twice a second until the data is ready (then once with "")."""
        from PySide6.QtCore import QTimer

        if self._timer is not None:
            self._timer.stop()
        timer = QTimer()
        timer.setInterval(500)

        def tick() -> None:
            text = self.text()
            try:
                show(text)
            except RuntimeError:  # the widget is gone
                timer.stop()
                return
            if not text:
                timer.stop()

        timer.timeout.connect(tick)
        timer.start()
        self._timer = timer
        tick()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.progress.cancelled = True
        self._thread.join(15)


def _fill_demo(paths, changes=None) -> _DemoFill:  # type: ignore[no-untyped-def]
    return _DemoFill(paths, changes)


def settle_garbage_collector() -> None:
    """Move everything start-up made (Qt wrappers, modules, reference data) out of the collector's
    view. A full collection pauses every thread, the GUI's too; with the start-up objects frozen
    those pauses during a long sync stay short."""
    gc.collect()
    gc.freeze()


def self_test(args) -> int:  # type: ignore[no-untyped-def]
    """Open a temporary profile, set it up, render the main window offscreen and exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from lapor_desktop.core.logsetup import setup_logging
    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.core.paths import resources_dir
    from lapor_desktop.core.proctime import seconds_since_import, seconds_since_start
    from lapor_desktop.services.desk import setup_desk

    def since_start() -> float:  # from process start (the OS's figure), else from first import
        t = seconds_since_start()
        return seconds_since_import() if t is None else t

    with tempfile.TemporaryDirectory(prefix="lapor-selftest-") as tmp:
        paths = AppPaths.under(tmp)
        setup_logging(None)
        ref = resources_dir() / "reference" / "tidore-kepulauan.json"
        desk = setup_desk(paths, office_code="SELFTEST", office_name="Self test",
                          reference_file=ref if ref.exists() else None)
        app = _qapp()
        from lapor_desktop.ui.i18n import install_translator
        from lapor_desktop.ui.main_window import MainWindow
        from lapor_desktop.ui.tasks import TaskRunner

        install_translator(app, _language(args, desk))
        runner = TaskRunner()
        try:
            import secrets

            from lapor_desktop.services.users import UserService

            users = UserService(desk)
            users.add(None, login="selftest", role="front_desk", name="Self test", password=secrets.token_urlsafe(16))
            window = MainWindow(desk, runner, users.open_local_session("selftest"))
            window.resize(1366, 768)
            window.show()
            ok = runner.wait_idle(20)
            image = window.grab()
            ok = ok and not image.isNull() and window.intake.ref_loaded
            usable_at = since_start()  # shown, painted, reference data loaded
            window.intake.shutdown()
            window.close()
        finally:
            runner.shutdown(wait=True)
            desk.close()
        print(("self-test ok" if ok else "self-test FAILED")
              + f" in {since_start():.2f} s (main window usable at {usable_at:.2f} s after process start)")
        return EXIT_OK if ok else EXIT_FAIL
