"""Handlers for demand coming in: store the message, extract demand, record and reserve."""
from __future__ import annotations

import hashlib
from datetime import date

from core.adapters import orm
from core.domain import commands, events
from core.domain.catalog import Customer
from core.domain.orders import OrderLine, SalesOrder
from core.service.journal import audit, tell
from core.service.ports import DemandExtractor, DocumentReader
from core.service.review import set_aside
from core.service.sales import offer_review
from core.service.messagebus import reaction

INTERACTIVE_SOURCES = ("telegram", "web", "cli")


def ingest_message(cmd: commands.IngestMessage, uow, reader: DocumentReader, extractor: DemandExtractor,
                   today: date) -> dict:
    """Keep the raw message, read it, extract demand; quarantine it (kept, shown) when that fails."""
    try:
        doc = reader(cmd.raw, cmd.filename, cmd.content_type)
        error = ""
    except Exception as exc:  # any reader failure quarantines this message only
        doc, error = None, f"unreadable: {type(exc).__name__}: {exc}"
    key = cmd.key or (doc.key if doc else "") or "sha256:" + hashlib.sha256(cmd.raw).hexdigest()
    with uow:
        existing = uow.messages.by_key(key)
        if existing is not None:
            return {"message_id": existing.id, "status": "duplicate", **existing.result}
        row = uow.messages.add(orm.InboundMessageRow(key=key, source=cmd.source, filename=cmd.filename,
                                                     content_type=cmd.content_type, raw=cmd.raw,
                                                     requested_by=cmd.requested_by))
        if doc is not None and not cmd.hold:
            try:
                result = _extract(uow, doc, extractor, today, cmd.requested_by)
            except Exception as exc:
                error = f"extraction failed: {type(exc).__name__}: {exc}"
        if cmd.hold:
            return set_aside(uow, row, "held", cmd.hold)
        if error:
            return set_aside(uow, row, "quarantined", error)
        row.status, row.result = "processed", result
        uow.messages.add(row)
        audit(uow, f"{cmd.source}", "message.processed", "inbound_message", row.id, key=key)
        uow.publish(events.DemandExtracted(row.id, result["customer_id"], result["lines"],
                                           date.fromisoformat(result["due_date"]) if result["due_date"] else None,
                                           result["requested_by"], result["needs_review"], result["intent"],
                                           cmd.source))
        uow.commit()
        return {"message_id": row.id, "status": "processed", **result}


def _extract(uow, doc, extractor: DemandExtractor, today: date, requested_by: int | None) -> dict:
    """Run the extractor and resolve the customer and the forwarding user."""
    customer_address = doc.original_sender or doc.sender
    customer = _customer_for(uow, customer_address)
    forwarder = uow.users.by_email(doc.sender) if doc.sender else None
    requested_by = requested_by or (forwarder.id if forwarder else None)
    demand = extractor.extract(doc.text, today=doc.date or today, customer=customer.id if customer else None,
                               sender=customer_address or None)
    # A line is taken as read only when it and its message are both sure: a sure line in a message whose
    # intent or completeness is in doubt still waits for the person's Confirm.
    sure = demand.get("confidence", 0.0) >= extractor.threshold
    lines = [dict(line, confirmed=sure and bool(line.get("sku")) and line.get("quantity") is not None
                  and line.get("confidence", 0) >= extractor.threshold) for line in demand.get("lines", [])]
    return {"customer_id": customer.id if customer else None, "customer": customer.name if customer else None,
            "intent": demand.get("intent", "other"), "lines": lines, "due_date": demand.get("due_date"),
            "confidence": demand.get("confidence", 0.0), "subject": doc.subject, "sender": doc.sender,
            "original_sender": doc.original_sender, "requested_by": requested_by,
            "needs_review": any(not line["confirmed"] for line in lines)}


def _customer_for(uow, address: str) -> Customer | None:
    """Known customer by address or domain; an unknown address becomes a new customer record."""
    if not address or "@" not in address:
        return None
    customer = uow.catalog.find_customer(address)
    if customer is None:
        address = address.lower()
        customer = Customer(id=address, name=address.split("@")[0], email=address, domain="")
        uow.catalog.save_customer(customer)
    return customer


def record_demand(event: events.DemandExtracted, uow) -> None:
    """An extracted order becomes a sales order; unconfirmed lines wait for a person, unreserved."""
    if event.intent not in ("order", "change"):
        return
    lines = [OrderLine(l.get("sku"), l.get("quantity"), l.get("unit"), l.get("mention", ""), l.get("confidence", 1.0))
             for l in event.lines]
    order = SalesOrder(event.customer_id, lines, event.due_date, source_key=f"msg:{event.message_id}",
                       requested_by=event.requested_by)
    confirmed = [raw.get("confirmed", False) for raw in event.lines]
    # People who sent it interactively already saw the result; mail senders are told by message.
    record_order(uow, order, confirmed, notify=event.source not in INTERACTIVE_SOURCES, raw_lines=event.lines)


def record_sales_order(cmd: commands.RecordSalesOrder, uow) -> dict:
    """Record an order whose lines are already known (every line counts as confirmed)."""
    lines = [OrderLine(l["sku"], float(l["quantity"]), l.get("unit"), l.get("mention", "")) for l in cmd.lines]
    order = SalesOrder(cmd.customer_id, lines, cmd.due_date, source_key=cmd.source_key, requested_by=cmd.requested_by)
    return record_order(uow, order, [True] * len(lines))


def record_order(uow, order: SalesOrder, confirmed: list[bool], notify: bool = True,
                  raw_lines: list[dict] | None = None) -> dict:
    """Store the order once per source key and reserve stock for its confirmed lines."""
    with uow:
        if order.source_key and (existing := uow.orders.by_source_key(order.source_key)):
            return {"order_id": existing.id, "status": "duplicate"}
        uow.orders.add(order)
        for line, ok in zip(order.lines, confirmed):
            if ok and line.plannable:
                line.reserved = uow.stock.get(line.sku).reserve(line.quantity, order.id, order.due_date)
                line.short = line.quantity - line.reserved
        if not all(confirmed) or not order.lines:
            order.status = "needs_review"
            offer_review(uow, order, raw_lines or [])
        uow.orders.save_lines(order)
        audit(uow, "system", "order.recorded", "sales_order", order.id, source=order.source_key,
              lines=[{"sku": l.sku, "qty": l.quantity, "reserved": l.reserved, "short": l.short} for l in order.lines])
        # Only what was reserved (or backordered) is demand yet; unconfirmed lines wait for their Confirm.
        skus = sorted({l.sku for l, ok in zip(order.lines, confirmed) if ok and l.plannable})
        uow.publish(events.SalesOrderRecorded(order.id, skus))
        tell(uow, order.requested_by if notify else None, "order_recorded", order_id=order.id, status=order.status,
             lines=[{"sku": l.sku, "quantity": l.quantity, "reserved": l.reserved, "short": l.short,
                     "mention": l.mention} for l in order.lines])
        uow.commit()
        return {"order_id": order.id, "status": order.status}


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Intake's handlers."""
    event_handlers.setdefault(events.DemandExtracted, []).append(
        reaction(record_demand, lambda e: record_demand(e, uow)))
    command_handlers[commands.IngestMessage] = lambda c: ingest_message(c, uow, deps.reader, deps.extractor,
                                                                        deps.today())
    command_handlers[commands.RecordSalesOrder] = lambda c: record_sales_order(c, uow)
