"""Walk a stdlib Message tree into body texts and attachments, tolerating broken structure."""
from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from email.message import Message

from parsers.charsets import decode_bytes
from parsers.headers import decode_header_value
from parsers.limits import Limits


@dataclass
class Attachment:
    """One stored attachment; `message` holds the parsed mail for message/rfc822 and .eml files."""

    filename: str
    content_type: str
    size: int
    payload: bytes = field(repr=False, default=b"")
    content_id: str = ""
    level: int = 0  # 0 = the message itself, 1 = inside a forwarded message, ...
    message: object | None = field(repr=False, default=None)
    source: Message | None = field(repr=False, default=None, compare=False)  # enclosed Message, if any


@dataclass
class Parts:
    """What a walk found: plain and HTML texts with their nesting level, attachments, defects."""

    plain: list[tuple[int, str]] = field(default_factory=list)
    html: list[tuple[int, str]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    seen: int = 0  # parts visited, for the max_parts limit
    enclosed: list = field(default_factory=list)  # (attachment, part) whose bytes are serialised last


def _filename(part: Message) -> str:
    """Decoded attachment file name, '' when none."""
    try:
        raw = part.get_filename()
    except Exception:  # noqa: BLE001 - malformed RFC 2231 parameters
        raw = part.get_param("name", header="content-type")
    name = decode_header_value(raw) if raw else ""
    if "\ufffd" in name:
        # Raw 8-bit parameters come back mangled; re-read them from the header bytes.
        for header in ("content-disposition", "content-type"):
            found = re.search(r'(?:^|[;\s])(?:file)?name\s*=\s*"?([^";]+)', decode_header_value(part.get(header)))
            if found and "\ufffd" not in found.group(1):
                return found.group(1).strip()
    return name


def _charset(part: Message) -> str | None:
    """Declared charset, None when absent or unreadable."""
    try:
        return part.get_content_charset()
    except Exception:  # noqa: BLE001
        return None


def _text_of(part: Message, parts: Parts) -> str:
    """Decoded text of a leaf text part, recording charset defects."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    text, defect = decode_bytes(payload, _charset(part))
    if defect:
        parts.defects.append(defect)
    return text


def _message_bytes(part: Message) -> bytes:
    """Bytes of a message/rfc822 part's enclosed message (as imap_tools reports them)."""
    inner = part.get_payload()
    if isinstance(inner, list) and inner:
        try:
            data = inner[0].as_bytes()
        except Exception:  # noqa: BLE001 - unencodable headers: fall back to a lossy string
            data = inner[0].as_string().encode("utf-8", "surrogateescape")
        if str(part.get("content-transfer-encoding", "")).strip().lower() == "base64":
            try:
                return base64.b64decode(data)
            except ValueError:
                return data
        return data
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _add_attachment(part: Message, level: int, parts: Parts, limits: Limits) -> None:
    """Record an attachment, enforcing the count and size limits."""
    if len(parts.attachments) >= limits.max_attachments:
        if not any(d.startswith("too many attachments") for d in parts.defects):
            parts.defects.append(f"too many attachments: kept {limits.max_attachments}")
        return
    ctype = part.get_content_type()
    payload = None if ctype == "message/rfc822" else part.get_payload(decode=True)
    payload = payload if isinstance(payload, bytes) or ctype == "message/rfc822" else b""
    name = _filename(part)
    size = len(payload or b"")
    if size > limits.max_attachment_bytes:
        parts.defects.append(f"attachment {name or ctype} too large ({size} bytes): payload dropped")
        payload = b""
    cid = decode_header_value(part.get("Content-ID", "")).strip("<>")
    inner = part.get_payload() if ctype == "message/rfc822" else None
    source = inner[0] if isinstance(inner, list) and inner and isinstance(inner[0], Message) else None
    parts.attachments.append(Attachment(name, ctype, size, payload, cid, level, source=source))
    if payload is None:
        parts.enclosed.append((parts.attachments[-1], part))


def walk(msg: Message, limits: Limits, depth: int = 0) -> Parts:
    """Collect texts and attachments of a message, descending into enclosed messages up to the limit."""
    parts = Parts()
    _walk(msg, 0, parts, limits, depth)
    _serialise_enclosed(parts, limits)
    return parts


def _serialise_enclosed(parts: Parts, limits: Limits) -> None:
    """Bytes of enclosed messages; skipped when the structure hit max_parts (re-serialising is the cost)."""
    for att, part in parts.enclosed:
        if parts.seen > limits.max_parts:
            att.payload, att.size = b"", 0
            continue
        att.payload = _message_bytes(part)
        att.size = len(att.payload)
        if att.size > limits.max_attachment_bytes:
            parts.defects.append(f"attachment {att.filename or att.content_type} too large ({att.size} bytes)")
            att.payload = b""
    if parts.seen > limits.max_parts and parts.enclosed:
        parts.defects.append("enclosed messages not stored: too many MIME parts")


def _walk(part: Message, level: int, parts: Parts, limits: Limits, depth: int) -> None:
    """Recursive walk; message/rfc822 parts are both an attachment and a deeper level."""
    parts.seen += 1
    if parts.seen > limits.max_parts:
        if parts.seen == limits.max_parts + 1:
            parts.defects.append(f"too many MIME parts: read {limits.max_parts}")
        return
    for defect in getattr(part, "defects", []):
        parts.defects.append(type(defect).__name__)
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        for sub in part.get_payload():
            if isinstance(sub, Message):
                _walk(sub, level, parts, limits, depth)
        return
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        _add_attachment(part, level, parts, limits)
        inner = part.get_payload()
        if depth + level + 1 > limits.max_depth:
            parts.defects.append("message nesting too deep")
        elif isinstance(inner, list):
            for sub in inner:
                _walk(sub, level + 1, parts, limits, depth)
        return
    if _filename(part):
        _add_attachment(part, level, parts, limits)
        return
    if part.get("Content-ID") is not None:
        # Inline parts referenced by Content-ID are attachments; a text one still counts as body.
        _add_attachment(part, level, parts, limits)
    if ctype in ("text/plain", "text/"):
        parts.plain.append((level, _text_of(part, parts)))
    elif ctype == "text/html":
        parts.html.append((level, _text_of(part, parts)))
