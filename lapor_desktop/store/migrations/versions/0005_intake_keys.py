"""intake keys: which intake lines are already recorded (idempotent reruns)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('intake_keys',
                    sa.Column('key', sa.String(length=128), nullable=False),
                    sa.Column('complaint_id', sa.String(length=36), nullable=False),
                    sa.Column('receipt_number', sa.String(length=64), nullable=True),
                    sa.Column('recorded_at', sa.String(length=24), nullable=False),
                    sa.PrimaryKeyConstraint('key'))


def downgrade() -> None:
    op.drop_table('intake_keys')
