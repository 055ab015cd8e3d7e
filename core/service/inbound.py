"""Inbound order webhooks: keep each delivery once, then turn it into a sales order."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

from sqlalchemy.exc import IntegrityError

from core.adapters.deliveries import DeliveryRepository
from core.adapters.repository import ConcurrencyError
from core.adapters.tables_inbound import WebhookDeliveryRow
from core.domain.catalog import Customer
from core.domain.inbound import ProcessWebhookDelivery, ReceiveWebhook, RecoverWebhookDeliveries
from core.domain.orders import OrderLine, SalesOrder
from core.service.intake import record_order
from core.service.journal import audit, raise_alert
from core.service.ports import DemandExtractor


def receive_webhook(cmd: ReceiveWebhook, uow) -> dict:
    """Store the raw delivery unless its (source, event_id) is known; an unreadable one is kept as rejected."""
    with uow:
        repo = DeliveryRepository(uow.session)
        existing = repo.by_event(cmd.source, cmd.event_id)
        if existing is not None:
            return _summary(existing, duplicate=True)
        row = WebhookDeliveryRow(source=cmd.source, event_id=cmd.event_id, kind=cmd.kind, raw=cmd.raw,
                                 payload=cmd.payload, status="rejected" if cmd.error else "received", error=cmd.error)
        try:
            repo.add(row)
        except IntegrityError:
            # The same event arrived twice at once; the other request stored it first.
            uow.rollback()
            return _summary(repo.by_event(cmd.source, cmd.event_id), duplicate=True)
        action = "webhook.rejected" if cmd.error else "webhook.received"
        audit(uow, f"webhook:{cmd.source}", action, "webhook_delivery", row.id, event_id=cmd.event_id,
              kind=cmd.kind, error=cmd.error)
        if cmd.error:
            raise_alert(uow, "webhook_rejected", f"Webhook delivery {row.id} from {cmd.source} was rejected: "
                        f"{cmd.error}", delivery_id=row.id)
        uow.commit()
        return _summary(row, duplicate=False)


def process_delivery(cmd: ProcessWebhookDelivery, uow, extractor: DemandExtractor, today: date) -> dict:
    """Record the delivery's order once (source_key = source:event_id); a failure marks it failed, kept."""
    with uow:
        row = DeliveryRepository(uow.session).get(cmd.delivery_id)
        if row is None:
            return {"delivery_id": cmd.delivery_id, "status": "missing"}
        if row.status != "received":
            return _summary(row)
        source, event_id, payload = row.source, row.event_id, dict(row.payload)
    try:
        customer_id, known = _prepare(uow, source, payload)
        lines, confirmed = _lines(payload.get("lines", []), known, extractor, today)
        due = date.fromisoformat(payload["due_date"]) if payload.get("due_date") else None
        order = SalesOrder(customer_id, lines, due, source_key=f"{source}:{event_id}")
        result = record_order(uow, order, confirmed, notify=False)
    except ConcurrencyError:
        raise  # the bus retries the whole command; recording is idempotent by source_key
    except Exception as exc:  # one bad delivery is kept and shown; the others go on
        return _finish(uow, cmd.delivery_id, "failed", error=f"{type(exc).__name__}: {exc}")
    return _finish(uow, cmd.delivery_id, "processed", order_id=result["order_id"],
                   result={"order_status": result["status"], "lines": [
                       {"sku": l.sku, "quantity": l.quantity, "mention": l.mention, "confidence": l.confidence,
                        "confirmed": ok} for l, ok in zip(lines, confirmed)]})


def recover_deliveries(cmd: RecoverWebhookDeliveries, uow, extractor: DemandExtractor, today: date) -> dict:
    """Process what a crash or restart left `received`, oldest first."""
    with uow:
        ids = DeliveryRepository(uow.session).ids_with_status("received", cmd.limit)
    results = [process_delivery(ProcessWebhookDelivery(i), uow, extractor, today) for i in ids]
    return {"recovered": len(ids), "deliveries": results}


def _prepare(uow, source: str, payload: dict) -> tuple[str | None, set[str]]:
    """Resolve (or create) the customer and find which given SKUs the catalog knows."""
    with uow:
        customer_id = _customer(uow, source, payload.get("customer") or {})
        skus = {line["sku"] for line in payload.get("lines", []) if line.get("sku")}
        known = {sku for sku in skus if uow.catalog.get_product(sku) is not None}
        uow.commit()
    return customer_id, known


def _customer(uow, source: str, given: dict) -> str | None:
    """A known customer by id or e-mail; otherwise a new record named after the sender's data."""
    cid, email, name = str(given.get("id") or ""), (given.get("email") or "").lower(), given.get("name") or ""
    for candidate in (cid, _fit_id(f"{source}:{cid}") if cid else ""):
        if candidate and uow.catalog.get_customer(candidate) is not None:
            return candidate
    if email and (found := uow.catalog.find_customer(email)) is not None:
        return found.id
    if not (cid or email):
        return None
    # Foreign ids are namespaced by source so an ERP's "42" never collides with ours.
    new = Customer(id=_fit_id(email or f"{source}:{cid}"), name=name or (email.split("@")[0] if email else cid),
                   email=email)
    uow.catalog.save_customer(new)
    audit(uow, f"webhook:{source}", "customer.created", "customer", new.id, name=new.name, email=email)
    return new.id


def _fit_id(candidate: str) -> str:
    """The id as is when it fits the 64-character column, else a stable digest of it."""
    return candidate if len(candidate) <= 64 else "h:" + hashlib.sha256(candidate.encode()).hexdigest()[:40]


def _lines(given: list[dict], known: set[str], extractor: DemandExtractor,
           today: date) -> tuple[list[OrderLine], list[bool]]:
    """Known SKUs are taken as sent; other lines are matched on their description or code."""
    lines, confirmed = [], []
    for item in given:
        qty, unit = float(item["quantity"]), item.get("unit")
        text = item.get("description") or item.get("code") or item.get("sku") or ""
        if item.get("sku") in known:
            lines.append(OrderLine(item["sku"], qty, unit, text))
            confirmed.append(True)
            continue
        sku, confidence = _match(extractor, item, qty, today)
        lines.append(OrderLine(sku, qty, unit, text, confidence))
        confirmed.append(sku is not None and confidence >= extractor.threshold)
    return lines, confirmed


# A structured line (an ERP's product title or code) is taken without a person when the matcher is
# sure: a near-exact score and a clear lead over the runner-up. Free text goes through extraction.
SURE_SCORE, SURE_LEAD = 0.95, 0.15
PLAUSIBLE = 0.6  # below this the best match is no candidate at all: the line stays without a SKU


def _match(extractor: DemandExtractor, item: dict, qty: float, today: date) -> tuple[str | None, float]:
    """Best catalog match for a line's title or code; confidence 1.0 only when the matcher is sure."""
    for text in (item.get("code"), item.get("sku"), item.get("description")):
        if not text:
            continue
        ranked = extractor.match(str(text), top=2)
        if ranked:
            (sku, score), runner = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
            sure = score >= SURE_SCORE and score - runner >= SURE_LEAD
            if sure or score >= PLAUSIBLE:  # an unsure but plausible match is kept as the candidate
                return sku, 1.0 if sure else score * 0.5
    return None, 0.0


def _finish(uow, delivery_id: int, status: str, order_id: int | None = None, error: str = "",
            result: dict | None = None) -> dict:
    """Mark the delivery done (or failed), with its audit record and, on failure, an alert."""
    with uow:
        row = DeliveryRepository(uow.session).get(delivery_id)
        row.status, row.order_id, row.error = status, order_id, error
        row.result, row.processed_at = result or {}, datetime.now(timezone.utc)
        uow.session.add(row)
        audit(uow, f"webhook:{row.source}", f"webhook.{status}", "webhook_delivery", row.id,
              event_id=row.event_id, order_id=order_id, error=error)
        if error:
            raise_alert(uow, "webhook_failed", f"Webhook delivery {row.id} from {row.source} failed: {error}",
                        delivery_id=row.id)
        uow.commit()
        return _summary(row)


def _summary(row: WebhookDeliveryRow, duplicate: bool = False) -> dict:
    return {"delivery_id": row.id, "source": row.source, "event_id": row.event_id, "status": row.status,
            "order_id": row.order_id, "error": row.error, "duplicate": duplicate}


def delivery_report(uow, delivery_id: int) -> dict | None:
    """One delivery as shown by the API: its state, the raw body and the order it became."""
    with uow:
        row = DeliveryRepository(uow.session).get(delivery_id)
        if row is None:
            return None
        order = uow.orders.get(row.order_id) if row.order_id else None
        return {**_summary(row), "kind": row.kind, "received_at": row.received_at.isoformat(),
                "processed_at": row.processed_at.isoformat() if row.processed_at else None,
                "raw": row.raw.decode("utf-8", "replace"), "payload": row.payload, "result": row.result,
                "order": None if order is None else {
                    "id": order.id, "status": order.status, "customer_id": order.customer_id,
                    "source_key": order.source_key,
                    "lines": [{"sku": l.sku, "quantity": l.quantity, "reserved": l.reserved, "short": l.short,
                               "mention": l.mention} for l in order.lines]}}


def list_deliveries(uow, status: str | None = None, limit: int = 50) -> list[dict]:
    """The latest deliveries, newest first, optionally of one status."""
    with uow:
        return [{**_summary(r), "kind": r.kind, "received_at": r.received_at.isoformat()}
                for r in DeliveryRepository(uow.session).latest(status, limit)]


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """The inbound area's handlers."""
    command_handlers[ReceiveWebhook] = lambda c: receive_webhook(c, uow)
    command_handlers[ProcessWebhookDelivery] = lambda c: process_delivery(c, uow, deps.extractor, deps.today())
    command_handlers[RecoverWebhookDeliveries] = lambda c: recover_deliveries(c, uow, deps.extractor,
                                                                               deps.today())
