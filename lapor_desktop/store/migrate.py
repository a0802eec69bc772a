"""Schema migrations (Alembic), run at start-up after a backup copy of the database file."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .backup import write_backup
from .db import Database

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass
class MigrationResult:
    before: str | None
    after: str | None
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(db_path: Path, backups_dir: Path, label: str) -> Path:
    """A checked copy of the live database (temporary name, verified, renamed: store/backup.py)."""
    return write_backup(db_path, backups_dir, label)


def known_revisions() -> set[str]:
    return {r.revision for r in ScriptDirectory.from_config(_config()).walk_revisions()}


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
    cfg = _config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    after = current_revision(db)
    log.info("schema migrated %s -> %s", before, after)
    return MigrationResult(before, after, backup)
