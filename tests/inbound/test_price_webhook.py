"""POST /webhooks/prices: signed price changes recorded with history; bad ones refused with the reason."""
from __future__ import annotations

from sqlmodel import select

from core.adapters import orm
from core.adapters.tables_prices import PriceChangeRow
from tests.inbound.conftest import signed

CHANGE = {"supplier_id": "SUP2", "sku": "85099B", "unit_price": 1.2, "valid_from": "2026-11-01", "source": "portal"}


def test_a_signed_price_change_is_recorded_and_answered(client, tandem):
    raw, headers = signed(CHANGE)
    answer = client.post("/webhooks/prices", content=raw, headers=headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["old_price"] == 1.09 and body["new_price"] == 1.2 and body["change_pct"] == 10.09
    assert body["changed"] and not body["scheduled"] and body["valid_from"] == "2026-11-01"
    assert body["price_breaks"][0] == [1.0, 1.2]
    again = client.post("/webhooks/prices", content=raw, headers=headers)  # a resend changes nothing
    assert again.status_code == 200 and again.json()["changed"] is False
    with tandem.uow() as uow:
        rows = [(r.unit_price, r.source) for r in uow.session.exec(select(PriceChangeRow).where(
            PriceChangeRow.sku == "85099B", PriceChangeRow.supplier_id == "SUP2").order_by(PriceChangeRow.id))]
        fired = [r.data for r in uow.session.exec(select(orm.AuditRow).where(orm.AuditRow.action == "rule.fired"))]
    assert rows == [(1.09, "import:demo/offers.csv"), (1.2, "webhook:portal")]
    # the demo's rule (bags up over 5 %) asked for a stock-up approval in the same flow
    assert fired and fired[0]["result"]["status"] == "stock_up_drafted"


def test_a_price_announced_for_a_later_day_is_scheduled(client, tandem):
    raw, headers = signed({**CHANGE, "valid_from": "2099-01-01"})
    body = client.post("/webhooks/prices", content=raw, headers=headers).json()
    assert body["scheduled"] and not body["changed"] and body["valid_from"] == "2099-01-01"
    with tandem.uow() as uow:
        breaks = uow.session.exec(select(orm.OfferRow.price_breaks).where(orm.OfferRow.sku == "85099B",
                                                                            orm.OfferRow.supplier_id == "SUP2")).one()
    assert breaks[0] == [1.0, 1.09]  # still the price in force today


def test_price_breaks_replace_every_break(client):
    raw, headers = signed({"supplier_id": "SUP2", "sku": "85099B", "price_breaks": [[1, 1.0], [100, 0.9]]})
    body = client.post("/webhooks/prices", content=raw, headers=headers).json()
    assert body["price_breaks"] == [[1.0, 1.0], [100.0, 0.9]] and body["change_pct"] == -8.26


def test_bad_signatures_bodies_and_offers_are_refused(client):
    raw, headers = signed(CHANGE, secret="wrong")
    assert client.post("/webhooks/prices", content=raw, headers=headers).status_code == 401
    for body, why in [({**CHANGE, "unit_price": -1}, "schema"), ({"supplier_id": "SUP2", "sku": "85099B"}, "schema"),
                      ({**CHANGE, "supplier_id": "SUP9"}, "no offer of '85099B' from supplier 'SUP9'"),
                      (b"{not json", "malformed JSON")]:
        raw, headers = signed(body)
        answer = client.post("/webhooks/prices", content=raw, headers=headers)
        assert answer.status_code == 422 and why in answer.json()["error"], answer.text


def test_without_a_secret_the_endpoint_is_off(tandem):
    from fastapi.testclient import TestClient

    from tandem.server import build_web

    tandem.settings.webhook_hmac_secret = ""
    with TestClient(build_web(tandem, with_bot=False, with_mail=False)) as client:
        raw, headers = signed(CHANGE)
        assert client.post("/webhooks/prices", content=raw, headers=headers).status_code == 503


def test_schema_errors_are_worded_as_for_orders(client):
    raw, headers = signed({**CHANGE, "unit_price": -1})
    body = client.post("/webhooks/prices", content=raw, headers=headers).json()
    assert body["error"].startswith("schema: unit_price: ") and body["details"][0]["loc"] == "unit_price"
