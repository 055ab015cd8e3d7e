"""Offer price changes: record the history, raise PriceChanged, and replan the touched SKU at once."""
from __future__ import annotations

from datetime import date

from sqlmodel import select

from core.adapters import orm
from core.adapters.tables_prices import PriceChangeRow
from core.domain import events
from core.domain.catalog import Offer, PriceBreak
from core.domain.prices import (ApplyScheduledPrices, ChangeOfferPrice, PriceChanged, PriceError, base_price,
                                change_pct, new_breaks)
from core.service.journal import audit
from core.service.messagebus import reaction


def _breaks(row: orm.OfferRow) -> list[PriceBreak]:
    return sorted((PriceBreak(float(q), float(p)) for q, p in row.price_breaks), key=lambda b: b.min_qty)


def _history_row(offer_row, breaks, valid_from: date, source: str, old: float | None) -> PriceChangeRow:
    return PriceChangeRow(supplier_id=offer_row.supplier_id, sku=offer_row.sku, unit_price=base_price(breaks),
                          old_price=old, price_breaks=[[b.min_qty, b.unit_price] for b in breaks],
                          valid_from=valid_from, source=source)


def _has_history(uow, supplier_id: str, sku: str) -> bool:
    stmt = select(PriceChangeRow.id).where(PriceChangeRow.supplier_id == supplier_id, PriceChangeRow.sku == sku,
                                          PriceChangeRow.applied)
    return uow.session.exec(stmt).first() is not None


def _baseline(uow, offer_row: orm.OfferRow, day: date) -> None:
    """An offer imported before price history existed gets its price as the history's starting point."""
    if offer_row.price_breaks and not _has_history(uow, offer_row.supplier_id, offer_row.sku):
        uow.session.add(_history_row(offer_row, _breaks(offer_row), day, "baseline", None))


def record(uow, offer_row: orm.OfferRow, breaks: list[PriceBreak], valid_from: date, source: str,
           actor: str = "system", scheduled: PriceChangeRow | None = None) -> PriceChanged | None:
    """Put new breaks on the offer, keep the history, and publish PriceChanged when the base price moved
    (`scheduled`: the announced row that now comes into force, which becomes the history row)."""
    old_breaks = _breaks(offer_row) if offer_row.price_breaks else None
    _baseline(uow, offer_row, valid_from)
    offer_row.price_breaks = [[b.min_qty, b.unit_price] for b in breaks]
    uow.session.add(offer_row)
    old = base_price(old_breaks) if old_breaks else None
    new = base_price(breaks)
    if scheduled is not None:
        scheduled.applied, scheduled.old_price = True, old
        uow.session.add(scheduled)
    if old is not None and old == new and old_breaks == breaks:
        return None
    if scheduled is None:
        uow.session.add(_history_row(offer_row, breaks, valid_from, source, old))
    if old is None or old == new:
        return None  # a first price, or only the volume breaks moved: history, but no price change
    product = uow.catalog.get_product(offer_row.sku)
    event = PriceChanged(offer_row.sku, offer_row.supplier_id, old, new, change_pct(old, new),
                         product.category if product else "", valid_from, source)
    audit(uow, actor, "price.changed", "offer", f"{offer_row.supplier_id}:{offer_row.sku}", old_price=old,
          new_price=new, change_pct=event.change_pct, valid_from=valid_from, source=source)
    uow.publish(event)
    return event


def _offer_row(uow, supplier_id: str, sku: str) -> orm.OfferRow | None:
    stmt = select(orm.OfferRow).where(orm.OfferRow.supplier_id == supplier_id, orm.OfferRow.sku == sku)
    return uow.session.exec(stmt).first()


def store_offer(uow, offer: Offer, source: str, today: date) -> None:
    """Import one offer: terms saved as given, its price through the history (changes raise PriceChanged)."""
    row = _offer_row(uow, offer.supplier_id, offer.sku) or orm.OfferRow(supplier_id=offer.supplier_id, sku=offer.sku)
    row.moq, row.pack_size, row.lead_time_days = offer.moq, offer.pack_size, offer.lead_time_days
    record(uow, row, sorted(offer.price_breaks, key=lambda b: b.min_qty), today, source, actor="import")


def change_price(cmd: ChangeOfferPrice, uow, today: date) -> dict:
    """Record a supplier's new price for one offer; the answer says what changed."""
    with uow:
        row = _offer_row(uow, cmd.supplier_id, cmd.sku)
        if row is None:
            raise PriceError(f"no offer of {cmd.sku!r} from supplier {cmd.supplier_id!r}")
        old = base_price(_breaks(row))
        breaks = new_breaks(cmd, _breaks(row))
        later = cmd.valid_from is not None and cmd.valid_from > today
        if later:  # announced for a later day: kept, and put in force on that day by ApplyScheduledPrices
            _baseline(uow, row, today)
            _schedule(uow, row, breaks, cmd.valid_from, cmd.source or "api")
        event = None if later else record(uow, row, breaks, cmd.valid_from or today, cmd.source or "api")
        uow.commit()
        return {"supplier_id": cmd.supplier_id, "sku": cmd.sku, "old_price": old, "new_price": base_price(breaks),
                "change_pct": change_pct(old, base_price(breaks)), "changed": event is not None, "scheduled": later,
                "valid_from": (cmd.valid_from or today).isoformat(),
                "price_breaks": [[b.min_qty, b.unit_price] for b in breaks]}


def _schedule(uow, row: orm.OfferRow, breaks: list[PriceBreak], valid_from: date, source: str) -> None:
    pending = _history_row(row, breaks, valid_from, source, base_price(_breaks(row)))
    pending.applied = False
    uow.session.add(pending)
    audit(uow, "system", "price.scheduled", "offer", f"{row.supplier_id}:{row.sku}",
          new_price=pending.unit_price, valid_from=valid_from, source=source)


def apply_scheduled(cmd: ApplyScheduledPrices, uow, today: date) -> dict:
    """Put in force the announced prices whose day has come, oldest first; each raises PriceChanged."""
    with uow:
        due = uow.session.exec(select(PriceChangeRow).where(~PriceChangeRow.applied, PriceChangeRow.valid_from <= today)
                               .order_by(PriceChangeRow.valid_from, PriceChangeRow.id)).all()
        changed = 0
        for pending in due:
            row = _offer_row(uow, pending.supplier_id, pending.sku)
            if row is None:  # the offer was removed since: nothing to put in force
                pending.applied = True
                uow.session.add(pending)
                continue
            breaks = sorted((PriceBreak(float(q), float(p)) for q, p in pending.price_breaks), key=lambda b: b.min_qty)
            changed += record(uow, row, breaks, pending.valid_from, pending.source, scheduled=pending) is not None
        uow.commit()
        return {"applied": len(due), "changed": changed}


def history(uow, supplier_id: str, sku: str) -> list[dict]:
    """An offer's price history, oldest first."""
    stmt = (select(PriceChangeRow).where(PriceChangeRow.supplier_id == supplier_id, PriceChangeRow.sku == sku)
            .order_by(PriceChangeRow.valid_from, PriceChangeRow.id))
    return [{"valid_from": r.valid_from.isoformat(), "unit_price": r.unit_price, "old_price": r.old_price,
             "source": r.source, "scheduled": not r.applied} for r in uow.session.exec(stmt)]


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Price changes: the command, and the replan of the one SKU a change touches (offers refreshed)."""
    from core.service.purchasing import replan

    planner = deps.extra.get("planner")
    command_handlers[ChangeOfferPrice] = lambda c: change_price(c, uow, deps.today())
    command_handlers[ApplyScheduledPrices] = lambda c: apply_scheduled(c, uow, deps.today())
    event_handlers.setdefault(PriceChanged, []).append(
        reaction(replan, lambda e: replan(events.SalesOrderRecorded(None, [e.sku]), uow, planner, offers=True)))
