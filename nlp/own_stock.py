"""Rows and figures of a list that are not ordered: the customer's own figures beside its rows (running totals
"Pottering mugs .. 6 (running 12)", stock still held "skip this week (still have 9)", the list's sum "That's 28 all
in") the rows an approval chain rejects ("Line 2 REJECTED (over budget)") and a requisition's header fields ("Cost
centre: 4410 Visitor Centre Shop")."""
from __future__ import annotations

import re
from nlp.prefilter import prefiltered

# a bracket holding only a running total or the stock still held: the row's own count is outside it
OWN_FIGURE = re.compile(
    r"\s*\((?:running(?: total)?:?\s*\d+|(?:we |i )?(?:still )?(?:have|got) \d+(?: left| in stock| on the shelf)?"
    r"|\d+ (?:left|on hand|in stock|on the shelf))\)", re.I)
# "… – skip this week": a row the customer names to say it wants none
SKIPPED_ROW = re.compile(r"^[^\n]*?\s[-–—]\s*(?:skip|none|not) this (?:week|time)\b[^\n]*\n?", re.I | re.M)

# "That's 28 all in.", "34 units total, usual day pls": the list's sum said after it
LIST_SUM = re.compile(r"(?:\b(?:that'?s|thats|that)\s+|^)\d+\s+(?:units?\s+|items?\s+|pcs\s+|pieces\s+)?(?:all in|in total|total)\b"
                      r"(?=\s*(?:[,.!;]|$))", re.I | re.M)


def without_own_figures(body: str) -> str:
    """The body without running totals, stock still held, rows skipped this time and the list's sum after them."""
    if not OWN_FIGURE.search(body) and not SKIPPED_ROW.search(body):
        return _without_sum(body)  # a sum is only the list's beside the customer's own figures ("12 in total" is a count)
    return LIST_SUM.sub("", SKIPPED_ROW.sub("", OWN_FIGURE.sub("", body)))


# "…, Shipment ID FBA17X, 240 units total.", "… 12 units of B. 24 pcs altogether.": a units total said after the lines
SUM_SAID = re.compile(r"(?:^|(?<=[,;:(])|(?<=[.!?]\s))\s*(\d+)\s+(units?|items?|pcs|pieces)\s+(?:(?:in\s+)?total|altogether|in all)\b"
                      r"(?=\s*(?:[,.!;)]|$))", re.I | re.M)
COUNTED = re.compile(r"(?<![\w.£$€])(\d+)\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?:units?\s+|pcs\s+|x\s+)?[a-z]", re.I)


def _without_sum(body: str) -> str:
    """The body without a units total that is the sum of two or more counts said before it."""
    for m in reversed(list(SUM_SAID.finditer(body))):
        counts = [int(c) for c in COUNTED.findall(body, 0, m.start())]
        # ("50 units A and 30 units B, 3 tier. 80 units total": the counts said in the total's own unit word suffice)
        alike = [int(c) for c in re.findall(rf"\b(\d+)\s+{m.group(2)}\b", body[: m.start()], re.I)]
        if any(len(c) >= 2 and sum(c) == int(m.group(1)) for c in (counts, alike)):
            body = body[: m.start()] + body[m.end() :]
    return body


# "Budget holder - Line 2 REJECTED (over budget …)": an approval chain turning a numbered row down
REJECTED = prefiltered(r"\blines? (\d{1,2})((?:\s*(?:,|and|&)\s*\d{1,2})*)\s*(?:-\s*)?(?:rejected|declined|refused|not approved)\b",
                       re.I)


def without_rejected_rows(body: str) -> str:
    """The body without the numbered rows an approval chain rejects, nor the lines saying so."""
    found = list(REJECTED.finditer(body))
    if not found:
        return body
    numbers = {n for m in found for n in re.findall(r"\d+", m.group(1) + m.group(2))}
    row = re.compile(rf"^\s*(?:line|item|pos(?:ition)?\.?)?\s*(?:{'|'.join(numbers)})\s*[:.)]", re.I)
    return "\n".join(ln for ln in body.split("\n") if not REJECTED.search(ln) and not row.match(ln))


# A requisition's header fields: who asks, where and whose budget, never the goods ("Cost centre: 4410 Visitor Centre Shop")
HEADER_FIELD = re.compile(r"^[ \t]*(?:cost (?:centre|center|code)|budget (?:code|holder)|gl code|requested by|requester|"
                          r"department|dept|site|approved(?: by)?|raised by)[ \t]*:[^\n]*\n?", re.I | re.M)


def without_header_fields(body: str) -> str:
    """The body without a requisition's header fields, when it lists rows of its own below them."""
    return HEADER_FIELD.sub("", body) if re.search(r"^\s*(?:line|item)\s*\d+\s*[:.)]|^\s*\d+[.)]\s", body, re.I | re.M) else body
