"""Price change webhook: a supplier portal or ERP tells Tandem an offer's new price, signed like the order webhooks."""
from __future__ import annotations

import json
from datetime import date

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.domain.prices import ChangeOfferPrice, PriceError
from webhooks.order_schema import inline_schema
from webhooks.orders import SIGNATURE, body_error, signed_body

router = APIRouter(tags=["prices"])


class PriceIn(BaseModel):
    """One offer's new price: `unit_price` (the volume breaks scale with it) or the whole `price_breaks`."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"supplier_id": "SUP2", "sku": "85099B", "unit_price": 1.19, "valid_from": "2026-12-01",
         "source": "supplier-portal"}]})
    supplier_id: str = Field(min_length=1, max_length=64)
    sku: str = Field(min_length=1, max_length=64)
    unit_price: float | None = Field(None, gt=0, description="new price at the smallest quantity")
    price_breaks: list[tuple[float, float]] | None = Field(
        None, min_length=1, max_length=50, description="[[min_qty, unit_price], ...], replaces every break")
    valid_from: date | None = Field(None, description="ISO date; today when missing; a later day schedules it")
    source: str = Field("webhook", max_length=100, description="who sent it, kept in the price history")

    @model_validator(mode="after")
    def _one_price(self) -> PriceIn:
        if (self.unit_price is None) == (self.price_breaks is None):
            raise ValueError("give exactly one of unit_price or price_breaks")
        return self


class PriceOut(BaseModel):
    """What changed: old and new base price, the change in percent, and the breaks now in force."""

    supplier_id: str
    sku: str
    old_price: float
    new_price: float
    change_pct: float
    changed: bool
    scheduled: bool = Field(False, description="valid_from is later than today: in force from that day")
    valid_from: str
    price_breaks: list[list[float]]


@router.post("/webhooks/prices", summary="Record an offer's new price", response_model=PriceOut,
             responses={401: {"description": f"Missing or wrong `{SIGNATURE}`"},
                        413: {"description": "Body over 1 MB"},
                        422: {"description": "Not JSON, not the schema, or no such offer / price"},
                        503: {"description": "WEBHOOK_HMAC_SECRET is not set"}},
             openapi_extra={"requestBody": {"required": True,
                                            "content": {"application/json": {"schema": inline_schema(PriceIn)}}},
                            "parameters": [{"name": SIGNATURE, "in": "header", "required": True,
                                            "schema": {"type": "string"}}]})
async def change_price(request: Request):
    """Check the signature, record the change (history, replan of the SKU, rules), answer what changed."""
    services = request.app.state.services
    raw = await signed_body(request)
    if isinstance(raw, JSONResponse):
        return raw
    try:
        body = PriceIn.model_validate(json.loads(raw))
    except ValueError as exc:  # not JSON, not UTF-8, not the schema
        error, details = body_error(exc)
        return JSONResponse({"error": error, "details": details}, status_code=422)
    cmd = ChangeOfferPrice(body.supplier_id, body.sku, body.unit_price, body.price_breaks, body.valid_from,
                           f"webhook:{body.source}")
    try:
        return await run_in_threadpool(services.handle, cmd)
    except PriceError as exc:
        return JSONResponse({"error": str(exc)}, status_code=422)
