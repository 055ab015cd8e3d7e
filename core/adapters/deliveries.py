"""Repository of inbound webhook deliveries (the inbound area's own table)."""
from __future__ import annotations

from sqlmodel import Session, select

from core.adapters.tables_inbound import WebhookDeliveryRow


class DeliveryRepository:
    """Webhook deliveries, found by id or by (source, event_id)."""

    def __init__(self, session: Session):
        self.session = session

    def get(self, delivery_id: int) -> WebhookDeliveryRow | None:
        return self.session.get(WebhookDeliveryRow, delivery_id)

    def by_event(self, source: str, event_id: str) -> WebhookDeliveryRow | None:
        stmt = select(WebhookDeliveryRow).where(WebhookDeliveryRow.source == source,
                                                WebhookDeliveryRow.event_id == event_id)
        return self.session.exec(stmt).first()

    def add(self, row: WebhookDeliveryRow) -> WebhookDeliveryRow:
        self.session.add(row)
        self.session.flush()
        return row

    def ids_with_status(self, status: str, limit: int) -> list[int]:
        stmt = (select(WebhookDeliveryRow.id).where(WebhookDeliveryRow.status == status)
                .order_by(WebhookDeliveryRow.id).limit(limit))
        return list(self.session.exec(stmt))

    def latest(self, status: str | None, limit: int) -> list[WebhookDeliveryRow]:
        stmt = select(WebhookDeliveryRow).order_by(WebhookDeliveryRow.id.desc()).limit(limit)
        if status:
            stmt = stmt.where(WebhookDeliveryRow.status == status)
        return list(self.session.exec(stmt))
