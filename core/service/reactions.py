"""Reactions that failed after their retries: kept with their event, told to people, retried or dismissed."""
from __future__ import annotations

import dataclasses
import logging
import traceback
from datetime import datetime, timedelta, timezone

from tenacity import retry

from core.adapters.tables_reactions import FailedReactionRow
from core.domain import commands
from core.domain.events import Event, event_type, rebuild_event
from core.service.journal import actor_name, audit, plain, tell_role
from core.service.messagebus import RACE_RETRY, handlers_for, run_handler

logger = logging.getLogger(__name__)
# A retry claimed longer ago than this never finished (its process died): another may take it over.
STALE_CLAIM = timedelta(minutes=15)
WATCHERS = ("admin", "manager")  # who hears of a failed reaction
REASON_CHARS = 200  # a notice's reason; the row keeps the whole error with its traceback


def keep_failed(uow, event: Event, handler: str, error: Exception, attempts: int) -> int | None:
    """Store the failed reaction in its own transaction, audit it and tell the watchers; return its id."""
    try:
        return _store(uow, event, handler, error, attempts)
    except Exception:  # the database itself is failing: the log is all that is left
        logger.exception("could not keep the failed reaction %s on %s", handler, event)
        return None


@retry(**RACE_RETRY)
def _store(uow, event: Event, handler: str, error: Exception, attempts: int) -> int:
    """Write the row, its audit record and the notices in one transaction (a lost write race retries)."""
    with uow:  # the handler's own transaction was rolled back: this one holds only the record of it
        row = uow.reactions.add(FailedReactionRow(event_type=event_type(event), event=_fields(event), handler=handler,
                                                  error=_error_text(error), attempts=attempts))
        audit(uow, "system", "reaction.failed", "failed_reaction", row.id, handler=handler, event=row.event_type,
              attempts=attempts, reason=_reason(error))
        tell_role(uow, WATCHERS, "reaction_failed", reaction_id=row.id, handler=handler,
                  event=type(event).__name__, reason=_reason(error))
        uow.commit()
        return row.id


def retry_reaction(cmd: commands.RetryReaction, uow, event_handlers: dict) -> dict:
    """Run the kept reaction's handler on its rebuilt event; success marks it retried, failure keeps it open."""
    with uow:
        row = uow.reactions.get(cmd.reaction_id)
        refusal = _refusal(row, cmd.reaction_id, running_ok=True)
        if refusal:
            return refusal
        now = datetime.now(timezone.utc)
        if not uow.reactions.claim(cmd.reaction_id, now, now - STALE_CLAIM):
            return {"status": "refused", "message": f"Reaction {cmd.reaction_id} is being retried now."}
        uow.commit()  # the claim is seen by a second Retry tapped while this one runs
        name, stored_type, data = row.handler, row.event_type, dict(row.event)
    try:
        return _run_claimed(cmd, uow, event_handlers, name, stored_type, data)
    finally:
        _release(uow, cmd.reaction_id)  # a retry that recorded no outcome (refused, crashed) leaves it open


def _run_claimed(cmd, uow, event_handlers: dict, name: str, stored_type: str, data: dict) -> dict:
    """Rebuild the event, run the handler, record the outcome (the reaction is claimed)."""
    try:
        event = rebuild_event(stored_type, data)
    except (ValueError, TypeError) as exc:  # the event's class was renamed or its fields changed since
        return {"status": "refused", "message": f"Reaction {cmd.reaction_id}: event not rebuilt: {exc}"}
    handler = handlers_for(event_handlers, event).get(name)
    if handler is None:
        return {"status": "refused", "message": f"Reaction {cmd.reaction_id}: {name} no longer handles "
                                                f"{type(event).__name__}; dismiss it"}
    error, attempts = run_handler(handler, event)  # its own unit of work; the bus dispatches what it raises
    with uow:
        row = uow.reactions.get(cmd.reaction_id)
        actor = actor_name(uow.users.get(cmd.user_id))
        row.attempts += attempts
        if error is not None:
            row.error, row.status, row.resolved_at = _error_text(error), "open", None
            audit(uow, actor, "reaction.retry_failed", "failed_reaction", row.id, reason=_reason(error))
        else:
            _resolve(row, "retried", actor)
            audit(uow, actor, "reaction.retried", "failed_reaction", row.id, handler=name)
        uow.reactions.add(row)
        uow.commit()
    if error is not None:
        return {"status": "refused", "message": f"Reaction {row.id} failed again: {_reason(error)}"}
    return {"status": "retried", "message": f"Reaction {row.id} retried: {name} succeeded"}


def dismiss_reaction(cmd: commands.DismissReaction, uow) -> dict:
    """Close a kept reaction without running it, with who decided and why."""
    with uow:
        row = uow.reactions.get(cmd.reaction_id)
        refusal = _refusal(row, cmd.reaction_id)
        if refusal:
            return refusal
        actor = actor_name(uow.users.get(cmd.user_id))
        _resolve(row, "dismissed", actor)
        uow.reactions.add(row)
        audit(uow, actor, "reaction.dismissed", "failed_reaction", row.id, reason=cmd.reason)
        uow.commit()
        return {"status": "dismissed", "message": f"Reaction {row.id} dismissed"}


def failed_reactions(uow, status: str | None = None) -> list[dict]:
    """Kept reactions, newest first, for people to see (optionally only one status)."""
    with uow:
        return [{"id": r.id, "status": r.status, "handler": r.handler, "event_type": r.event_type,
                 "event": r.event, "attempts": r.attempts, "reason": _last_line(r.error),
                 "failed_at": r.failed_at.isoformat(), "resolved_by": r.resolved_by}
                for r in uow.reactions.list(status)]


def _release(uow, reaction_id: int) -> None:
    """Put a reaction still claimed back to open (a no-op once its retry recorded retried or open)."""
    with uow:
        row = uow.reactions.get(reaction_id)
        if row is not None and row.status == "retrying":
            row.status, row.resolved_at = "open", None
            uow.reactions.add(row)
            uow.commit()


def _refusal(row, reaction_id: int, running_ok: bool = False) -> dict | None:
    """Why a kept reaction cannot be acted on, or None (a retry may try to take over a running one)."""
    if row is None:
        return {"status": "refused", "message": f"No failed reaction {reaction_id}."}
    if row.status == "retrying" and not running_ok:
        return {"status": "refused", "message": f"Reaction {row.id} is being retried now."}
    if row.status not in ("open", "retrying"):
        return {"status": "refused", "message": f"Reaction {row.id} is already {row.status}."}
    return None


def _resolve(row: FailedReactionRow, status: str, actor: str) -> None:
    row.status, row.resolved_at, row.resolved_by = status, datetime.now(timezone.utc), actor


def _fields(event: Event) -> dict:
    """The event's fields as JSON (dates as ISO strings, which rebuild_event reads back)."""
    return plain(dataclasses.asdict(event)) if dataclasses.is_dataclass(event) else {}


def _error_text(error: Exception) -> str:
    """The traceback as text; a long one keeps its end, where the error itself is."""
    return "".join(traceback.format_exception(error))[-8000:]


def _last_line(text: str) -> str:
    """A stored traceback's last line: the error's type and message."""
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def _reason(error: Exception) -> str:
    """One line a person can read: the error's type and message, cut short."""
    text = " ".join(f"{type(error).__name__}: {error}".split())
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 1] + "…"


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Retry and dismissal of kept reactions (the bus keeps them through keep_failed, wired in make_bus)."""
    command_handlers[commands.RetryReaction] = lambda c: retry_reaction(c, uow, event_handlers)
    command_handlers[commands.DismissReaction] = lambda c: dismiss_reaction(c, uow)
