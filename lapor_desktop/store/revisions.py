"""Which schema revisions this program knows and which is the newest, read from the migration
scripts' ``revision = ...`` / ``down_revision = ...`` lines: no Alembic, no SQLAlchemy, so the
start-up guard and ``doctor`` stay quick. ``tests/integration/desk/test_desk_migrations.py``
checks that this reading agrees with Alembic's own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*['"]([^'"]+)['"]""", re.M)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:None|['"]([^'"]+)['"])""", re.M)


@lru_cache(maxsize=1)
def scripts() -> dict[str, str | None]:
    """revision -> down_revision of every script in ``migrations/versions``."""
    out: dict[str, str | None] = {}
    for f in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        src = f.read_text(encoding="utf-8")
        rev, down = _REVISION.search(src), _DOWN.search(src)
        if rev is None or down is None:
            raise RuntimeError(f"migration script {f.name} names no revision/down_revision")
        out[rev.group(1)] = down.group(1)
    return out


def head_revision() -> str | None:
    """The newest revision: the one no other script revises (one line of history, no branches)."""
    revs = scripts()
    heads = set(revs) - {d for d in revs.values() if d}
    if len(heads) != 1:
        raise RuntimeError(f"migration scripts have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(scripts())
