"""Demo start benchmark: the first ``lapor-desktop --demo`` to its sign-in window, on a real X
server (Xvfb + openbox, as tests/e2e), with a fresh TMPDIR and cache each time (every demo start
is a first start: nothing is cached outside its throw-away folder).

Run by hand:  python tests/bench/bench_demo_start.py [--runs 3] [--root CHECKOUT]
Prints each start and the median. Target (issue 11, item 27): under 5 s.
``--root`` measures another checkout (e.g. the code before the change) with the same harness.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.xsession import XSession, missing_tools  # noqa: E402


def one(root: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        t = Path(tmp)
        (t / "tmp").mkdir()
        xs = XSession(t)
        try:
            xs.env["TMPDIR"] = str(t / "tmp")
            xs.env["XDG_CACHE_HOME"] = str(t / "cache")
            xs.env["PYTHONPATH"] = str(root)
            t0 = time.monotonic()
            xs.start(t / "profile", "--demo")
            xs.wait_window("Masuk|Sign in", timeout=180)
            return time.monotonic() - t0
        finally:
            xs.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    a = ap.parse_args()
    if missing_tools():
        sys.exit("needs " + ", ".join(missing_tools()))
    times = []
    for i in range(a.runs):
        s = one(a.root.resolve())
        times.append(s)
        print(f"run {i + 1}: first --demo to the sign-in window {s:.1f} s", flush=True)
    print(f"median {statistics.median(times):.1f} s over {len(times)} runs (target < 5 s); "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
