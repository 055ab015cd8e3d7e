"""The bot's conversation on the web page: the same buttons, pressed as forms by the signed-in user."""
from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from core.domain.commands import PressButton
from webhooks.admin import current_user

router = APIRouter(include_in_schema=False)


@router.post("/press")
async def press(request: Request, token: str = Form(...), reason: str = Form(""), back: str = Form("/")):
    """Press a button (approve, pick a product, confirm, retry …); the outcome comes back as a note."""
    user = await current_user(request)
    target = back if back.startswith("/") and not back.startswith("//") else "/"  # no open redirects
    if user is None:
        return RedirectResponse("/login?next=" + quote(target), status_code=303)
    result = await run_in_threadpool(request.app.state.services.handle,
                                     PressButton(token, user_id=user["id"], reason=reason))
    note = result.get("prompt", {}).get("text") if result["status"] == "prompt" else result["message"]
    sep = "&" if "?" in target else "?"
    return RedirectResponse(f"{target}{sep}note={quote(note or '')}", status_code=303)
