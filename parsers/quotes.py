"""Cut quoted replies and find inline forwarded blocks in plain-text mail bodies."""
from __future__ import annotations

import re

# "On <date>, <who> wrote:" in the languages our customers write in; may wrap over up to 3 lines.
_WROTE_START = re.compile(
    r"^[>\s-]*(on|am|le|el|il|op|em|w dniu|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}年)\b", re.I
)
_WROTE_END = re.compile(
    r"(wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|napisał|написал|skrev|kirjoitti|写道|寫道)"
    r"\s*[:：]?\s*$",
    re.I,
)
# Separator lines that introduce the previous message in Outlook, AOL, Yahoo and friends.
_SEPARATOR = re.compile(
    r"^\s*(-{2,}\s*(original message|ursprüngliche nachricht|mensaje original|message d'origine|"
    r"oorspronkelijk bericht|原始邮件|原始郵件|messaggio originale)\s*-{2,}|_{20,}|-{20,}|(\* ){2}\*)\s*$",
    re.I,
)
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|weitergeleitete nachricht|mensaje reenviado|message transféré|"
    r"doorgestuurd bericht|转发邮件|轉寄郵件|messaggio inoltrato)\s*-{2,}|begin forwarded message:|"
    r"-{3,}\s*forwarded by .*)\s*$",
    re.I,
)
# An Outlook-style header block: "From:" followed within a few lines by Sent/Date/To/Subject.
_HDR = re.compile(
    r"^\s*\*?(from|von|de|van|da|发件人|寄件者|sent|gesendet|enviado|envoyé|date|datum|fecha|to|an|para|à|"
    r"aan|cc|subject|betreff|asunto|objet|onderwerp|oggetto|主题|主旨|收件人|发送时间|日期|от|отправлено|кому|тема|"
    r"дата)\s*\*?\s*[:：]",
    re.I,
)
_CANON = {
    **dict.fromkeys(["from", "von", "de", "van", "da", "发件人", "寄件者"], "from"),
    **dict.fromkeys(["date", "sent", "datum", "gesendet", "fecha", "enviado", "envoyé", "发送时间", "日期"], "date"),
    **dict.fromkeys(["subject", "betreff", "asunto", "objet", "onderwerp", "oggetto", "主题", "主旨"], "subject"),
}
_FROM = re.compile(r"^\s*\*?(from|von|de|van|da|发件人|寄件者|от)\s*\*?\s*[:：]", re.I)
# "26.06.2014, 14:41, "Name" <a@b.c>:" and "Thu, 26 Jun 2014 ... от Name <a@b.c>:" (Yandex, Mail.ru).
_DATED_FROM = re.compile(r"^.{0,120}\d{4}.{0,120}<?[\w.+-]+@[\w.-]+>?\s*[:：]\s*$")


def _is_header_block(lines: list[str], i: int) -> bool:
    """True when line i starts a From:/Sent:/To:/Subject: block (From: first, or among three header lines)."""
    if not _HDR.match(lines[i]):
        return False
    window = [ln for ln in lines[i:i + 6] if ln.strip()][:4]
    hits = [ln for ln in window if _HDR.match(ln)]
    if _FROM.match(lines[i]):
        return len(hits) >= 3
    return len(hits) >= 3 and any(_FROM.match(ln) for ln in hits)


def _marker_at(lines: list[str], i: int) -> bool:
    """True when a reply marker (wrote-line, separator, header block) starts at line i."""
    line = lines[i].lstrip("> ").strip()
    if not line:
        return False
    if _SEPARATOR.match(line) or _is_header_block(lines, i) or _DATED_FROM.match(line):
        return True
    if len(line) < 250 and re.search(r"(wrote|写道|寫道)\s*[:：]\s*$", line, re.I):
        return True
    if not _WROTE_START.match(line):
        return False
    # Clients wrap long "On ... wrote:" lines, so try the line joined with the next one or two.
    joined = [" ".join(p.lstrip("> ").strip() for p in lines[i:i + n]) for n in (1, 2, 3)]
    return any(len(j) < 400 and _WROTE_END.search(j) for j in joined)


def _quoted(line: str) -> bool:
    """True for a '>'-quoted line."""
    return line.lstrip().startswith(">")


def strip_quotes(text: str) -> str:
    """The new text of a reply: quote markers, quoted blocks and everything after them removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i in range(len(lines)):
        if not (_quoted(lines[i]) or _marker_at(lines, i)):
            continue
        before = "\n".join(lines[:i]).strip()
        if before:
            return before
        # Bottom-posting: the quote comes first; keep what follows the quoted block.
        j = i + 1
        while j < len(lines) and (_quoted(lines[j]) or not lines[j].strip()):
            j += 1
        rest = "\n".join(lines[j:])
        return strip_quotes(rest) if rest.strip() else ""
    return "\n".join(lines).strip()


def split_forward(text: str, forwarded: bool = False) -> tuple[str, dict[str, str], str] | None:
    """Split an inline forward into (note, pseudo-headers, original text); None when not a forward.

    forwarded: the subject says FW/WG/TR; then Outlook's bare "From:/Sent:/To:/Subject:" block (maybe
    under a rule or "Original Message" line) also starts the forwarded message.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        if _FORWARD.match(line) or (forwarded and _SEPARATOR.match(line) and _block_follows(lines, i + 1)):
            start = i + 1
        elif forwarded and _is_header_block(lines, i):
            start = i
        else:
            continue
        headers, j = _read_pseudo_headers(lines, start)
        return "\n".join(lines[:i]).strip(), headers, "\n".join(lines[j:]).strip()
    return None


def _block_follows(lines: list[str], i: int) -> bool:
    """True when a From:/Sent: header block starts at the next non-blank line."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i < len(lines) and _is_header_block(lines, i)


def _read_pseudo_headers(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """Read 'Key: value' lines after a forward marker; return them and the index of the body."""
    headers: dict[str, str] = {}
    j = start
    while j < len(lines) and not lines[j].strip():
        j += 1
    while j < len(lines) and _HDR.match(lines[j]):
        key, value = re.split(r"[:：]", lines[j], maxsplit=1)
        canon = _CANON.get(key.strip(" *").lower())
        if canon and canon not in headers:
            headers[canon] = value.strip(" *")
        j += 1
    return headers, j


def unquote(text: str) -> str:
    """Remove one level of '>' quoting from every quoted line."""
    return "\n".join(re.sub(r"^\s?>\s?", "", line) for line in text.replace("\r\n", "\n").split("\n"))


def mostly_quoted(text: str) -> bool:
    """True when most non-blank lines are '>'-quoted (a forward rendered as a blockquote)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and sum(_quoted(line) for line in lines) >= 0.6 * len(lines)


def split_quoted_reply(text: str) -> tuple[str, str, str] | None:
    """Split 'note / On <date>, <who> wrote: / > quoted' into (note, attribution, unquoted original)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i in range(len(lines)):
        if _quoted(lines[i]) or not _marker_at(lines, i):
            continue
        j = i
        while j < len(lines) and not _quoted(lines[j]):  # the attribution may wrap over lines
            j += 1
        quoted = [line for line in lines[j:] if _quoted(line) or not line.strip()]
        if not quoted:
            return None
        attribution = " ".join(line.strip() for line in lines[i:j])
        return "\n".join(lines[:i]).strip(), attribution, unquote("\n".join(quoted)).strip()
    return None
