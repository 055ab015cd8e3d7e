"""suppliers' confirmations: supplier_confirmations and po_line_promises

Revision ID: 0002_supplier
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0002_supplier"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sqlmodel.sql.sqltypes.UTCDateTime
STR = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table("supplier_confirmations",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("key", STR(length=300), nullable=True),
                    sa.Column("po_id", sa.Integer(), nullable=False),
                    sa.Column("promised_date", sa.Date(), nullable=False),
                    sa.Column("lines", sa.JSON(), nullable=True),
                    sa.Column("source", STR(), nullable=False),
                    sa.Column("note", STR(), nullable=False),
                    sa.Column("user_id", sa.Integer(), nullable=True),
                    sa.Column("status", STR(), nullable=False),
                    sa.Column("error", STR(), nullable=False),
                    sa.Column("result", sa.JSON(), nullable=True),
                    sa.Column("received_at", TS(), nullable=False),
                    sa.Column("processed_at", TS(), nullable=True),
                    sa.PrimaryKeyConstraint("id"),
                    sa.UniqueConstraint("key"))
    op.create_index("ix_supplier_confirmations_po_id", "supplier_confirmations", ["po_id"])
    op.create_table("po_line_promises",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("confirmation_id", sa.Integer(), nullable=False),
                    sa.Column("po_id", sa.Integer(), nullable=False),
                    sa.Column("sku", STR(), nullable=False),
                    sa.Column("promised_date", sa.Date(), nullable=False),
                    sa.Column("quantity", sa.Float(), nullable=False),
                    sa.Column("expected_date", sa.Date(), nullable=False),
                    sa.Column("days_late", sa.Integer(), nullable=False),
                    sa.Column("short", sa.Float(), nullable=False),
                    sa.Column("created_at", TS(), nullable=False),
                    sa.PrimaryKeyConstraint("id"))
    for column in ("confirmation_id", "po_id", "sku"):
        op.create_index(f"ix_po_line_promises_{column}", "po_line_promises", [column])


def downgrade() -> None:
    for column in ("confirmation_id", "po_id", "sku"):
        op.drop_index(f"ix_po_line_promises_{column}", table_name="po_line_promises")
    op.drop_table("po_line_promises")
    op.drop_index("ix_supplier_confirmations_po_id", table_name="supplier_confirmations")
    op.drop_table("supplier_confirmations")
