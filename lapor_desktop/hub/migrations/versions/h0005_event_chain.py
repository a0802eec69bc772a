"""Per-device event chains: the chain hash of every event a device pushed (``event_links``).

Events stored before this revision have no link: a device's chain starts at its first event
pushed after it (``hub/accounts.py``).

Revision ID: h0005
Revises: h0004
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0005'
down_revision = 'h0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'event_links',
        sa.Column('device_id', sa.String(length=36), primary_key=True),
        sa.Column('device_seq', sa.BigInteger(), primary_key=True),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.Column('prev', sa.String(length=64), nullable=True),
        sa.Column('event_id', sa.String(length=36), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('event_links')
