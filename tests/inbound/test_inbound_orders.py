"""Inbound order webhooks: signed deliveries become one sales order each, unreadable ones are kept."""
from __future__ import annotations

import time

from fastapi.testclient import TestClient

from core.domain.inbound import ReceiveWebhook
from tandem.server import build_web
from tests.inbound.conftest import counts, shopify_signed, signed

ORDER = {"event_id": "evt-1", "source": "erp", "reference": "SO-1", "due_date": "2026-12-15",
         "customer": {"id": "13089"},
         "lines": [{"sku": "85123A", "quantity": 12}, {"sku": "22423", "quantity": 40, "unit": "pcs"}]}


def _delivery(client, delivery_id: int) -> dict:
    """The delivery once the background worker is done with it."""
    deadline = time.monotonic() + 30
    while True:
        answer = client.get(f"/api/webhooks/deliveries/{delivery_id}")
        assert answer.status_code == 200
        if answer.json()["status"] != "received" or time.monotonic() > deadline:
            return answer.json()
        time.sleep(0.02)


def test_generic_order_is_accepted_then_recorded_with_reservations(client, tandem):
    raw, headers = signed(ORDER)
    answer = client.post("/api/orders", content=raw, headers=headers)
    assert answer.status_code == 202, answer.text
    body = answer.json()
    assert body["status"] == "received" and body["duplicate"] is False
    report = _delivery(client, body["delivery_id"])
    assert report["status"] == "processed" and report["raw"] == raw.decode()
    order = report["order"]
    assert order["source_key"] == "erp:evt-1" and order["customer_id"] == "13089" and order["status"] == "open"
    lines = {line["sku"]: line for line in order["lines"]}
    assert lines["85123A"]["reserved"] == 12 and lines["85123A"]["short"] == 0
    assert lines["22423"]["reserved"] == 30 and lines["22423"]["short"] == 10  # demo stock holds 30
    with tandem.uow() as uow:
        assert uow.stock.get("85123A").position.reserved >= 12


def test_same_event_id_twice_creates_one_order(client, tandem):
    raw, headers = signed(ORDER)
    first = client.post("/api/orders", content=raw, headers=headers)
    assert first.status_code == 202
    order_id = _delivery(client, first.json()["delivery_id"])["order_id"]
    again = client.post("/api/orders", content=raw, headers=headers)
    assert again.status_code == 200
    assert again.json()["duplicate"] is True and again.json()["delivery_id"] == first.json()["delivery_id"]
    assert again.json()["order_id"] == order_id is not None
    # A different body under the same event id is the same event: still one order.
    raw2, headers2 = signed({**ORDER, "lines": [{"sku": "85123A", "quantity": 1}]})
    assert client.post("/api/orders", content=raw2, headers=headers2).status_code == 200
    assert counts(tandem) == (1, 1)


def test_missing_or_wrong_signature_is_refused_and_nothing_is_stored(client, tandem):
    raw, headers = signed(ORDER)
    wrong = signed(ORDER, secret="not-the-secret")[1]["X-Tandem-Signature"]
    for bad in ({}, {"X-Tandem-Signature": wrong}, {"X-Tandem-Signature": "sha256=" + "0" * 64},
                {"X-Tandem-Signature": headers["X-Tandem-Signature"].removeprefix("sha256=")}):
        answer = client.post("/api/orders", content=raw, headers={"Content-Type": "application/json", **bad})
        assert answer.status_code == 401, bad
    # The signature covers the exact bytes: the same JSON re-serialised does not pass.
    assert client.post("/api/orders", content=raw.replace(b", ", b","), headers=headers).status_code == 401
    shopify_raw, shopify_headers = shopify_signed({"id": 1, "line_items": []}, "w-1", secret="other")
    assert client.post("/api/webhooks/shopify/orders-create", content=shopify_raw,
                       headers=shopify_headers).status_code == 401
    assert counts(tandem) == (0, 0)


def test_oversized_bodies_and_other_shopify_topics(client, tandem):
    raw, headers = signed(b'{"pad": "' + b"x" * (1024 * 1024) + b'"}')
    assert client.post("/api/orders", content=raw, headers=headers).status_code == 413
    chunked = iter([raw[:700_000], raw[700_000:]])  # no Content-Length: the limit holds while reading
    assert client.post("/api/orders", content=chunked, headers=headers).status_code == 413
    assert counts(tandem) == (0, 0)
    raw, headers = shopify_signed({"id": 5, "line_items": [{"sku": "85099B", "quantity": 1}]}, "w-9")
    answer = client.post("/api/webhooks/shopify/orders-create", content=raw,
                         headers={**headers, "X-Shopify-Topic": "orders/updated"})
    assert answer.status_code == 422 and "orders/updated" in answer.json()["error"]
    assert _delivery(client, answer.json()["delivery_id"])["status"] == "rejected"
    assert counts(tandem) == (1, 0)


def test_without_a_secret_webhooks_are_off(tandem):
    tandem.settings.webhook_hmac_secret = ""
    with TestClient(build_web(tandem, with_bot=False, with_mail=False)) as client:
        raw, headers = signed(ORDER, secret="")
        assert client.post("/api/orders", content=raw, headers=headers).status_code == 503
    assert counts(tandem) == (0, 0)


def test_shopify_orders_create_with_its_real_headers(client, tandem):
    payload = {"id": 820982911946154508, "name": "#9999", "email": "jon@example.com", "currency": "USD",
               "customer": {"id": 115310627314723954, "email": "jon@example.com", "first_name": "Jon",
                            "last_name": "Doe"},
               "line_items": [{"id": 1, "sku": "85099B", "title": "Jumbo Bag", "quantity": 2, "price": "1.95"},
                              {"id": 2, "sku": "", "title": "Party Bunting", "quantity": 3, "price": "4.95"}]}
    raw, headers = shopify_signed(payload, "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043")
    answer = client.post("/api/webhooks/shopify/orders-create", content=raw, headers=headers)
    assert answer.status_code == 202, answer.text
    report = _delivery(client, answer.json()["delivery_id"])
    assert report["kind"] == "shopify/orders-create" and report["status"] == "processed", report
    order = report["order"]
    assert order["source_key"] == "shopify:820982911946154508" and order["customer_id"] == "jon@example.com"
    assert [(l["sku"], l["quantity"]) for l in order["lines"]] == [("85099B", 2), ("47566", 3)]
    assert all(l["reserved"] == l["quantity"] for l in order["lines"])
    # Shopify retries (same webhook id) or a second subscription (new webhook id): still one order.
    for webhook_id in ("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", "another-subscription"):
        raw, headers = shopify_signed(payload, webhook_id)
        assert client.post("/api/webhooks/shopify/orders-create", content=raw, headers=headers).status_code == 200
    assert counts(tandem) == (1, 1)


def test_schema_errors_answer_422_and_the_delivery_is_kept(client, tandem):
    bad = {**ORDER, "lines": [{"sku": "85123A", "quantity": -1}, {"quantity": 2}]}
    raw, headers = signed(bad)
    answer = client.post("/api/orders", content=raw, headers=headers)
    assert answer.status_code == 422
    body = answer.json()
    assert "lines.0.quantity" in body["error"] and "a sku, a code or a description" in body["error"]
    kept = _delivery(client, body["delivery_id"])
    assert kept["status"] == "rejected" and kept["raw"] == raw.decode() and kept["source"] == "erp"
    broken, broken_headers = signed(b'{"event_id": "evt-1", "lines": [')
    answer = client.post("/api/orders", content=broken, headers=broken_headers)
    assert answer.status_code == 422 and answer.json()["error"].startswith("malformed JSON")
    rejected = client.get("/api/webhooks/deliveries", params={"status": "rejected"}).json()
    assert {d["delivery_id"] for d in rejected} == {body["delivery_id"], answer.json()["delivery_id"]}
    assert counts(tandem) == (2, 0)
    # The sender fixes the payload and sends it again under the same event id: accepted.
    raw, headers = signed(ORDER)
    answer = client.post("/api/orders", content=raw, headers=headers)
    assert answer.status_code == 202 and _delivery(client, answer.json()["delivery_id"])["status"] == "processed"
    assert counts(tandem) == (3, 1)


def test_a_delivery_left_received_is_processed_at_start_up(tandem):
    raw, _ = signed(ORDER)
    order = {**ORDER, "customer": {"id": "13089", "name": None, "email": None}, "lines": [
        {"sku": "85123A", "code": None, "description": None, "quantity": 12.0, "unit": None}]}
    stored = tandem.handle(ReceiveWebhook("erp", "evt-1", raw, "order", order))  # the crash came right after
    assert stored["status"] == "received"
    with TestClient(build_web(tandem, with_bot=False, with_mail=False)) as client:
        report = _delivery(client, stored["delivery_id"])
    assert report["status"] == "processed" and report["order"]["lines"][0]["reserved"] == 12
    assert counts(tandem) == (1, 1)


def test_lines_without_sku_are_matched_by_description(client, tandem):
    payload = {"event_id": "evt-7", "source": "crm", "customer": {"email": "Buyer@NewShop.example", "name": "New"},
               "lines": [{"description": "jumbo bag red retrospot", "quantity": 24},
                         {"code": "85123A", "quantity": 5},
                         {"description": "left-handed blue widget", "quantity": 1}]}
    raw, headers = signed(payload)
    answer = client.post("/api/orders", content=raw, headers=headers)
    assert answer.status_code == 202
    report = _delivery(client, answer.json()["delivery_id"])
    lines = report["order"]["lines"]
    assert [(l["sku"], l["quantity"]) for l in lines] == [("85099B", 24), ("85123A", 5), (None, 1)]
    assert lines[0]["reserved"] == 24 and lines[1]["reserved"] == 5 and lines[2]["reserved"] == 0
    assert report["order"]["status"] == "needs_review"  # the unmatched line waits for a person
    assert report["order"]["customer_id"] == "buyer@newshop.example"


def test_the_schemas_are_documented(client):
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/api/orders"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"event_id", "source", "lines"} <= set(body["required"])
    assert {"sku", "code", "description", "quantity"} <= set(body["properties"]["lines"]["items"]["properties"])
    shopify = spec["paths"]["/api/webhooks/shopify/orders-create"]["post"]
    assert "line_items" in shopify["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert {"202", "401", "422"} <= set(shopify["responses"])
