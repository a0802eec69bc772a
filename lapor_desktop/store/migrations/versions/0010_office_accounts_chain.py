"""Per-device event chains: each event keeps ``prev``, the chain hash of its device's previous
event (domain/chain.py). Events written before this revision keep NULL (they carry no link).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN (no table copy: the outbox refers to events); a database whose revision
    # was set back over it keeps the column it has
    if "prev" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("events")}:
        op.add_column("events", sa.Column("prev", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("events", "prev")
