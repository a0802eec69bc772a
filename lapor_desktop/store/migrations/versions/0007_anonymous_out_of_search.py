"""Anonim reporters' names out of the full-text index

A search by name must never find an Anonim complaint (nobody may see who filed it), so the
search entry of an Anonim complaint holds no reporter name (``projection.fts_values``); this removes
the names the earlier entries held.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE complaints_fts SET reporter_name = '' WHERE reporter_name != '' AND rowid IN "
               "(SELECT num FROM complaints WHERE anonymous)")


def downgrade() -> None:
    # the names are left out of the index on purpose; nothing to put back
    pass
