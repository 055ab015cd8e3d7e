"""Pasted requisition / PO tables with '|' columns, rewritten as one "description count unit" line per row."""
from __future__ import annotations

import re

QTY_HEAD = re.compile(r"qty|quantity|quantities|amount|数量", re.I)
UNIT_HEAD = re.compile(r"uom|u/m|units?|单位", re.I)
DESC_HEAD = re.compile(r"desc\w*|product|item description|name|material|品名|名称|规格|物料", re.I)


def unpipe(body: str) -> str:
    """A '|' table whose header names a Qty column: each row as "hex bolt m10x40 8.8 zinc plated 4 box"."""
    if "|" not in body:
        return body
    lines = body.split("\n")
    out, cols = [], None
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cols is None:
            cols = _header(cells)
            out.append(line if cols is None else "")
        elif len(cells) == cols[3] and cells[cols[0]]:
            out.append(_row(cells, cols))
        else:
            cols = None if len(cells) < 2 else cols  # the table ended
            out.append(line)
    return "\n".join(out)


def _header(cells: list[str]) -> tuple[int, int | None, int, int] | None:
    """(qty, unit, description, width) columns of a header row, or None when it is no such header."""
    find = lambda rx: next((i for i, c in enumerate(cells) if rx.fullmatch(c)), None)  # noqa: E731
    desc = next((i for i, c in enumerate(cells) if DESC_HEAD.search(c)), None)  # "part description", "品名"
    qty, unit = find(QTY_HEAD), find(UNIT_HEAD)
    if len(cells) < 3 or qty is None or desc is None:
        return None
    return qty, unit, desc, len(cells)


def _row(cells: list[str], cols: tuple) -> str:
    """One data row said as the goods, then its count and unit (commas dropped: one line, not a list)."""
    qty, unit, _, _ = cols
    # every other column describes the goods ("品名 | 规格"), except a bare row number
    goods = " ".join(c.replace(",", " ") for i, c in enumerate(cells) if i not in (qty, unit) and not c.isdigit())
    said = f"{goods} {cells[qty]} {cells[unit] if unit is not None else ''}"
    return re.sub(r"\s+", " ", said).strip()
