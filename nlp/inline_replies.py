"""Answers written inline under quoted rows ("> 22727 Alarm clock red £3.75 - qty?" / "yes 12"): each row answered
with a count is read as a line of the message, the row's words naming the item."""
from __future__ import annotations

import re

# "yes 12", "6 please", "12", "ok 24 thanks": a short reply whose only content is a count
COUNT_REPLY = re.compile(r"\s*(?:(?:yes|yep|ok|okay|sure|please)[,.!]?\s+)?(\d+(?:\.\d+)?)\s*(?:please|pls|thanks|thx|thank you|of them|off)?[.!]?\s*",
                         re.I)
ASKED = re.compile(r"\s*[-–:,]?\s*(?:qty|quantity|how many|amount)\s*\??\s*$", re.I)  # the prompt the reply answers
QUOTE_MARK = re.compile(r"^\s*>+ ?")


def answered_rows(lines: list[str]) -> tuple[list[str], set[int]]:
    """The rows of quoted lines answered by a count on the next line (`row: count`), and those quoted lines' indexes."""
    rows, used = [], set()
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        if not prev.lstrip().startswith(">") or line.lstrip().startswith(">"):
            continue
        m = COUNT_REPLY.fullmatch(line)
        row = ASKED.sub("", QUOTE_MARK.sub("", prev)).strip()
        if m and re.search(r"[A-Za-z]{3,}", row):
            rows.append(f"{row}: {m.group(1)}")
            used.add(i - 1)
    return rows, used


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
