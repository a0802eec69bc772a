"""Offices carry their deadline policy (time zone, auto-close working days, when a desk last
changed it); the complaints projection keeps ``forwarded_at`` and ``received_at``, the auto-close
rule's fall-backs for complaints without a follow-up time (imported ones).

Existing offices get no policy (the hub's defaults) until a desk sends its own or the hub admin
sets one. Existing complaints get NULL in the new columns; the auto-close job re-folds such a
candidate from its events once (``hub/national.autoclose``), so no event is read here.

Revision ID: h0003
Revises: h0002
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0003'
down_revision = 'h0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('timezone', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('autoclose_days', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('policy_changed_at', sa.String(length=40), nullable=True))
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('forwarded_at', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('received_at', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_column('received_at')
        batch_op.drop_column('forwarded_at')
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.drop_column('policy_changed_at')
        batch_op.drop_column('autoclose_days')
        batch_op.drop_column('timezone')
