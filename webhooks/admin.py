"""Web login by one-time link, the admin area (users, invites, revoke), and the optional login guard."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from core.domain.commands_access import CreateInvite, EndSession, RedeemLogin, RevokeAccess
from core.domain.people import ROLES

router = APIRouter()
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
COOKIE = "tandem_session"
# The try-it page; it needs a login only when WEB_LOGIN_REQUIRED=true.
GUARDED = ("/ingest", "/messages/", "/api/messages/", "/api/webhooks/deliveries", "/press")


def _services(request: Request):
    return request.app.state.services


async def current_user(request: Request) -> dict | None:
    """The signed-in user of this request, or None."""
    token = request.cookies.get(COOKIE)
    return await run_in_threadpool(_services(request).session_user, token) if token else None


def install(app: FastAPI) -> None:
    """Add the login and admin routes, and guard the try-it page when the settings say so."""
    app.include_router(router)

    @app.middleware("http")
    async def require_login(request: Request, call_next):
        path = request.url.path
        guarded = path == "/" or path.startswith(GUARDED)
        if guarded and app.state.services.login_required and await current_user(request) is None:
            if path.startswith("/api/") or request.method != "GET":
                return JSONResponse({"error": "login required"}, status_code=401)
            return RedirectResponse("/login?next=" + quote(path), status_code=303)
        return await call_next(request)


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request, code: str = ""):
    # Opening the link does not spend it (link previews fetch it too); the button below does.
    return templates.TemplateResponse(request, "login.html", {"code": code, "error": None})


@router.post("/login")
async def login(request: Request, code: str = Form("")):
    result = await run_in_threadpool(_services(request).handle, RedeemLogin(code))
    if result["status"] != "ok":
        return templates.TemplateResponse(request, "login.html", {"code": "", "error": result["message"]},
                                          status_code=403)
    target = "/admin" if result["user"]["role"] == "admin" else "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(COOKIE, result["session"], httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", max_age=12 * 3600)
    return response


@router.post("/logout")
async def logout(request: Request):
    token = request.cookies.get(COOKIE)
    if token:
        await run_in_threadpool(_services(request).handle, EndSession(token))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response


async def _admin(request: Request) -> dict | Response:
    user = await current_user(request)
    if user is None:
        return RedirectResponse("/login?next=/admin", status_code=303)
    if user["role"] != "admin":
        return HTMLResponse("Only an admin may open this page.", status_code=403)
    return user


async def _page(request: Request, user: dict, **extra) -> HTMLResponse:
    data = await run_in_threadpool(_services(request).users_overview)
    return templates.TemplateResponse(request, "admin.html", {"me": user, "roles": ROLES, "new": None,
                                                              "message": None, **data, **extra})


@router.get("/admin", response_class=HTMLResponse)
async def admin(request: Request):
    user = await _admin(request)
    return user if isinstance(user, Response) else await _page(request, user)


@router.post("/admin/invites", response_class=HTMLResponse)
async def invite(request: Request, role: str = Form(...), name: str = Form("")):
    user = await _admin(request)
    if isinstance(user, Response):
        return user
    if role not in ROLES:
        return await _page(request, user, message=f"Unknown role {role!r}.")
    new = await run_in_threadpool(_services(request).handle, CreateInvite(role, created_by=user["id"], name=name))
    return await _page(request, user, new=new)


@router.post("/admin/revoke", response_class=HTMLResponse)
async def revoke(request: Request, target: str = Form(...)):
    user = await _admin(request)
    if isinstance(user, Response):
        return user
    result = await run_in_threadpool(_services(request).handle, RevokeAccess(target, by=user["id"]))
    return await _page(request, user, message=result["message"])
