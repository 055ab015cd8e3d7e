"""Repositories for the simpler records: orders, suggestions, approvals, users, messages, failed reactions, audit."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import and_, or_, update
from sqlmodel import Session, select

from core.adapters import orm
from core.adapters.tables_reactions import FailedReactionRow
from core.domain.orders import OrderLine, SalesOrder
from core.domain.people import Alert, AuditRecord, Outbound, User
from core.domain.purchasing import ApprovalRequest, PurchaseSuggestion


def _row_fields(obj, exclude=("id",)) -> dict:
    return {k: v for k, v in vars(obj).items() if k not in exclude and not k.startswith("_")}


class OrderRepository:
    """Sales orders and their lines."""

    def __init__(self, session: Session):
        self.session = session

    def add(self, order: SalesOrder) -> SalesOrder:
        row = orm.SalesOrderRow(**_row_fields(order, ("id", "lines")))
        self.session.add(row)
        self.session.flush()
        order.id = row.id
        for line in order.lines:
            line_row = orm.OrderLineRow(order_id=order.id, **_row_fields(line))
            self.session.add(line_row)
            self.session.flush()
            line.id = line_row.id
        return order

    def save_lines(self, order: SalesOrder) -> None:
        """Store the reserved/short figures after planning."""
        for line in order.lines:
            row = self.session.get(orm.OrderLineRow, line.id)
            row.reserved, row.short, row.sku, row.quantity = line.reserved, line.short, line.sku, line.quantity
            self.session.add(row)
        head = self.session.get(orm.SalesOrderRow, order.id)
        head.status = order.status
        self.session.add(head)

    def get(self, order_id: int) -> SalesOrder | None:
        row = self.session.get(orm.SalesOrderRow, order_id)
        if row is None:
            return None
        lines = self.session.exec(select(orm.OrderLineRow).where(orm.OrderLineRow.order_id == order_id)
                                  .order_by(orm.OrderLineRow.id))
        return SalesOrder(row.customer_id, [OrderLine(**l.model_dump(exclude={"order_id"})) for l in lines],
                          row.due_date, row.status, row.source_key, row.requested_by, row.id)

    def by_source_key(self, key: str) -> SalesOrder | None:
        order_id = self.session.exec(select(orm.SalesOrderRow.id).where(orm.SalesOrderRow.source_key == key)).first()
        return self.get(order_id) if order_id else None


class SuggestionRepository:
    """Purchase suggestions."""

    def __init__(self, session: Session):
        self.session = session

    def add(self, suggestion: PurchaseSuggestion) -> PurchaseSuggestion:
        row = orm.SuggestionRow(**_row_fields(suggestion))
        self.session.add(row)
        self.session.flush()
        suggestion.id = row.id
        return suggestion

    def mark_drafted(self, suggestion_id: int, po_id: int) -> None:
        row = self.session.get(orm.SuggestionRow, suggestion_id)
        row.status, row.po_id = "drafted", po_id
        self.session.add(row)


class ApprovalRepository:
    """Approval requests and the opaque tokens behind their buttons."""

    def __init__(self, session: Session):
        self.session = session

    def add(self, request: ApprovalRequest) -> ApprovalRequest:
        row = orm.ApprovalRow(**_row_fields(request))
        self.session.add(row)
        self.session.flush()
        request.id = row.id
        return request

    def pending_for_po(self, po_id: int) -> list[ApprovalRequest]:
        stmt = select(orm.ApprovalRow).where(orm.ApprovalRow.po_id == po_id, orm.ApprovalRow.status == "pending")
        return [ApprovalRequest(**r.model_dump(exclude={"created_at"})) for r in self.session.exec(stmt)]

    def close(self, request: ApprovalRequest) -> None:
        row = self.session.get(orm.ApprovalRow, request.id)
        row.status, row.decided_at = request.status, request.decided_at
        self.session.add(row)

    def add_token(self, row: orm.ActionTokenRow) -> None:
        self.session.add(row)

    def get_token(self, token: str) -> orm.ActionTokenRow | None:
        return self.session.get(orm.ActionTokenRow, token)

    def use_tokens(self, entity: str, entity_id: int) -> None:
        """Spend every button of a record so a second tap finds them used."""
        now = datetime.now(timezone.utc)
        stmt = select(orm.ActionTokenRow).where(orm.ActionTokenRow.entity == entity,
                                                orm.ActionTokenRow.entity_id == entity_id)
        for row in self.session.exec(stmt):
            row.used_at = row.used_at or now
            self.session.add(row)


class UserRepository:
    """Users and their Telegram links."""

    def __init__(self, session: Session):
        self.session = session

    def add(self, user: User) -> User:
        row = orm.UserRow(**_row_fields(user))
        self.session.add(row)
        self.session.flush()
        user.id = row.id
        return user

    def get(self, user_id: int | None) -> User | None:
        row = self.session.get(orm.UserRow, user_id) if user_id is not None else None
        return User(**row.model_dump()) if row else None

    def by_telegram(self, telegram_id: int) -> User | None:
        row = self.session.exec(select(orm.UserRow).where(orm.UserRow.telegram_id == telegram_id)).first()
        return User(**row.model_dump()) if row and row.active else None

    def by_email(self, email: str) -> User | None:
        row = self.session.exec(select(orm.UserRow).where(orm.UserRow.email == email.lower())).first()
        return User(**row.model_dump()) if row and row.active else None

    def list(self) -> list[User]:
        return [User(**r.model_dump()) for r in self.session.exec(select(orm.UserRow).order_by(orm.UserRow.id))]


class MessageRepository:
    """Inbound raw messages (kept forever) and mail cursors."""

    def __init__(self, session: Session):
        self.session = session

    def by_key(self, key: str) -> orm.InboundMessageRow | None:
        return self.session.exec(select(orm.InboundMessageRow).where(orm.InboundMessageRow.key == key)).first()

    def get(self, message_id: int) -> orm.InboundMessageRow | None:
        return self.session.get(orm.InboundMessageRow, message_id)

    def add(self, row: orm.InboundMessageRow) -> orm.InboundMessageRow:
        self.session.add(row)
        self.session.flush()
        return row

    def quarantined(self) -> list[orm.InboundMessageRow]:
        stmt = select(orm.InboundMessageRow).where(orm.InboundMessageRow.status == "quarantined")
        return list(self.session.exec(stmt.order_by(orm.InboundMessageRow.id)))

    def cursor(self, mailbox: str, uidvalidity: int) -> int:
        row = self.session.get(orm.MailCursorRow, (mailbox, uidvalidity))
        return row.last_uid if row else 0

    def save_cursor(self, mailbox: str, uidvalidity: int, uid: int) -> None:
        row = self.session.get(orm.MailCursorRow, (mailbox, uidvalidity)) or orm.MailCursorRow(
            mailbox=mailbox, uidvalidity=uidvalidity)
        row.last_uid = max(row.last_uid, uid)
        self.session.add(row)


class ReactionRepository:
    """Event handlers that failed for good, with their events (kept, never deleted)."""

    def __init__(self, session: Session):
        self.session = session

    def add(self, row: FailedReactionRow) -> FailedReactionRow:
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, reaction_id: int) -> FailedReactionRow | None:
        return self.session.get(FailedReactionRow, reaction_id)

    def claim(self, reaction_id: int, now: datetime, stale_before: datetime) -> bool:
        """Mark a reaction as being retried unless another retry holds it (one whose claim is older than
        `stale_before` never finished, e.g. its process died, and may be taken over)."""
        row = FailedReactionRow
        # One conditional UPDATE: of two people tapping Retry at once, exactly one changes the row.
        stmt = update(row).where(row.id == reaction_id, or_(
            row.status == "open", and_(row.status == "retrying", row.resolved_at < stale_before))
        ).values(status="retrying", resolved_at=now)
        claimed = self.session.execute(stmt).rowcount == 1
        self.session.expire_all()  # the row read before the update is stale now
        return claimed

    def list(self, status: str | None = None, limit: int = 200) -> list[FailedReactionRow]:
        """Newest first, optionally only those with a status."""
        stmt = select(FailedReactionRow).order_by(FailedReactionRow.id.desc()).limit(limit)
        if status:
            stmt = stmt.where(FailedReactionRow.status == status)
        return list(self.session.exec(stmt))


class JournalRepository:
    """Append-only records: audit log, alerts, and the outbox of messages to users."""

    def __init__(self, session: Session):
        self.session = session

    def audit(self, record: AuditRecord) -> None:
        self.session.add(orm.AuditRow(**_row_fields(record)))

    def alert(self, alert: Alert) -> Alert:
        row = orm.AlertRow(**_row_fields(alert))
        self.session.add(row)
        self.session.flush()
        alert.id = row.id
        return alert

    def outbound(self, message: Outbound) -> Outbound:
        row = orm.OutboxRow(**_row_fields(message))
        self.session.add(row)
        self.session.flush()
        message.id = row.id
        return message
