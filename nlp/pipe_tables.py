"""Pasted requisition / PO tables with '|' (or, in English, tab) columns, rewritten as one "description count unit"
line per row."""
from __future__ import annotations

import re

# "Qty Req'd", "Ord Qty", "Order quantity": the count column as export tools (SAP, Ariba, Coupa) head it
QTY_HEAD = re.compile(r"(?:(?:re-?order|ord(?:er)?|req(?:uired|uested|'?d)?|suggested)\.?\s+)?(?:qty|quantity|quantities)"
                      r"(?:\s+(?:req(?:uired|uested|'?d)?|ord(?:ered)?|old|was)\.?)?|amount|数量", re.I)  # ("Qty old" beside "Qty new")
# "Want", "Qty rev": the count the customer asks for now; beside a revised column the first "Qty" is the old count
WANT_HEAD = re.compile(r"want(?:ed)?|(?:qty|quantity)\.?\s*(?:rev(?:ised)?|new|amended)\.?|(?:rev(?:ised)?|new|amended)\.?\s*(?:qty|quantity)", re.I)
# "Counted | Order", "On hand | Par | Order": a stock-take sheet's count column, read only when no Qty column is headed
# ("Order | Description | Qty": there the order column holds order numbers)
ORDER_HEAD = re.compile(r"(?:to |re-?)?order", re.I)
# "sku", "Code", "Stock code": a column of catalogue codes, digits that name the goods (not a row number)
CODE_HEAD = re.compile(r"sku|(?:item |product |stock )?code|part (?:no|number)\.?|art(?:icle)?\.? ?no\.?", re.I)
UNIT_HEAD = re.compile(r"uom|u/m|units?|单位", re.I)
DESC_HEAD = re.compile(r"desc\w*|product|item description|name|material|\btext\b|品名|名称|规格|物料|^items?$", re.I)
# "Deliv. Date", "Need-by date": a row's own delivery date, said after its count ("… 4 box 22.05.2026")
DATE_HEAD = re.compile(r"(?:deliv\w*\.?|need[- ]by|due|required|req\.?)\s*date|date (?:req\w*|needed)", re.I)
# "Item   Description   Ord Qty  UoM": an ERP print with columns set apart by runs of spaces
WIDE = re.compile(r"\S(?: {2,})\S")
CJK = re.compile(r"[\u4e00-\u9fff]")
# A PO's line numbers and unit prices are no part of the goods: "1<TAB>Butterfly valve DN100<TAB>6<TAB>£38.00"
LINE_HEAD = re.compile(r"line|no\.?|#|序号|订单编号|订单号|单号", re.I)  # (a row's order number names no goods)
# "On hand", "Counted", "Par", "Min": what the shelf holds or should, no count asked
STOCK_HEAD = re.compile(r"(?:qty |stock )?on hand|soh|counted|count|in stock|stock|par(?: level)?|min|max|have|left", re.I)
PRICE_HEAD = re.compile(r"(?:(?:unit |net )?(?:price|cost)(?: [£$€])?|unit [£$€]|[£$€]|total|value|单价|金额|价格)"
                        r"\s*(?:[(（](?:元|rmb|¥|￥|£|\$|€)[)）])?", re.I)  # "单价(元)", "Unit £"


# "Item | Chester | Nantwich": items down, one count column per store (or branch, site) across
ITEM_HEAD = re.compile(r"items?|products?|desc\w*|item description|product name", re.I)
PLACE_CELL = re.compile(r"[a-z][a-z' .&-]{2,30}", re.I)
NUMBER = re.compile(r"\d+(?:\.\d+)?")
CODE_CELL = re.compile(r"[1-9]\d{4,5}")  # a catalogue code in a cell of its own (not a row number "1" nor SAP's "00010")
# A comma header naming a count column ("…,Qty,UoM"): only then are a body's comma lines read as cells
CSV_QTY = re.compile(r"^[^\n]*,\s*(?:qty|quantity|ord qty|order qty|数量)\s*,[^\n]*$", re.I | re.M)
# "SKU;Description;Qty;Unit price": a semicolon export (where a decimal comma writes the prices), its count column anywhere
SEMI_QTY = re.compile(r"^(?=[^\n]*;[^\n]*;)(?:[^\n]*;)?\s*(?:qty|quantity)\b[^\n;]*(?:;[^\n]*)?$", re.I | re.M)


# A requisition written as fields ("品名：外六角螺栓 / 规格：M12*50 / 数量：8盒"): a name field opens each item
FIELD = re.compile(r"\s*(?:\d{1,2}[.、)]\s*)?(?P<label>(?:产品|物料|货品|商品)?名称|品名|规格型号|规格|型号|材质|颜色|数量|单位)\s*[:：]\s*(?P<value>.*)")
NAME_LABEL = re.compile(r".*(?:名称|品名)")


def unform(body: str) -> str:
    """Field-written items ("品名：…\n规格：…\n数量：…", "名称：…；规格：…；数量：…") as one line each."""
    if "数量" not in body or not re.search(r"名称|品名", body):
        return body
    out, item = [], []
    for part in re.split(r"(\n|[;；])", body):
        field = FIELD.fullmatch(part)
        if field and item and NAME_LABEL.fullmatch(field.group("label")):
            out.append(" ".join(item) + "\n")  # a new name starts the next item
            item = []
        if field:
            item.append(field.group("value").strip())
        elif part.strip() not in ("", ";", "；"):
            out += [" ".join(item) + "\n"] if item else []
            item = []
            out.append(part)
        elif not item:
            out.append(part)
    return "".join(out + ([" ".join(item)] if item else []))


# "序号 材料名称 规格 单位 数量" over rows "1 镀锌钢管 DN50 支 40": a space-set table whose unit column comes first
UNIT_QTY_HEAD = re.compile(r"^[^\n|\t]*单位[^\S\n]+数量[^\S\n]*$", re.M)
UNIT_QTY_ROW = re.compile(r"[^\S\n]+(?P<u>[\u4e00-\u9fff])[^\S\n]+(?P<n>\d+(?:\.\d+)?)[^\S\n]*$")


def unit_first_rows(body: str) -> str:
    """Rows of a "单位 数量" table with the count put before its unit ("支 40" -> "40支"), as it is said."""
    head = UNIT_QTY_HEAD.search(body)
    if not head:
        return body
    rows = body[head.end() :].split("\n")
    for k, row in enumerate(rows[1:], 1):
        if not row.strip():
            break
        rows[k] = UNIT_QTY_ROW.sub(lambda m: f" {m.group('n')}{m.group('u')}", row)
    return body[: head.end()] + "\n".join(rows)


def unpipe(body: str) -> str:
    """A '|' or tab table whose header names a Qty column: each row as "hex bolt m10x40 8.8 zinc plated 4 box"."""
    body = unit_first_rows(unform(body))
    if "|" not in body and "\t" not in body and not WIDE.search(body) and not CSV_QTY.search(body) and not SEMI_QTY.search(body):
        return body
    lines = body.split("\n")
    out, cols, csv = [], None, ""
    for k, line in enumerate(lines):
        cells = _cells(line, csv)
        if cols is not None and len(cells) == cols[3] - 1 and line.rstrip().endswith("|") and not line.lstrip().startswith("|"):
            cells.append("")  # "1 | 槽钢 | 10# | 吨 | 3 | 4,250 | ": the last cell (备注) left empty
        if cols is None:
            cols = _header(cells)
            if cols is not None and isinstance(cols[0], tuple):  # (store columns: only over rows of counts)
                after = _cells(lines[k + 1]) if k + 1 < len(lines) else []
                cols = cols if len(after) == cols[3] and _counted(after, cols[0]) else None
            for sep in ",;":
                if cols is None and line.count(sep) >= 2:  # "Line,Item Description,Qty,UoM": a portal's CSV export
                    cols, csv = _header(_cells(line, sep)), sep
            csv = csv if cols is not None and len(cells) < cols[3] else ""
            out.append(line if cols is None else "")
        elif len(cells) == cols[3] and _counted(cells, cols[0]):
            out.append(_row(cells, cols))
        else:
            if len(cells) < 2:  # the table ended (and a comma header's split with it)
                cols, csv = None, ""
            out.append(line)
    return "\n".join(out)


def _cells(line: str, csv: str = "") -> list[str]:
    """The cells of a '|' row, of a tab row written in English (Chinese tab sheets are read as they stand), or of
    a comma row under a comma header (`csv`)."""
    sep = csv if csv else "|" if "|" in line else None if CJK.search(line) else "\t" if "\t" in line else "  " if WIDE.search(line) else None
    if sep == "  ":
        return [c.strip() for c in re.split(r" {2,}", line.strip())]
    edge = None if sep == "|" else " "  # a tab row keeps its empty last cell ("gloves<TAB>6<TAB>")
    return [c.strip() for c in line.strip(edge).strip("|").split(sep)] if sep else [line]


def _header(cells: list[str]) -> tuple | None:
    """(qty, unit, line-number, price and date columns, width, date, old count, code columns) of a header row, or None
    when it is no such header."""
    find = lambda rx: next((i for i, c in enumerate(cells) if rx.fullmatch(c)), None)  # noqa: E731
    desc = next((i for i, c in enumerate(cells) if DESC_HEAD.search(c)), None)  # "part description", "品名"
    qty, unit, want = find(QTY_HEAD), find(UNIT_HEAD), find(WANT_HEAD)
    want = find(ORDER_HEAD) if qty is None and want is None else want
    was, qty = (qty, want) if want is not None else (None, qty)  # ("Item | On hand | Want": stock held is no count)
    if qty is None and len(cells) >= 3 and ITEM_HEAD.fullmatch(cells[0]) and all(PLACE_CELL.fullmatch(c) for c in cells[1:]):
        return tuple(range(1, len(cells))), None, frozenset(), len(cells), None, None, frozenset()  # "Item | Chester | Nantwich"
    code = frozenset(i for i, c in enumerate(cells) if CODE_HEAD.fullmatch(c))
    # ("SKU;Qty old;Qty new": a sheet of codes and its old and new counts names the goods by code alone)
    if len(cells) < 3 or qty is None or (desc is None and not (code and was is not None)):
        return None
    skip = frozenset(i for i, c in enumerate(cells) if LINE_HEAD.fullmatch(c) or PRICE_HEAD.fullmatch(c) or DATE_HEAD.fullmatch(c) or
                 (STOCK_HEAD.fullmatch(c) and i != qty))
    return qty, unit, skip | ({was} if was is not None else set()), len(cells), find(DATE_HEAD), was, code


def _counted(cells: list[str], qty) -> bool:
    """Whether a row has its count: the count cell filled, or a number in every store's cell."""
    return all(NUMBER.fullmatch(cells[i]) for i in qty) if isinstance(qty, tuple) else bool(cells[qty])


def _row(cells: list[str], cols: tuple) -> str:
    """One data row said as the goods, then its count and unit (commas dropped: one line, not a list)."""
    qty, unit, skip, _, date, was, code = cols
    if was is not None and cells[was] == cells[qty]:
        return ""  # a revised sheet's unchanged row: no line
    if was is None and not isinstance(qty, tuple) and NUMBER.fullmatch(cells[qty]) and float(cells[qty]) == 0:
        return ""  # "green drawer knob <TAB> 0" on a fresh sheet: none wanted, no line
    if isinstance(qty, tuple):  # one count per store: the order is their sum (a store's own delivery note aside)
        return f"{cells[0]} {sum(float(cells[i]) for i in qty):g}"
    # every other column describes the goods ("品名 | 规格"), except a bare row number or a price
    # (a code column's digits name the goods too, said first: "Desc | Qty | Code" ends in its count, not the code)
    goods = " ".join([cells[i] for i in sorted(code) if cells[i].isdigit()] + [c.replace(",", " ") for i, c in enumerate(cells)
                     if i not in (qty, unit) and i not in skip and not c.isdigit()])
    if not goods.strip():  # "| 23203 | | | 10 |": a row giving only its code names the goods by it
        goods = " ".join(c for i, c in enumerate(cells) if i not in (qty, unit) and i not in skip and CODE_CELL.fullmatch(c))
    count = "removed" if was is not None and NUMBER.fullmatch(cells[qty]) and float(cells[qty]) == 0 else cells[qty]
    said = f"{goods} {count} {cells[unit] if unit is not None else ''} {cells[date] if date is not None else ''}"
    return re.sub(r"\s+", " ", said).strip()
