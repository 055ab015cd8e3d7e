"""Fixtures for service-layer tests: an in-memory database and fake edge adapters."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlmodel import SQLModel

from core.adapters import orm  # noqa: F401  (registers the tables)
from core.adapters.db import make_engine, session_factory
from core.domain import commands
from core.domain.catalog import Offer, PriceBreak, Product, Supplier
from core.service import Deps, make_bus
from core.service.ports import ReadDocument
from core.service.unit_of_work import UnitOfWork


class FakeReader:
    """Reads raw bytes as UTF-8 text; 'BROKEN' makes it fail like a corrupt file (until `fixed`)."""

    fixed = False

    def __call__(self, raw: bytes, filename: str = "", content_type: str = "") -> ReadDocument:
        text = raw.decode()
        if "BROKEN" in text and not self.fixed:
            raise ValueError("corrupt input")
        text = text.replace(" BROKEN", "")
        return ReadDocument(key="fake:" + hashlib.sha1(raw).hexdigest(), text=text, sender="sales@us.example",
                            original_sender="buyer@customer.example")


class FakeExtractor:
    """Understands 'QTY x SKU' lines; '?' after a SKU marks an unsure line."""

    threshold = 0.8

    def extract(self, text, today, customer=None, sender=None) -> dict:
        lines = []
        for part in text.split(","):
            qty, _, sku = part.strip().partition(" x ")
            if sku:
                unsure = sku.endswith("?")
                lines.append({"sku": sku.rstrip("?"), "quantity": float(qty), "unit": "pcs", "mention": part.strip(),
                              "confidence": 0.5 if unsure else 0.95})
        return {"intent": "order" if lines else "other", "lines": lines, "due_date": None, "confidence": 0.9}

    def remember_alias(self, customer, mention, sku) -> None:
        pass

    def match(self, text, top=3):
        """A product title that is a SKU matches it exactly."""
        return [(text.strip(), 1.0)] if text.strip().isupper() else []


@pytest.fixture
def uow_factory():
    engine = make_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    return lambda: UnitOfWork(session_factory(engine))


@pytest.fixture
def reader():
    return FakeReader()


@pytest.fixture
def bus(uow_factory, reader):
    uow = uow_factory()
    return make_bus(uow, Deps(reader, FakeExtractor(), lambda: date(2026, 11, 28)))


@pytest.fixture
def seeded(bus, uow_factory):
    """Two suppliers for BOLT (cheap one has MOQ 100), 5 on hand, a salesperson and a manager."""
    with uow_factory() as uow:
        uow.catalog.save_product(Product("BOLT", "Hex bolt M8x30", safety_stock=20))
        uow.catalog.save_product(Product("NUT", "Hex nut M8", safety_stock=0))
        uow.catalog.save_supplier(Supplier("S1", "Cheap Co"))
        uow.catalog.save_supplier(Supplier("S2", "Quick Co"))
        uow.catalog.save_offer(Offer("S1", "BOLT", [PriceBreak(1, 0.50), PriceBreak(500, 0.40)], moq=100, pack_size=50))
        uow.catalog.save_offer(Offer("S2", "BOLT", [PriceBreak(1, 0.60)], moq=1, pack_size=10))
        uow.stock.get("BOLT").set_on_hand(5)
        uow.stock.get("NUT").set_on_hand(100)
        uow.commit()
    sales = bus.handle(commands.AddUser("Sam", "salesperson", telegram_id=1, email="sales@us.example"))
    boss = bus.handle(commands.AddUser("Mia", "manager", telegram_id=2))
    return {"sales": sales, "manager": boss}
