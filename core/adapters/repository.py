"""Repositories: load and store domain objects through a SQLModel session (they never commit)."""
from __future__ import annotations

from sqlalchemy import func, update
from sqlmodel import Session, select

from core.adapters import orm
from core.domain.catalog import Customer, Offer, PriceBreak, Product, Supplier
from core.domain.purchasing import POLine, PurchaseOrder
from core.domain.stock import ON_ORDER, StockItem, StockMove, StockPosition


class ConcurrencyError(Exception):
    """Someone else changed the record since we read it; the command may be retried."""


def lost_write_race(exc: BaseException) -> bool:
    """True for conflicts a retry resolves: our optimistic lock, or SQLite's busy/snapshot refusal."""
    if isinstance(exc, ConcurrencyError):
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return type(exc).__name__ == "OperationalError" and ("locked" in text or "busy" in text)


class CatalogRepository:
    """Products, customers, suppliers and offers."""

    def __init__(self, session: Session):
        self.session = session

    def get_product(self, sku: str) -> Product | None:
        row = self.session.get(orm.ProductRow, sku)
        return Product(**row.model_dump()) if row else None

    def list_products(self) -> list[Product]:
        rows = self.session.exec(select(orm.ProductRow).order_by(orm.ProductRow.sku))
        return [Product(**r.model_dump()) for r in rows]

    def save_product(self, product: Product) -> None:
        self.session.merge(orm.ProductRow(**vars(product)))

    def save_customer(self, customer: Customer) -> None:
        self.session.merge(orm.CustomerRow(**vars(customer)))

    def get_customer(self, customer_id: str) -> Customer | None:
        row = self.session.get(orm.CustomerRow, customer_id)
        return Customer(**row.model_dump()) if row else None

    def find_customer(self, address: str) -> Customer | None:
        """Customer by exact address, else by the address's domain."""
        address = address.strip().lower()
        domain = address.rpartition("@")[2]
        for column, value in ((orm.CustomerRow.email, address), (orm.CustomerRow.domain, domain)):
            if value:
                row = self.session.exec(select(orm.CustomerRow).where(column == value)).first()
                if row:
                    return Customer(**row.model_dump())
        return None

    def save_supplier(self, supplier: Supplier) -> None:
        self.session.merge(orm.SupplierRow(**vars(supplier)))

    def get_supplier(self, supplier_id: str) -> Supplier | None:
        row = self.session.get(orm.SupplierRow, supplier_id)
        return Supplier(**row.model_dump()) if row else None

    def save_offer(self, offer: Offer) -> None:
        stmt = select(orm.OfferRow).where(orm.OfferRow.supplier_id == offer.supplier_id, orm.OfferRow.sku == offer.sku)
        row = self.session.exec(stmt).first() or orm.OfferRow(supplier_id=offer.supplier_id, sku=offer.sku)
        row.price_breaks = [[b.min_qty, b.unit_price] for b in offer.price_breaks]
        row.moq, row.pack_size, row.lead_time_days = offer.moq, offer.pack_size, offer.lead_time_days
        self.session.add(row)

    def offers_for(self, sku: str) -> list[Offer]:
        rows = self.session.exec(select(orm.OfferRow).where(orm.OfferRow.sku == sku))
        return [_offer(r) for r in rows]

    def aliases(self) -> list[tuple[str, str, str]]:
        """Every remembered (customer, mention, sku)."""
        rows = self.session.exec(select(orm.CustomerAliasRow))
        return [(r.customer_id, r.mention, r.sku) for r in rows]

    def remember_alias(self, customer_id: str, mention: str, sku: str) -> None:
        stmt = select(orm.CustomerAliasRow).where(
            orm.CustomerAliasRow.customer_id == customer_id, orm.CustomerAliasRow.mention == mention)
        row = self.session.exec(stmt).first() or orm.CustomerAliasRow(customer_id=customer_id, mention=mention, sku=sku)
        row.sku = sku
        self.session.add(row)


def _offer(row: orm.OfferRow) -> Offer:
    breaks = sorted((PriceBreak(float(q), float(p)) for q, p in row.price_breaks), key=lambda b: b.min_qty)
    return Offer(row.supplier_id, row.sku, breaks, row.moq, row.pack_size, row.lead_time_days)


class StockRepository:
    """StockItem aggregates: totals row plus appended ledger moves, version-checked."""

    def __init__(self, session: Session):
        self.session = session
        self.seen: dict[str, StockItem] = {}

    def get(self, sku: str, orders: bool = False) -> StockItem:
        """The SKU's aggregate; `orders` also loads its on-order ledger per PO (receipts, confirmations)."""
        item = self.seen.get(sku)
        if item is None:
            row = self.session.get(orm.StockItemRow, sku)
            opening = StockPosition(row.on_hand, row.reserved, row.on_order, row.backordered) if row else StockPosition()
            item = StockItem(sku, opening, row.version if row else 0)
            item.loaded_version = row.version if row else None  # None: no row yet
            self.seen[sku] = item
        if orders and item.orders is None:
            item.orders = self._orders(sku)
        return item

    def _orders(self, sku: str) -> list[StockMove]:
        """The SKU's stored on-order moves summed per PO and kind (one row each, not the whole history)."""
        m = orm.StockMoveRow
        stmt = (select(m.ref, m.kind, func.sum(m.quantity))
                .where(m.sku == sku, m.bucket == ON_ORDER, m.ref.startswith("po:")).group_by(m.ref, m.kind))
        return [StockMove(sku, ON_ORDER, float(total), kind, ref) for ref, kind, total in self.session.exec(stmt)]

    def flush(self) -> None:
        """Write new moves and totals; fail if another transaction moved the same SKU first."""
        for item in self.seen.values():
            if not item.moves:
                continue
            pos = item.position
            values = dict(on_hand=pos.on_hand, reserved=pos.reserved, on_order=pos.on_order,
                          backordered=pos.backordered, version=item.version)
            if item.loaded_version is None:
                self.session.add(orm.StockItemRow(sku=item.sku, **values))
                self.session.flush()
            else:
                stmt = (update(orm.StockItemRow)
                        .where(orm.StockItemRow.sku == item.sku, orm.StockItemRow.version == item.loaded_version)
                        .values(**values))
                if self.session.execute(stmt).rowcount != 1:
                    raise ConcurrencyError(f"stock of {item.sku} changed concurrently")
            for move in item.moves:
                self.session.add(orm.StockMoveRow(**{k: v for k, v in vars(move).items() if k != "id"}))
            if item.orders is not None:  # the loaded per-PO ledger stays whole for the next transaction
                item.orders += [m for m in item.moves if m.bucket == ON_ORDER]
            item.opening, item.moves, item.loaded_version = pos, [], item.version

    def positions(self) -> dict[str, StockPosition]:
        """Every SKU's position in one query; items this transaction already moved count as moved."""
        rows = self.session.exec(select(orm.StockItemRow))
        found = {r.sku: StockPosition(r.on_hand, r.reserved, r.on_order, r.backordered) for r in rows}
        found.update({sku: item.position for sku, item in self.seen.items()})
        return found


class PurchaseOrderRepository:
    """PurchaseOrder aggregates with their lines, version-checked on save."""

    def __init__(self, session: Session):
        self.session = session
        self.seen: dict[int, PurchaseOrder] = {}

    def add(self, po: PurchaseOrder) -> PurchaseOrder:
        row = orm.PurchaseOrderRow(supplier_id=po.supplier_id, status=po.status, requested_by=po.requested_by)
        self.session.add(row)
        self.session.flush()
        po.id, po.loaded_version = row.id, 0
        self.seen[po.id] = po
        return po

    def get(self, po_id: int) -> PurchaseOrder | None:
        if po_id in self.seen:
            return self.seen[po_id]
        row = self.session.get(orm.PurchaseOrderRow, po_id)
        if row is None:
            return None
        lines = self.session.exec(select(orm.POLineRow).where(orm.POLineRow.po_id == po_id).order_by(orm.POLineRow.id))
        po = PurchaseOrder(row.supplier_id, [POLine(l.sku, l.quantity, l.unit_price, l.suggestion_id, l.received, l.id)
                                             for l in lines], row.status, row.requested_by, row.decided_by,
                           row.reason, row.version, row.id)
        po.loaded_version = row.version
        self.seen[po_id] = po
        return po

    def decision(self, po_id: int) -> tuple[str, int | None]:
        """(status, decided_by) as committed now, read past the identity map."""
        # A racing tap reads the PO, then finds its button spent by a decision committed in between.
        row = self.session.exec(select(orm.PurchaseOrderRow.status, orm.PurchaseOrderRow.decided_by)
                                .where(orm.PurchaseOrderRow.id == po_id)).first()
        return (row[0], row[1]) if row else ("", None)

    def open_draft(self, supplier_id: str) -> PurchaseOrder | None:
        stmt = select(orm.PurchaseOrderRow.id).where(
            orm.PurchaseOrderRow.supplier_id == supplier_id, orm.PurchaseOrderRow.status == "draft")
        po_id = self.session.exec(stmt.order_by(orm.PurchaseOrderRow.id)).first()
        po = self.get(po_id) if po_id else None
        # Another transaction may have submitted it between the two reads: then there is no draft.
        return po if po is not None and po.status == "draft" else None

    def pending_quantities(self) -> dict[str, float]:
        """pending_quantity for every SKU at once (one grouped query, for full replans)."""
        stmt = (select(orm.POLineRow.sku, func.sum(orm.POLineRow.quantity))
                .join(orm.PurchaseOrderRow, orm.PurchaseOrderRow.id == orm.POLineRow.po_id)
                .where(orm.PurchaseOrderRow.status.in_(("draft", "pending_approval")))
                .group_by(orm.POLineRow.sku))
        return {sku: float(qty) for sku, qty in self.session.exec(stmt)}

    def pending_quantity(self, sku: str) -> float:
        """Quantity of `sku` on POs not yet approved (drafts and those awaiting approval)."""
        stmt = (select(func.coalesce(func.sum(orm.POLineRow.quantity), 0.0))
                .join(orm.PurchaseOrderRow, orm.PurchaseOrderRow.id == orm.POLineRow.po_id)
                .where(orm.POLineRow.sku == sku, orm.PurchaseOrderRow.status.in_(("draft", "pending_approval"))))
        return float(self.session.exec(stmt).one())

    def flush(self) -> None:
        for po in self.seen.values():
            if po.version == po.loaded_version:
                continue
            stmt = (update(orm.PurchaseOrderRow)
                    .where(orm.PurchaseOrderRow.id == po.id, orm.PurchaseOrderRow.version == po.loaded_version)
                    .values(status=po.status, decided_by=po.decided_by, reason=po.reason, version=po.version,
                            requested_by=po.requested_by))
            if self.session.execute(stmt).rowcount != 1:
                raise ConcurrencyError(f"PO {po.id} was changed by someone else")
            self._write_lines(po)
            po.loaded_version = po.version

    def _write_lines(self, po: PurchaseOrder) -> None:
        for line in po.lines:
            row = self.session.get(orm.POLineRow, line.id) if line.id else orm.POLineRow(po_id=po.id, sku=line.sku,
                                                                                         quantity=0, unit_price=0)
            row.quantity, row.unit_price, row.received = line.quantity, line.unit_price, line.received
            row.suggestion_id = line.suggestion_id
            self.session.add(row)
            self.session.flush()
            line.id = row.id
