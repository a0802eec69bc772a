"""failed sign-ins per login and the lock they lead to (five failures: five minutes)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_throttle",
        sa.Column("login", sa.String(length=64), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.String(length=24), nullable=False),
        sa.Column("locked_until", sa.String(length=24), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sign_in_throttle")
