"""pulled events set aside (issue 12: a bad pulled event never stops the pull)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pulled_rejects',
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=True),
    sa.Column('complaint_id', sa.String(length=64), nullable=True),
    sa.Column('type', sa.String(length=100), nullable=True),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('received_at', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('event_id')
    )
    with op.batch_alter_table('pulled_rejects', schema=None) as batch_op:
        batch_op.create_index('ix_pulled_rejects_received', ['received_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pulled_rejects', schema=None) as batch_op:
        batch_op.drop_index('ix_pulled_rejects_received')
    op.drop_table('pulled_rejects')
