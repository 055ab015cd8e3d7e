"""Read CSV or XLSX files into row dicts for `tandem import`."""
from __future__ import annotations

import csv
import io
from pathlib import Path


def read_rows(path: Path) -> list[dict]:
    """Rows of a CSV (UTF-8, BOM allowed) or the first sheet of an XLSX, keyed by header."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    text = path.read_bytes().decode("utf-8-sig")
    return [{(k or "").strip(): v for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def _xlsx_rows(path: Path) -> list[dict]:
    from openpyxl import load_workbook

    sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h or "").strip() for h in next(rows, [])]
    return [{h: ("" if v is None else v) for h, v in zip(header, row)} for row in rows if any(v is not None for v in row)]
