"""Finding 7: a hostile intake line is that line's error; the lines after it are still read.

A line nested 5,000 deep used to end ``lapor-desktop intake`` with a ``RecursionError`` traceback,
and the lines after it were never read. Bytes that are not UTF-8 did the same.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.services import intake  # noqa: E402
from lapor_desktop.services.intake import read_jsonl  # noqa: E402
from tests.support.cli import run_cli
from tests.support.lane import examples

LINE = {"title": "Lampu jalan padam di Dokiri",
        "body": "Lampu penerangan jalan di pesisir Dokiri padam sejak seminggu, rawan kecelakaan.",
        "channel": "tatap_muka", "category_id": 928,
        "reporter": {"name": "Warga Dokiri", "phone": "081234567890"},
        "location": {"district": "Tidore Timur", "village": "Dokiri"}}


def run_desk(home: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """``lapor-desktop ARGS`` (``main()`` in this process, tests/support/cli.py); output as bytes."""
    return run_cli(args, env={"LAPOR_DESKTOP_HOME": str(home)}, stdin=stdin, text=False)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    assert run_desk(h, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore",
                    "--desk-code", "D1").returncode == 0
    r = run_desk(h, "users", "add", "budi", "--role", "front_desk", "--name", "Budi", "--password-stdin",
                 stdin=b"sandi-rahasia\n")
    assert r.returncode == 0, r.stderr
    return h


def test_a_line_nested_5000_deep_is_its_own_error_and_the_rest_are_recorded(home, tmp_path):
    deep = '{"title": ' + "[" * 5000 + "]" * 5000 + "}"
    lines = [json.dumps(LINE), deep, json.dumps({**LINE, "title": "Jembatan rusak di Rum"}),
             '{"a": ' * 5000 + "1" + "}" * 5000, json.dumps({**LINE, "title": "Sampah menumpuk di pasar"})]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run_desk(home, "intake", "--as", "budi", str(f))
    err = r.stderr.decode("utf-8")
    assert "Traceback" not in err and "RecursionError" not in err, err[-3000:]
    assert r.returncode == 1
    out = [json.loads(x) for x in r.stdout.decode("utf-8").splitlines()]
    assert [(o["line"], o["ok"]) for o in out] == [(1, True), (2, False), (3, True), (4, False), (5, True)]
    for o in (out[1], out[3]):
        assert [e["code"] for e in o["errors"]] == ["too_deep"]
        assert f"{intake.MAX_LINE_DEPTH}" in o["errors"][0]["message"] and "bersarang" in o["errors"][0]["message"]
    assert "3 tercatat, 2 ditolak" in err


def test_bytes_that_are_not_utf8_are_that_lines_error(home, tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(json.dumps(LINE).encode() + b"\n" + b'{"title": "\xff\xfe rusak"}\n'
                  + json.dumps({**LINE, "title": "Jembatan rusak di Rum"}).encode() + b"\n")
    r = run_desk(home, "intake", "--as", "budi", str(f))
    assert "Traceback" not in r.stderr.decode("utf-8", "replace")
    out = [json.loads(x) for x in r.stdout.decode("utf-8").splitlines()]
    assert [(o["line"], o["ok"]) for o in out] == [(1, True), (2, False), (3, True)]
    assert out[1]["errors"][0]["code"] == "encoding"


# ------------------------------------------------------------------------------ fuzzing the reader
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=30)


def check_reader(lines) -> None:  # noqa: ANN001
    expected = []
    for n, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                expected.append(n)  # reported as that line's error
                continue
        text = raw.strip().lstrip("\ufeff").strip()
        if text and not text.startswith("#"):
            expected.append(n)
    seen = []
    for n, obj, bad in read_jsonl(lines):
        seen.append(n)
        assert (obj is None) != (bad is None)
        if obj is not None:
            assert isinstance(obj, dict)
        else:
            assert bad.errors and bad.line == n
    assert seen == expected


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.binary(max_size=200), max_size=8))
@example([b"[" * 100_000, b'{"a": 1}'])
@example([b'{"a":' * 3000 + b"1" + b"}" * 3000])
@example([b"\xef\xbb\xbf{}", b"\xff", b"\x00", b'"\\ud800"'])
def test_arbitrary_bytes_never_raise_out_of_the_reader(lines):
    check_reader(lines)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(json_values.map(json.dumps) | st.text(max_size=200), max_size=8))
@example(["[" * 5000 + "]" * 5000, '"' + "[" * 5000 + '"', '{"x": "' + "{" * 5000 + '"}'])
def test_arbitrary_json_and_text_never_raise_out_of_the_reader(lines):
    check_reader(lines)


def test_depth_within_the_limit_is_read():
    ok = '{"a": ' + "[" * (intake.MAX_LINE_DEPTH - 1) + "]" * (intake.MAX_LINE_DEPTH - 1) + "}"
    too = '{"a": ' + "[" * intake.MAX_LINE_DEPTH + "]" * intake.MAX_LINE_DEPTH + "}"
    (_, obj, bad), (_, obj2, bad2) = list(read_jsonl([ok, too]))
    assert bad is None and isinstance(obj, dict)
    assert obj2 is None and bad2.errors[0].code == "too_deep"
