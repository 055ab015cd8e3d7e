"""Commands of the inbound order webhooks (ERP, CRM and shop systems)."""
from __future__ import annotations

from dataclasses import dataclass, field

from core.domain.commands import Command


@dataclass
class ReceiveWebhook(Command):
    """Keep one delivery, raw, once per (source, event_id); `error` set means it could not be read."""

    source: str
    event_id: str
    raw: bytes
    kind: str = "order"
    payload: dict = field(default_factory=dict)  # the delivery in the generic order schema
    error: str = ""


@dataclass
class ProcessWebhookDelivery(Command):
    """Turn a received delivery into a sales order (matching SKU-less lines by their text)."""

    delivery_id: int


@dataclass
class RecoverWebhookDeliveries(Command):
    """Process every delivery still `received` (left so by a crash or a restart)."""

    limit: int = 1000
