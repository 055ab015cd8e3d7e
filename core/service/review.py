"""Messages that need a person: quarantined (could not be read) or held (not trusted); retry or release."""
from __future__ import annotations

from datetime import date
from functools import partial

from core.domain import commands, events
from core.service import buttons
from core.service.journal import actor_name, audit, raise_alert, tell

REVIEWERS = ("admin", "buyer")


def set_aside(uow, row, status: str, reason: str) -> dict:
    """Keep the message with the reason, alert reviewers with a Retry button; never drop it."""
    row.status, row.error = status, reason
    uow.messages.add(row)
    raise_alert(uow, status, f"Message {row.id} {status}: {reason}", message_id=row.id)
    for user in (u for u in uow.users.list() if u.role in REVIEWERS and u.active):
        label = "Release" if status == "held" else "Retry"
        token = buttons.issue(uow, "retry_message", "inbound_message", row.id, user.id)
        tell(uow, user.id, "quarantine", message_id=row.id, reason=reason, status=status,
             buttons=[[[label, token]]])
    audit(uow, row.source, f"message.{status}", "inbound_message", row.id, reason=reason)
    uow.publish(events.MessageQuarantined(row.id, reason))
    uow.commit()
    return {"message_id": row.id, "status": status, "error": reason}


def retry_message(cmd: commands.RetryMessage, uow, reader, extractor, today: date) -> dict:
    """Read and extract a kept message again; on success it becomes demand like any other."""
    from core.service.intake import _extract  # intake imports this module for set_aside

    with uow:
        row = uow.messages.get(cmd.message_id)
        if row is None:
            return {"status": "refused", "message": f"No message {cmd.message_id}."}
        if row.status not in ("quarantined", "held"):
            return {"status": "refused", "message": f"Message {row.id} is already {row.status}."}
        user = uow.users.get(cmd.user_id)
        try:
            doc = reader(row.raw, row.filename, row.content_type)
            result = _extract(uow, doc, extractor, today, row.requested_by)
        except Exception as exc:  # still unreadable: keep it, with the new reason
            row.error = f"retry failed: {type(exc).__name__}: {exc}"
            uow.messages.add(row)
            audit(uow, actor_name(user), "message.retry_failed", "inbound_message", row.id, reason=row.error)
            uow.commit()
            return {"status": "refused", "message": row.error, "message_id": row.id}
        was = row.status
        row.status, row.error, row.result = "processed", "", result
        uow.messages.add(row)
        uow.approvals.use_tokens("inbound_message", row.id)
        audit(uow, actor_name(user), "message.released" if was == "held" else "message.retried",
              "inbound_message", row.id)
        due = date.fromisoformat(result["due_date"]) if result["due_date"] else None
        uow.publish(events.DemandExtracted(row.id, result["customer_id"], result["lines"], due,
                                           result["requested_by"], result["needs_review"], result["intent"],
                                           row.source))
        uow.commit()
        return {"status": "processed", "message": f"Message {row.id} processed", "message_id": row.id}


def _press_retry(uow, token, user, cmd, deps) -> dict:
    return retry_message(commands.RetryMessage(token.entity_id, user.id), uow, deps.reader, deps.extractor,
                         deps.today())


def _spent(uow, token) -> str:
    row = uow.messages.get(token.entity_id)
    return f"Message {token.entity_id} is already {row.status if row else 'gone'}."


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Retry and release of kept messages."""
    command_handlers[commands.RetryMessage] = lambda c: retry_message(c, uow, deps.reader, deps.extractor,
                                                                      deps.today())
    buttons.ACTIONS["retry_message"] = partial(_press_retry, deps=deps)
    buttons.SPENT["retry_message"] = _spent
