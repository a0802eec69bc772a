"""The demo, started the way a newcomer starts it: ``lapor-desktop --demo``."""

from __future__ import annotations

import time
from pathlib import Path

from .conftest import SHOTS


def test_first_demo_reaches_sign_in_quickly_and_signs_in_by_keyboard(xs, tmp_path):
    real = tmp_path / "real-profile"  # the user's own profile: the demo must leave it alone
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    xs.env["TMPDIR"] = str(tmp)
    xs.env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    t0 = time.monotonic()
    xs.start(real, "--demo")
    xs.wait_window("Masuk", timeout=60)
    to_sign_in = time.monotonic() - t0
    print(f"\nfirst --demo to the sign-in window: {to_sign_in:.1f} s")
    (tmp_path / "demo-start.txt").write_text(f"{to_sign_in:.2f}\n")
    time.sleep(0.6)
    xs.screenshot(SHOTS / "demo-sign-in-id.png")
    xs.type("loket")
    xs.key("Return")
    xs.type("latihan123")
    xs.key("Return")
    xs.wait_window("LATIHAN")
    time.sleep(1.0)
    xs.screenshot(SHOTS / "demo-front-desk-id.png")
    assert xs.running()
    # ended by SIGTERM (a logout); the program stops its filler, its tasks and the training hub and
    # removes its folder before it exits: give that time on a loaded machine (xs.close waits 15 s)
    t1 = time.monotonic()
    xs.app.terminate()
    xs.app.wait(60)
    print(f"ended {time.monotonic() - t1:.1f} s after SIGTERM")
    xs.close()
    # nothing of the demo outside its own throw-away folder, and that folder is gone
    assert not real.exists() or not any(real.rglob("*")), sorted(str(p) for p in real.rglob("*"))
    assert not (tmp_path / "xdg-cache").exists()
    # ended by SIGTERM (a logout): the training hub is stopped and the throw-away folder removed
    assert [p.name for p in tmp.iterdir() if p.name.startswith("lapor-demo-")] == []
    hubs = [p for p in Path("/proc").glob("[0-9]*") if _cmdline(p).find(str(tmp)) >= 0]
    assert hubs == [], [_cmdline(p) for p in hubs]


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
