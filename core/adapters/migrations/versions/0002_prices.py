"""prices and rules: price_changes (offer price history), business_rules

Revision ID: 0002_prices
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0002_prices"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sqlmodel.sql.sqltypes.UTCDateTime
STR = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table("price_changes",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("supplier_id", STR(length=64), nullable=False),
                    sa.Column("sku", STR(length=64), nullable=False),
                    sa.Column("unit_price", sa.Float(), nullable=False),
                    sa.Column("old_price", sa.Float(), nullable=True),
                    sa.Column("price_breaks", sa.JSON(), nullable=True),
                    sa.Column("valid_from", sa.Date(), nullable=False),
                    sa.Column("source", STR(), nullable=False),
                    sa.Column("recorded_at", TS(), nullable=False),
                    sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_price_changes_supplier_id", "price_changes", ["supplier_id"])
    op.create_index("ix_price_changes_sku", "price_changes", ["sku"])
    op.create_table("business_rules",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("name", STR(length=100), nullable=False),
                    sa.Column("event", STR(length=100), nullable=False),
                    sa.Column("condition", STR(), nullable=False),
                    sa.Column("action", STR(), nullable=False),
                    sa.Column("role", STR(), nullable=False),
                    sa.Column("enabled", sa.Boolean(), nullable=False),
                    sa.Column("created_by", STR(), nullable=False),
                    sa.Column("created_at", TS(), nullable=False),
                    sa.PrimaryKeyConstraint("id"),
                    sa.UniqueConstraint("name"))
    op.create_index("ix_business_rules_event", "business_rules", ["event"])


def downgrade() -> None:
    op.drop_index("ix_business_rules_event", table_name="business_rules")
    op.drop_table("business_rules")
    op.drop_index("ix_price_changes_sku", table_name="price_changes")
    op.drop_index("ix_price_changes_supplier_id", table_name="price_changes")
    op.drop_table("price_changes")
