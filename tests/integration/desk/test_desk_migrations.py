"""Schema migrations: an empty file upgrades to exactly the models; a second run changes nothing."""

from __future__ import annotations

import sqlite3

import pytest

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from lapor_desktop.store.db import Database
from lapor_desktop.store.migrate import backup_file, current_revision, head_revision, migrate
from lapor_desktop.store.models import Base
from tests.support.sessions import signed


def _include(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    return not (type_ == "table" and (name or "").startswith("complaints_fts"))


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_upgrade_from_empty_equals_the_models(tmp_path):
    db = Database(tmp_path / "desk.sqlite3")
    result = migrate(db, tmp_path / "backups")
    assert result.before is None and result.after == head_revision()
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _include, "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    names = {r[0] for r in sqlite3.connect(db.path).execute("select name from sqlite_master where type='table'")}
    assert "complaints_fts" in names
    # expression indexes (deadline sort) are beyond autogenerate's comparison: checked by name
    indexes = {r[0] for r in sqlite3.connect(db.path).execute("select name from sqlite_master where type='index'")}
    assert {"ix_complaints_due_sort", "ix_complaints_category_due"} <= indexes
    db.dispose()


def test_second_run_is_a_no_op_and_makes_no_backup(tmp_path):
    db = Database(tmp_path / "desk.sqlite3")
    migrate(db, tmp_path / "backups")
    schema_before = sqlite3.connect(db.path).execute("select group_concat(sql) from sqlite_master").fetchone()
    again = migrate(db, tmp_path / "backups")
    assert not again.changed and again.backup is None
    schema_after = sqlite3.connect(db.path).execute("select group_concat(sql) from sqlite_master").fetchone()
    assert schema_before == schema_after
    assert not (tmp_path / "backups").exists() or list((tmp_path / "backups").iterdir()) == []
    db.dispose()


def test_pragmas_and_backup_copy(tmp_path):
    db = Database(tmp_path / "desk.sqlite3")
    migrate(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    copy = backup_file(db.path, tmp_path / "bk", "manual")
    check = sqlite3.connect(copy)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("select version_num from alembic_version").fetchone()[0] == head_revision()
    db.dispose()


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_a_store_of_an_older_version_upgrades_with_its_complaints_and_a_backup(tmp_path):
    """Each step down works, and the next start brings an old store up again, nothing lost."""
    from alembic import command

    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.services.desk import open_desk, setup_desk
    from lapor_desktop.store.migrate import _config

    paths = AppPaths.under(tmp_path / "profile")
    setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan").close()
    desk = open_desk(paths)
    rec = ComplaintService(desk).record(signed(ComplaintService(desk), Actor("loket", "front_desk")), {
        "title": "Lampu jalan mati di Soasio", "body": "Sudah seminggu lampu jalan mati.",
        "reporter": {"name": "Rahma"}})
    db_path = desk.db.path
    desk.close()

    db = Database(db_path)
    cfg = _config()
    for target in ("0002", "0001"):  # the way back to the first released schema, step by step
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, target)
        assert current_revision(db) == target
    tables = {r[0] for r in sqlite3.connect(db_path).execute("select name from sqlite_master where type='table'")}
    assert "sync_runs" not in tables and "complaints" in tables
    db.dispose()

    desk = open_desk(paths)  # what the next start of a newer version does
    try:
        assert current_revision(desk.db) == head_revision()
        found = ComplaintService(desk).detail(signed(ComplaintService(desk), Actor("loket", "front_desk")), rec.id)
        assert found.state.title == "Lampu jalan mati di Soasio"
        backups = sorted(paths.backups_dir.glob("*-pre-*.sqlite3"))
        assert backups, "no backup was made before the upgrade"
        old = sqlite3.connect(backups[-1])
        assert old.execute("select version_num from alembic_version").fetchone() == ("0001",)
        assert old.execute("select count(*) from complaints").fetchone() == (1,)
        old.close()
    finally:
        desk.close()


def test_the_scripts_revisions_read_without_alembic_are_alembics():
    """Start-up reads the revisions from the scripts (no Alembic import); Alembic agrees."""
    from alembic.script import ScriptDirectory

    from lapor_desktop.store import revisions
    from lapor_desktop.store.migrate import _config

    script = ScriptDirectory.from_config(_config())
    assert revisions.known_revisions() == {r.revision for r in script.walk_revisions()}
    assert revisions.head_revision() == script.get_current_head()
    assert revisions.scripts() == {r.revision: r.down_revision for r in script.walk_revisions()}


_PROBE = ("import json, sys; from lapor_desktop.cli import main; code = main(sys.argv[1:]); "
          "print(json.dumps({'code': code, 'modules': sorted(m for m in sys.modules "
          "if m.split('.')[0] in ('alembic', 'requests', 'pydantic', 'sqlalchemy'))}), file=sys.stderr)")


def _cli_probe(home, *args: str) -> tuple[int, set[str], str]:
    """Run the command line in a fresh process: (exit code, heavy packages imported, stdout)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, PYTHONPATH=str(root), LAPOR_DESKTOP_HOME=str(home), LAPOR_LANG="en")
    proc = subprocess.run([sys.executable, "-c", _PROBE, *args], env=env, capture_output=True, text=True,
                          timeout=120)
    out = json.loads(proc.stderr.strip().splitlines()[-1])
    return out["code"], {m.split(".")[0] for m in out["modules"]}, proc.stdout


def test_starting_an_up_to_date_desk_imports_no_alembic(tmp_path):
    """``sync-status`` and ``doctor`` on a set-up desk whose schema is current: neither SQLAlchemy
    nor Alembic is imported (nor requests or pydantic)."""
    home = tmp_path / "desk"

    def run(*args: str) -> tuple[int, set[str]]:
        code, mods, _out = _cli_probe(home, *args)
        return code, mods

    code, first = run("setup", "--office-code", "TDR", "--office-name", "Kota Tidore")
    assert code == 0 and "alembic" in first  # a new database: the migration runs
    code, mods = run("sync-status")
    assert code == 0 and mods == set(), mods
    code, mods = run("doctor")
    assert code == 0 and mods == set(), mods


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_sync_status_on_an_older_database_migrates_it_first(tmp_path):
    """``sync-status`` reads an up-to-date database without SQLAlchemy; a database of an older
    version is still brought up to date (after a backup) before it is read, as every start does."""
    import json

    from alembic import command

    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.services.desk import setup_desk
    from lapor_desktop.store import revisions
    from lapor_desktop.store.migrate import _config

    home = tmp_path / "desk"
    paths = AppPaths.under(home)
    setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan").close()
    code, _mods, fresh = _cli_probe(home, "sync-status")
    assert code == 0
    head = revisions.head_revision()
    older = revisions.scripts()[head]
    db = Database(paths.db_path)
    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, older)
    assert current_revision(db) == older
    db.dispose()

    code, mods, out = _cli_probe(home, "sync-status")
    assert code == 0 and "alembic" in mods  # the migration ran
    assert json.loads(out) == json.loads(fresh)  # and the same status was shown
    check = sqlite3.connect(paths.db_path)
    assert check.execute("select version_num from alembic_version").fetchone()[0] == head
    check.close()
    assert list(paths.backups_dir.glob(f"*-pre-{head}.sqlite3")), "no backup was made before the upgrade"
