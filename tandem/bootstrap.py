"""The one place where Tandem is wired: settings, database, edges' adapters, and the message bus."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.adapters import migrate
from core.adapters.db import make_engine, session_factory
from core.config import Settings, get_settings
from core.domain.commands import Command
from core.service import Deps, make_bus
from core.service.unit_of_work import UnitOfWork
from tandem.readers import CatalogExtractor, CatalogQuestions, read_document


@dataclass
class Tandem:
    """A wired instance: hand it commands, open units of work, reach the settings."""

    settings: Settings
    engine: object
    extractor: CatalogExtractor = field(init=False)

    def __post_init__(self) -> None:
        self._sessions = session_factory(self.engine)
        self.extractor = CatalogExtractor(self.uow, self.settings.extraction_threshold)
        self.deps = Deps(read_document, self.extractor, date.today)
        self.deps.extra["questions"] = CatalogQuestions(self.uow)
        self.deps.extra["settings"] = self.settings  # handlers read the settings this instance was built with

    def uow(self) -> UnitOfWork:
        """A new unit of work (one per command, so threads never share a session)."""
        return UnitOfWork(self._sessions)

    def handle(self, command: Command):
        """Run a command through a fresh bus and return its handler's result."""
        return make_bus(self.uow(), self.deps).handle(command)


def bootstrap(settings: Settings | None = None, *, upgrade: bool = True) -> Tandem:
    """Build Tandem from settings (the environment by default), migrating the database first."""
    settings = settings or get_settings()
    if upgrade:
        migrate.upgrade(settings.database_url)
    return Tandem(settings, make_engine(settings.database_url))
