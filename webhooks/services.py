"""What the web app needs from Tandem, injected by the bootstrap."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass
class WebServices:
    """Synchronous callables into the service layer plus optional async hooks for the bot."""

    handle: Callable
    message_report: Callable[[int], dict]
    recent_messages: Callable[[], list[dict]]
    counts: Callable[[], dict]
    telegram_secret: str = ""
    on_telegram_update: Callable[[dict], Awaitable[None]] | None = None
    startup: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
