"""Remove the sender's signature from the end of a reply's new text (heuristic, no model)."""
from __future__ import annotations

import re

_DELIMITER = re.compile(r"^\s*(--\s?|-{3,}|_{3,}|={3,}|\*{3,})\s*$")
_DEVICE = re.compile(
    r"^\s*(sent (from|with|via) |get outlook for |enviado desde |envoyé de |gesendet von |verzonden met |"
    r"inviato da |发自我的|從我的|来自我的)",
    re.I,
)
_CLOSING = re.compile(
    r"^\s*(thanks?( you)?( (so|very) much)?|many thanks|thx|cheers|best|best regards|kind regards|"
    r"warm regards|regards|sincerely|yours( truly| sincerely)?|br|mfg|mit freundlichen grüßen|viele grüße|"
    r"beste grüße|gruß|grüße|saludos( cordiales)?|atentamente|un saludo|cordialement|bien cordialement|"
    r"merci|met vriendelijke groet(en)?|groeten|此致|敬礼|谢谢|謝謝|祝好|顺祝商祺)[\s,.!！，。]*$",
    re.I,
)
_CONTACT = re.compile(r"(@|https?://|www\.|\+?\d[\d ().-]{6,}\d|\b(tel|fax|mobile|phone|skype)\b)", re.I)
# A bare name as the last line: up to 4 CJK characters, or up to 3 capitalised words.
_NAME_ONLY = re.compile(r"^\s*([\u4e00-\u9fff]{2,4}|[A-Z][\w'.-]*(\s+[A-Z][\w'.-]*){0,2})\s*$")
_MAX_LINES = 12  # signatures are short; a longer trailing block is body text


def _name_tokens(sender: str) -> set[str]:
    """Lower-cased name parts from a sender display name or e-mail address."""
    local = sender.split("@")[0] if "@" in sender and " " not in sender.strip() else sender
    return {t for t in re.split(r"[^\w]+", local.lower()) if len(t) > 1}


def _signature_like(line: str, names: set[str]) -> bool:
    """True for a line that could belong to a signature: a name, a contact detail, a closing."""
    words = {w for w in re.split(r"[^\w]+", line.lower()) if w}
    return bool(names & words) or bool(_CONTACT.search(line)) or bool(_CLOSING.match(line))


def strip_signature(text: str, sender: str = "") -> str:
    """Return text without a trailing signature: after '-- ', a device line, a closing or the sender's name."""
    lines = text.rstrip().split("\n")
    start = max(0, len(lines) - 3 * _MAX_LINES)
    for i in range(start, len(lines)):
        if _DELIMITER.match(lines[i]) or _DEVICE.match(lines[i]):
            if "\n".join(lines[:i]).strip():
                return "\n".join(lines[:i]).rstrip()
    names = _name_tokens(sender)
    tail = [i for i in range(len(lines)) if lines[i].strip()][-_MAX_LINES:]
    cut = None
    # Walk up from the end while lines stay short and signature-like; remember where it could start.
    for i in reversed(tail):
        line = lines[i].strip()
        if len(line) > 70:
            break
        if _CLOSING.match(line) or (names and names & set(re.split(r"[^\w]+", line.lower()))):
            cut = i
        elif not _signature_like(line, names) and cut is None and i != tail[-1]:
            break
    last = tail[-1] if tail else None
    if cut is None and last and last > 0 and not lines[last - 1].strip() and _NAME_ONLY.match(lines[last]):
        cut = last  # "…\n\nLi Wei": a sign-off with the name alone
    if cut is None or not "\n".join(lines[:cut]).strip():
        return "\n".join(lines).rstrip()
    return "\n".join(lines[:cut]).rstrip()
