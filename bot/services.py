"""What the bot needs from Tandem, injected by the bootstrap (the bot never opens the database itself)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class BotServices:
    """Callables the bootstrap provides; all synchronous, run in a worker thread by the bot."""

    handle: Callable  # command -> result
    user_for: Callable[[int], object | None]  # telegram id -> linked, active User or None
    message_report: Callable[[int], dict]  # inbound message id -> what it led to
    order_view: Callable[[int], dict | None] = None  # order id -> lines with promises and review buttons
    orders_of: Callable[..., list[dict]] = None  # (user_id=, customer_ids=) -> recent orders
    find_customers: Callable[[str], list[dict]] = None  # text -> matching customers
