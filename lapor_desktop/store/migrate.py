"""Schema migrations (Alembic), run at start-up after a backup copy of the database file.

Alembic is imported only when a migration runs: which revisions exist and which is the newest is
read from the scripts themselves (``store/revisions.py``, no SQLAlchemy either), and the
database's own revision from its ``alembic_version`` table, so a start with an up-to-date database
(every start but the first after an update) costs no Alembic import.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from .backup import write_backup
from .db import Database
from .revisions import MIGRATIONS_DIR, head_revision, known_revisions, scripts  # noqa: F401

log = logging.getLogger(__name__)


@dataclass
class MigrationResult:
    before: str | None
    after: str | None
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revision(db: Database) -> str | None:
    """The database's revision (``None``: a new, empty database)."""
    with db.engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no alembic_version table yet
            return None


def backup_file(db_path: Path, backups_dir: Path, label: str) -> Path:
    """A checked copy of the live database (temporary name, verified, renamed: store/backup.py)."""
    return write_backup(db_path, backups_dir, label)


def migrate(db: Database, backups_dir: Path | None = None) -> MigrationResult:
    """Bring the database to the newest schema. Backs up first when an existing file changes."""
    before = current_revision(db)
    head = head_revision()
    backup = None
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and backups_dir is not None and db.path.exists():
        backup = backup_file(db.path, backups_dir, f"pre-{head}")
        log.info("backup before migration: %s", backup.name)
    from alembic import command  # only now: most starts find the schema up to date

    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    after = current_revision(db)
    log.info("schema migrated %s -> %s", before, after)
    return MigrationResult(before, after, backup)
