"""A real ``lapor-hub serve`` process on a free loopback port, with a database of its own.

    with HubProcess(tmp_path) as hub:            # SQLite in tmp_path
        hub.admin("offices", "add", "TDR", "Kota Tidore")
        creds = hub.enroll("TDR")                # {"device_id", "token", ...}
        requests.get(hub.api + "/health")

``HubProcess(tmp_path, engine="postgres")`` (or ``engine=None`` = PostgreSQL when
``LAPOR_TEST_PG_URL`` is set, else SQLite) makes a fresh PostgreSQL database for the instance and
drops it on close. ``.url`` is the hub's base URL (what a desk is configured with), ``.api`` the
``/api/v1`` base, ``.db_url`` the database URL; ``.admin(*args)`` runs an admin command against
the same database; ``.kill()`` (SIGKILL), ``.stop()`` (SIGTERM), ``.start()``, ``.restart()``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests

REPO_ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "LAPOR_TEST_PG_URL"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _psycopg_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _with_database(url: str, name: str) -> str:
    head, _, _old = url.rpartition("/")
    query = ""
    if "?" in _old:
        query = "?" + _old.split("?", 1)[1]
    return f"{head}/{name}{query}"


def create_pg_database(base_url: str) -> str:
    import psycopg

    name = "lapor_hub_" + uuid.uuid4().hex[:12]
    with psycopg.connect(_psycopg_dsn(base_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return _with_database(base_url, name)


def drop_pg_database(base_url: str, db_url: str) -> None:
    import psycopg

    name = db_url.rpartition("/")[2].split("?", 1)[0]
    try:
        with psycopg.connect(_psycopg_dsn(base_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Exception:  # cleanup is best effort
        pass


class HubProcess:
    def __init__(self, base_dir: str | os.PathLike | None = None, *, engine: str | None = "sqlite",
                 extra_args: list[str] | tuple[str, ...] = (), env: dict[str, str] | None = None,
                 rate: float = 1000.0, burst: float = 2000.0, autoclose_interval: float = 0,
                 startup_timeout: float = 30.0, port: int | None = None,
                 tls: tuple[str, str, str] | None = None) -> None:
        """``tls``: (certificate file, key file, CA file that signed it): serve https only."""
        if engine is None:
            engine = "postgres" if pg_url() else "sqlite"
        if engine not in ("sqlite", "postgres"):
            raise ValueError(engine)
        if engine == "postgres" and not pg_url():
            raise RuntimeError(f"{PG_ENV} is not set")
        self.engine = engine
        self._own_dir = base_dir is None
        self.dir = Path(base_dir or tempfile.mkdtemp(prefix="lapor-hub-test-")) / f"hub-{uuid.uuid4().hex[:8]}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = self.dir / "data"
        self.extra_args = list(extra_args)
        self.tls = tls
        if tls is not None:
            self.extra_args += ["--ssl-certfile", str(tls[0]), "--ssl-keyfile", str(tls[1])]
        self.extra_env = dict(env or {})
        self.rate, self.burst, self.autoclose_interval = rate, burst, autoclose_interval
        self.startup_timeout = startup_timeout
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.log_path = self.dir / "hub.log"
        if engine == "postgres":
            self.db_url = create_pg_database(pg_url())
        else:
            self.db_url = f"sqlite:///{self.dir / 'hub.sqlite3'}"
        self.hub_id: str | None = None
        self._offices: set[str] = set()
        self._codes: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ addresses
    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def verify(self) -> str | bool:
        """What ``requests`` needs to trust this hub."""
        return str(self.tls[2]) if self.tls else True

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    # ------------------------------------------------------------------ process
    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
        env["LAPOR_HUB_DB"] = self.db_url
        env["PYTHONUNBUFFERED"] = "1"
        env.update(self.extra_env)
        return env

    def start(self) -> "HubProcess":
        if self.proc is not None and self.proc.poll() is None:
            return self
        cmd = [sys.executable, "-m", "lapor_desktop.hub.cli", "serve", "--db", self.db_url,
               "--host", "127.0.0.1", "--port", str(self.port), "--data-dir", str(self.data_dir),
               "--rate", str(self.rate), "--burst", str(self.burst),
               "--enroll-rate", str(self.rate), "--enroll-burst", str(self.burst),
               "--autoclose-interval", str(self.autoclose_interval), "--log-level", "warning",
               *self.extra_args]
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=self._env(),
                                     cwd=str(self.dir), start_new_session=True)
        log.close()
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"lapor-hub exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                r = requests.get(self.api + "/health", timeout=2, verify=self.verify)
                if r.status_code == 200:
                    self.hub_id = r.json()["hub_id"]
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"lapor-hub did not answer /health in {self.startup_timeout}s:\n{self.log_tail()}")

    def log_tail(self, n: int = 4000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-n:]
        except OSError:
            return ""

    def kill(self) -> None:
        """SIGKILL: the hub dies mid-whatever, as in a power cut."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self, timeout: float = 10.0) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()

    def restart(self, kill: bool = False) -> "HubProcess":
        self.kill() if kill else self.stop()
        return self.start()

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def close(self) -> None:
        self.stop()
        if self.engine == "postgres":
            drop_pg_database(pg_url(), self.db_url)
        if self._own_dir:
            shutil.rmtree(self.dir.parent, ignore_errors=True)

    def __enter__(self) -> "HubProcess":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ------------------------------------------------------------------ admin
    def admin(self, *args: str, check: bool = True, env: dict[str, str] | None = None,
              timeout: float = 60, in_process: bool = True) -> subprocess.CompletedProcess:
        """Run ``lapor-hub ARGS`` against this hub's database; stdout/stderr as text.

        By default the command's ``main()`` runs inside this process (the same code as the console
        script, without a second of interpreter start-up per call); ``in_process=False`` runs it
        as ``python -m lapor_desktop.hub.cli`` in a subprocess.
        """
        if in_process:
            return self._admin_in_process(args, check, env or {})
        e = self._env()
        e.update(env or {})
        proc = subprocess.run([sys.executable, "-m", "lapor_desktop.hub.cli", *args], env=e,
                              capture_output=True, text=True, timeout=timeout, cwd=str(self.dir))
        if check and proc.returncode != 0:
            raise RuntimeError(f"lapor-hub {' '.join(args)} failed ({proc.returncode}):\n"
                               f"{proc.stdout}\n{proc.stderr}")
        return proc

    def _admin_in_process(self, args: tuple[str, ...], check: bool,
                          env: dict[str, str]) -> subprocess.CompletedProcess:
        import contextlib
        import io

        if str(REPO_ROOT) not in sys.path:
            sys.path.insert(0, str(REPO_ROOT))
        from lapor_desktop.hub.cli import main

        patch = {"LAPOR_HUB_DB": self.db_url, **env}
        saved = {k: os.environ.get(k) for k in patch}
        out, err = io.StringIO(), io.StringIO()
        try:
            os.environ.update(patch)
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(list(args))
                except SystemExit as exc:  # argparse
                    code = exc.code if isinstance(exc.code, int) else 2
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        proc = subprocess.CompletedProcess(["lapor-hub", *args], code, out.getvalue(), err.getvalue())
        if check and code != 0:
            raise RuntimeError(f"lapor-hub {' '.join(args)} failed ({code}):\n{proc.stdout}\n{proc.stderr}")
        return proc

    def add_office(self, code: str, name: str | None = None) -> None:
        self.admin("offices", "add", code, name or f"Office {code}")
        self._offices.add(code)

    def enrollment_code(self, office: str, expires: str = "72h") -> str:
        return self.admin("enrollment-code", "--office", office, "--expires", expires).stdout.strip()

    def enrollment_codes(self, office: str, count: int, expires: str = "72h") -> list[str]:
        out = self.admin("enrollment-code", "--office", office, "--expires", expires,
                         "--count", str(count)).stdout
        return [line.strip() for line in out.splitlines() if line.strip()]

    def _pooled_code(self, office: str) -> str:
        pool = self._codes.setdefault(office, [])
        if not pool:
            pool.extend(self.enrollment_codes(office, 8))
        return pool.pop()

    def enroll(self, office: str, device_id: str | None = None, name: str = "test desk",
               add_office: bool = True) -> dict[str, Any]:
        """Make a code and enrol a device with it; returns the 201 body (device_id, token, ...)."""
        if add_office and office not in self._offices:
            self.add_office(office)
        code = self._pooled_code(office)
        body = {"enrollment_code": code, "office_code": office, "device_name": name,
                "client_version": "test"}
        if device_id:
            body["device_id"] = device_id
        r = requests.post(self.api + "/devices", json=body, timeout=10, verify=self.verify)
        if r.status_code != 201:
            raise RuntimeError(f"enrolment failed: {r.status_code} {r.text}")
        return r.json()
