"""Inbound webhook fixtures: a Tandem on a temporary SQLite file with the demo data, and signing helpers."""
from __future__ import annotations

import json
import shutil

import pytest
from fastapi.testclient import TestClient
from sqlmodel import func, select

from core.adapters import orm
from core.adapters.tables_inbound import WebhookDeliveryRow
from core.config import Settings
from tandem.bootstrap import bootstrap
from tandem.demo import load_demo_data
from tandem.server import build_web
from webhooks.orders import shopify_signature, tandem_signature

SECRET = "inbound-hmac-secret"


def _settings(path) -> Settings:
    return Settings(_env_file=None, database_url=f"sqlite:///{path}/inbound.db", inbox_dir=str(path / "inbox"),
                    webhook_hmac_secret=SECRET)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """A migrated database with the demo data, built once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("inbound-template")
    instance = bootstrap(_settings(path))
    load_demo_data(instance, say=lambda *_: None)
    instance.engine.dispose()
    return path / "inbound.db"


@pytest.fixture
def tandem(tmp_path, demo_db):
    shutil.copy(demo_db, tmp_path / "inbound.db")
    instance = bootstrap(_settings(tmp_path), upgrade=False)
    instance.extractor.refresh()
    yield instance
    instance.engine.dispose()


@pytest.fixture
def client(tandem):
    with TestClient(build_web(tandem, with_bot=False, with_mail=False)) as c:
        yield c


def signed(payload, secret: str = SECRET) -> tuple[bytes, dict]:
    """Body bytes and the generic endpoint's headers for a payload (bytes are sent as they are)."""
    raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return raw, {"Content-Type": "application/json", "X-Tandem-Signature": tandem_signature(secret, raw)}


def shopify_signed(payload, webhook_id: str, secret: str = SECRET) -> tuple[bytes, dict]:
    """Body bytes and the headers Shopify sends with an orders/create webhook."""
    raw = json.dumps(payload).encode()
    return raw, {"Content-Type": "application/json", "X-Shopify-Topic": "orders/create",
                 "X-Shopify-Hmac-Sha256": shopify_signature(secret, raw), "X-Shopify-Webhook-Id": webhook_id,
                 "X-Shopify-Shop-Domain": "tandem-demo.myshopify.com", "X-Shopify-API-Version": "2025-01"}


def count(tandem, table) -> int:
    with tandem.uow() as uow:
        return uow.session.exec(select(func.count()).select_from(table)).one()


def counts(tandem) -> tuple[int, int]:
    """(deliveries, sales orders) stored."""
    return count(tandem, WebhookDeliveryRow), count(tandem, orm.SalesOrderRow)
