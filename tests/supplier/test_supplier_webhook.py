"""POST /webhooks/supplier-confirmations: signed, stored once per key, processed at once."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import func, select

from core.adapters.tables_supplier import SupplierConfirmationRow
from core.config import Settings
from tandem.bootstrap import bootstrap
from tandem.demo import load_demo_data
from tandem.server import build_web
from tests.supplier.conftest import approved_po
from webhooks.orders import tandem_signature

SECRET = "supplier-hmac-secret"
URL = "/webhooks/supplier-confirmations"


@pytest.fixture
def tandem(tmp_path):
    instance = bootstrap(Settings(_env_file=None, database_url=f"sqlite:///{tmp_path}/s.db",
                                  inbox_dir=str(tmp_path / "inbox"), webhook_hmac_secret=SECRET))
    load_demo_data(instance, say=lambda *_: None)
    yield instance
    instance.engine.dispose()


@pytest.fixture
def client(tandem):
    with TestClient(build_web(tandem, with_bot=False, with_mail=False)) as c:
        yield c


def _post(client, payload, key=None, secret=SECRET):
    raw = json.dumps(payload).encode()
    headers = {"Content-Type": "application/json", "X-Tandem-Signature": tandem_signature(secret, raw)}
    if key:
        headers["Idempotency-Key"] = key
    return client.post(URL, content=raw, headers=headers)


def _stored(tandem) -> int:
    with tandem.uow() as uow:
        return uow.session.exec(select(func.count()).select_from(SupplierConfirmationRow)).one()


def test_a_late_promise_is_stored_processed_and_taken_once(tandem, client):
    po_id = approved_po(tandem.uow)
    late = (date.today() + timedelta(days=60)).isoformat()
    payload = {"po": po_id, "promised_date": late, "lines": [{"sku": "85099B", "quantity": 150}], "note": "strike"}
    first = _post(client, payload, key="sup-1")
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["status"] == "processed" and body["late"] and body["lines"][0]["short"] == 50
    again = _post(client, payload, key="sup-1")
    assert again.status_code == 200 and again.json()["duplicate"] and _stored(tandem) == 1
    assert _post(client, payload).json()["duplicate"] is False  # no key: the body is the key, a new one here
    assert _post(client, payload).json()["duplicate"] is True


def test_refusals_say_why(tandem, client):
    assert _post(client, {"po": 1, "promised_date": "2026-12-01"}, secret="wrong").status_code == 401
    assert _stored(tandem) == 0
    bad = _post(client, {"po": "x", "promised_date": "soon"})
    assert bad.status_code == 422 and "promised_date" in bad.json()["error"] and _stored(tandem) == 0
    unknown = _post(client, {"po": 999, "promised_date": "2026-12-01"})
    assert unknown.status_code == 422 and unknown.json()["error"] == "no PO 999"
    assert _stored(tandem) == 1  # kept, with the reason, for a person to see
