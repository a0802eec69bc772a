"""Desks' audit trails (one hash chain per device), checked on arrival by ``hub/audit.py``.

Revision ID: h0004
Revises: h0003
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0004'
down_revision = 'h0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'desk_audit',
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('office_code', sa.String(length=64), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('at', sa.String(length=40), nullable=False),
        sa.Column('actor_login', sa.String(length=64), nullable=True),
        sa.Column('actor_role', sa.String(length=20), nullable=True),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('complaint_id', sa.String(length=36), nullable=True),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('prev_hash', sa.String(length=64), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.Column('received_at', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('device_id', 'seq'),
    )
    op.create_index(op.f('ix_desk_audit_office_code'), 'desk_audit', ['office_code'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_desk_audit_office_code'), table_name='desk_audit')
    op.drop_table('desk_audit')
