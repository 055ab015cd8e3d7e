"""Message bus: runs a command's handler, then every handler of the events that follow."""
from __future__ import annotations

import logging
from collections.abc import Callable

from tenacity import Retrying, retry, retry_if_exception, stop_after_attempt, wait_random_exponential

from core.adapters.repository import lost_write_race
from core.domain.commands import Command
from core.domain.events import Event

logger = logging.getLogger(__name__)
# Two transactions touching one SKU or PO (or SQLite's single writer): the loser re-reads and retries.
# Backing off up to half a second: on a loaded machine five quick tries (10-50 ms apart) all lost to
# the outbox and update workers' writes, and a replan was dropped.
RACE_RETRY = {"retry": retry_if_exception(lost_write_race), "stop": stop_after_attempt(10),
              "wait": wait_random_exponential(multiplier=0.02, max=0.5), "reraise": True}

# on_failure(event, handler name, error, attempts): keeps a reaction that failed for good (see reactions.py).
FailureKeeper = Callable[[Event, str, Exception, int], None]


class MessageBus:
    """Dispatches commands (one handler, errors raised) and events (many handlers, failures kept)."""

    def __init__(self, uow, event_handlers: dict[type, list[Callable]], command_handlers: dict[type, Callable],
                 on_failure: FailureKeeper | None = None):
        self.uow = uow
        self.event_handlers = event_handlers
        self.command_handlers = command_handlers
        self.on_failure = on_failure

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
        for name, handler in handlers_for(self.event_handlers, event).items():
            error, attempts = run_handler(handler, event)
            if error is not None:
                # One failing reaction must not stop the others; it is kept for a person with its event.
                logger.error("handler %s failed on %s", name, event, exc_info=error)
                if self.on_failure is not None:
                    self.on_failure(event, name, error, attempts)
            # why: collected after each handler, since the next one's unit of work starts fresh repositories
            # and would drop events the aggregates of this one still hold
            raised.extend(self.uow.collect_new_events())
        return raised


def handlers_for(event_handlers: dict[type, list[Callable]], event: Event) -> dict[str, Callable]:
    """The event's handlers in order, each under a name unique among them (a repeat gets '#2', '#3' ...)."""
    named: dict[str, Callable] = {}
    # Handlers registered under the base class Event see every event (e.g. the business rules).
    for handler in [*event_handlers.get(type(event), []), *event_handlers.get(Event, [])]:
        name = key = handler_name(handler)
        n = 1
        while key in named:
            n += 1
            key = f"{name}#{n}"
        named[key] = handler
    return named


def handler_name(handler: Callable) -> str:
    """A name that survives restarts: the registering module and the function's name."""
    name = getattr(handler, "__qualname__", type(handler).__qualname__)
    module = getattr(handler, "__module__", None)
    return f"{module}.{name}" if module else name


def reaction(target: Callable, call: Callable) -> Callable:
    """`call` (a closure over a unit of work) named after the function it runs, so a kept failure is
    retried by that name rather than by '<lambda>'."""
    call.__name__ = call.__qualname__ = target.__name__
    return call


def run_handler(handler: Callable, event: Event) -> tuple[Exception | None, int]:
    """Run one event handler, retrying lost write races; return its final error (or None) and the tries."""
    retrying = Retrying(**RACE_RETRY)
    try:
        retrying(handler, event)
        error = None
    except Exception as exc:  # any failure is the caller's to keep; it must not stop the other handlers
        error = exc
    return error, retrying.statistics.get("attempt_number", 1)
