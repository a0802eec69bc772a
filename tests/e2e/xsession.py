"""A real X server (Xvfb, 1366x768x24) with the openbox window manager, and the real program
started in it (``python -m lapor_desktop``), driven by real key events through xdotool (XTEST).

Each session has its own display number (Xvfb picks a free one through ``-displayfd``); every
process it starts is killed when it ends. Results are read from the profile's store and files,
never from the widgets.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "xdotool")


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


class XSession:
    def __init__(self, workdir: Path, size: str = "1366x768x24") -> None:
        self.workdir = workdir
        self.procs: list[subprocess.Popen] = []
        self.app: subprocess.Popen | None = None
        self.app_log = workdir / "app.log"
        rfd, wfd = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(wfd), "-screen", "0", size, "-nolisten", "tcp",
                                      "-noreset"], pass_fds=(wfd,), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(wfd)
        self.procs.append(self.xvfb)
        number = b""
        deadline = time.monotonic() + 15
        os.set_blocking(rfd, False)
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            try:
                chunk = os.read(rfd, 16)
            except BlockingIOError:
                chunk = b""
            if chunk:
                number += chunk
            elif self.xvfb.poll() is not None:
                break
            else:
                time.sleep(0.02)
        os.close(rfd)
        if not number.strip():
            self.close()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number.decode().strip()
        self.env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb",
                        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
        home = workdir / "home"  # the program's own files (Qt's settings, file dialogs) stay in the test
        home.mkdir(parents=True, exist_ok=True)
        self.env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                        XDG_DATA_HOME=str(home / ".local" / "share"))
        self.env.pop("WAYLAND_DISPLAY", None)
        self.env.pop("LAPOR_DESKTOP_HOME", None)
        self.env.pop("LAPOR_LANG", None)
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
        self.procs.append(wm)
        self.wait(self._wm_ready, timeout=10, what="openbox")

    def _wm_ready(self) -> bool:
        if shutil.which("xprop") is None:
            time.sleep(0.5)
            return True
        out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env, capture_output=True,
                             text=True)
        return "window id" in out.stdout

    # ------------------------------------------------------------------ the program
    def start(self, data_dir: Path, *args: str, lang: str | None = None) -> subprocess.Popen:
        cmd = [sys.executable, "-m", "lapor_desktop", "--data-dir", str(data_dir)]
        if lang:
            cmd += ["--lang", lang]
        cmd += list(args)
        log = open(self.app_log, "ab")
        self.app = subprocess.Popen(cmd, env=self.env, cwd=str(self.workdir), stdout=log, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        log.close()
        self.procs.append(self.app)
        return self.app

    def wait_exit(self, timeout: float = 20) -> int:
        assert self.app is not None
        return self.app.wait(timeout)

    def running(self) -> bool:
        return self.app is not None and self.app.poll() is None

    # ------------------------------------------------------------------ windows and keys
    def _xdo(self, *args: str, check: bool = True) -> str | None:
        r = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20)
        if r.returncode != 0:
            if check:
                raise RuntimeError(f"xdotool {' '.join(args)}: {r.stderr.strip()}")
            return None
        return r.stdout.strip()

    def wait(self, cond, timeout: float = 30, what: str = "", interval: float = 0.1):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while True:
            value = cond()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout:.0f} s for {what}; program log:\n{self.log_text()[-3000:]}")
            if self.app is not None and self.app.poll() is not None and what.startswith("window"):
                raise AssertionError(f"the program ended (code {self.app.returncode}) while waiting for {what}; "
                                     f"log:\n{self.log_text()[-3000:]}")
            time.sleep(interval)

    def windows(self, name: str) -> list[str]:
        out = self._xdo("search", "--onlyvisible", "--name", name, check=False)
        return out.split() if out else []

    def wait_window(self, name: str, timeout: float = 30) -> str:
        """The id of a visible window whose title matches ``name`` (a regular expression), once it is
        also the active one (so keys go to it)."""
        def found() -> str | None:
            ids = self.windows(name)
            if not ids:
                return None
            active = self.active_window()
            return active if active in ids else None
        return self.wait(found, timeout, f"window {name!r}")

    def active_window(self) -> str | None:
        return self._xdo("getactivewindow", check=False)

    def active_title(self) -> str:
        return self._xdo("getactivewindow", "getwindowname", check=False) or ""

    def window_geometry(self, wid: str) -> dict[str, int]:
        out = self._xdo("getwindowgeometry", "--shell", wid) or ""
        return {k: int(v) for k, v in (line.split("=", 1) for line in out.splitlines()) if k in
                ("X", "Y", "WIDTH", "HEIGHT")}

    def key(self, *keys: str) -> None:
        """Key chords in xdotool's spelling (``Return``, ``ctrl+n``, ``alt+l``, ``Tab``)."""
        self.keys_sent += len(keys)
        self._xdo("key", "--delay", "25", *keys)

    def type(self, text: str) -> None:
        self._xdo("type", "--delay", "8", text)

    keys_sent = 0

    def screenshot(self, path: Path) -> Path | None:
        if shutil.which("import") is None:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-display", self.display, "-window", "root", str(path)], env=self.env,
                       capture_output=True, timeout=30)
        return path

    def log_text(self) -> str:
        try:
            return self.app_log.read_text(errors="replace")
        except OSError:
            return ""

    # ------------------------------------------------------------------ the end
    def close(self) -> None:
        if self.app is not None and self.app.poll() is None:  # the program first, so it can clean up
            self.app.terminate()
            try:
                self.app.wait(15)
            except subprocess.TimeoutExpired:
                pass
        for p in reversed(self.procs):
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                except (ProcessLookupError, PermissionError):
                    p.terminate()
        for p in reversed(self.procs):
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    p.kill()
                p.wait(5)
        self.procs.clear()
