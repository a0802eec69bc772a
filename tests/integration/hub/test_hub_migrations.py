"""The hub's schema migrations (Alembic), on SQLite and PostgreSQL: an empty database upgrades to
exactly the models; a database the first version made with ``create_all`` is taken over as it is
(stamped, its hub id and data kept); a database from a newer program is refused, untouched."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from alembic import command

from lapor_desktop.hub.storage import (
    FIRST_REVISION,
    Base,
    BlobOwner,
    HubDB,
    Office,
    Usage,
    _alembic_config,
    head_revision,
    now_iso,
)
from tests.support.hub import create_pg_database, drop_pg_database, pg_url

from .conftest import ENGINES


@pytest.fixture(params=ENGINES)
def db_url(request, tmp_path):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    url = create_pg_database(pg_url())
    try:
        yield url
    finally:
        drop_pg_database(pg_url(), url)


def _revision(db: HubDB) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_empty_database_upgrades_to_exactly_the_models(db_url):
    db = HubDB(db_url)
    try:
        hub_id = db.create_schema()
        assert _revision(db) == head_revision()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []
        assert db.create_schema() == hub_id  # a second start changes nothing
    finally:
        db.dispose()


def test_a_database_made_by_the_first_version_is_taken_over_with_its_data(db_url):
    db = HubDB(db_url)
    try:
        with db.write_engine.begin() as conn:  # what the first version's create_all made: h0001
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, FIRST_REVISION)
            conn.execute(text("DROP TABLE alembic_version"))
        with db.write_engine.begin() as conn:
            conn.execute(text("INSERT INTO hub_meta (key, value) VALUES ('schema_version', '1'), "
                              "('hub_id', '01a00000-0000-7000-8000-000000000001')"))
            conn.execute(text("INSERT INTO offices (code, name, created_at) VALUES "
                              "('TIDORE', 'Pemerintah Kota Tidore Kepulauan', :at)"), {"at": now_iso()})
            # data the trust-boundary migration (h0002) carries over: an event, a stored blob
            conn.execute(text("INSERT INTO events (id, server_seq, complaint_id, office_code, device_id, "
                              "type, body, received_at) VALUES ('e1', 1, 'c1', 'TIDORE', 'd1', "
                              "'complaint.created', '{\"x\": 1}', :at)"), {"at": now_iso()})
            conn.execute(text("INSERT INTO attachments (sha256, office_code, device_id, size) "
                              "VALUES ('ab', 'TIDORE', 'd1', 5)"))
            conn.execute(text("INSERT INTO blobs (sha256, size, stored_at) VALUES ('ab', 5, :at)"),
                         {"at": now_iso()})
        assert _revision(db) is None
        assert db.create_schema() == "01a00000-0000-7000-8000-000000000001"
        assert _revision(db) == head_revision()
        with db.read() as s:
            assert s.get(Office, "TIDORE").name == "Pemerintah Kota Tidore Kepulauan"
            assert s.get(BlobOwner, ("ab", "TIDORE")) is not None  # announced and stored: kept
            assert s.get(Usage, ("office", "TIDORE")).bytes == len('{"x": 1}')
    finally:
        db.dispose()


def test_a_database_from_a_newer_program_is_refused(db_url):
    db = HubDB(db_url)
    try:
        db.create_schema()
        with db.write_engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'h9999'"))
        with pytest.raises(RuntimeError, match="newer than this program"):
            db.create_schema()
        assert _revision(db) == "h9999"  # left as it was
    finally:
        db.dispose()
