"""PDF documents (orders, RFQs, invoices) to header fields and line items, from pdfminer glyphs."""
from __future__ import annotations

import io
import logging

from parsers.limits import DEFAULT_LIMITS
from parsers.pdf_header import header_fields
from parsers.pdf_lines import find_header, finish, group_rows, read_table

# pdfminer logs every odd object it meets; a hostile file would flood the worker's log.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _open(data: bytes):
    """Open PDF bytes with pdfplumber (imported late: it is heavy and only PDF paths need it)."""
    import pdfplumber

    return pdfplumber.open(io.BytesIO(data))


def _page_words(page) -> list[dict]:
    """Words of a page with positions; x_tolerance kept tight so table cells do not merge."""
    return page.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False, use_text_flow=False)


def page_lines(words: list[dict], carry: list | None = None) -> tuple[list[dict], list | None]:
    """Line items of one page, and the columns of a table still open at the page's end (or None).

    carry: columns of a table left open on the previous page, read from the top when this page
    repeats no header.
    """
    rows = group_rows(words)
    lines: list[dict] = []
    starts = [(i + 1, cols) for i, row in enumerate(rows) if (cols := find_header(row))]
    if not starts and carry:
        starts = [(0, carry)]
    open_columns = None
    for start, columns in starts:
        items, closed = read_table(rows, start, columns, continued=start == 0)
        lines.extend(finish(item) for item in items)
        open_columns = None if closed or (start == 0 and not items) else columns
    return lines, open_columns


def _pdfplumber_words(data: bytes, max_pages: int):
    """Yield (page count, words) through pdfplumber (reference engine, slower)."""
    with _open(data) as pdf:
        for page in pdf.pages[:max_pages]:
            yield len(pdf.pages), _page_words(page)
            page.flush_cache()
        if not pdf.pages:
            yield 0, []


def _pages(data: bytes, max_pages: int, engine: str):
    """(page count, words) per page from the chosen engine."""
    if engine == "pdfplumber":
        return _pdfplumber_words(data, max_pages)
    from parsers.pdf_words import iter_page_words

    return iter_page_words(data, max_pages)


def _rows_text(words: list[dict]) -> str:
    """A page's words as text lines in reading order; a wide gap between words becomes three spaces."""
    out = []
    for row in group_rows(words):
        parts = [row[0]["text"]]
        for prev, word in zip(row, row[1:]):
            wide = word["x0"] - prev["x1"] > 1.5 * max(1.0, word["bottom"] - word["top"])
            parts.append(("   " if wide else " ") + word["text"])
        out.append("".join(parts))
    return "\n".join(out)


def parse_pdf(data: bytes, max_pages: int | None = None, engine: str = "fast") -> dict:
    """{"header": {...}, "lines": [...], "pages": N} for a PDF; raises on bytes that are not a PDF."""
    max_pages = max_pages or DEFAULT_LIMITS.max_pdf_pages
    lines: list[dict] = []
    texts: list[str] = []
    count = 0
    carry = None
    for count, words in _pages(data, max_pages, engine):
        texts.append(_rows_text(words))
        found, carry = page_lines(words, carry)
        lines.extend(found)
    result = {"header": header_fields("\n".join(texts), lines), "lines": lines, "pages": count}
    if count > max_pages:
        result["truncated"] = f"read {max_pages} of {count} pages"
    return result


def pdf_text(data: bytes, max_pages: int | None = None) -> str:
    """Plain text of a PDF, one line per visual row, pages separated by form feeds."""
    max_pages = max_pages or DEFAULT_LIMITS.max_pdf_pages
    return "\n\f".join(_rows_text(words) for _, words in _pages(data, max_pages, "fast"))
