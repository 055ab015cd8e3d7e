"""Line items from positioned words: find the header row, map columns by position, read rows below it.

Works without templates: a table is wherever a row names two or more column roles (description,
quantity, price, ...) in any supported language; rows under it are read by horizontal position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.numbers import first_number, parse_number
from parsers.pdf_vocab import GRAND_TOTAL, SUBTOTAL, header_roles

_CODE_IN_TEXT = re.compile(r"^\s*[\[*(]([A-Za-z0-9][\w./-]{1,30})[\])*]\s*")
_KEY_ROLES = {"description", "quantity", "unit_price", "amount", "code"}


@dataclass
class Column:
    """A table column: role and horizontal extent of its header words."""

    role: str
    x0: float
    x1: float


@dataclass
class Item:
    """A line item being assembled from one numeric row and its wrapped text rows."""

    top: float
    cells: dict[str, str]
    description: list[str] = field(default_factory=list)


def group_rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped into visual rows by their top coordinate, left to right."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        tol = 0.35 * max(1.0, word["bottom"] - word["top"])
        if rows and abs(word["top"] - rows[-1][0]["top"]) <= tol:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def find_header(row: list[dict]) -> list[Column] | None:
    """Columns when the row reads as a table header, else None."""
    texts = [w["text"] for w in row]
    roles = header_roles(texts)
    named = {role for _, _, role in roles if role != "ignore"}
    covered = sum(j - i + 1 for i, j, _ in roles)
    if len(named & _KEY_ROLES) < 2 or covered < 0.6 * len(row) or len(row) > 25:
        return None
    if not named & {"description", "code"} or not named & {"quantity", "unit_price", "amount"}:
        return None
    columns = [Column(role, row[i]["x0"], row[j]["x1"]) for i, j, role in roles]
    return _disambiguate(columns)


def _disambiguate(columns: list[Column]) -> list[Column]:
    """Two description columns: the left one holds codes. Two price columns: the right one is the amount."""
    descs = [c for c in columns if c.role == "description"]
    if len(descs) > 1 and not any(c.role == "code" for c in columns):
        descs[0].role = "code"
    prices = [c for c in columns if c.role == "unit_price"]
    if len(prices) > 1 and not any(c.role == "amount" for c in columns):
        prices[-1].role = "amount"
    return columns


def _column_of(word: dict, columns: list[Column]) -> Column:
    """The column a word belongs to: most horizontal overlap, else the nearest."""
    def score(col: Column) -> tuple[float, float]:
        overlap = min(word["x1"], col.x1) - max(word["x0"], col.x0)
        gap = max(col.x0 - word["x1"], word["x0"] - col.x1, 0.0)
        return (max(overlap, 0.0), -gap)
    return max(columns, key=score)


def _cells(row: list[dict], columns: list[Column]) -> dict[str, str]:
    """Row words joined per role; text that runs on from the description stays description."""
    desc_x = min((c.x0 for c in columns if c.role in ("description", "code")), default=0.0)
    span = _description_span(columns)
    cells: dict[str, list[str]] = {}
    prev_role, prev_x1 = None, 0.0
    for word in row:
        col = _column_of(word, columns)
        role = col.role
        if role != "description":
            overlap = min(word["x1"], col.x1) - max(word["x0"], col.x0)
            height = word["bottom"] - word["top"]
            numeric = first_number(word["text"])[0] is not None
            if overlap <= 0 and word["x1"] <= desc_x + 1:
                role = "description"  # text left of the first column (no position column in the header)
            elif not numeric and span[0] <= word["x0"] < span[1] and overlap <= 0:
                role = "description"  # left-aligned text starting inside the description column's span
            elif (not numeric and prev_role == "description" and word["x0"] - prev_x1 < 0.6 * height
                  and not (role == "code" and re.search(r"\d", word["text"]))):
                role = "description"  # a long description running under the next column's header
        cells.setdefault(role, []).append(word["text"])
        prev_role, prev_x1 = role, word["x1"]
    return {role: " ".join(parts) for role, parts in cells.items()}


def _description_span(columns: list[Column]) -> tuple[float, float]:
    """From the description header's left edge to the next column's left edge."""
    ordered = sorted(columns, key=lambda c: c.x0)
    for i, col in enumerate(ordered):
        if col.role == "description":
            nxt = ordered[i + 1].x0 if i + 1 < len(ordered) else float("inf")
            return col.x0 - 2, nxt - 2
    return (0.0, 0.0)


def _numeric_role(cells: dict[str, str], role: str) -> float | None:
    """The number in a role's cell, if any."""
    return first_number(cells.get(role, ""))[0] if cells.get(role) else None


def _quantity(cells: dict[str, str]) -> float | None:
    """The quantity when the cell is one number, optionally with a short unit word ('1.00 kg', '5 PCS')."""
    value, rest = first_number(cells.get("quantity", ""))
    if value is None or (rest and not re.fullmatch(r"[^\W\d]{1,8}\.?", rest)):
        return None
    return value


def _is_item(cells: dict[str, str], columns: list[Column]) -> bool:
    """An item row has a quantity (or, without a quantity column, a price or amount) and some identity."""
    has_qty_col = any(c.role == "quantity" for c in columns)
    qty = _quantity(cells)
    if has_qty_col and qty is None:
        return False
    if not has_qty_col and _numeric_role(cells, "amount") is None and _numeric_role(cells, "unit_price") is None:
        return False
    return bool(cells.get("description") or cells.get("code"))


def _row_text(row: list[dict]) -> str:
    """Plain text of a row."""
    return " ".join(w["text"] for w in row)


def read_table(rows: list[list[dict]], start: int, columns: list[Column],
               continued: bool = False) -> tuple[list[Item], bool]:
    """Items after a header until a total row (closed=True), the next header or a wide gap.

    continued: the table runs on from the previous page without a repeated header, so rows need
    a full set of figures to count (the page's letterhead must not become items).
    """
    items: list[Item] = []
    pending: list[tuple[float, str]] = []
    last_top = rows[start - 1][0]["top"] if start else 0.0
    for row in rows[start:]:
        text, top = _row_text(row), row[0]["top"]
        height = max(1.0, row[0]["bottom"] - row[0]["top"])
        if items and top - last_top > 4.0 * height:
            break  # a wide vertical gap ends the table
        if find_header(row):
            break
        cells = _cells(row, columns)
        if items and (GRAND_TOTAL.match(text) or GRAND_TOTAL.match(cells.get("description", ""))):
            return _closed(items, pending)
        if SUBTOTAL.match(text) or SUBTOTAL.match(cells.get("description", "")):
            _flush(items, pending)
            last_top = top
            continue
        if continued and not items and not _complete(cells, columns):
            last_top = top
            continue
        if _is_item(cells, columns) or (_quantity(cells) is not None and not cells.get("description")):
            own = [cells["description"]] if cells.get("description") else _split_pending(items, pending, top)
            _flush(items, pending)
            items.append(Item(top, cells, own))
        elif cells.get("description") and not _has_numbers(cells):
            pending.append((top, cells["description"]))
        last_top = top
    _flush(items, pending)
    return items, False


def _closed(items: list[Item], pending: list[tuple[float, str]]) -> tuple[list[Item], bool]:
    """End of a table at its total row."""
    _flush(items, pending)
    return items, True


def _complete(cells: dict[str, str], columns: list[Column]) -> bool:
    """Every numeric column of the table has a number in this row."""
    numeric = {c.role for c in columns} & {"quantity", "unit_price", "amount"}
    return _is_item(cells, columns) and all(_numeric_role(cells, role) is not None for role in numeric)


def _has_numbers(cells: dict[str, str]) -> bool:
    """True when a non-description cell holds a number (a row of figures, not wrapped text)."""
    return any(parse_number(v) is not None for k, v in cells.items() if k not in ("description", "code"))


def _split_pending(items: list[Item], pending: list[tuple[float, str]], top: float) -> list[str]:
    """For a row of figures without text (text centred on it): take the wrapped rows nearer to it."""
    prev_top = items[-1].top if items else None
    mine = [t for y, t in pending if prev_top is None or abs(top - y) < abs(y - prev_top)]
    if items:
        items[-1].description.extend(t for y, t in pending if not (prev_top is None or abs(top - y) < abs(y - prev_top)))
    pending.clear()
    return mine


def _flush(items: list[Item], pending: list[tuple[float, str]]) -> None:
    """Wrapped rows continue the last item; before the first item they are headings and are dropped."""
    if items:
        items[-1].description.extend(t for _, t in pending)
    pending.clear()


def finish(item: Item) -> dict:
    """An Item as the public line dict."""
    cells = item.cells
    description = " ".join(d for d in item.description if d).strip()
    code = (cells.get("code") or "").strip() or None
    found = _CODE_IN_TEXT.match(description)
    if found:
        code = code or found.group(1)
        description = description[found.end():].strip()
    qty, rest = first_number(cells.get("quantity", ""))
    unit = (cells.get("unit") or "").strip() or (rest if rest and len(rest) <= 12 else None)
    return {
        "code": code,
        "description": description,
        "quantity": qty,
        "unit": unit or None,
        "unit_price": first_number(cells.get("unit_price", ""))[0],
        "amount": first_number(cells.get("amount", ""))[0],
    }
