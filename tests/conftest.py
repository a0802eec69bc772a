"""Settings for the whole suite.

Password hashing: the program hashes with argon2id at the library's parameters (64 MiB, three
passes, about 0.3 s a hash on the test machine). A test that adds six accounts would spend two
seconds hashing, which is most of the suite's time and proves nothing about the test's subject.
So, in this process only, ``lapor_desktop.services.users`` hashes with a cheap argon2id
(:data:`TEST_HASHER`) for the whole session. Nothing in the program can switch this on: it is a
test-side swap of the module's hasher. ``tests/integration/desk/test_password_hashing.py`` puts
the shipped hasher back (the ``shipped_hasher`` fixture) and proves its parameters, and that a
cheaper stored hash is upgraded to them at the next sign-in. Programs started as subprocesses
(the command-line tests, the GUI start tests) hash with the shipped parameters.

Translations compiled at start go to a session's temporary folder (``translation_cache``).

Schema migrations: a new, empty desk database is migrated once per session into a template file
(by the real Alembic migrations), and every later new database gets a page-by-page copy of it
(SQLite's backup API), the same schema at the same revision (``migrated_once``). A database that
holds anything (an older revision, a damaged file) goes through ``migrate`` itself, and the
migration tests (``test_desk_migrations.py``) call ``store.migrate.migrate`` directly.

Hubs: ``shared_hub`` is one real ``lapor-hub serve`` per engine (SQLite; PostgreSQL when
``LAPOR_TEST_PG_URL`` is set) for the whole session, used by the hub's contract tests and by the
security tests that need a hub with the default settings. Every test works in offices of its own
(``new_office()``), so tests do not see each other's data; a test that needs other settings or
stops its hub starts its own.

Generated examples: the fast lane (``-m "not slow ..."``) runs a quarter of each property and fuzz
test's examples (``tests/support/lane.py``); the full run, without ``-m``, runs them all.

The program's language is process-wide (Qt translators, the default QLocale): every test leaves it
as it found it (``keeps_the_language``), so no test depends on which tests ran before it in the
same process (as with pytest-xdist, where each worker runs its own mix of modules).
"""

from __future__ import annotations

import sys

import pytest
from argon2 import PasswordHasher

from tests.support.hub import HubProcess, pg_url

ENGINES = [
    "sqlite",
    pytest.param("postgres", marks=[pytest.mark.pg,
                                    pytest.mark.skipif(not pg_url(), reason="LAPOR_TEST_PG_URL not set")]),
]

# argon2id, 1 pass over 1 MiB, one lane: milliseconds instead of 0.3 s
TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def pytest_configure(config):  # type: ignore[no-untyped-def]
    """The fast lane (``-m "not slow ..."``) runs fewer generated examples (tests/support/lane.py)."""
    from tests.support import lane

    lane.FAST = lane.fast_lane(config.getoption("markexpr", None))


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():  # type: ignore[no-untyped-def]
    from lapor_desktop.services import users

    shipped = (users._hasher, users._DUMMY_HASH)
    users._hasher = TEST_HASHER
    users._DUMMY_HASH = TEST_HASHER.hash("not-a-real-password")
    yield shipped
    users._hasher, users._DUMMY_HASH = shipped


@pytest.fixture
def shipped_hasher(cheap_password_hashing, monkeypatch):  # type: ignore[no-untyped-def]
    """The program's own hasher and dummy hash, for this test (the cheap one comes back after)."""
    from lapor_desktop.services import users

    hasher, dummy = cheap_password_hashing
    monkeypatch.setattr(users, "_hasher", hasher)
    monkeypatch.setattr(users, "_DUMMY_HASH", dummy)
    return hasher


@pytest.fixture(scope="session", autouse=True)
def translation_cache(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Catalogues compiled at start (``ui/i18n.py``) go to a temporary folder, never to the
    user's cache folder; compiled once per session."""
    from lapor_desktop.ui import i18n

    i18n._cache_dir = tmp_path_factory.mktemp("qm-cache")
    yield i18n._cache_dir
    i18n._cache_dir = None


@pytest.fixture(scope="session", autouse=True)
def migrated_once(tmp_path_factory):  # type: ignore[no-untyped-def]
    import sqlite3

    from sqlalchemy import text

    from lapor_desktop.services import desk as desk_mod
    from lapor_desktop.store import migrate as mig
    from lapor_desktop.store.db import Database

    real = desk_mod.migrate
    template: dict = {}

    def empty(db: Database) -> bool:
        with db.engine.connect() as conn:
            return not conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()

    def migrate(db: Database, backups_dir=None):  # type: ignore[no-untyped-def]
        if not empty(db):
            return real(db, backups_dir)
        if not template:
            path = tmp_path_factory.mktemp("schema") / "template.sqlite3"
            tdb = Database(path)
            real(tdb)
            tdb.engine.dispose()
            template["path"], template["revision"] = path, mig.current_revision(Database(path))
        src = sqlite3.connect(template["path"])
        raw = db.engine.raw_connection()
        try:
            src.backup(raw.driver_connection)
        finally:
            raw.close()
            src.close()
        assert mig.current_revision(db) == template["revision"] == mig.head_revision()
        return mig.MigrationResult(None, template["revision"], None)

    desk_mod.migrate = migrate
    yield template
    desk_mod.migrate = real


@pytest.fixture(scope="session", params=ENGINES)
def shared_hub(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    with HubProcess(tmp_path_factory.mktemp("hub"), engine=request.param) as h:
        yield h


@pytest.fixture(autouse=True)
def keeps_the_language():  # type: ignore[no-untyped-def]
    def language() -> str | None:
        i18n = sys.modules.get("lapor_desktop.ui.i18n")
        return i18n.current_language() if i18n is not None else None

    before = language()
    yield
    after = language()
    if after is None or after == (before or "en"):
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        sys.modules["lapor_desktop.ui.i18n"].install_translator(app, before or "en")
