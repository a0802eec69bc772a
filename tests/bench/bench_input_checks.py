"""What the desk-side input checks cost (issue 12, findings 3, 6, 7).

Run by hand:  python tests/bench/bench_input_checks.py [--regions 100000] [--lines 20000]
Prints: the reference validator on a national-size file (parse, nesting check, full validation);
the intake reader on N complaint lines; the attachment gate (safe open + first-bytes type) per
file. No assertions: figures only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lapor_desktop.core.fileio import open_regular_file  # noqa: E402
from lapor_desktop.core.jsonlimits import depth_exceeds  # noqa: E402
from lapor_desktop.domain.attachments import SNIFF_BYTES, sniff_type  # noqa: E402
from lapor_desktop.services.intake import read_jsonl  # noqa: E402
from lapor_desktop.protocol.reference import MAX_JSON_DEPTH, parse_reference  # noqa: E402


def timed(fn, repeat: int = 3) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--regions", type=int, default=100_000)
    ap.add_argument("--lines", type=int, default=20_000)
    ap.add_argument("--files", type=int, default=500)
    args = ap.parse_args()

    rows = [{"level": "village", "code": f"82.72.{i // 100:02d}.{i:06d}", "name": f"Desa {i}",
             "parent": f"82.72.{i // 100:02d}"} for i in range(args.regions)]
    raw = json.dumps({"regions": rows, "closures": [{"date": "2026-12-24", "name": "Natal"}]}).encode()
    value = json.loads(raw)
    print(f"reference file: {args.regions} regions, {len(raw) / 1e6:.1f} MB")
    print(f"  json.loads               {timed(lambda: json.loads(raw)) * 1000:8.0f} ms")
    print(f"  nesting check            {timed(lambda: depth_exceeds(value, MAX_JSON_DEPTH)) * 1000:8.0f} ms")
    print(f"  parse_reference (all)    {timed(lambda: parse_reference(raw)) * 1000:8.0f} ms")

    line = json.dumps({"title": "Lampu jalan padam di Dokiri", "body": "Lampu penerangan jalan padam. " * 20,
                       "reporter": {"name": "Warga", "phone": "081234567890"},
                       "location": {"district": "Tidore Timur", "village": "Dokiri"}}).encode()
    lines = [line] * args.lines
    t = timed(lambda: sum(1 for _ in read_jsonl(lines)))
    print(f"intake reader: {args.lines} lines in {t * 1000:.0f} ms ({args.lines / t:,.0f} lines/s)")

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(args.files):
            p = Path(tmp) / f"foto-{i}.jpg"
            p.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200_000))
            paths.append(p)
        per: list[float] = []
        for p in paths:
            t0 = time.perf_counter()
            with open_regular_file(p) as fh:
                assert sniff_type(fh.read(SNIFF_BYTES)) == "image/jpeg"
            per.append(time.perf_counter() - t0)
        per.sort()
        print(f"attachment gate (open_regular_file + sniff): p50 {statistics.median(per) * 1e6:.0f} us, "
              f"p95 {per[int(len(per) * 0.95)] * 1e6:.0f} us per file")


if __name__ == "__main__":
    main()
