"""The inbound order schemas: Tandem's generic JSON order and Shopify's `orders/create` payload."""
from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, model_validator


class CustomerIn(BaseModel):
    """Who ordered; matched by id, then e-mail (or its domain); unknown ones become new customers."""

    model_config = ConfigDict(extra="ignore")
    id: str | None = Field(None, max_length=64, description="the customer's id in Tandem or in the sender")
    name: str | None = Field(None, max_length=200)
    email: str | None = Field(None, max_length=200)


class LineIn(BaseModel):
    """One order line: a known `sku` is taken as is; otherwise `description` (then `code`) is matched."""

    model_config = ConfigDict(extra="ignore")
    sku: str | None = Field(None, max_length=64, description="Tandem SKU, when the sender knows it")
    code: str | None = Field(None, max_length=200, description="the sender's own item code")
    description: str | None = Field(None, max_length=500, description="item text, matched to the catalog")
    quantity: float = Field(gt=0, description="in the catalog unit")
    unit: str | None = Field(None, max_length=20)

    @model_validator(mode="after")
    def _names_an_item(self) -> LineIn:
        if not (self.sku or self.code or self.description):
            raise ValueError("a line needs a sku, a code or a description")
        return self


class OrderIn(BaseModel):
    """A customer order from an ERP, CRM or shop; one order per (source, event_id), however often sent."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"examples": [{
        "event_id": "evt-1001", "source": "erp", "reference": "SO-1001", "due_date": "2026-12-15",
        "customer": {"id": "13089", "email": "purchasing@copperkettle.example"},
        "lines": [{"sku": "85123A", "quantity": 12}, {"description": "jumbo bag red retrospot", "quantity": 24}]}]})
    event_id: str = Field(min_length=1, max_length=200, description="the sender's unique id of this event")
    source: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.-]+$",
                        description="the sending system, e.g. 'erp' or 'crm'")
    customer: CustomerIn = Field(default_factory=CustomerIn)
    due_date: date | None = None
    lines: list[LineIn] = Field(min_length=1, max_length=500)
    reference: str | None = Field(None, max_length=200, description="the sender's order number")


class Accepted(BaseModel):
    """What an order endpoint answers: the stored delivery and, once processed, its sales order."""

    delivery_id: int
    source: str
    event_id: str
    status: str = Field(description="received | processed | rejected | failed")
    order_id: int | None = None
    error: str = ""
    duplicate: bool = Field(description="true when this (source, event_id) was already stored")


class Rejected(BaseModel):
    """A delivery that could not be read: kept (see `delivery_id`) and explained."""

    error: str
    delivery_id: int | None = None
    details: list[dict] = []


class ShopifyCustomer(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: int | str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None


class ShopifyLineItem(BaseModel):
    model_config = ConfigDict(extra="ignore")
    sku: str | None = None
    title: str | None = None
    variant_title: str | None = None
    quantity: int = Field(gt=0)


class ShopifyOrder(BaseModel):
    """The fields of Shopify's `orders/create` payload that Tandem uses; the rest is ignored."""

    model_config = ConfigDict(extra="ignore")
    id: int | str
    name: str | None = None
    email: str | None = None
    customer: ShopifyCustomer | None = None
    line_items: list[ShopifyLineItem] = Field(min_length=1)

    def to_order(self) -> OrderIn:
        """The same order in the generic schema; the Shopify order id is the event id."""
        c = self.customer or ShopifyCustomer()
        name = " ".join(p for p in (c.first_name, c.last_name) if p) or None
        lines = [LineIn(sku=li.sku or None, quantity=li.quantity,
                        description=" ".join(p for p in (li.title, li.variant_title) if p) or None)
                 for li in self.line_items]
        return OrderIn(event_id=str(self.id), source="shopify", reference=self.name, lines=lines,
                       customer=CustomerIn(id=str(c.id) if c.id is not None else None, name=name,
                                           email=c.email or self.email))


def inline_schema(model: type[BaseModel]) -> dict:
    """The model's JSON schema with its $defs inlined, for an OpenAPI requestBody (no recursion here)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node):
        if isinstance(node, dict):
            if "$ref" in node:
                return resolve(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {k: resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    return resolve(schema)
