"""The bus delivers only events of work that committed, once each, also when a handler is retried."""
from __future__ import annotations

from dataclasses import dataclass

from core.adapters.repository import ConcurrencyError
from core.domain.commands import Command
from core.domain.events import Event
from core.service.messagebus import MessageBus


@dataclass
class Poke(Command):
    fail_first: int = 0
    crash: bool = False


@dataclass
class Poked(Event):
    n: int


def _bus(uow_factory, seen: list):
    uow = uow_factory()
    tries = []

    def poke(cmd: Poke):
        with uow:
            tries.append(1)
            uow.publish(Poked(len(tries)))
            if cmd.crash:
                raise ValueError("handler bug")
            if len(tries) <= cmd.fail_first:
                raise ConcurrencyError("someone else wrote first")  # as commit() raises it
            uow.commit()

    return MessageBus(uow, {Poked: [seen.append]}, {Poke: poke})


def test_a_retried_handler_publishes_its_event_once(uow_factory):
    seen: list = []
    _bus(uow_factory, seen).handle(Poke(fail_first=2))
    assert seen == [Poked(3)]  # only the attempt that committed happened


def test_a_failed_transaction_raises_no_events(uow_factory):
    seen: list = []
    bus = _bus(uow_factory, seen)
    try:
        bus.handle(Poke(crash=True))
    except ValueError:
        pass
    bus.handle(Poke())
    assert seen == [Poked(2)]  # the crashed attempt's event was never delivered, not even later


def test_events_of_committed_work_survive_a_later_failure_in_the_block(uow_factory):
    seen: list = []
    uow = uow_factory()

    def poke(cmd: Poke):
        with uow:
            uow.publish(Poked(1))
            uow.commit()
            raise ValueError("failed after the commit")

    bus = MessageBus(uow, {Poked: [seen.append]}, {Poke: poke})
    try:
        bus.handle(Poke())
    except ValueError:
        pass
    assert list(uow.collect_new_events()) == [Poked(1)]  # it happened: the commit went through
