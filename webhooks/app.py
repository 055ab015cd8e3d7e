"""FastAPI app: health, the Telegram webhook, and a small page to try the whole path."""
from __future__ import annotations

import hmac
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from core.domain.commands import IngestMessage
from webhooks import admin, conversation, orders, prices, suppliers
from webhooks.services import WebServices

templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
MAX_UPLOAD = 20 * 1024 * 1024


def create_app(services: WebServices) -> FastAPI:
    """The web app, with the service layer reached only through `services`."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        for hook in services.startup:
            await hook()
        yield
        for hook in reversed(services.shutdown):
            await hook()

    app = FastAPI(title="Tandem", version="0.1.0", lifespan=lifespan)
    app.state.services = services
    app.include_router(orders.router)
    app.include_router(suppliers.router)
    app.include_router(prices.router)
    app.include_router(conversation.router)
    admin.install(app)

    @app.get("/health")
    async def health() -> dict:
        return {"status": "ok"}

    @app.post("/telegram/webhook")
    async def telegram_webhook(request: Request) -> JSONResponse:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        # Constant-time comparison: the secret must not leak through response timing.
        if not services.telegram_secret or not hmac.compare_digest(given.encode(), services.telegram_secret.encode()):
            return JSONResponse({"ok": False, "error": "forbidden"}, status_code=403)
        if services.on_telegram_update is None:
            return JSONResponse({"ok": False, "error": "bot not running"}, status_code=503)
        await services.on_telegram_update(await request.json())
        return JSONResponse({"ok": True})

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request):
        recent = await run_in_threadpool(services.recent_messages)
        counts = await run_in_threadpool(services.counts)
        return templates.TemplateResponse(request, "index.html", {"recent": recent, "counts": counts})

    @app.post("/ingest")
    async def ingest(request: Request, text: str = Form(""), file: UploadFile | None = File(None)):
        raw, name, ctype = text.encode("utf-8"), "", "text/plain"
        if file is not None and file.filename:
            raw, name, ctype = await file.read(MAX_UPLOAD + 1), file.filename, file.content_type or ""
        if not raw.strip():
            return JSONResponse({"error": "paste a message or choose a file"}, status_code=400)
        if len(raw) > MAX_UPLOAD:
            return JSONResponse({"error": "file larger than 20 MB"}, status_code=413)
        user = await admin.current_user(request)
        result = await run_in_threadpool(services.handle, IngestMessage(
            raw, source="web", filename=name, content_type=ctype, requested_by=user["id"] if user else None))
        return RedirectResponse(f"/messages/{result['message_id']}", status_code=303)

    @app.get("/messages/{message_id}", response_class=HTMLResponse)
    async def message(request: Request, message_id: int):
        user = await admin.current_user(request)
        report = await run_in_threadpool(services.message_report, message_id, user["id"] if user else None)
        if report.get("error") and report.get("status") is None:
            return HTMLResponse(report["error"], status_code=404)
        return templates.TemplateResponse(request, "message.html", {"r": report, "user": user,
                                                                     "note": request.query_params.get("note")})

    @app.get("/api/messages/{message_id}")
    async def message_json(message_id: int) -> dict:
        return await run_in_threadpool(services.message_report, message_id)

    return app
