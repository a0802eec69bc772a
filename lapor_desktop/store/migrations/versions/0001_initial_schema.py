"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('attachments',
    sa.Column('complaint_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('uploaded', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('complaint_id', 'sha256')
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index('ix_attachments_sha', ['sha256'], unique=False)

    op.create_table('categories',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('channels',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('closures',
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    op.create_table('complaints',
    sa.Column('num', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('receipt_number', sa.String(length=64), nullable=True),
    sa.Column('tracking_id', sa.String(length=16), nullable=True),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('classification', sa.String(length=40), nullable=True),
    sa.Column('channel', sa.String(length=40), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body_initial', sa.Text(), nullable=False),
    sa.Column('body_final', sa.Text(), nullable=False),
    sa.Column('reporter_name', sa.String(length=200), nullable=True),
    sa.Column('reporter_nik', sa.String(length=16), nullable=True),
    sa.Column('reporter_phone', sa.String(length=20), nullable=True),
    sa.Column('reporter_email', sa.String(length=254), nullable=True),
    sa.Column('reporter_address', sa.Text(), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=True),
    sa.Column('village', sa.String(length=100), nullable=True),
    sa.Column('incident_date', sa.String(length=10), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('agency_name', sa.String(length=300), nullable=True),
    sa.Column('received_at', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.String(length=24), nullable=False),
    sa.Column('closed_at', sa.String(length=24), nullable=True),
    sa.Column('closed_by', sa.String(length=20), nullable=True),
    sa.Column('close_reason', sa.Text(), nullable=True),
    sa.Column('due_kind', sa.String(length=16), nullable=True),
    sa.Column('due_date', sa.String(length=10), nullable=True),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('has_conflict', sa.Boolean(), nullable=False),
    sa.Column('sync_state', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('event_count', sa.Integer(), nullable=False),
    sa.Column('attachment_count', sa.Integer(), nullable=False),
    sa.Column('last_hlc', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('num'),
    sa.UniqueConstraint('id'),
    sa.UniqueConstraint('receipt_number')
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index('ix_complaints_agency_status', ['agency_id', 'status', 'received_at'], unique=False)
        batch_op.create_index('ix_complaints_category', ['category_id', 'received_at'], unique=False)
        batch_op.create_index('ix_complaints_channel', ['channel', 'received_at'], unique=False)
        batch_op.create_index('ix_complaints_class', ['classification', 'received_at'], unique=False)
        batch_op.create_index('ix_complaints_conflict', ['has_conflict'], unique=False)
        batch_op.create_index('ix_complaints_creator', ['created_by', 'received_at'], unique=False)
        batch_op.create_index('ix_complaints_due', ['due_date', 'status'], unique=False)
        batch_op.create_index('ix_complaints_received', ['received_at', 'num'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaints_reporter_nik'), ['reporter_nik'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaints_reporter_phone'), ['reporter_phone'], unique=False)
        batch_op.create_index('ix_complaints_status_received', ['status', 'received_at', 'num'], unique=False)
        batch_op.create_index('ix_complaints_sync', ['sync_state'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaints_tracking_id'), ['tracking_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('complaint_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=48), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=32), nullable=False),
    sa.Column('occurred_at', sa.String(length=24), nullable=False),
    sa.Column('actor_user', sa.String(length=64), nullable=False),
    sa.Column('actor_role', sa.String(length=20), nullable=False),
    sa.Column('base', sa.String(length=36), nullable=True),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.Column('sync_status', sa.String(length=12), nullable=False),
    sa.Column('reject_code', sa.String(length=40), nullable=True),
    sa.Column('reject_detail', sa.Text(), nullable=True),
    sa.Column('conflict', sa.String(length=40), nullable=True),
    sa.Column('recorded_at', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_complaint_id'), ['complaint_id'], unique=False)
        batch_op.create_index('ix_events_complaint_order', ['complaint_id', 'hlc', 'device_id', 'id'], unique=False)
        batch_op.create_index('ix_events_device_seq', ['device_id', 'device_seq'], unique=False)
        batch_op.create_index('ix_events_sync_status', ['sync_status'], unique=False)

    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('receipt_counters',
    sa.Column('day', sa.String(length=8), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    op.create_table('regions',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('parent_code', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('code')
    )
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_regions_parent_code'), ['parent_code'], unique=False)

    op.create_table('users',
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=24), nullable=False),
    sa.Column('last_login_at', sa.String(length=24), nullable=True),
    sa.PrimaryKeyConstraint('login')
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('enqueued_at', sa.String(length=24), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('event_id')
    )

    # full-text index over the complaint text; rowid = complaints.num
    op.execute(
        "CREATE VIRTUAL TABLE complaints_fts USING fts5("
        "title, body_initial, body_final, reporter_name, receipt_number, tracking_id, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS complaints_fts")
    op.drop_table('outbox')
    op.drop_table('users')
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_regions_parent_code'))

    op.drop_table('regions')
    op.drop_table('receipt_counters')
    op.drop_table('meta')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_sync_status')
        batch_op.drop_index('ix_events_device_seq')
        batch_op.drop_index('ix_events_complaint_order')
        batch_op.drop_index(batch_op.f('ix_events_complaint_id'))

    op.drop_table('events')
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaints_tracking_id'))
        batch_op.drop_index('ix_complaints_sync')
        batch_op.drop_index('ix_complaints_status_received')
        batch_op.drop_index(batch_op.f('ix_complaints_reporter_phone'))
        batch_op.drop_index(batch_op.f('ix_complaints_reporter_nik'))
        batch_op.drop_index('ix_complaints_received')
        batch_op.drop_index('ix_complaints_due')
        batch_op.drop_index('ix_complaints_creator')
        batch_op.drop_index('ix_complaints_conflict')
        batch_op.drop_index('ix_complaints_class')
        batch_op.drop_index('ix_complaints_channel')
        batch_op.drop_index('ix_complaints_category')
        batch_op.drop_index('ix_complaints_agency_status')

    op.drop_table('complaints')
    op.drop_table('closures')
    op.drop_table('channels')
    op.drop_table('categories')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_attachments_sha')

    op.drop_table('attachments')
    op.drop_table('agencies')
