"""Sign-in timing: a real login and a made-up one, wrong password, then paused.

Run by hand:  python tests/bench/bench_sign_in.py [--n 20]
Prints the median and p90 time of a failed sign-in for an existing login, a login that does not
exist and a disabled account, and of a refused sign-in while paused, each measured in the same
run on a fresh desk. The three failure paths should agree within noise (one argon2 check each).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lapor_desktop.core.errors import AuthFailed  # noqa: E402
from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.services.desk import setup_desk  # noqa: E402
from lapor_desktop.services.users import UserService  # noqa: E402


def timed(fn, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(n):
        t = time.perf_counter()
        try:
            fn()
        except AuthFailed:
            pass
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20)
    n = ap.parse_args().n
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        desk = setup_desk(AppPaths.under(tmp), office_code="BENCH", office_name="Bench")
        users = UserService(desk)
        users.add(None, login="budi", role="front_desk", password="rahasia123")
        users.add(None, login="mati", role="front_desk", password="rahasia123")
        users.set_disabled(None, "mati", True)
        rows = {}
        # a distinct login per attempt, so no attempt meets a pause (each fails once)
        for label, make in (("existing login, wrong password", lambda i: "budi"),
                            ("unknown login", lambda i: f"tidak-ada-{i}"),
                            ("disabled account", lambda i: "mati")):
            times = []
            for i in range(n):
                login = make(i)
                times += timed(lambda: users.sign_in(login, "salah-salah"), 1)
                users.unlock(None, login) if login in ("budi", "mati") else None
            rows[label] = times
        for _ in range(5):
            try:
                users.sign_in("budi", "salah")
            except AuthFailed:
                pass
        rows["paused (right password)"] = timed(lambda: users.sign_in("budi", "rahasia123"), n)
        desk.close()
    for label, t in rows.items():
        t.sort()
        print(f"{label:34s} median {statistics.median(t):7.1f} ms   p90 {t[int(0.9 * (len(t) - 1))]:7.1f} ms")


if __name__ == "__main__":
    main()
