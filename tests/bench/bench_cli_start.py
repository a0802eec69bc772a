"""Command-line start-up benchmark: ``lapor-desktop --version``, ``sync-status``, ``doctor`` and
``sync`` (against a real, up-to-date ``lapor-hub`` on loopback: nothing to push or pull), each run
as a fresh ``python -m lapor_desktop`` process, as Task Scheduler runs ``sync``.

Run by hand:  python tests/bench/bench_cli_start.py [--runs 9] [--root CHECKOUT]
Prints the median wall time and CPU time (user + system of the process: steadier than wall time
on a busy machine) of each command, and their ratio to ``--version``.
Targets (issue 13, item 13): sync-status and doctor under 0.4 s, sync under 0.5 s.
``--root`` measures another checkout (e.g. the code before the change) with the same desk, hub
and harness; the hub always runs from this checkout.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE))

from tests.support.hub import HubProcess  # noqa: E402

COMMANDS = (("--version",), ("sync-status",), ("doctor",), ("sync", "--quiet"))


def run(root: Path, env: dict[str, str], args: tuple[str, ...]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "lapor_desktop", *args], env=env, cwd=str(root),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--root", type=Path, default=HERE, help="the checkout whose command line is timed")
    opts = ap.parse_args()
    root = opts.root.resolve()
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp, \
            HubProcess(Path(tmp), rate=1000.0, burst=2000.0) as hub:
        env = dict(os.environ, PYTHONPATH=str(root), LAPOR_DESKTOP_HOME=str(Path(tmp) / "desk"),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", LAPOR_LANG="en")
        env.pop("QT_QPA_PLATFORM", None)
        office = "BENCH"
        hub.add_office(office)
        code = hub.enrollment_code(office)
        for args in (("setup", "--office-code", office, "--office-name", "Kantor Bench"),
                     ("enroll", "--hub", hub.url, "--code", code), ("sync", "--quiet")):
            run(root, env, args)
        print(f"checkout {root}; {opts.runs} runs each (median wall time, fresh process)")
        medians: dict[str, tuple[float, float]] = {}
        for args in COMMANDS:
            run(root, env, args)  # warm the file cache once
            runs = [run(root, env, args) for _ in range(opts.runs)]
            medians[args[0]] = (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        wall0, cpu0 = medians["--version"]
        print(f"{'command':12s} {'wall':>8s} {'ratio':>6s} {'cpu':>8s} {'ratio':>6s}")
        for name, (wall, cpu) in medians.items():
            print(f"{name:12s} {wall * 1000:5.0f} ms {wall / wall0:5.1f}x {cpu * 1000:5.0f} ms {cpu / cpu0:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
