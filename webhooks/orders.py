"""Inbound order webhooks: signed JSON orders from ERP, CRM and shop systems, answered 202 and processed after."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from concurrent.futures import Future, ThreadPoolExecutor

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError

from core.domain.inbound import ProcessWebhookDelivery, ReceiveWebhook
from webhooks.order_schema import Accepted, OrderIn, Rejected, ShopifyOrder, inline_schema

MAX_BODY = 1024 * 1024
SIGNATURE = "X-Tandem-Signature"
SHOPIFY_SIGNATURE = "X-Shopify-Hmac-Sha256"

log = logging.getLogger(__name__)

router = APIRouter(tags=["inbound orders"])


def _answers(model: type[BaseModel], signature: str) -> dict:
    """OpenAPI for an endpoint that reads its raw body itself (the signature covers the exact bytes)."""
    return {
        "status_code": 202,
        "response_model": Accepted,
        "responses": {200: {"model": Accepted, "description": "Already received: nothing new stored"},
                      401: {"model": Rejected, "description": f"Missing or wrong `{signature}`; nothing stored"},
                      413: {"model": Rejected, "description": "Body over 1 MB; nothing stored"},
                      422: {"model": Rejected, "description": "Not JSON or not the schema; the raw delivery is "
                                                              "kept as `rejected`"},
                      503: {"model": Rejected, "description": "WEBHOOK_HMAC_SECRET is not set"}},
        "openapi_extra": {"requestBody": {"required": True,
                                          "content": {"application/json": {"schema": inline_schema(model)}}},
                          "parameters": [{"name": signature, "in": "header", "required": True,
                                          "schema": {"type": "string"}}]},
    }


def tandem_signature(secret: str, raw: bytes) -> str:
    """The `X-Tandem-Signature` value for a body: `sha256=` and the hex HMAC-SHA256."""
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def shopify_signature(secret: str, raw: bytes) -> str:
    """Shopify's `X-Shopify-Hmac-Sha256` value for a body: the base64 HMAC-SHA256."""
    return base64.b64encode(hmac.new(secret.encode(), raw, hashlib.sha256).digest()).decode()


@router.post("/api/orders", summary="Receive an order (generic JSON)", **_answers(OrderIn, SIGNATURE))
async def receive_order(request: Request):
    """Store the delivery, answer 202, then record the order and reserve stock in the background."""
    return await _receive(request, "order", SIGNATURE, tandem_signature, _generic)


@router.post("/api/webhooks/shopify/orders-create", summary="Receive a Shopify orders/create webhook",
             **_answers(ShopifyOrder, SHOPIFY_SIGNATURE))
async def receive_shopify_order(request: Request):
    """Shopify's `orders/create`: one Tandem order per Shopify order id, however often it is delivered."""
    return await _receive(request, "shopify/orders-create", SHOPIFY_SIGNATURE, shopify_signature, _shopify)


@router.get("/api/webhooks/deliveries", summary="Latest webhook deliveries")
async def deliveries(request: Request, status: str | None = None, limit: int = 50) -> list[dict]:
    """Newest first; `status` is received, processed, rejected or failed."""
    return await run_in_threadpool(request.app.state.services.deliveries, status, max(1, min(limit, 500)))


@router.get("/api/webhooks/deliveries/{delivery_id}", summary="One webhook delivery, raw body and order")
async def delivery(request: Request, delivery_id: int):
    report = await run_in_threadpool(request.app.state.services.delivery_report, delivery_id)
    return report if report is not None else JSONResponse({"error": "no such delivery"}, status_code=404)


async def _receive(request: Request, kind: str, header: str, sign, parse, schedule=None):
    """Check size and signature (nothing stored on failure), keep the delivery, schedule its processing."""
    services = request.app.state.services
    raw = await signed_body(request, header, sign)
    if isinstance(raw, JSONResponse):
        return raw
    try:
        order = parse(raw, request)
    except ValueError as exc:  # json.JSONDecodeError and pydantic's ValidationError are both ValueErrors
        return await _reject(services, kind, raw, exc)
    cmd = ReceiveWebhook(order.source, order.event_id, raw, kind, order.model_dump(mode="json"))
    stored = await run_in_threadpool(services.handle, cmd)
    if stored["duplicate"]:
        return JSONResponse(stored, status_code=200)
    (schedule or _on_worker)(request, ProcessWebhookDelivery(stored["delivery_id"]))
    return JSONResponse(stored, status_code=202)


async def signed_body(request: Request, header: str = SIGNATURE, sign=None) -> bytes | JSONResponse:
    """The raw body once webhooks are on, it fits MAX_BODY and its HMAC matches; else the error answer."""
    secret = request.app.state.services.webhook_secret
    if not secret:
        return JSONResponse({"error": "inbound webhooks are off: WEBHOOK_HMAC_SECRET is not set"}, status_code=503)
    raw = await _read_bounded(request)
    if raw is None:
        return JSONResponse({"error": "body larger than 1 MB"}, status_code=413)
    given = request.headers.get(header, "")
    # Constant-time comparison of the raw body's HMAC: timing must not reveal how much of it matched.
    if not given or not hmac.compare_digest(given.encode(), (sign or tandem_signature)(secret, raw).encode()):
        return JSONResponse({"error": f"missing or wrong {header}"}, status_code=401)
    return raw


async def _read_bounded(request: Request) -> bytes | None:
    """The raw body, or None once it passes MAX_BODY (read in chunks, so a huge body is never held)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _on_worker(request: Request, cmd: ProcessWebhookDelivery) -> None:
    """Queue processing on the app's one inbound worker thread."""
    # Not BackgroundTasks: those run inside the request's ASGI cycle, so a keep-alive sender's next
    # delivery waited for the previous one's processing. One worker also processes in arrival order
    # without write contention; what it has not done at a crash stays `received` for start-up.
    state = request.app.state
    if getattr(state, "inbound_worker", None) is None:
        state.inbound_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inbound-webhooks")
    state.inbound_worker.submit(state.services.handle, cmd).add_done_callback(_log_failure)


def _log_failure(future: Future) -> None:
    if future.exception() is not None:
        log.error("processing a webhook delivery failed", exc_info=future.exception())


def _generic(raw: bytes, _request: Request) -> OrderIn:
    return OrderIn.model_validate(json.loads(raw))


def _shopify(raw: bytes, request: Request) -> OrderIn:
    topic = request.headers.get("X-Shopify-Topic", "orders/create")
    if topic != "orders/create":  # a subscription pointed at the wrong endpoint: kept, shown, not an order
        raise ValueError(f"X-Shopify-Topic is {topic!r}; this endpoint takes orders/create")
    return ShopifyOrder.model_validate(json.loads(raw)).to_order()


def body_error(exc: ValueError) -> tuple[str, list[dict]]:
    """What was wrong with a webhook body, worded the same by every endpoint: (error, per-field details)."""
    if isinstance(exc, ValidationError):
        details = [{"loc": ".".join(str(p) for p in e["loc"]), "msg": e["msg"]} for e in exc.errors()]
        return "schema: " + "; ".join(f"{d['loc'] or 'body'}: {d['msg']}" for d in details), details
    if isinstance(exc, (json.JSONDecodeError, UnicodeDecodeError)):
        return f"malformed JSON: {exc}", []
    return str(exc), []


async def _reject(services, kind: str, raw: bytes, exc: ValueError) -> JSONResponse:
    """Keep the unreadable delivery (once per body) and say exactly what was wrong."""
    error, details = body_error(exc)
    source = "shopify" if kind.startswith("shopify") else _claimed_source(raw)
    # A rejected body gets its own key, so a corrected resend with the same event id is still accepted.
    event_id = "rejected:sha256:" + hashlib.sha256(raw).hexdigest()
    stored = await run_in_threadpool(services.handle, ReceiveWebhook(source, event_id, raw, kind, error=error))
    return JSONResponse({"error": error, "delivery_id": stored["delivery_id"], "details": details}, status_code=422)


def _claimed_source(raw: bytes) -> str:
    """The `source` a rejected body names, when it names one that fits, else 'unknown'."""
    try:
        source = json.loads(raw).get("source")
    except (ValueError, AttributeError):
        return "unknown"
    ok = isinstance(source, str) and 0 < len(source) <= 100 and source.replace("-", "").replace("_", "") \
        .replace(".", "").isalnum() and source.isascii()
    return source if ok else "unknown"
