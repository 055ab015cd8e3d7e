"""Which language to answer in: the user's Telegram app, else the one stored for them (en or zh)."""
from __future__ import annotations


def lang_of(user, update) -> str:
    """'zh' or 'en' for this user; every bot area asks here, so replies, taps and /help agree."""
    client = update.effective_user.language_code if update is not None and update.effective_user else None
    code = client or getattr(user, "language", "") or ""
    return "zh" if code.startswith("zh") else "en"
