"""Buyer fixtures: a tiny industrial Tandem (M8 bolts, 6204 bearings) and the demo's home goods, plus the stand-in."""
from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from sqlmodel import select

from core.adapters import orm
from core.config import Settings
from core.domain.commands import AddUser
from core.domain.purchasing import POLine, PurchaseOrder
from core.service.imports import ImportRows
from tandem.bootstrap import bootstrap
from tandem.demo import load_demo_data
from tandem.tables import read_rows
from tests.fixtures.botapi import botapi, botapi_server  # noqa: F401  (fixtures)
from tests.fixtures.tandem_bot import running_bot  # noqa: F401  (shared with other e2e tests)

ROOT = Path(__file__).resolve().parents[2]
SALES, BUYER, MANAGER = 811203344, 822304455, 833405566  # demo/users.csv
TODAY = date.today()
DEMO_TODAY = date(2011, 12, 12)  # the demo's "today" (demo/README.md)
CATEGORIES = {"BLT": "fasteners", "NUT": "fasteners", "WSH": "fasteners", "BRG": "bearings", "PL": "steel"}
SUPPLIERS = [("FAST1", "Ningbo Fasteners Co.", 10), ("FAST2", "Euro Bolt GmbH", 5),
             ("BRG1", "Harbin Bearing Works", 14), ("BRG2", "Nordic Bearings AB", 6)]
M8 = ["BLT-M8X20-ZN", "BLT-M8X30-ZN", "BLT-M8X40-ZN", "BLT-M8X30-SS", "BLT-M8X40-SS"]
B6204 = ["BRG-6204", "BRG-6204-2RS", "BRG-6204-ZZ"]
STOCK = {"BLT-M8X20-ZN": 1500, "BLT-M8X30-ZN": 420, "BLT-M8X40-ZN": 90, "BLT-M8X30-SS": 60, "BLT-M8X40-SS": 300,
         "BRG-6204": 35, "BRG-6204-2RS": 8, "BRG-6204-ZZ": 120}
DAILY = {"BLT-M8X30-ZN": 10, "BLT-M8X40-ZN": 30, "BRG-6204-2RS": 2, "BRG-6204": 1, "BLT-M8X20-ZN": 5}


def _catalog() -> list[dict]:
    rows = read_rows(ROOT / "tests/data/catalog_industrial.csv")
    for row in rows:
        row["category"] = CATEGORIES.get(row["sku"].split("-")[0], "other")
    return rows


def _offers() -> list[dict]:
    rows = []
    for sku in M8:
        rows.append({"supplier_id": "FAST1", "sku": sku, "price_breaks": "1:0.09|1000:0.08", "moq": "500",
                     "pack_size": "100", "lead_time_days": "10"})
        rows.append({"supplier_id": "FAST2", "sku": sku, "price_breaks": "1:0.12", "moq": "100", "pack_size": "100"})
    for sku in B6204:
        rows.append({"supplier_id": "BRG1", "sku": sku, "price_breaks": "1:1.10", "moq": "50", "pack_size": "10"})
        rows.append({"supplier_id": "BRG2", "sku": sku, "price_breaks": "1:1.45|100:1.30", "moq": "10",
                     "pack_size": "10"})
    return rows


def _sales() -> list[dict]:
    return [{"date": (TODAY - timedelta(days=d)).isoformat(), "sku": sku, "quantity": str(q), "unit_price": "1",
             "customer_id": "", "order_ref": f"S{d}"} for d in range(90) for sku, q in DAILY.items()]


def load_industrial(tandem) -> None:
    """Catalogue, suppliers, offers, stock, 90 days of sales and the demo's three users."""
    suppliers = [{"id": i, "name": n, "email": f"{i.lower()}@example.com", "lead_time_days": str(lt)}
                 for i, n, lt in SUPPLIERS]
    stock = [{"sku": s, "on_hand": str(q)} for s, q in STOCK.items()]
    for kind, rows in (("catalog", _catalog()), ("suppliers", suppliers), ("offers", _offers()),
                       ("stock", stock), ("sales", _sales())):
        tandem.handle(ImportRows(kind, rows, f"test/{kind}"))
    for row in read_rows(ROOT / "demo/users.csv"):
        tandem.handle(AddUser(row["name"], row["role"], int(row["telegram_id"]), row["email"]))


def approved_po(tandem, supplier_id: str, sku: str, qty: float, approved_days_ago: int) -> int:
    """An approved PO, as if a manager had tapped Approve some days ago (goods are on order)."""
    with tandem.uow() as uow:
        po = uow.purchase_orders.add(PurchaseOrder(supplier_id, [POLine(sku, qty, 1.0)]))
        po.submit()
        po.approve(user_id=3)
        uow.stock.get(sku).expect(qty, po.id)
        at = datetime.now(timezone.utc) - timedelta(days=approved_days_ago)
        uow.session.add(orm.ApprovalRow(po_id=po.id, approver_id=3, status="approved", decided_at=at))
        uow.commit()
    with tandem.uow() as uow:  # the ledger's approval move is dated as the approval is
        for move in uow.session.exec(select(orm.StockMoveRow).where(orm.StockMoveRow.ref == f"po:{po.id}",
                                                                    orm.StockMoveRow.kind == "po_approved")):
            move.at = at
            uow.session.add(move)
        uow.commit()
    return po.id


def _settings(folder, server) -> Settings:
    return Settings(_env_file=None, database_url=f"sqlite:///{folder}/buyer.db", inbox_dir=str(folder / "inbox"),
                    telegram_bot_token=server.token, telegram_api_base_url=server.base_url,
                    telegram_api_file_url=server.base_file_url, outbox_interval_seconds=0.2)


@pytest.fixture(scope="session")
def industrial_template(tmp_path_factory, botapi_server) -> Path:
    """The industrial database built once; each test gets a copy (imports take a second, a copy none)."""
    folder = tmp_path_factory.mktemp("industrial")
    instance = bootstrap(_settings(folder, botapi_server))
    load_industrial(instance)
    instance.engine.dispose()
    return folder / "buyer.db"


@pytest.fixture
def industrial(tmp_path, botapi_server, industrial_template):
    """A fresh Tandem with the industrial catalogue, for tests that change things (drafts, approvals)."""
    shutil.copy(industrial_template, tmp_path / "buyer.db")
    instance = bootstrap(_settings(tmp_path, botapi_server), upgrade=False)
    yield instance
    instance.engine.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, botapi_server):
    """The demo's home goods at the demo's date, shared by a module's read-only questions."""
    instance = bootstrap(_settings(tmp_path_factory.mktemp("demo"), botapi_server))
    load_demo_data(instance, say=lambda *_: None)
    instance.deps.today = lambda: DEMO_TODAY
    yield instance
    instance.engine.dispose()


