"""``lapor-desktop users`` changes are office-wide account events (issue 14 item 3): ``set-role``,
``--as ADMIN`` naming who made the change, and a non-admin's ``--as`` refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from test_desk_cli import run


def test_set_role_as_an_admin_is_an_office_wide_account_event(tmp_path: Path):
    h = tmp_path / "home"
    assert run(h, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore").returncode == 0
    for login, role in (("admin", "admin"), ("siti", "admin"), ("budi", "front_desk")):
        r = run(h, "users", "add", login, "--role", role, "--password-stdin", stdin="sandi-rahasia\n")
        assert r.returncode == 0, r.stderr
    r = run(h, "users", "set-role", "budi", "--role", "verifier", "--as", "siti")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["role"] == "verifier"
    r = run(h, "users", "list")
    assert "budi\tverifier" in r.stdout
    r = run(h, "users", "disable", "siti", "--as", "budi")  # a verifier manages no accounts
    assert r.returncode != 0 and "Traceback" not in r.stderr
    con = sqlite3.connect(h / "data" / "lapor-desk.sqlite3") if (h / "data" / "lapor-desk.sqlite3").exists() else None
    if con is None:
        db = next(h.rglob("lapor-desk.sqlite3"))
        con = sqlite3.connect(db)
    rows = con.execute("SELECT type, actor_user, data_json FROM events WHERE type LIKE 'account.%' "
                       "ORDER BY device_seq").fetchall()
    con.close()
    # the first admin founds the office's accounts; later ones name the oldest admin, or --as
    assert [(t, a) for t, a, _ in rows] == [("account.created", "admin"), ("account.created", "admin"),
                                            ("account.created", "admin"), ("account.updated", "siti")]
    assert json.loads(rows[-1][2]) == {"login": "budi", "role": "verifier", "agency_id": None}
    assert all("sandi-rahasia" not in d for _, _, d in rows)  # the hash travels, never the password
