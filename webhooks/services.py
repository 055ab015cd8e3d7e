"""What the web app needs from Tandem, injected by the bootstrap."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass
class WebServices:
    """Synchronous callables into the service layer plus optional async hooks for the bot."""

    handle: Callable
    message_report: Callable[..., dict]  # (message id, signed-in user id or None) -> report
    recent_messages: Callable[[], list[dict]]
    counts: Callable[[], dict]
    telegram_secret: str = ""
    webhook_secret: str = ""  # HMAC key of inbound order webhooks; empty turns them off
    delivery_report: Callable[[int], dict | None] = lambda _id: None
    deliveries: Callable[[str | None, int], list[dict]] = lambda _status, _limit: []
    session_user: Callable[[str], dict | None] = lambda _token: None  # web session cookie -> user
    users_overview: Callable[[], dict] = lambda: {"users": [], "invites": []}
    login_required: bool = False  # WEB_LOGIN_REQUIRED: the try-it page needs a login too
    on_telegram_update: Callable[[dict], Awaitable[None]] | None = None
    startup: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
