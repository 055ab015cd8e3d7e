"""Service layer: commands in, events out, one unit of work per handler."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Callable

from core.service.messagebus import MessageBus
from core.service.ports import DemandExtractor, DocumentReader
from core.service.reactions import keep_failed
from core.service.unit_of_work import UnitOfWork

# Each module defines register(events, commands, uow, deps), adding its handlers to the two maps.
HANDLER_MODULES = [
    "core.service.planning",  # first: others reach its shared planner state through deps.extra
    "core.service.buttons",
    "core.service.intake",
    "core.service.purchasing",
    "core.service.admin",
    "core.service.imports",
    "core.service.access",
    "core.service.approvals",
    "core.service.telegram",
    "core.service.queries",
    "core.service.inbound",
    "core.service.sales",
    "core.service.alerts",
    "core.service.supplier_updates",
    "core.service.review",
    "core.service.reactions",
    "core.service.prices",
    "core.service.rules",  # last: it reads every event, after the areas that react to them
]


@dataclass
class Deps:
    """What handlers may need from outside the core, injected by the bootstrap."""

    reader: DocumentReader
    extractor: DemandExtractor
    today: Callable[[], date] = date.today
    extra: dict = field(default_factory=dict)  # area-specific ports, e.g. a question parser


def _modules():
    for name in HANDLER_MODULES:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def make_bus(uow: UnitOfWork, deps: Deps) -> MessageBus:
    """Wire every area's handlers to their messages, injecting the unit of work and the ports."""
    event_handlers: dict = {}
    command_handlers: dict = {}
    for module in _modules():
        module.register(event_handlers, command_handlers, uow, deps)
    # A reaction that still fails after its retries is kept for a person (nothing is lost), not only logged.
    return MessageBus(uow, event_handlers, command_handlers, on_failure=partial(keep_failed, uow))
