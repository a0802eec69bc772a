"""TLS, end to end: a real ``lapor-hub serve --ssl-certfile/--ssl-keyfile`` signed by a private CA
(as a regional government CA would be), and the real ``lapor-desktop`` command line.

The desk always verifies the certificate: without the CA it refuses to talk to the hub, says why
in Indonesian and changes nothing; with the CA bundle it enrols and syncs.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
import requests

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.services.desk import open_desk, setup_desk
from tests.support.hub import HubProcess
from tests.support.pki import make_ca_and_server

from .conftest import new_office, record
from .test_sync_cli import cli


@pytest.fixture(scope="module")
def tls_hub(tmp_path_factory):  # type: ignore[no-untyped-def]
    base = tmp_path_factory.mktemp("tls")
    cert, key, ca = make_ca_and_server(base / "pki")
    with HubProcess(base, tls=(str(cert), str(key), str(ca))) as hub:
        yield hub


def test_hub_serves_https_only_with_its_certificate(tls_hub):
    assert tls_hub.url.startswith("https://")
    r = requests.get(tls_hub.api + "/health", verify=tls_hub.verify, timeout=5)
    assert r.status_code == 200
    with pytest.raises(requests.exceptions.SSLError):  # not trusted without the CA
        requests.get(tls_hub.api + "/health", timeout=5)
    with pytest.raises(requests.exceptions.ConnectionError):  # and no plain HTTP beside it
        requests.get(tls_hub.api.replace("https://", "http://") + "/health", timeout=5)


def test_desk_refuses_an_unverified_hub_then_enrols_and_syncs_with_the_ca_bundle(tls_hub, tmp_path):
    office = new_office()
    tls_hub.add_office(office)
    home = tmp_path / "deskhome"
    setup_desk(AppPaths.under(home), office_code=office, office_name="Kantor").close()
    code = tls_hub.enrollment_code(office)

    refused = cli(str(home), "enroll", "--hub", tls_hub.url, "--code", code)
    assert refused.returncode != 0
    assert "Sertifikat hub tidak dapat diverifikasi" in refused.stderr, refused.stderr
    assert not (home / "config" / "device-token").exists()  # nothing enrolled half-way
    assert json.loads((home / "config" / "settings.json").read_text()).get("hub_url") in (None, "")

    ok = cli(str(home), "enroll", "--hub", tls_hub.url, "--code", code, "--ca-bundle", str(tls_hub.tls[2]))
    assert ok.returncode == 0, ok.stderr  # the code was not used up by the refused attempt
    assert json.loads((home / "config" / "settings.json").read_text())["ca_bundle"] == str(tls_hub.tls[2])

    desk = open_desk(AppPaths.under(home))
    try:
        record(desk, 20, seed=5)
        db_path = desk.db.path
    finally:
        desk.close()
    settings_file = home / "config" / "settings.json"
    good = settings_file.read_text()
    cfg = json.loads(good)
    cfg["ca_bundle"] = ""  # the office CA removed: a scheduled sync must not fall back to trusting
    settings_file.write_text(json.dumps(cfg))
    untrusted = cli(str(home), "sync", "--quiet", "--retries", "0")
    assert untrusted.returncode == 7 and "Sertifikat hub tidak dapat diverifikasi" in untrusted.stderr
    settings_file.write_text(good)
    synced = cli(str(home), "sync", "--quiet")
    assert synced.returncode == 0, synced.stderr
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select count(*) from outbox where state = 'pending'").fetchone() == (0,)
        assert conn.execute("select count(*) from complaints where tracking_id is not null").fetchone() == (20,)
