"""the national LAPOR! Tracking ID beside the office hub's number

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints") as batch:
        batch.add_column(sa.Column("national_tracking_id", sa.String(length=16), nullable=True))
        batch.create_index("ix_complaints_national_tracking_id", ["national_tracking_id"])
    # complaints that came from a national export already carry their national number
    op.execute("UPDATE complaints SET national_tracking_id = tracking_id WHERE id IN "
               "(SELECT complaint_id FROM events WHERE type = 'complaint.imported')")


def downgrade() -> None:
    with op.batch_alter_table("complaints") as batch:
        batch.drop_index("ix_complaints_national_tracking_id")
        batch.drop_column("national_tracking_id")
