"""Short versions of the reliability table's power cuts (``kill_table.py --power-cuts``): a kill
inside a forced checkpoint, and the data files copied while the writer is frozen mid-write; each
time ``doctor`` passes and every acknowledged complaint is there, none twice."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from power_table import checkpoint_kills, copy_cuts  # noqa: E402


@pytest.mark.slow  # writer processes killed and frozen in a loop
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, SIGSTOP")
def test_power_cuts_lose_nothing_acknowledged(tmp_path: Path):
    rng = random.Random(20261202)
    # whether a kill lands inside a checkpoint is a matter of timing: more rounds of three until one
    # has (at most five rounds), every round's desk checked the same way
    ckpt: dict = {}
    for round_ in range(5):
        got = checkpoint_kills(tmp_path / f"round{round_}", 3, rng)
        ckpt = {k: ckpt.get(k, 0) + v for k, v in got.items()}
        if ckpt["kills"]:
            break
    rows = {"checkpoint": ckpt, "copy": copy_cuts(tmp_path, 3, rng, per_writer=3)}
    for kind, row in rows.items():
        assert row["runs"] >= 3, (kind, row)
        assert (row["lost"], row["duplicated"], row["failed_starts"]) == (0, 0, 0), (kind, row)
    assert rows["checkpoint"]["kills"] >= 1  # at least one kill landed inside a checkpoint
