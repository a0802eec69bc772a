"""Trust boundaries (issue 12): re-enrolment codes bound to a device, an audit log, blob
ownership by office (possession proven by upload), per-office upload records that expire, and
the storage used per device and office (quotas).

Blobs already stored are owned by every office that announced them (they were trusted so far).
Partial uploads in progress are dropped (desks start them again: HEAD answers 404). Usage is
counted from the stored events (characters of their JSON) and the blobs each office announced.

Revision ID: h0002
Revises: h0001
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0002'
down_revision = 'h0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('enrollment_codes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('for_device', sa.String(length=36), nullable=True))

    op.create_table('hub_audit',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('office_code', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('hub_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hub_audit_device_id'), ['device_id'], unique=False)

    op.create_table('blob_owners',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('office_code', sa.String(length=64), nullable=False),
    sa.Column('stored_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'office_code')
    )
    op.execute("INSERT INTO blob_owners (sha256, office_code, stored_at) "
               "SELECT DISTINCT a.sha256, a.office_code, b.stored_at "
               "FROM attachments a JOIN blobs b ON b.sha256 = a.sha256")

    op.drop_table('blob_uploads')
    op.create_table('blob_uploads',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('office_code', sa.String(length=64), nullable=False),
    sa.Column('length', sa.BigInteger(), nullable=False),
    sa.Column('started_at', sa.String(length=40), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'office_code')
    )

    op.create_table('hub_usage',
    sa.Column('scope', sa.String(length=10), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('bytes', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('scope', 'key')
    )
    op.execute("INSERT INTO hub_usage (scope, key, bytes) "
               "SELECT 'device', device_id, SUM(LENGTH(body)) FROM events GROUP BY device_id")
    op.execute("INSERT INTO hub_usage (scope, key, bytes) "
               "SELECT 'office', office_code, SUM(LENGTH(body)) FROM events GROUP BY office_code")


def downgrade() -> None:
    op.drop_table('hub_usage')
    op.drop_table('blob_uploads')
    op.create_table('blob_uploads',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('length', sa.BigInteger(), nullable=False),
    sa.Column('started_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.drop_table('blob_owners')
    with op.batch_alter_table('hub_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_audit_device_id'))
    op.drop_table('hub_audit')
    with op.batch_alter_table('enrollment_codes', schema=None) as batch_op:
        batch_op.drop_column('for_device')
