"""Header helpers: RFC 2047 words, raw 8-bit headers, addresses, dates and Message-IDs."""
from __future__ import annotations

import re
from email.header import Header, decode_header
from email.utils import getaddresses, parsedate_to_datetime

from parsers.charsets import decode_bytes

# Some clients put encoded words inside quotes or glue them to text; decode_header needs whitespace.
_EW = r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?="
_GLUED_BEFORE = re.compile(rf"(?<=\S)(?={_EW})")
_GLUED_AFTER = re.compile(r"(?<=\?=)(?=[^\s)\]>,;\"])")


def _from_surrogates(value: str) -> str:
    """Undo the surrogateescape the stdlib parser applies to raw 8-bit header bytes."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    return decode_bytes(raw, None)[0]


def decode_header_value(value: object) -> str:
    """Decode a header (str with RFC 2047 words, raw 8-bit, or Header) to clean text."""
    if value is None:
        return ""
    if isinstance(value, Header):
        pieces = decode_header(value)
    else:
        text = _from_surrogates(str(value))
        if "=?" not in text:
            return _unfold(text)
        text = _GLUED_BEFORE.sub(" ", _GLUED_AFTER.sub(" ", text))
        try:
            pieces = decode_header(text)
        except Exception:  # noqa: BLE001 - malformed words: keep the raw text rather than fail
            return _unfold(text)
    out = []
    for chunk, charset in pieces:
        if isinstance(chunk, bytes):
            label = None if charset in (None, "unknown-8bit") else charset
            out.append(decode_bytes(chunk, label)[0])
        else:
            out.append(_from_surrogates(chunk))
    return _unfold("".join(out) if len(pieces) > 1 else "".join(out))


def _unfold(text: str) -> str:
    """Join folded lines and trim."""
    return re.sub(r"\s*[\r\n]+\s*", " ", text).strip()


def first_address(value: object) -> tuple[str, str]:
    """Return (display name, email) of the first address in a header, ('', '') when none."""
    text = decode_header_value(value)
    text = "".join(ch for ch in text if ch.isprintable())
    for name, addr in getaddresses([text]):
        name, addr = name.strip(), addr.strip()
        if "@" in addr:
            return name, addr
        if name or addr:
            return name or addr, ""
    return "", ""


def iso_date(value: object) -> str | None:
    """RFC 5322 date header to ISO 8601, None when unparseable."""
    text = decode_header_value(value)
    if not text:
        return None
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def normalise_message_id(value: object) -> str | None:
    """Message-ID without brackets and whitespace, lower-cased domain part; None when empty."""
    text = re.sub(r"\s+", "", decode_header_value(value)).strip("<>")
    if not text:
        return None
    local, at, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}" if at else text
