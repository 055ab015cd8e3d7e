"""scheduled prices: price_changes.applied (False while an announced price waits for its day)

Revision ID: 0003_price_schedule
Revises: 0002_prices
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_price_schedule"
down_revision = "0002_prices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every price recorded before this migration was put in force when it was recorded.
    op.add_column("price_changes", sa.Column("applied", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_index("ix_price_changes_applied", "price_changes", ["applied"])


def downgrade() -> None:
    op.drop_index("ix_price_changes_applied", table_name="price_changes")
    op.drop_column("price_changes", "applied")
