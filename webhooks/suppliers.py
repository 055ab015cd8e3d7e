"""Suppliers' confirmations by webhook: a signed JSON promise for a PO, stored once per key, then processed."""
from __future__ import annotations

import hashlib
import json
from datetime import date

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from core.domain.supplier import ConfirmSupplierDelivery
from webhooks.orders import SIGNATURE, body_error, signed_body

IDEMPOTENCY = "Idempotency-Key"

router = APIRouter(tags=["supplier confirmations"])


class PromiseLineIn(BaseModel):
    """One PO line the supplier confirms; no quantity means all that is still open."""

    model_config = ConfigDict(extra="ignore")
    sku: str = Field(max_length=64)
    quantity: float | None = Field(None, ge=0)


class ConfirmationIn(BaseModel):
    """A supplier's promise: when PO `po` (or the given lines of it) arrives."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"examples": [{
        "po": 12, "promised_date": "2026-12-20", "lines": [{"sku": "85099B", "quantity": 200}],
        "note": "factory closed for a week"}]})
    po: int
    promised_date: date
    lines: list[PromiseLineIn] = Field(default_factory=list, max_length=500)
    note: str = Field("", max_length=2000)


@router.post("/webhooks/supplier-confirmations", summary="Receive a supplier's confirmation or delay",
             responses={401: {"description": f"Missing or wrong `{SIGNATURE}`; nothing stored"},
                        413: {"description": "Body over 1 MB; nothing stored"},
                        422: {"description": "Not the schema (nothing stored), or stored and rejected with the "
                                             "reason (unknown PO, PO not approved, SKU not on the PO)"},
                        503: {"description": "WEBHOOK_HMAC_SECRET is not set"}})
async def supplier_confirmation(request: Request):
    """Check size and signature, then store and process the promise at once; a repeated key changes nothing."""
    services = request.app.state.services
    raw = await signed_body(request)
    if isinstance(raw, JSONResponse):
        return raw
    try:
        body = ConfirmationIn.model_validate(json.loads(raw))
    except ValueError as exc:  # not JSON, not UTF-8, not the schema: nothing stored
        error, details = body_error(exc)
        return JSONResponse({"error": error, "details": details}, status_code=422)
    # Without a key, the same body twice is the same confirmation.
    key = request.headers.get(IDEMPOTENCY, "")[:250] or "sha256:" + hashlib.sha256(raw).hexdigest()
    cmd = ConfirmSupplierDelivery(body.po, body.promised_date, [line.model_dump() for line in body.lines],
                                  source="webhook", note=body.note, key=f"webhook:{key}")
    result = await run_in_threadpool(services.handle, cmd)
    return JSONResponse(result, status_code=422 if result["status"] == "rejected" else 200)
