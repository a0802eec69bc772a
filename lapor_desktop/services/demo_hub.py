"""The demo's training hub: a ``lapor-hub serve --training`` process on loopback that the
throw-away demo desk is enrolled with, so sync can be watched working.

    hub = DemoHub(demo_dir)
    hub.start_in_background(desk)   # a thread: start the process, read the enrolment code from
                                    # its stdout, wait for /health, enrol the demo desk
    ...  hub.ready.is_set() / hub.ok / hub.error
    hub.stop()                      # terminate, wait, kill

No Qt here. If the hub cannot start, the demo still opens (sync shows "offline") and the log
says why.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from .desk import Desk

log = logging.getLogger(__name__)

START_TIMEOUT = 60.0  # seconds for the process to print a code and answer /health


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def hub_command(args: list[str]) -> list[str]:
    """``lapor-hub ARGS``: in a frozen build the launcher dispatches on a first argument ``hub``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "hub", *args]
    return [sys.executable, "-m", "lapor_desktop.hub.cli", *args]


class DemoHub:
    def __init__(self, base_dir: Path, *, interval: float = 20.0, port: int | None = None) -> None:
        self.base_dir = Path(base_dir)
        self.hub_dir = self.base_dir / "hub"
        self.interval = interval
        self.port = port or free_loopback_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.code: str | None = None
        self.ready = threading.Event()  # set when done, successfully or not
        self.ok = False
        self.error: str | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        # spawning and stopping under one lock: a stop() before the process exists means it is
        # never spawned (a logout while the hub is still starting left it running, orphaned)
        self._lock = threading.Lock()

    @property
    def stderr_log(self) -> Path:
        return self.hub_dir / "hub-console.log"

    def command(self) -> list[str]:
        return hub_command(["serve", "--training", "--training-desks", "1",
                            "--training-interval", f"{self.interval:g}",
                            "--db", f"sqlite:///{(self.base_dir / 'hub.sqlite3').as_posix()}",
                            "--port", str(self.port), "--host", "127.0.0.1",
                            "--data-dir", str(self.hub_dir), "--log-level", "warning"])

    # ------------------------------------------------------------------ start
    def start_in_background(self, desk: Desk) -> None:
        self._thread = threading.Thread(target=self._start_and_enroll, args=(desk,), name="demo-hub", daemon=True)
        self._thread.start()

    def _start_and_enroll(self, desk: Desk) -> None:
        try:
            self.start()
            self.enroll(desk)
            self.ok = True
            log.info("demo: training hub on %s, demo desk enrolled", self.url)
        except Exception as exc:  # noqa: BLE001 - the demo opens without a hub
            self.error = f"{type(exc).__name__}: {exc}"
            log.warning("demo: the training hub could not be used (%s); the demo runs offline%s",
                        self.error, self._console_tail())
            if not self._stopping:
                self.stop()
        finally:
            self.ready.set()

    def start(self) -> str:
        """Start the process, read its enrolment code, wait for /health. Returns the code."""
        with self._lock:  # after stop() the demo folder is being removed: never make it again
            if self._stopping:
                raise RuntimeError("the demo ended before its training hub started")
            self.hub_dir.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        env.pop("LAPOR_HUB_DB", None)
        if not getattr(sys, "frozen", False):  # a checkout: the hub imports this same package
            import lapor_desktop

            root = str(Path(lapor_desktop.__file__).resolve().parents[1])
            env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        err = open(self.stderr_log, "ab")
        try:
            flags = {"creationflags": subprocess.CREATE_NO_WINDOW} if os.name == "nt" else {"start_new_session": True}
            with self._lock:
                if self._stopping:
                    raise RuntimeError("the demo ended before its training hub started")
                self.proc = subprocess.Popen(self.command(), stdout=subprocess.PIPE, stderr=err,
                                             stdin=subprocess.DEVNULL, env=env, cwd=str(self.hub_dir),
                                             **flags)  # type: ignore[arg-type]
        finally:
            err.close()
        # a watchdog: a hub that never prints a code is killed, which ends the readline below
        watchdog = threading.Timer(START_TIMEOUT, self._give_up)
        watchdog.daemon = True
        watchdog.start()
        try:
            assert self.proc.stdout is not None
            line = self.proc.stdout.readline().decode("utf-8", "replace").strip()
            if not line:
                raise RuntimeError(f"lapor-hub printed no enrolment code (exit code {self.proc.poll()})")
            self.code = line
            self._wait_health(time.monotonic() + START_TIMEOUT)
        finally:
            watchdog.cancel()
        # keep the pipe drained (it prints nothing more, but never let it block the hub)
        threading.Thread(target=self._drain, name="demo-hub-stdout", daemon=True).start()
        return line

    def _give_up(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            log.warning("demo: lapor-hub did not start in %.0f s", START_TIMEOUT)
            self.proc.kill()

    def _drain(self) -> None:
        proc = self.proc
        if proc is None or proc.stdout is None:
            return
        try:
            for _ in iter(proc.stdout.readline, b""):
                pass
        except (OSError, ValueError):
            pass

    def _wait_health(self, deadline: float) -> None:
        from lapor_desktop.sync.transport import HttpTransport, TransportError

        t = HttpTransport(self.url)
        try:
            while True:
                if self.proc is None or self.proc.poll() is not None:
                    raise RuntimeError(f"lapor-hub exited with {self.proc.returncode if self.proc else '?'}")
                try:
                    t.health()
                    return
                except TransportError:
                    if time.monotonic() > deadline:
                        raise RuntimeError("lapor-hub did not answer /health") from None
                    time.sleep(0.2)
        finally:
            t.close()

    def enroll(self, desk: Desk) -> None:
        from .sync import enroll

        if not self.code:
            raise RuntimeError("no enrolment code")
        enroll(desk, self.url, self.code, device_name="Meja latihan (demo)")

    # ------------------------------------------------------------------ stop
    def stop(self, timeout: float = 5.0) -> None:
        with self._lock:
            self._stopping = True
            proc = self.proc
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                try:
                    proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    log.error("demo: lapor-hub (pid %s) did not stop", proc.pid)
        if proc.stdout is not None:
            try:
                proc.stdout.close()
            except OSError:
                pass

    def _console_tail(self, n: int = 1500) -> str:
        try:
            text = self.stderr_log.read_text(encoding="utf-8", errors="replace")[-n:].strip()
        except OSError:
            return ""
        return f"\nlapor-hub said:\n{text}" if text else ""


__all__ = ["DemoHub", "free_loopback_port", "hub_command"]
