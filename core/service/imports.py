"""Import reference data row by row: every error names its row and column; nothing half-imported."""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import select

from core.adapters import orm
from core.domain.catalog import Customer, Offer, Product, Supplier, parse_price_breaks
from core.service import prices
from core.service.journal import audit

SAFETY_DAYS = 7  # skeleton rule until the planner sets safety stock: a week of recent average demand


class ImportFailed(Exception):
    """The file had row errors; nothing was written."""

    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} error(s); nothing imported")
        self.errors = errors


@dataclass
class ImportRows:
    """Command: import parsed rows of one kind (catalog, suppliers, offers, stock, sales, customers)."""

    kind: str
    rows: list[dict]
    source: str = ""
    progress: Callable[[int], None] | None = field(default=None, repr=False)


def _text(row, col, required=True) -> str:
    value = str(row.get(col) or "").strip()
    if required and not value:
        raise ValueError(f"column '{col}' is required")
    return value


def _num(row, col, default=None) -> float:
    value = str(row.get(col) or "").strip()
    if not value:
        if default is None:
            raise ValueError(f"column '{col}' is required")
        return default
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"column '{col}': {value!r} is not a number") from None


def _split(value) -> list[str]:
    return [v.strip() for v in str(value or "").split("|") if v.strip()]


def _product(row, uow) -> Product:
    names = {k[5:] or k: str(v).strip() for k, v in row.items() if k.startswith("name_") and str(v or "").strip()}
    return Product(_text(row, "sku"), _text(row, "name"), _text(row, "unit", False) or "pcs",
                   _text(row, "category", False), _split(row.get("aliases")), names, _split(row.get("substitutes")),
                   _num(row, "safety_stock", 0.0))


def _supplier(row, uow) -> Supplier:
    return Supplier(_text(row, "id"), _text(row, "name"), _text(row, "email", False),
                    _num(row, "lead_time_days", 7.0), _num(row, "on_time_rate", 1.0))


def _offer(row, uow) -> Offer:
    supplier_id, sku = _text(row, "supplier_id"), _text(row, "sku")
    if uow.catalog.get_supplier(supplier_id) is None:
        raise ValueError(f"column 'supplier_id': unknown supplier {supplier_id!r}")
    if uow.catalog.get_product(sku) is None:
        raise ValueError(f"column 'sku': unknown SKU {sku!r}")
    try:
        breaks = parse_price_breaks(_text(row, "price_breaks"))
    except ValueError as exc:
        raise ValueError(f"column 'price_breaks': {exc}") from None
    lead = _num(row, "lead_time_days", -1.0)
    return Offer(supplier_id, sku, breaks, _num(row, "moq", 1.0), _num(row, "pack_size", 1.0),
                 None if lead < 0 else lead)


def _customer(row, uow) -> Customer:
    return Customer(_text(row, "id"), _text(row, "name"), _text(row, "email", False).lower(),
                    _text(row, "domain", False).lower())


def _stock(row, uow) -> tuple[str, float]:
    sku = _text(row, "sku")
    if uow.catalog.get_product(sku) is None:
        raise ValueError(f"column 'sku': unknown SKU {sku!r}")
    return sku, _num(row, "on_hand")


def _sale(row, uow) -> orm.SalesHistoryRow:
    try:
        day = datetime.fromisoformat(_text(row, "date")).date()
    except ValueError:
        raise ValueError(f"column 'date': {row.get('date')!r} is not an ISO date") from None
    price = _num(row, "unit_price", -1.0)
    return orm.SalesHistoryRow(day=day, sku=_text(row, "sku"), quantity=_num(row, "quantity"),
                               unit_price=None if price < 0 else price,
                               customer_id=_text(row, "customer_id", False) or None,
                               order_ref=_text(row, "order_ref", False))


def _store(kind: str, obj, uow, source: str = "", today: date | None = None) -> None:
    if kind == "catalog":
        uow.catalog.save_product(obj)
    elif kind == "suppliers":
        uow.catalog.save_supplier(obj)
    elif kind == "offers":  # a changed price is kept in the history and raises PriceChanged
        prices.store_offer(uow, obj, f"import:{source}" if source else "import", today or date.today())
    elif kind == "customers":
        uow.catalog.save_customer(obj)
    elif kind == "stock":
        uow.stock.get(obj[0]).set_on_hand(obj[1], ref="import")
    else:
        uow.session.add(obj)


PARSERS = {"catalog": _product, "suppliers": _supplier, "offers": _offer, "customers": _customer,
           "stock": _stock, "sales": _sale}


def import_rows(cmd: ImportRows, uow, today: date | None = None) -> dict:
    """Validate every row first, then write them all in one transaction."""
    if cmd.kind not in PARSERS:
        raise ValueError(f"unknown import kind {cmd.kind!r}; one of: {', '.join(PARSERS)}")
    with uow:
        errors, parsed = [], []
        for number, row in enumerate(cmd.rows, start=2):  # row 1 is the header
            try:
                parsed.append(PARSERS[cmd.kind](row, uow))
            except ValueError as exc:
                errors.append(f"row {number}: {exc}")
            if cmd.progress:
                cmd.progress(1)
        if errors:
            raise ImportFailed(errors)
        for obj in parsed:
            _store(cmd.kind, obj, uow, cmd.source, today)
        uow.session.flush()
        if cmd.kind == "sales":
            _refresh_safety_stock(uow)
        audit(uow, "import", f"import.{cmd.kind}", "import", cmd.source or cmd.kind, rows=len(parsed))
        uow.commit()
        return {"kind": cmd.kind, "rows": len(parsed)}


def _refresh_safety_stock(uow) -> None:
    """A week of average daily demand over the last 90 days of history, per SKU (skeleton rule)."""
    last = uow.session.exec(select(func.max(orm.SalesHistoryRow.day))).one()
    if last is None:
        return
    since = (last if isinstance(last, date) else date.fromisoformat(str(last))) - timedelta(days=90)
    stmt = (select(orm.SalesHistoryRow.sku, func.sum(orm.SalesHistoryRow.quantity))
            .where(orm.SalesHistoryRow.day > since).group_by(orm.SalesHistoryRow.sku))
    for sku, total in uow.session.exec(stmt):
        product = uow.catalog.get_product(sku)
        if product is not None:
            product.safety_stock = float(math.ceil(total / 90 * SAFETY_DAYS))
            uow.catalog.save_product(product)


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Import handler; any import (prices, stock, history) makes the planner refit from scratch."""
    planner = deps.extra.get("planner")

    def handle(cmd: ImportRows) -> dict:
        result = import_rows(cmd, uow, deps.today())
        if planner is not None:
            planner.invalidate()
        return result

    command_handlers[ImportRows] = handle
