"""SQLModel tables: the storage shape of the domain (mapped to and from it in repository.py)."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import JSON, BigInteger, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class ProductRow(SQLModel, table=True):
    __tablename__ = "products"
    sku: str = Field(primary_key=True, max_length=64)
    name: str
    unit: str = "pcs"
    category: str = ""
    aliases: list = Field(default_factory=list, sa_column=Column(JSON))
    names: dict = Field(default_factory=dict, sa_column=Column(JSON))
    substitutes: list = Field(default_factory=list, sa_column=Column(JSON))
    safety_stock: float = 0.0


class CustomerRow(SQLModel, table=True):
    __tablename__ = "customers"
    id: str = Field(primary_key=True, max_length=64)
    name: str
    email: str = Field(default="", index=True)
    domain: str = Field(default="", index=True)


class CustomerAliasRow(SQLModel, table=True):
    __tablename__ = "customer_aliases"
    __table_args__ = (UniqueConstraint("customer_id", "mention"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(index=True)
    mention: str
    sku: str
    created_at: datetime = Field(default_factory=utcnow)


class SupplierRow(SQLModel, table=True):
    __tablename__ = "suppliers"
    id: str = Field(primary_key=True, max_length=64)
    name: str
    email: str = ""
    lead_time_days: float = 7.0
    on_time_rate: float = 1.0


class OfferRow(SQLModel, table=True):
    __tablename__ = "offers"
    __table_args__ = (UniqueConstraint("supplier_id", "sku"),)
    id: int | None = Field(default=None, primary_key=True)
    supplier_id: str = Field(index=True)
    sku: str = Field(index=True)
    price_breaks: list = Field(default_factory=list, sa_column=Column(JSON))
    moq: float = 1.0
    pack_size: float = 1.0
    lead_time_days: float | None = None


class StockItemRow(SQLModel, table=True):
    __tablename__ = "stock_items"
    sku: str = Field(primary_key=True, max_length=64)
    on_hand: float = 0.0  # running totals of the ledger below, kept with it in one transaction
    reserved: float = 0.0
    on_order: float = 0.0
    backordered: float = 0.0
    version: int = 0


class StockMoveRow(SQLModel, table=True):
    __tablename__ = "stock_moves"
    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(index=True)
    bucket: str
    quantity: float
    kind: str
    ref: str = ""
    at: datetime = Field(default_factory=utcnow)


class SalesOrderRow(SQLModel, table=True):
    __tablename__ = "sales_orders"
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str | None = None
    due_date: date | None = None
    status: str = "open"
    source_key: str | None = Field(default=None, unique=True)
    requested_by: int | None = None
    created_at: datetime = Field(default_factory=utcnow)


class OrderLineRow(SQLModel, table=True):
    __tablename__ = "order_lines"
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(index=True, foreign_key="sales_orders.id")
    sku: str | None = None
    quantity: float | None = None
    unit: str | None = None
    mention: str = ""
    confidence: float = 1.0
    reserved: float = 0.0
    short: float = 0.0


class SuggestionRow(SQLModel, table=True):
    __tablename__ = "purchase_suggestions"
    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(index=True)
    quantity: float
    supplier_id: str
    unit_price: float
    need: float
    reason: str = ""
    status: str = "open"
    po_id: int | None = None
    order_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)


class PurchaseOrderRow(SQLModel, table=True):
    __tablename__ = "purchase_orders"
    id: int | None = Field(default=None, primary_key=True)
    supplier_id: str = Field(index=True)
    status: str = "draft"
    requested_by: int | None = None
    decided_by: int | None = None
    reason: str = ""
    version: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class POLineRow(SQLModel, table=True):
    __tablename__ = "po_lines"
    id: int | None = Field(default=None, primary_key=True)
    po_id: int = Field(index=True, foreign_key="purchase_orders.id")
    sku: str
    quantity: float
    unit_price: float
    suggestion_id: int | None = None
    received: float = 0.0


class ApprovalRow(SQLModel, table=True):
    __tablename__ = "approval_requests"
    id: int | None = Field(default=None, primary_key=True)
    po_id: int = Field(index=True)
    approver_id: int = Field(index=True)
    level: int = 1
    status: str = "pending"
    decided_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class ActionTokenRow(SQLModel, table=True):
    """Opaque token behind a button: what it does, for whom, until when, on which version."""

    __tablename__ = "action_tokens"
    token: str = Field(primary_key=True, max_length=64)
    action: str
    entity: str
    entity_id: int
    user_id: int | None = None
    version: int = 0
    data: dict = Field(default_factory=dict, sa_column=Column(JSON))
    expires_at: datetime
    used_at: datetime | None = None


class UserRow(SQLModel, table=True):
    __tablename__ = "users"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str
    # Telegram user ids exceed 2**31: a 64-bit column, or PostgreSQL refuses real ones.
    telegram_id: int | None = Field(default=None, sa_column=Column(BigInteger, unique=True, nullable=True))
    email: str = ""
    active: bool = True
    language: str = "en"


class InboundMessageRow(SQLModel, table=True):
    """Every message that reached Tandem, raw, so nothing is ever lost."""

    __tablename__ = "inbound_messages"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=300)
    source: str
    filename: str = ""
    content_type: str = ""
    raw: bytes = Field(sa_column=Column(LargeBinary))
    status: str = "received"  # received | processed | quarantined
    error: str = ""
    result: dict = Field(default_factory=dict, sa_column=Column(JSON))
    requested_by: int | None = None
    received_at: datetime = Field(default_factory=utcnow)


class MailCursorRow(SQLModel, table=True):
    __tablename__ = "mail_cursors"
    mailbox: str = Field(primary_key=True, max_length=200)
    uidvalidity: int = Field(primary_key=True)
    last_uid: int = 0


class AlertRow(SQLModel, table=True):
    __tablename__ = "alerts"
    id: int | None = Field(default=None, primary_key=True)
    kind: str
    message: str
    sku: str | None = None
    data: dict = Field(default_factory=dict, sa_column=Column(JSON))
    status: str = "open"
    created_at: datetime = Field(default_factory=utcnow)


class OutboxRow(SQLModel, table=True):
    __tablename__ = "outbox"
    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(index=True)
    kind: str
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON))
    status: str = Field(default="pending", index=True)
    attempts: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
    # The sender's queue state (migration 0002_telegram): pending -> sending (claimed, leased) -> sent | failed.
    chat_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))  # else the user's chat
    not_before: datetime | None = None  # backoff: not to be sent before this time
    claimed_by: str = ""
    claimed_at: datetime | None = None
    last_error: str = ""


class AuditRow(SQLModel, table=True):
    __tablename__ = "audit_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str
    action: str
    entity: str
    entity_id: str
    data: dict = Field(default_factory=dict, sa_column=Column(JSON))


class SalesHistoryRow(SQLModel, table=True):
    __tablename__ = "sales_history"
    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    sku: str = Field(index=True)
    quantity: float
    unit_price: float | None = None
    customer_id: str | None = None
    order_ref: str = ""


# Areas keep their own tables in their own modules; importing them registers the tables here.
from core.adapters import tables_access, tables_inbound, tables_prices, tables_sales, tables_telegram  # noqa: E402,F401,E501
from core.adapters import tables_supplier  # noqa: E402,F401  (suppliers' confirmations)
from core.adapters import tables_reactions  # noqa: E402,F401  (event handlers that failed for good)
