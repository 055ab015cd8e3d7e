"""telegram transport: stored webhook updates, and the outbox as a leased, paced queue

Revision ID: 0002_telegram
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0002_telegram"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "telegram_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("claimed_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("received_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("processed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("update_id"),
    )
    with op.batch_alter_table("telegram_updates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_telegram_updates_status"), ["status"], unique=False)

    # Existing rows keep working: server defaults fill the new NOT NULL columns.
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chat_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("not_before", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("claimed_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        for column in ("last_error", "claimed_at", "claimed_by", "not_before", "chat_id"):
            batch_op.drop_column(column)
    with op.batch_alter_table("telegram_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_telegram_updates_status"))
    op.drop_table("telegram_updates")
