"""Message bus: runs a command's handler, then every handler of the events that follow."""
from __future__ import annotations

import logging
from collections.abc import Callable

from tenacity import retry, retry_if_exception, stop_after_attempt, wait_random_exponential

from core.adapters.repository import lost_write_race
from core.domain.commands import Command
from core.domain.events import Event

logger = logging.getLogger(__name__)
# Two transactions touching one SKU or PO (or SQLite's single writer): the loser re-reads and retries.
# Backing off up to half a second: on a loaded machine five quick tries (10-50 ms apart) all lost to
# the outbox and update workers' writes, and a replan was dropped.
RACE_RETRY = {"retry": retry_if_exception(lost_write_race), "stop": stop_after_attempt(10),
              "wait": wait_random_exponential(multiplier=0.02, max=0.5), "reraise": True}


class MessageBus:
    """Dispatches commands (one handler, errors raised) and events (many handlers, errors logged)."""

    def __init__(self, uow, event_handlers: dict[type, list[Callable]], command_handlers: dict[type, Callable]):
        self.uow = uow
        self.event_handlers = event_handlers
        self.command_handlers = command_handlers

    def handle(self, command: Command):
        """Handle a command and the events it causes; return the command handler's result."""
        result = self._run_command(command)
        queue = list(self.uow.collect_new_events())
        while queue:
            queue.extend(self._run_event(queue.pop(0)))
        return result

    @retry(**RACE_RETRY)
    def _run_command(self, command: Command):
        handler = self.command_handlers[type(command)]
        logger.debug("command %s", type(command).__name__)
        return handler(command)

    def _run_event(self, event: Event) -> list[Event]:
        """Run the event's handlers; return the events they raised, in order."""
        raised: list[Event] = []
        # Handlers registered under the base class Event see every event (e.g. the business rules).
        for handler in [*self.event_handlers.get(type(event), []), *self.event_handlers.get(Event, [])]:
            try:
                _retrying(handler, event)
            except Exception:
                # One failing reaction must not stop the others; it is logged with its event.
                logger.exception("handler %s failed on %s", getattr(handler, "__name__", handler), event)
            # why: collected after each handler, since the next one's unit of work starts fresh repositories
            # and would drop events the aggregates of this one still hold
            raised.extend(self.uow.collect_new_events())
        return raised


@retry(**RACE_RETRY)
def _retrying(handler: Callable, event: Event) -> None:
    handler(event)
