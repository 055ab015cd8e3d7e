"""Unit of work: one transaction, its repositories, and the events its aggregates raised."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlmodel import Session

from core.adapters import records, repository
from core.adapters.repository import lost_write_race
from core.domain.events import Event


class UnitOfWork:
    """The only place that commits. Use as a context manager; uncommitted work is rolled back."""

    def __init__(self, session_factory: Callable[[], Session]):
        self.session_factory = session_factory
        self._events: list[Event] = []
        self._mark = 0

    def __enter__(self) -> "UnitOfWork":
        self._mark = len(self._events)
        self.session = self.session_factory()
        s = self.session
        self.catalog = repository.CatalogRepository(s)
        self.stock = repository.StockRepository(s)
        self.purchase_orders = repository.PurchaseOrderRepository(s)
        self.orders = records.OrderRepository(s)
        self.suggestions = records.SuggestionRepository(s)
        self.approvals = records.ApprovalRepository(s)
        self.users = records.UserRepository(s)
        self.messages = records.MessageRepository(s)
        self.reactions = records.ReactionRepository(s)
        self.journal = records.JournalRepository(s)
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is not None:
            self._forget_events()  # what failed did not happen: a retry or a later handler must not see it
        self.rollback()
        self.session.close()

    def _keep_committed_events(self) -> None:
        """Events of committed work survive a later failure in the same block (aggregates' first, as collected)."""
        raised = [e for agg in self._aggregates() for e in agg.events]
        for agg in self._aggregates():
            agg.events.clear()
        self._events[self._mark : self._mark] = raised
        self._mark = len(self._events)

    def _aggregates(self) -> list:
        return [*self.stock.seen.values(), *self.purchase_orders.seen.values()]

    def _forget_events(self) -> None:
        """Drop the events raised inside the transaction that is failing."""
        del self._events[self._mark :]
        for agg in self._aggregates():
            agg.events.clear()

    def commit(self) -> None:
        """Write the aggregates (version-checked) and commit; losing a write race is a ConcurrencyError."""
        try:
            self.stock.flush()
            self.purchase_orders.flush()
            self.session.commit()
            self._keep_committed_events()
        except Exception as exc:
            # SQLite refuses a writer whose snapshot is stale ("database is locked"): same meaning.
            if lost_write_race(exc) and not isinstance(exc, repository.ConcurrencyError):
                raise repository.ConcurrencyError(str(exc)) from exc
            raise

    def rollback(self) -> None:
        self.session.rollback()

    def publish(self, event: Event) -> None:
        """Queue an event that no aggregate carries (e.g. a message was stored)."""
        self._events.append(event)

    def collect_new_events(self) -> Iterator[Event]:
        """Events raised since the last collection, aggregates' first."""
        for agg in self._aggregates():
            while agg.events:
                yield agg.events.pop(0)
        while self._events:
            yield self._events.pop(0)
        self._mark = 0  # nothing left to keep or drop
