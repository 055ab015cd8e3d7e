"""Resource limits for parsing untrusted mail and documents."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Caps that bound what one message can cost; exceeding one adds a defect, never an exception."""

    max_message_bytes: int = 25 * 1024 * 1024
    max_attachments: int = 50
    max_attachment_bytes: int = 15 * 1024 * 1024
    max_depth: int = 5  # nested message/rfc822 and .eml attachments
    max_parts: int = 500  # MIME parts walked per message; real mail has tens
    max_pdf_pages: int = 30
    pdf_timeout_s: float = 20.0
    pdf_mem_mb: int = 768
    max_text_chars: int = 200_000  # text beyond this is never read by people or the extractor


DEFAULT_LIMITS = Limits()
