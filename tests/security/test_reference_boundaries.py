"""Finding 3: reference data is checked completely, by one validator, wherever it enters.

A closure day "2026-13-45" used to pass the hub's pattern check, be stored by the hub and by every
desk that synced, and from then on stop every desk command with ``ValueError: month must be in
1..12`` in ``open_desk``. Duplicate ids and deeply nested JSON gave tracebacks; a region level
"planet" was accepted by the desk.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.services.desk import open_desk, setup_desk  # noqa: E402
from tests.support.cli import run_cli
from tests.support.hub import HubProcess  # noqa: E402

GOOD = {"categories": [{"id": 110, "name": "Topik Lainnya"}, {"id": 928, "name": "Infrastruktur"}],
        "agencies": [{"id": 91001, "name": "Dinas PUPR"}],
        "regions": [{"level": "city", "code": "82.72", "name": "Kota Tidore Kepulauan", "parent": "82"}],
        "channels": [{"code": "tatap_muka", "name": "Tatap Muka"}],
        "closures": [{"date": "2026-12-24", "name": "Cuti bersama Natal"}]}
BAD_DATE = {"closures": [{"date": "2026-12-24", "name": "Natal"}, {"date": "2026-13-45", "name": "Rusak"}]}


def deep(n: int) -> str:
    return '{"categories": ' + "[" * n + "]" * n + "}"


def run_desk(home: Path, *args: str) -> subprocess.CompletedProcess:
    """``lapor-desktop ARGS`` (``main()`` in this process, tests/support/cli.py)."""
    return run_cli(args, env={"LAPOR_DESKTOP_HOME": str(home)})


def closures_of(paths: AppPaths) -> list[str]:
    desk = open_desk(paths)
    try:
        from lapor_desktop.services.reference import ReferenceService

        return [c.day for c in ReferenceService(desk).closures()]
    finally:
        desk.close()


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    """One hub for the module's hub tests (each loads what it checks; the test that plants a bad
    stored version into the hub's database comes last)."""
    with HubProcess(tmp_path_factory.mktemp("hub")) as h:
        yield h


def write(tmp_path: Path, name: str, content) -> Path:  # noqa: ANN001
    f = tmp_path / name
    f.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return f


# ------------------------------------------------------------------------------------ the hub
def test_hub_refuses_a_bad_date_with_row_and_reason_and_stores_nothing(hub, tmp_path):
    hub.admin("reference", "load", str(write(tmp_path, "good.json", GOOD)))
    before = hub.admin("reference", "show")
    r = hub.admin("reference", "load", str(write(tmp_path, "bad.json", BAD_DATE)), check=False)
    assert r.returncode != 0
    assert "closures[1].date" in r.stderr and "2026-13-45" in r.stderr, r.stderr
    assert "not a real date" in r.stderr, r.stderr
    after = hub.admin("reference", "show")
    assert after.stdout == before.stdout and after.stderr == before.stderr  # same body, same ETag


@pytest.mark.parametrize("content, where, reason", [
    ({"categories": [{"id": 110, "name": "A"}, {"id": 110, "name": "B"}]}, "categories[1].id", "duplicate"),
    ({"regions": [{"level": "planet", "code": "X1", "name": "Mars"}]}, "regions[0].level", "planet"),
    ({"agencies": [{"id": 1, "name": "x" * 5000}]}, "agencies[0].name", "too long"),
    pytest.param(deep(5000), "", "nested more than", id="nested-5000"),
])
def test_hub_refuses_duplicates_levels_sizes_and_deep_nesting_clearly(hub, tmp_path, content, where, reason):
    r = hub.admin("reference", "load", str(write(tmp_path, "bad.json", content)), check=False)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and "RecursionError" not in r.stderr
    assert where in r.stderr and reason in r.stderr, r.stderr


def test_desks_keep_their_last_good_reference_when_the_hub_holds_a_bad_one(hub, tmp_path, caplog):
    """A hub that stored a bad version (before this check existed) serves its last good one; a
    desk that syncs keeps working on the last good reference."""
    from lapor_desktop.services.sync import SyncService, enroll

    office = "OF" + uuid.uuid4().hex[:6].upper()
    hub.add_office(office)
    hub.admin("reference", "load", str(write(tmp_path, "good.json", GOOD)))
    paths = AppPaths.under(tmp_path / "desk")
    setup_desk(paths, office_code=office, office_name="Kantor").close()
    desk = open_desk(paths)
    enroll(desk, hub.url, hub.enrollment_code(office))
    svc = SyncService(desk)
    assert svc.run(refresh_reference=True).complete
    svc.close()
    desk.close()
    assert closures_of(paths) == ["2026-12-24"]

    # an older hub stored a bad version on top
    path = hub.db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as con:
        version, body = con.execute("SELECT version, body FROM reference ORDER BY version DESC").fetchone()
        data = json.loads(body)
        data["version"] = version + 1
        data["closures"] = BAD_DATE["closures"]
        con.execute("INSERT INTO reference (version, etag, body, loaded_at) VALUES (?, ?, ?, ?)",
                    (version + 1, '"bad"', json.dumps(data), "2026-12-01T00:00:00Z"))
    desk = open_desk(paths)
    svc = SyncService(desk)
    rep = svc.run(refresh_reference=True)
    svc.close()
    desk.close()
    assert rep.outcome == "ok", rep
    assert closures_of(paths) == ["2026-12-24"]


def test_a_desk_never_applies_a_bad_reference_from_sync_and_says_so(tmp_path):
    """What a hub sends is checked again on the desk: refused, last good kept, reported."""
    from lapor_desktop.services.sync import DeskPort

    paths = AppPaths.under(tmp_path / "desk")
    setup_desk(paths, office_code="TDR", office_name="Kantor").close()
    desk = open_desk(paths)
    port = DeskPort(desk)
    port.apply_reference({**GOOD, "version": 1}, '"good"', "2026-12-01T00:00:00.000Z")
    problem = port.apply_reference({**GOOD, **BAD_DATE, "version": 2}, '"bad"', "2026-12-01T01:00:00.000Z")
    assert problem and "closures" in problem and "2026-13-45" in problem and "tanggal" in problem.lower()
    assert port.reference_state()[0] == '"good"'  # the bad version is not taken as the current one
    desk.close()
    assert closures_of(paths) == ["2026-12-24"]


# ------------------------------------------------------------------------------------ the desk
@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    r = run_desk(h, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore", "--desk-code", "D1")
    assert r.returncode == 0, r.stderr
    return h


def test_desk_reference_load_refuses_a_bad_date_in_indonesian_and_keeps_the_last_good(home, tmp_path):
    assert run_desk(home, "reference", "load", str(write(tmp_path, "good.json", GOOD))).returncode == 0
    r = run_desk(home, "reference", "load", str(write(tmp_path, "bad.json", BAD_DATE)))
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    assert "closures[1].date" in r.stderr and "2026-13-45" in r.stderr and "bukan tanggal" in r.stderr, r.stderr
    r = run_desk(home, "closures", "list")
    assert r.returncode == 0 and r.stdout.split() == ["2026-12-24", "Cuti", "bersama", "Natal"], r.stdout


@pytest.mark.parametrize("content, where, reason", [
    ({"categories": [{"id": 110, "name": "A"}, {"id": 110, "name": "B"}]}, "categories[1].id", "ganda"),
    ({"regions": [{"level": "planet", "code": "X1", "name": "Mars"}]}, "regions[0].level", "planet"),
    pytest.param(deep(5000), "", "bersarang", id="nested-5000"),
])
def test_desk_reference_load_gives_clear_messages(home, tmp_path, content, where, reason):
    r = run_desk(home, "reference", "load", str(write(tmp_path, "bad.json", content)))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "RecursionError" not in r.stderr
    assert where in r.stderr and reason in r.stderr, r.stderr


def test_a_desk_holding_a_bad_closure_date_still_starts(home, caplog):
    db = next(home.rglob("*.sqlite3"))
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO closures (day, name) VALUES ('2026-13-45', 'rusak')")
        con.execute("INSERT INTO closures (day, name) VALUES ('2026-12-24', 'Natal')")
    r = run_desk(home, "doctor")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["integrity"] == "ok"
    paths = AppPaths.under(home)
    with caplog.at_level(logging.WARNING):
        desk = open_desk(paths)
    try:
        assert [d.isoformat() for d in sorted(desk.projector.calendar.closures)] == ["2026-12-24"]
        assert any("2026-13-45" in rec.getMessage() for rec in caplog.records)
    finally:
        desk.close()
