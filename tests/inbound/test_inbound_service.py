"""The inbound service layer on SQLite and PostgreSQL: one delivery per event, audited, failures kept."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlmodel import select

from core.adapters import orm
from core.adapters.tables_inbound import WebhookDeliveryRow
from core.domain.catalog import Product
from core.domain.inbound import ProcessWebhookDelivery, ReceiveWebhook, RecoverWebhookDeliveries
from core.service import Deps, make_bus
from tests.adapters.conftest import db_url, uow_factory  # noqa: F401  (fixtures: SQLite and PostgreSQL)
from tests.core.conftest import FakeExtractor, FakeReader

ORDER = {"event_id": "e-1", "source": "erp", "customer": {"id": "C1", "email": "x" * 60 + "@long.example"},
         "lines": [{"sku": "A1", "quantity": 4}, {"description": "A2", "quantity": 2}], "due_date": "2026-12-24"}


@pytest.fixture
def handle(uow_factory):  # noqa: F811
    with uow_factory() as uow:
        for sku in ("A1", "A2"):
            uow.catalog.save_product(Product(sku, f"item {sku}"))
            uow.stock.get(sku).set_on_hand(10)
        uow.commit()

    def run(cmd):
        return make_bus(uow_factory(), Deps(FakeReader(), _DescriptionExtractor(), lambda: date(2026, 11, 28))) \
            .handle(cmd)

    return run


class _DescriptionExtractor(FakeExtractor):
    """Reads '<qty> <sku>' (the text the service builds for a SKU-less line)."""

    def extract(self, text, today, customer=None, sender=None) -> dict:
        return super().extract(text.replace(" ", " x ", 1), today, customer, sender)


def _rows(uow_factory, table) -> list[dict]:  # noqa: F811
    with uow_factory() as uow:
        return [row.model_dump() for row in uow.session.exec(select(table))]


def test_receive_process_and_duplicate(handle, uow_factory):  # noqa: F811
    stored = handle(ReceiveWebhook("erp", "e-1", b"{}", "order", ORDER))
    assert stored["status"] == "received" and not stored["duplicate"]
    done = handle(ProcessWebhookDelivery(stored["delivery_id"]))
    assert done["status"] == "processed" and done["order_id"]
    assert handle(ProcessWebhookDelivery(stored["delivery_id"]))["order_id"] == done["order_id"]  # no-op again
    again = handle(ReceiveWebhook("erp", "e-1", b"{}", "order", ORDER))
    assert again["duplicate"] and again["order_id"] == done["order_id"]
    with uow_factory() as uow:
        order = uow.orders.get(done["order_id"])
        assert [(l.sku, l.reserved) for l in order.lines] == [("A1", 4), ("A2", 2)]
        assert order.source_key == "erp:e-1" and order.due_date == date(2026, 12, 24)
        assert len(order.customer_id) <= 64
    actions = {a["action"] for a in _rows(uow_factory, orm.AuditRow)}
    assert {"webhook.received", "webhook.processed", "order.recorded", "customer.created"} <= actions


def test_the_same_event_at_the_same_moment_is_stored_once(handle, uow_factory):  # noqa: F811
    results, start = [], threading.Barrier(4)

    def send():
        start.wait()
        results.append(handle(ReceiveWebhook("erp", "e-race", b"{}", "order", ORDER)))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({r["delivery_id"] for r in results}) == 1 and sum(not r["duplicate"] for r in results) == 1
    assert len(_rows(uow_factory, WebhookDeliveryRow)) == 1


def test_a_failing_delivery_is_kept_failed_and_alerted_and_recovery_skips_it(handle, uow_factory):  # noqa: F811
    bad = handle(ReceiveWebhook("erp", "e-bad", b"{}", "order", {**ORDER, "due_date": "not a date"}))
    good = handle(ReceiveWebhook("erp", "e-good", b"{}", "order", ORDER))
    recovered = handle(RecoverWebhookDeliveries())
    assert recovered["recovered"] == 2
    status = {r["id"]: (r["status"], r["error"]) for r in _rows(uow_factory, WebhookDeliveryRow)}
    assert status[good["delivery_id"]][0] == "processed"
    assert status[bad["delivery_id"]][0] == "failed" and "not a date" in status[bad["delivery_id"]][1]
    assert any(a["kind"] == "webhook_failed" for a in _rows(uow_factory, orm.AlertRow))
    assert handle(RecoverWebhookDeliveries())["recovered"] == 0
    assert len(_rows(uow_factory, orm.SalesOrderRow)) == 1
