"""Head-office allocations: "each of our 6 shops takes: 4 x red, 2 x green" orders every count that many times."""
from __future__ import annotations

import re

from nlp.postprocess import round_qty
from nlp.quantities import number_value

_PLACES = r"(?:shops?|stores?|branch(?:es)?|sites?|outlets?|locations?|depots?|schools?)"
# "each of our 6 shops takes:", "for each of the 4 branches:", "per store (5 stores):" is left alone (rarer).
EACH_PLACE = re.compile(rf"\beach\s+of\s+(?:our|the|your|these|those)\s+(?P<n>\d{{1,2}}|[a-z]+)\s+{_PLACES}\b"
                        r"(?:\s+(?:takes?|needs?|gets?|wants?|will take|should get|to get|to receive))?\s*[:\-]?", re.I)


# "for all six branches (Bath, …): each branch takes 8 x …": the number of places, then what each takes.
ALL_PLACES = re.compile(rf"\ball\s+(?P<n>\d{{1,2}}|[a-z]+)\s+{_PLACES}\b[^.\n]{{0,160}}?\beach\s+(?:one|{_PLACES})\s+"
                        r"(?:takes?|needs?|gets?|wants?|will take|should get)\b\s*[:\-]?", re.I)


# "…, so 48 and 24 in total": the totals of an allocation said again, once the counts per place are given
RESTATED_TOTAL = re.compile(r"[,;]?\s*\b(?:so|that's|thats|that is|making|which makes)\s+(?:\d+(?!\d)\s*(?:(?:,|and|&)\s*)?){1,6}"  # one way to split
                            r"(?:in total|total|altogether|overall)\b", re.I)


# "50 hand warmers, owl and scotty dog, 25 each", "100 mugs - owl and fox, 50 of each": the product's total said
# before its variants and their count each
_NAME = r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}"
TOTAL_BEFORE_EACH = re.compile(rf"\b(?P<n>\d+) (?=[a-z][a-z' -]{{2,40}}?(?:,| -|:) "
                               rf"(?P<l>{_NAME}(?:, {_NAME})*,? (?:and|&) {_NAME}),? "
                               r"(?P<m>\d+) (?:of )?each\b)", re.I)


def without_totals(body: str) -> str:
    """The body without a restated total after an "each of our N shops" / "each branch takes" allocation, or
    before a list of variants counted "N each" that it is the sum of."""
    body = TOTAL_BEFORE_EACH.sub(_total_of_each, body)
    m = EACH_PLACE.search(body) or ALL_PLACES.search(body)
    return body[: m.end()] + RESTATED_TOTAL.sub("", body[m.end() :]) if m else body


def _total_of_each(m: re.Match) -> str:
    """The total dropped when it is the "each" count times the variants listed, else kept."""
    names = len(re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", m.group("l")))
    return "" if int(m.group("n")) == int(m.group("m")) * names else m.group(0)


def per_place(body: str, lines: list[dict]) -> list[dict]:
    """Lines counted after an "each of our N shops" cue, their counts times N (the total to send)."""
    m = EACH_PLACE.search(body) or ALL_PLACES.search(body)
    n = number_value(m.group("n")) if m else None
    if not n or n < 2:
        return lines
    for ln in lines:
        q = ln.get("_qty")
        if q is not None and ln.get("quantity") is not None and q.start >= m.end():
            ln["quantity"] = round_qty(ln["quantity"] * n)
    return lines


_PLACE_HEAD = re.compile(rf"^\s*(?:{_PLACES}|branch name|store name|shop name|site name)\s*$", re.I)
_CELL_SEP = re.compile(r"\s*\|\s*|\t+")


def branch_table(body: str) -> str:
    """A pasted allocation table (header "Branch | item A | item B", one row of counts per branch) as one
    "total x item" line per column: the order is the sum over the branches."""
    if "|" not in body and "\t" not in body:
        return body
    rows = body.split("\n")
    for i, row in enumerate(rows):
        head = [c for c in _CELL_SEP.split(row.strip()) if c]
        if len(head) < 2 or not _PLACE_HEAD.match(head[0]):
            continue
        sums, j = [0.0] * (len(head) - 1), i + 1
        while j < len(rows) and _counts(rows[j], len(head)) is not None:
            sums = [a + b for a, b in zip(sums, _counts(rows[j], len(head)))]
            j += 1
        if j - i >= 3:  # two branch rows at least: a table, not a header over prose
            lines = [f"{total:g} x {name}" for name, total in zip(head[1:], sums) if total]
            return "\n".join(rows[:i] + lines + rows[j:])
    return body


def _counts(row: str, width: int) -> list[float] | None:
    """The counts of one branch row (its first cell names the branch), None if it is no such row."""
    cells = [c for c in _CELL_SEP.split(row.strip()) if c]
    if len(cells) != width or not all(re.fullmatch(r"\d{1,4}", c) for c in cells[1:]):
        return None
    return [float(c) for c in cells[1:]]
