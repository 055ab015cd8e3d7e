"""Read model for buyers: days of cover per SKU from recent demand, and goods on their way (numpy over SKUs)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import numpy as np
from sqlmodel import func, select

from core.adapters import orm
from core.service.po_dates import expected_date, latest_promises

WINDOW_DAYS = 90
CATEGORY_NONE = "other"


def _as_date(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def history_end(uow, today: date) -> date:
    """Where the demand window ends: today, or the last recorded sale when history stopped long ago."""
    # An old export (the demo's history ends in 2011) would otherwise give every SKU zero demand;
    # the answers say which window they used.
    last = _as_date(uow.session.exec(select(func.max(orm.SalesHistoryRow.day))).one())
    if last is None or last >= today - timedelta(days=WINDOW_DAYS):
        return today
    return last


def cover_table(uow, today: date) -> dict:
    """Every product with its position, average daily demand and days of cover (call in an open uow)."""
    products = list(uow.session.exec(select(orm.ProductRow).order_by(orm.ProductRow.sku)))
    skus = [p.sku for p in products]
    index = {sku: i for i, sku in enumerate(skus)}
    n = len(skus)
    end = history_end(uow, today)
    start = end - timedelta(days=WINDOW_DAYS)
    sold = uow.session.exec(select(orm.SalesHistoryRow.sku, func.sum(orm.SalesHistoryRow.quantity))
                            .where(orm.SalesHistoryRow.day > start, orm.SalesHistoryRow.day <= end)
                            .group_by(orm.SalesHistoryRow.sku))
    demand = np.zeros(n)
    for sku, qty in sold:
        if sku in index:
            demand[index[sku]] = float(qty or 0)
    stock = np.zeros((n, 4))  # on hand, reserved, on order, backordered
    for row in uow.session.exec(select(orm.StockItemRow)):
        if row.sku in index:
            stock[index[row.sku]] = (row.on_hand, row.reserved, row.on_order, row.backordered)
    open_due = _open_order_demand(uow, index, today)
    # Open orders not yet served count as demand too, spread over the window, so a big new order
    # shortens cover at once rather than after it shows up in the sales history.
    rate = (demand + open_due) / WINDOW_DAYS
    net = stock[:, 0] - stock[:, 1] - stock[:, 3]  # free stock: on hand less reserved and backordered
    cover = np.full(n, np.inf)
    np.divide(np.maximum(net, 0.0), rate, out=cover, where=rate > 0)
    cover[(net <= 0) & ((rate > 0) | (stock[:, 3] > 0))] = 0.0
    return {"skus": skus, "names": [p.name for p in products], "names_zh": [(p.names or {}).get("zh", "")
                                                                         for p in products],
            "units": [p.unit for p in products], "categories": [p.category or CATEGORY_NONE for p in products],
            "safety": np.array([p.safety_stock for p in products]), "on_hand": stock[:, 0], "reserved": stock[:, 1],
            "on_order": stock[:, 2], "backordered": stock[:, 3], "free": net, "rate": rate, "cover": cover,
            "window": (start + timedelta(days=1), end), "index": index}


def _open_order_demand(uow, index: dict, today: date) -> np.ndarray:
    """Quantity on open sales orders of the last WINDOW_DAYS, not yet in the sales history."""
    out = np.zeros(len(index))
    # Orders carry wall-clock creation times (the clock of the demo's history may be years behind).
    since = datetime.now(timezone.utc) - timedelta(days=WINDOW_DAYS)
    stmt = (select(orm.OrderLineRow.sku, func.sum(orm.OrderLineRow.quantity))
            .join(orm.SalesOrderRow, orm.SalesOrderRow.id == orm.OrderLineRow.order_id)
            .where(orm.SalesOrderRow.status.notin_(("cancelled", "shipped", "closed", "done")),
                   orm.SalesOrderRow.created_at >= since)
            .group_by(orm.OrderLineRow.sku))
    for sku, qty in uow.session.exec(stmt):
        if sku in index and qty:
            out[index[sku]] = float(qty)
    return out


def runouts(table: dict, days: int, incoming_rows: list[dict], today: date) -> list[dict]:
    """SKUs whose free stock lasts fewer than `days` days, soonest first, with any PO due before then."""
    cover = table["cover"]
    hit = np.flatnonzero(cover < days)
    hit = hit[np.argsort(cover[hit], kind="stable")]
    first_arrival: dict[str, dict] = {}
    for row in incoming_rows:
        if row["sku"] not in first_arrival or row["expected"] < first_arrival[row["sku"]]["expected"]:
            first_arrival[row["sku"]] = row
    out = []
    for i in hit:
        sku = table["skus"][i]
        runout = today + timedelta(days=int(np.floor(cover[i])))
        arrival = first_arrival.get(sku)
        out.append({"sku": sku, "name": table["names"][i], "name_zh": table["names_zh"][i], "free": float(table["free"][i]),
                    "rate": float(table["rate"][i]), "cover": float(cover[i]), "runout": runout,
                    "unit": table["units"][i], "arrival": arrival["expected"] if arrival else None,
                    "saved": bool(arrival and arrival["expected"] <= runout)})
    return out


def incoming(uow, today: date, until: date | None = None, skus: list[str] | None = None) -> list[dict]:
    """Lines of approved POs still coming (less a short confirmation's missing part), by the supplier's promise or lead time."""
    stmt = (select(orm.POLineRow, orm.PurchaseOrderRow)
            .join(orm.PurchaseOrderRow, orm.PurchaseOrderRow.id == orm.POLineRow.po_id)
            .where(orm.PurchaseOrderRow.status == "approved"))
    found = list(uow.session.exec(stmt))
    promises = latest_promises(uow, {po.id for _, po in found})
    out = []
    for line, po in found:
        promise = promises.get((po.id, line.sku))
        # A short confirmation's missing part is not coming: what arrives is the confirmed rest.
        left = line.quantity - line.received - (promise.short if promise is not None else 0.0)
        if left <= 0 or (skus and line.sku not in skus):
            continue
        expected = expected_date(uow, po, line.sku, promises)  # the plan's own date for the line
        if until is not None and expected > until:
            continue
        supplier = uow.catalog.get_supplier(po.supplier_id)
        product = uow.catalog.get_product(line.sku)
        out.append({"po_id": po.id, "sku": line.sku, "name": product.name if product else line.sku,
                    "name_zh": (product.names or {}).get("zh", "") if product else "", "quantity": left,
                    "unit": product.unit if product else "", "supplier": supplier.name if supplier else po.supplier_id,
                    "expected": expected, "late": expected < today})
    return sorted(out, key=lambda r: (r["expected"], r["po_id"], r["sku"]))


BUCKETS = ((0, 0, "0"), (0, 7, "≤7"), (7, 14, "8–14"), (14, 30, "15–30"), (30, 60, "31–60"), (60, np.inf, ">60"))


def heatmap(table: dict) -> dict:
    """SKU counts per product group and days-of-cover bucket (the bot draws it)."""
    cats = sorted(set(table["categories"]))
    cat_idx = np.array([cats.index(c) for c in table["categories"]], dtype=int)
    cover = table["cover"]
    bucket = np.where(cover <= 0, 0, np.digitize(cover, [7, 14, 30, 60], right=True) + 1)
    counts = np.zeros((len(cats), len(BUCKETS)), dtype=int)
    np.add.at(counts, (cat_idx, bucket), 1)
    finite = np.where(np.isfinite(cover), cover, np.nan)
    medians = [float(np.nanmedian(finite[cat_idx == k])) if np.isfinite(finite[cat_idx == k]).any() else None
               for k in range(len(cats))]
    return {"categories": cats, "buckets": [b[2] for b in BUCKETS], "counts": counts.tolist(), "median_cover": medians,
            "window": [d.isoformat() for d in table["window"]]}
