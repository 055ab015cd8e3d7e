"""failed reactions: event handlers that failed after their retries, kept for a person

Revision ID: 0002_reactions
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0002_reactions"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "failed_reactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_type", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("event", sa.JSON(), nullable=True),
        sa.Column("handler", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("failed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("resolved_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("failed_reactions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_failed_reactions_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("failed_reactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_failed_reactions_status"))
    op.drop_table("failed_reactions")
