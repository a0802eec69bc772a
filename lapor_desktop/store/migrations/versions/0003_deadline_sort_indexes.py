"""indexes for the queue's deadline sort

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # expression indexes: autogenerate does not compare them, so they are written out here
    op.execute("CREATE INDEX IF NOT EXISTS ix_complaints_due_sort "
               "ON complaints (coalesce(due_date, '9999-12-31'), num)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_complaints_category_due "
               "ON complaints (category_id, coalesce(due_date, '9999-12-31'), num)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_complaints_category_due")
    op.execute("DROP INDEX IF EXISTS ix_complaints_due_sort")
