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


def test_sync_now_against_an_untrusted_hub_is_an_error_not_offline(tls_hub, tmp_path):
    """"Sinkronkan sekarang" skips the health probe: the run itself meets the certificate."""
    import time

    from lapor_desktop.services.sync import BackgroundConfig, BackgroundSync, SyncService, enroll

    office = new_office()
    tls_hub.add_office(office)
    paths = AppPaths.under(tmp_path / "deskhome")
    setup_desk(paths, office_code=office, office_name="Kantor").close()
    desk = open_desk(paths)
    try:
        desk.settings.ca_bundle = str(tls_hub.tls[2])
        enroll(desk, tls_hub.url, tls_hub.enrollment_code(office))
        desk.settings.ca_bundle = ""
        record(desk, 2, seed=9)
        states = []
        bg = BackgroundSync(desk, states.append, BackgroundConfig(probe_base=30, probe_cap=60, interval=60))
        bg.sync_now()  # before start: the first round runs at once, without a probe
        bg.start()
        try:
            end = time.monotonic() + 20
            while time.monotonic() < end and not any(s.state in ("error", "offline") for s in states):
                time.sleep(0.05)
        finally:
            bg.stop()
        settled = [s for s in states if s.state in ("error", "offline")]
        assert settled and settled[0].state == "error" and settled[0].error_code == "tls_error"
        assert settled[0].last_report is not None and settled[0].last_report.exchanges == 0
        assert SyncService(desk).pending_count() == 2 + 1  # and the clerk's account (office-wide)
    finally:
        desk.close()
