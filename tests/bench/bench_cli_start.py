"""Command-line start-up benchmark: ``lapor-desktop --version``, ``sync-status``, ``doctor`` and
``sync`` (against a real, up-to-date ``lapor-hub`` on loopback: nothing to push or pull), each run
as a fresh ``python -m lapor_desktop`` process, as Task Scheduler runs ``sync``.

Run by hand:  python tests/bench/bench_cli_start.py [--runs 9] [--root CHECKOUT] [--before CHECKOUT]

Prints the median wall time and CPU time (user + system of the process: steadier than wall time
on a busy machine) of each command, and their ratio to ``python -c pass`` measured in the same
run. For ``sync`` it also prints its start-up: the time from starting the process until its first
HTTP request reaches the hub, in wall time and in the process's CPU time (the desk talks to the hub through a loopback relay here that notes
when the first connection arrives; nothing in the program is changed for it).
Targets (issue 13, item 13): sync-status and doctor under 0.4 s, sync start-up under 0.5 s.

``--rtt 0.6`` puts the link simulator (tests/support/linksim.py) between the desk and the hub,
with that round-trip time, as on a satellite link: then ``sync``'s wall time shows how much of
the start-up its first round trip hides (the early first exchange, services/sync/early.py).

``--pending N`` records N complaints (``intake``, not timed) before each timed ``sync``, so its
first exchange pushes them (as a run in office hours does) instead of only pulling.

``--root`` measures another checkout; ``--before`` measures a second checkout (e.g. main's code
before a change, ``git archive main | tar -x -C /tmp/before``) in the same run, its runs
interleaved with ``--root``'s so both see the same load on a shared machine. Both use the same
desk (its schema is the newest of the two) and the hub of this checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE))

from tests.support.hub import HubProcess  # noqa: E402
from tests.support.linksim import LinkSim  # noqa: E402

COMMANDS = (("--version",), ("sync-status",), ("doctor",), ("sync", "--quiet"))
PYTHON_START = ("-c", "pass")  # the baseline: a bare interpreter


class Relay:
    """A loopback TCP relay in front of the hub that notes when its first connection arrives."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.first: float | None = None
        self.first_cpu: float | None = None
        self.pid: int | None = None  # the process under test: its CPU time is read at the first request
        threading.Thread(target=self._serve, daemon=True).start()

    def reset(self, pid: int | None = None) -> None:
        self.first = self.first_cpu = None
        self.pid = pid

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if self.first is None:
                self.first = time.perf_counter()
                self.first_cpu = _cpu_of(self.pid)
            upstream = socket.create_connection(self.target)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self.server.close()


def _cpu_of(pid: int | None) -> float | None:
    """User + system CPU seconds a running process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(root: Path, env: dict[str, str], args: tuple[str, ...], relay: Relay | None = None
        ) -> tuple[float, float, tuple[float, float | None] | None]:
    """(wall seconds, CPU seconds, (wall, CPU) seconds until the first request reached the relay)."""
    cmd = [sys.executable, *args] if args == PYTHON_START else [sys.executable, "-m", "lapor_desktop", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=dict(env, PYTHONPATH=str(root)), cwd=str(root),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if relay is not None:
        relay.reset(proc.pid)
    _out, err = proc.communicate()
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {err.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    first = (relay.first - t0, relay.first_cpu) if relay is not None and relay.first is not None else None
    return took, cpu, first


def _filler(root: Path, env: dict[str, str], tmp: Path, n: int):  # type: ignore[no-untyped-def]
    """A function that records ``n`` new complaints before a ``sync`` (nothing when ``n`` is 0)."""
    if not n:
        return lambda args: None
    subprocess.run([sys.executable, "-m", "lapor_desktop", "users", "add", "loket", "--role", "front_desk",
                    "--name", "Petugas Loket", "--password-stdin"], input=b"rahasia-bench-123\n",
                   env=dict(env, PYTHONPATH=str(root)), cwd=str(root), check=True, capture_output=True)
    made = [0]
    rng = random.Random(7)  # invented reporters, as tests/integration/sync/conftest.py makes them

    def fill(args: tuple[str, ...]) -> None:
        if args[0] != "sync":
            return
        made[0] += 1
        path = tmp / f"intake-{made[0]}.jsonl"
        lines = [json.dumps({"intake_id": f"bench-{made[0]}-{i}", "title": f"Lampu jalan mati {made[0]}-{i}",
                             "body": "Lampu jalan di depan kantor kelurahan mati sejak seminggu, mohon diperbaiki.",
                             "classification": "tidak_berkadar_pengawasan", "channel": "tatap_muka",
                             "category_id": 928, "reporter": {"name": f"Warga {rng.randint(1, 9999)}",
                                          "phone": f"0812{rng.randint(10_000_000, 99_999_999)}"},
                             "location": {"district": "Tidore Timur", "village": "Dokiri"}}) for i in range(n)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run(root, env, ("intake", "--as", "loket", str(path)))

    return fill


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--root", type=Path, default=HERE, help="the checkout whose command line is timed")
    ap.add_argument("--before", type=Path, default=None, help="a second checkout, timed interleaved")
    ap.add_argument("--rtt", type=float, default=0.0, help="round-trip time of a simulated link (seconds)")
    ap.add_argument("--pending", type=int, default=0, help="complaints recorded before each timed sync")
    opts = ap.parse_args()
    roots = {"after" if opts.before else "this": opts.root.resolve()}
    if opts.before:
        roots = {"before": opts.before.resolve(), **roots}
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp, \
            HubProcess(Path(tmp), rate=1000.0, burst=2000.0) as hub:
        link = LinkSim(hub.port, rtt=opts.rtt) if opts.rtt else None
        relay = Relay(link.port if link is not None else int(hub.url.rsplit(":", 1)[1]))
        # bytecode is cached (as in an installed program), outside the checkouts
        env = dict(os.environ, LAPOR_DESKTOP_HOME=str(Path(tmp) / "desk"), PYTHONPYCACHEPREFIX=str(Path(tmp) / "pyc"),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", LAPOR_LANG="en")
        for name in ("QT_QPA_PLATFORM", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        office = "BENCH"
        hub.add_office(office)
        code = hub.enrollment_code(office)
        newest = list(roots.values())[-1]
        for args in (("setup", "--office-code", office, "--office-name", "Kantor Bench"),
                     ("enroll", "--hub", f"http://127.0.0.1:{relay.port}", "--code", code), ("sync", "--quiet")):
            run(newest, env, args)
        fill = _filler(newest, env, Path(tmp), opts.pending)
        print(f"{opts.runs} runs each, fresh processes, interleaved; " +
              "; ".join(f"{k}: {v}" for k, v in roots.items()))
        samples: dict[tuple[str, str], list[tuple[float, float, float | None]]] = {}
        for args in (PYTHON_START, *COMMANDS):
            for root in roots.values():
                fill(args)
                run(root, env, args)  # warm the file cache once
            for _ in range(opts.runs):
                for name, root in roots.items():
                    fill(args)
                    samples.setdefault((name, args[0]), []).append(
                        run(root, env, args, relay if args[0] == "sync" else None))
        relay.close()
        if link is not None:
            link.close()
    if opts.pending:
        print(f"each sync pushes {opts.pending} complaint(s) recorded just before it")
    if opts.rtt:
        print(f"through a simulated link with a round trip of {opts.rtt * 1000:.0f} ms")
    print(f"{'checkout':8s} {'command':14s} {'wall':>8s} {'ratio':>6s} {'cpu':>8s} {'ratio':>6s}  "
          "first request: wall, cpu")
    for name in roots:
        base_wall = statistics.median(w for w, _, _ in samples[(name, PYTHON_START[0])])
        base_cpu = statistics.median(c for _, c, _ in samples[(name, PYTHON_START[0])])
        for (who, command), runs in samples.items():
            if who != name:
                continue
            wall = statistics.median(w for w, _, _ in runs)
            cpu = statistics.median(c for _, c, _ in runs)
            walls = [f[0] for _, _, f in runs if f is not None]
            cpus = [f[1] for _, _, f in runs if f is not None and f[1] is not None]
            first = (f"{statistics.median(walls) * 1000:5.0f} ms" if walls else "") + (
                f", {statistics.median(cpus) * 1000:4.0f} ms" if cpus else "")
            label = "python -c pass" if command == "-c" else command
            print(f"{name:8s} {label:14s} {wall * 1000:5.0f} ms {wall / base_wall:5.1f}x "
                  f"{cpu * 1000:5.0f} ms {cpu / base_cpu:5.1f}x  {first}")
    print("targets: sync-status and doctor < 400 ms; sync start-up (first request) < 500 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
