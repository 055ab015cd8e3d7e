"""access: invites, web logins, approval rules, prompts and follow-ups

Revision ID: 0002_access
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0002_access"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sqlmodel.sql.sqltypes.UTCDateTime
STR = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table("invites",
                    sa.Column("code", STR(length=64), nullable=False),
                    sa.Column("role", STR(), nullable=False),
                    sa.Column("name", STR(), nullable=False),
                    sa.Column("created_by", sa.Integer(), nullable=True),
                    sa.Column("created_at", TS(), nullable=False),
                    sa.Column("expires_at", TS(), nullable=False),
                    sa.Column("used_at", TS(), nullable=True),
                    sa.Column("used_by", sa.Integer(), nullable=True),
                    sa.Column("revoked", sa.Boolean(), nullable=False),
                    sa.PrimaryKeyConstraint("code"))
    op.create_table("login_codes",
                    sa.Column("code", STR(length=64), nullable=False),
                    sa.Column("user_id", sa.Integer(), nullable=False),
                    sa.Column("expires_at", TS(), nullable=False),
                    sa.Column("used_at", TS(), nullable=True),
                    sa.PrimaryKeyConstraint("code"))
    op.create_index("ix_login_codes_user_id", "login_codes", ["user_id"])
    op.create_table("web_sessions",
                    sa.Column("token", STR(length=64), nullable=False),
                    sa.Column("user_id", sa.Integer(), nullable=False),
                    sa.Column("created_at", TS(), nullable=False),
                    sa.Column("expires_at", TS(), nullable=False),
                    sa.PrimaryKeyConstraint("token"))
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    op.create_table("approval_rules",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("level", sa.Integer(), nullable=False),
                    sa.Column("min_amount", sa.Float(), nullable=False),
                    sa.Column("category", STR(), nullable=False),
                    sa.Column("role", STR(), nullable=False),
                    sa.PrimaryKeyConstraint("id"),
                    sa.UniqueConstraint("level", "category"))
    op.create_table("prompts",
                    sa.Column("user_id", sa.Integer(), autoincrement=False, nullable=False),
                    sa.Column("token", STR(length=64), nullable=False),
                    sa.Column("expires_at", TS(), nullable=False),
                    sa.PrimaryKeyConstraint("user_id"))
    op.create_table("approval_followups",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("request_id", sa.Integer(), nullable=False),
                    sa.Column("kind", STR(), nullable=False),
                    sa.Column("at", TS(), nullable=False),
                    sa.PrimaryKeyConstraint("id"),
                    sa.UniqueConstraint("request_id", "kind"))
    op.create_index("ix_approval_followups_request_id", "approval_followups", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_approval_followups_request_id", table_name="approval_followups")
    op.drop_table("approval_followups")
    op.drop_table("prompts")
    op.drop_table("approval_rules")
    op.drop_index("ix_web_sessions_user_id", table_name="web_sessions")
    op.drop_table("web_sessions")
    op.drop_index("ix_login_codes_user_id", table_name="login_codes")
    op.drop_table("login_codes")
    op.drop_table("invites")
