"""Answers written inline under quoted rows ("> 22727 Alarm clock red £3.75 - qty?" / "yes 12"): each row answered
with a count is read as a line of the message, the row's words naming the item."""
from __future__ import annotations

import re

# "yes 12", "6 please", "12", "ok 24 thanks": a short reply whose only content is a count
COUNT_REPLY = re.compile(r"\s*(?:(?:yes|yep|ok|okay|sure|please)[,.!]?\s+)?(\d+(?:\.\d+)?)\s*(?:please|pls|thanks|thx|thank you|of them|off)?[.!]?\s*",
                         re.I)
ASKED = re.compile(r"\s*[-–:,]?\s*(?:qty|quantity|how many|amount)\s*\??\s*$", re.I)  # the prompt the reply answers
QUOTE_MARK = re.compile(r"^\s*>+ ?")
# Replies to an offer's rows that say their own count ("> Cake tins - 24 pcs"): taken as offered ("YES", "ok
# please"), at a new count ("yes, make it 16", "yes but only 20") or declined ("NO, too many in stock")
TAKEN = re.compile(r"\s*(?:yes|yep|yeah|ok|okay|sure|fine|go ahead)\b(?:[,.!]?\s*(?:please|pls|thanks|thank you))?\s*[.!]*\s*", re.I)
RECOUNTED = re.compile(r"\s*(?:(?:yes|yep|yeah|ok|okay)\b[,.!]?\s*)?(?:but\s+)?(?:make (?:it|that)|only|just)\s+"
                       r"(\d+(?:\.\d+)?)\b(?:\s*(?:pcs|please|pls|instead|thanks))*\s*[.!]*\s*", re.I)
DECLINED = re.compile(r"\s*(?:no|nope|not this time|none|skip)\b(?![.\d]).*", re.I)
OFFERED = re.compile(r"\s*(?:[-:x@]\s*)?(?<![£$€\d.])(\d+(?:\.\d+)?)\s*(?:pcs|pieces|units|ea)?\s*$", re.I)  # the row's own count


def answered_rows(lines: list[str]) -> tuple[list[str], set[int]]:
    """The rows of quoted lines answered by a count on the next line (`row: count`), and those quoted lines' indexes."""
    rows, used = [], set()
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        if not prev.lstrip().startswith(">") or line.lstrip().startswith(">"):
            continue
        m = COUNT_REPLY.fullmatch(line)
        row = ASKED.sub("", QUOTE_MARK.sub("", prev)).strip()
        if not re.search(r"[A-Za-z]{3,}", row):
            continue
        said = m.group(1) if m else _offer_reply(row, line)
        if said is not None:
            rows.append(f"{OFFERED.sub('', row)}: {said}" if said else "")
            used.add(i - 1)
    return rows, used


def _offer_reply(row: str, reply: str) -> str | None:
    """The count a reply takes an offered row at ("" when it declines it), or None when it is no such reply."""
    offered = OFFERED.search(row)
    if not offered:
        return None
    if TAKEN.fullmatch(reply):
        return offered.group(1)
    recount = RECOUNTED.fullmatch(reply)
    return recount.group(1) if recount else "" if DECLINED.fullmatch(reply) else None


def read_inline(text: str) -> tuple[list[str], list[str]]:
    """A body's unquoted lines (each answered row in place of its reply) and its quoted lines left over, when
    at least two quoted rows are answered by counts (one answered row may be any quoted remark and its reply)."""
    lines = text.splitlines()
    rows, used = answered_rows(lines)
    if len(rows) < 2:
        return [ln for ln in lines if not ln.lstrip().startswith(">")], [ln for ln in lines if ln.lstrip().startswith(">")]
    answers = {i + 1: r for i, r in zip(sorted(used), rows)}
    body = [answers.get(i, ln) for i, ln in enumerate(lines) if not ln.lstrip().startswith(">")]
    return body, [ln for i, ln in enumerate(lines) if ln.lstrip().startswith(">") and i not in used]
