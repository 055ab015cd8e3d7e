"""Parse raw RFC 5322 mail into what the business cares about: who, when, the new text, the files."""
from __future__ import annotations

import re

import email
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from email.message import Message
from email.utils import parsedate_to_datetime

from parsers.headers import decode_header_value, first_address, iso_date, normalise_message_id
from parsers.html import html_to_text
from parsers.limits import DEFAULT_LIMITS, Limits
from parsers.mimeparts import Attachment, Parts, walk
from parsers.quotes import mostly_quoted, split_forward, split_quoted_reply, strip_quotes, unquote
from parsers.signature import strip_signature

__all__ = ["Attachment", "ParsedEmail", "parse_email", "parse_message"]

_MAX_HTML = 2_000_000  # characters of HTML worth converting; beyond that it is newsletters, not orders
_FWD_SUBJECT = ("fw:", "fwd:", "wg:", "tr:", "rv:", "enc:", "doorst:", "转发:", "转发：", "轉寄:", "fw：")


@dataclass
class ParsedEmail:
    """A parsed message; `text` is the new text of the customer (forwards unwrapped, quotes cut)."""

    message_id: str | None
    from_: str
    original_from: str
    subject: str
    date: str | None
    text: str
    html: str = field(repr=False, default="")  # the message's own HTML body, raw
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    key: str = ""
    from_name: str = ""
    original_date: str | None = None
    note: str = ""  # what the forwarder wrote above a forwarded message
    body_text: str = ""  # every plain part joined, unstripped (as imap_tools reports `text`)

    @cached_property
    def html_text(self) -> str:
        """The HTML body as plain text (computed on first use: html2text is the slow part)."""
        return html_to_text(self.html[:_MAX_HTML]) if self.html else ""

    def to_json(self) -> dict:
        """The public JSON contract of `tandem parse-email`."""
        return {
            "message_id": self.message_id,
            "from": self.from_,
            "original_from": self.original_from,
            "subject": self.subject,
            "date": self.date,
            "text": self.text,
            "attachments": [
                {"filename": a.filename, "content_type": a.content_type, "size": a.size} for a in self.attachments
            ],
            "defects": list(self.defects),
        }


def parse_email(raw: bytes, *, limits: Limits | None = None) -> ParsedEmail:
    """Parse raw message bytes; problems become `defects`, never exceptions (except a non-bytes input)."""
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise TypeError("parse_email needs bytes")
    raw = bytes(raw)
    limits = limits or DEFAULT_LIMITS
    defects: list[str] = []
    if len(raw) > limits.max_message_bytes:
        defects.append(f"message too large ({len(raw)} bytes): truncated to {limits.max_message_bytes}")
        raw = raw[: limits.max_message_bytes]
    try:
        msg = email.message_from_bytes(raw)
    except Exception as exc:  # noqa: BLE001 - the stdlib parser is lenient, but guard the worker anyway
        msg = email.message_from_bytes(b"\n\n" + raw)
        defects.append(f"unparseable structure: {type(exc).__name__}")
    parsed = parse_message(msg, limits=limits, depth=0)
    parsed.defects[:0] = defects
    parsed.key = parsed.message_id or "sha256:" + hashlib.sha256(raw).hexdigest()
    return parsed


def parse_message(msg: Message, *, limits: Limits = DEFAULT_LIMITS, depth: int = 0) -> ParsedEmail:
    """Parse an already-built stdlib Message (used for enclosed messages too)."""
    try:
        parts = walk(msg, limits, depth)
    except RecursionError:
        parts = Parts(defects=["structure nested too deeply"])
    name, addr = first_address(msg.get("From"))
    mid = normalise_message_id(msg.get("Message-ID"))
    own_html = "\n\n".join(t for lvl, t in parts.html if lvl == 0)
    own_plain = "\n".join(t for lvl, t in parts.plain if lvl == 0 and t.strip())
    parsed = ParsedEmail(
        message_id=mid,
        from_=addr,
        original_from=addr,
        subject=decode_header_value(msg.get("Subject")),
        date=iso_date(msg.get("Date")),
        text="",
        html=own_html,
        attachments=parts.attachments,
        defects=_dedupe(parts.defects),
        key=mid or "",
        from_name=name,
        body_text="".join(t for _, t in parts.plain),
    )
    parsed.original_date = parsed.date
    _parse_enclosed(parsed, limits, depth)
    body = (own_plain or parsed.html_text)[: limits.max_text_chars]
    _set_text(parsed, body, msg)
    if not parsed.text and not parsed.attachments and not parsed.body_text.strip():
        parsed.defects.append("no readable body")
    return parsed


def _dedupe(items: list[str]) -> list[str]:
    """Keep the first occurrence of each defect."""
    return list(dict.fromkeys(items))


def _parse_enclosed(parsed: ParsedEmail, limits: Limits, depth: int) -> None:
    """Parse message/rfc822 and .eml attachments of this message (not deeper levels) recursively."""
    for att in parsed.attachments:
        is_eml = att.content_type == "message/rfc822" or att.filename.lower().endswith(".eml")
        if att.level != 0 or not is_eml or not (att.payload or att.source):
            continue
        if depth + 1 > limits.max_depth:
            parsed.defects.append("enclosed message nesting too deep")
            return
        inner = att.source if att.source is not None else email.message_from_bytes(att.payload)
        att.message = parse_message(inner, limits=limits, depth=depth + 1)


def _enclosed(parsed: ParsedEmail) -> ParsedEmail | None:
    """The first enclosed message that carries a sender, if any."""
    for att in parsed.attachments:
        if isinstance(att.message, ParsedEmail) and att.message.from_:
            return att.message
    return None


def _set_text(parsed: ParsedEmail, body: str, msg: Message) -> None:
    """Fill text / original_from / original_date, unwrapping forwards (attached or inline)."""
    new = strip_signature(strip_quotes(body), parsed.from_name or parsed.from_)
    inner = None if msg.get_content_type() == "multipart/report" else _enclosed(parsed)
    forwardish = parsed.subject.lower().startswith(_FWD_SUBJECT) or len(new) < 300
    if inner is not None and forwardish:
        parsed.note, parsed.text = new, inner.text
        parsed.original_from, parsed.original_date = inner.original_from, inner.original_date
        return
    is_fwd = parsed.subject.lower().startswith(_FWD_SUBJECT)
    inline = split_forward(body, is_fwd)
    while inline is not None:
        note, headers, original = inline
        parsed.note = parsed.note or strip_signature(strip_quotes(note), parsed.from_name or parsed.from_)
        name, addr = first_address(headers.get("from", ""))
        parsed.original_from = addr or name or parsed.original_from
        parsed.original_date = _loose_date(headers.get("date", "")) or parsed.original_date
        # Some clients (and HTML blockquotes) quote the whole forwarded message: read it unquoted.
        body = unquote(original) if mostly_quoted(original) else original
        inline = split_forward(body, is_fwd)
        sender = name or addr
        new = strip_signature(strip_quotes(body), sender)
    if is_fwd and not parsed.note and _forward_by_reply(parsed, body):
        return
    parsed.text = new


def _forward_by_reply(parsed: ParsedEmail, body: str) -> bool:
    """'Fwd:' sent as a reply that quotes the customer ('On …, Fiona <f@x> wrote:'): the quote counts."""
    split = split_quoted_reply(body)
    if split is None:
        return False
    note, attribution, original = split
    found = re.search(r"([^,<>]*?)\s*<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?", attribution)
    name, addr = (found.group(1).strip(), found.group(2).lower()) if found else ("", "")
    if not addr or addr == parsed.from_ or not original:
        return False
    parsed.note = strip_signature(note, parsed.from_name or parsed.from_)
    parsed.original_from = addr
    parsed.text = strip_signature(strip_quotes(original), name or addr)
    return True


def _loose_date(text: str) -> str | None:
    """Best-effort ISO date from a forwarded block's Date/Sent line."""
    if not text:
        return None
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        import dateparser  # optional: reads "Mon, Apr 2, 2012 at 5:44 PM" and localised dates

        found = dateparser.parse(text.replace(" at ", " "))
    except Exception:  # noqa: BLE001 - missing module or odd input
        return None
    return found.isoformat() if found else None
