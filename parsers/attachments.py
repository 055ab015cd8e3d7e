"""Attachments: classify, read CSV/XLSX order lists as rows, and turn any of them into order lines."""
from __future__ import annotations

import csv
import io
import re
from typing import Any

from parsers.charsets import decode_bytes

MAX_ROWS = 5000  # an order list is short; beyond this it is a data dump, not a demand
MAX_COLS = 60

_KINDS = {
    "pdf": ("application/pdf", ".pdf"),
    "csv": ("text/csv", ".csv"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "eml": ("message/rfc822", ".eml"),
}


def kind(att: Any) -> str:
    """'pdf', 'csv', 'xlsx', 'eml' or 'other', from the content type or the file name (either may lie)."""
    ctype = (getattr(att, "content_type", "") or "").lower()
    name = (getattr(att, "filename", "") or "").lower()
    payload = getattr(att, "payload", b"") or b""
    if payload[:5] == b"%PDF-":
        return "pdf"
    for key, (mime, ext) in _KINDS.items():
        if ctype == mime or name.endswith(ext):
            return key
    return "other"


def table_rows(att: Any) -> list[dict]:
    """Rows of a CSV or XLSX attachment as dicts keyed by the header row; [] for anything else."""
    found = kind(att)
    try:
        if found == "csv":
            return _csv_rows(att.payload)
        if found == "xlsx":
            return _xlsx_rows(att.payload)
    except Exception:  # noqa: BLE001 - a broken spreadsheet yields no rows, never a failed message
        return []
    return []


def _csv_rows(data: bytes) -> list[dict]:
    """CSV with sniffed delimiter (',', ';', tab, '|') and charset fallback."""
    text, _ = decode_bytes(data.lstrip(b"\xef\xbb\xbf"), None)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    return _rows_from_matrix(reader)


def _xlsx_rows(data: bytes) -> list[dict]:
    """First non-empty sheet of an XLSX workbook, read streaming with cached values."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            rows = _rows_from_matrix(sheet.iter_rows(max_col=MAX_COLS, values_only=True))
            if rows:
                return rows
    finally:
        book.close()
    return []


def _cell(value: Any) -> Any:
    """Spreadsheet cell to a JSON-friendly value: strings trimmed, dates as ISO text."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value.strip() if isinstance(value, str) else value


def _rows_from_matrix(matrix) -> list[dict]:
    """The first row with two or more filled cells is the header; later non-empty rows become dicts."""
    header: list[str] | None = None
    rows: list[dict] = []
    for raw in matrix:
        cells = [_cell(v) for v in list(raw)[:MAX_COLS]]
        while cells and cells[-1] == "":
            cells.pop()  # spreadsheets pad rows to the sheet's width
        if not cells:
            continue
        if header is None:
            if sum(1 for c in cells if c != "") >= 2:
                header = [str(c) or f"col{i + 1}" for i, c in enumerate(cells)]
            continue
        row = {header[i] if i < len(header) else f"col{i + 1}": c for i, c in enumerate(cells)}
        rows.append({**dict.fromkeys(header, ""), **row})
        if len(rows) >= MAX_ROWS:
            break
    return rows


_ROLE_WORDS = {
    "code": r"code|sku|art(ikel)?[-. ]?n(r|o)|item ?(no|#|code)|part|ref|referencia|réf|货号|编号|料号|型号",
    "description": r"desc|bezeichnung|beschreibung|product|produkt|producto|produit|article|artículo|name|品名|名称|描述",
    "quantity": r"qty|quantity|menge|anzahl|cantidad|quantité|qté|aantal|数量",
    "unit": r"^(unit|uom|einheit|unidad|unité|eenheid|单位)$",
    "unit_price": r"price|preis|precio|prix|prijs|单价|rate",
    "amount": r"amount|total|betrag|importe|montant|bedrag|金额|总价",
}


def rows_to_lines(rows: list[dict]) -> list[dict]:
    """Map spreadsheet rows onto order lines {code, description, quantity, unit, unit_price, amount}."""
    if not rows:
        return []
    roles: dict[str, str] = {}
    for column in rows[0]:
        for role, pattern in _ROLE_WORDS.items():
            if role not in roles and re.search(pattern, str(column), re.I):
                roles[role] = column
                break
    lines = []
    for row in rows:
        line = {role: (row.get(roles[role]) if role in roles else None) for role in _ROLE_WORDS}
        if line["code"] or line["description"]:
            lines.append(line)
    return lines
