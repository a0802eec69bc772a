"""Command-line start-up benchmark: ``lapor-desktop --version``, ``sync-status``, ``doctor`` and
``sync`` (against a real, up-to-date ``lapor-hub`` on loopback: nothing to push or pull), each run
as a fresh ``python -m lapor_desktop`` process, as Task Scheduler runs ``sync``.

Run by hand:  python tests/bench/bench_cli_start.py [--runs 9] [--root CHECKOUT]
Prints the median wall time of each command and its ratio to ``--version``.
Targets (issue 13, item 13): sync-status and doctor under 0.4 s, sync under 0.5 s.
``--root`` measures another checkout (e.g. the code before the change) with the same desk, hub
and harness; the hub always runs from this checkout.
"""

from __future__ import annotations

import argparse
import os
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


def run(root: Path, env: dict[str, str], args: tuple[str, ...]) -> tuple[float, int]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "lapor_desktop", *args], env=env, cwd=str(root),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()[-2000:]}")
    return took, proc.returncode


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
        medians: dict[str, float] = {}
        for args in COMMANDS:
            run(root, env, args)  # warm the file cache once
            times = [run(root, env, args)[0] for _ in range(opts.runs)]
            medians[args[0]] = statistics.median(times)
        base = medians["--version"]
        for name, m in medians.items():
            print(f"{name:12s} {m * 1000:7.0f} ms   x{m / base:5.1f} of --version")
    return 0


if __name__ == "__main__":
    sys.exit(main())
