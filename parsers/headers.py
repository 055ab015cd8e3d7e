"""Header helpers: RFC 2047 words, raw 8-bit headers, addresses, dates and Message-IDs."""
from __future__ import annotations

import binascii
import re
from email import quoprimime
from email.header import Header, decode_header
from email.utils import getaddresses, parsedate_to_datetime

from parsers.charsets import decode_bytes

# Encoded words are decoded one by one: clients glue them to text or quote them, which the stdlib rejects.
_EW = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")


def _decode_word(match: re.Match) -> str:
    """Decode one RFC 2047 encoded word leniently (bad padding, unknown charset)."""
    charset, kind, payload = match.group(1).split("*")[0], match.group(2).lower(), match.group(3)
    try:
        if kind == "b":
            data = binascii.a2b_base64(payload + "=" * (-len(payload) % 4))
        else:
            data = quoprimime.header_decode(payload).encode("latin-1")
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return match.group(0)
    return decode_bytes(data, charset)[0]


def _decode_words(text: str) -> str:
    """Replace encoded words in text; whitespace between two adjacent words is dropped (RFC 2047 6.2)."""
    out, pos, prev_word = [], 0, False
    for match in _EW.finditer(text):
        gap = text[pos:match.start()]
        if not (prev_word and not gap.strip()):
            out.append(gap)
        out.append(_decode_word(match))
        pos, prev_word = match.end(), True
    out.append(text[pos:])
    return "".join(out)


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
        return _unfold(_decode_words(_unfold(text)) if "=?" in text else text)
    out = []
    for chunk, charset in pieces:
        if isinstance(chunk, bytes):
            label = None if charset in (None, "unknown-8bit") else charset
            out.append(decode_bytes(chunk, label)[0])
        else:
            out.append(_from_surrogates(chunk))
    return _unfold("".join(out))


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
