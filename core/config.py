"""Settings from the environment and `.env` (every variable is documented in .env.example)."""
from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Tandem's configuration; names match the environment variables, case-insensitive."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    database_url: str = "sqlite:///./var/tandem.db"
    host: str = "127.0.0.1"
    port: int = 8000

    telegram_bot_token: str = ""
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str = "https://api.telegram.org/file/bot"
    telegram_webhook_secret: str = ""
    telegram_webhook_url: str = ""  # empty: polling

    webhook_hmac_secret: str = ""  # signs inbound order webhooks; empty refuses them

    imap_host: str = ""
    imap_port: int = 993
    imap_ssl: bool = True
    imap_user: str = ""
    imap_password: str = ""
    imap_folder: str = "INBOX"
    inbox_dir: str = "./var/inbox"
    # Lines at or above this confidence are reserved without a person's tap; None: the calibrated
    # threshold (estimated precision >= 99 %; today 0.999, so every order waits for one tap).
    extraction_threshold: float | None = None
    # Sender trust for mail (comma-separated); all empty: every sender may create demand.
    mail_allowed_senders: str = ""
    mail_allowed_domains: str = ""
    mail_internal_domains: str = ""  # our own domains: From them needs a passing result from our server
    mail_authserv_ids: str = ""  # our receiving server's authserv-id in Authentication-Results

    outbox_interval_seconds: float = 1.0
    telegram_worker_id: str = ""  # empty: hostname:pid:random, unique per process
    telegram_overall_rate: float = 30.0  # this process's messages/s; with N bot processes, 30 / N

    public_url: str = ""  # base of login links; empty: http://HOST:PORT
    web_login_required: bool = False
    approval_remind_hours: float = 4.0
    approval_escalate_hours: float = 24.0


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
