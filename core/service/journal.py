"""Small helpers every handler uses to leave traces: audit records, alerts, outbound messages."""
from __future__ import annotations

from core.domain.people import Alert, AuditRecord, Outbound


def audit(uow, actor: str, action: str, entity: str, entity_id, **data) -> None:
    """Append an audit record to the current transaction."""
    uow.journal.audit(AuditRecord(actor, action, entity, str(entity_id), plain(data)))


def tell(uow, user_id: int | None, kind: str, **payload) -> None:
    """Queue a message to a user; the bot sends it after commit."""
    if user_id is not None:
        uow.journal.outbound(Outbound(user_id, kind, plain(payload)))


def tell_role(uow, roles: tuple[str, ...], kind: str, **payload) -> int:
    """Queue a message to every linked user with one of the roles; return how many."""
    users = [u for u in uow.users.list() if u.role in roles and u.active]
    for user in users:
        tell(uow, user.id, kind, **payload)
    return len(users)


def raise_alert(uow, kind: str, message: str, sku: str | None = None, **data) -> Alert:
    """Record an alert for people to act on."""
    return uow.journal.alert(Alert(kind, message, sku, plain(data)))


def actor_name(user) -> str:
    """How a user appears in the audit log."""
    return f"user:{user.id}:{user.name}" if user else "system"


def plain(data):
    """JSON-safe copy: nested dicts and lists kept, dates and other values become strings."""
    if isinstance(data, dict):
        return {key: plain(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [plain(value) for value in data]
    return data if data is None or isinstance(data, (str, int, float, bool)) else str(data)
