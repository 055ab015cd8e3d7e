"""CLI: `tandem parse-email FILE.eml [--catalog C.csv]` and `tandem parse-pdf FILE.pdf` (JSON on stdout)."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

import typer

_LINE_KEYS = ("code", "description", "quantity", "unit", "unit_price", "amount")


def _emit(obj: dict) -> None:
    """One JSON object on stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _fail(message: str) -> None:
    """Print {"error": ...} and exit 1: the file could not be read at all."""
    _emit({"error": message})
    raise typer.Exit(1)


def _read(path: str) -> bytes:
    """File bytes, or exit 1 when the file is missing, unreadable or empty."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        _fail(f"cannot read {path}: {exc.strerror or exc}")
    if not data:
        _fail(f"{path} is empty")
    return data


def _today(parsed) -> dt.date:
    """The date the customer wrote (original date for forwards), else today."""
    for value in (parsed.original_date, parsed.date):
        try:
            return dt.datetime.fromisoformat(value).date()
        except (TypeError, ValueError):
            continue
    return dt.date.today()


def _demand(parsed, catalog: str) -> dict:
    """The `tandem extract` result for the mail's text plus the lines of its PDFs and spreadsheets."""
    from nlp.catalog import load_catalog  # lazy: nlp is heavy and only needed with --catalog
    from nlp.extractor import Extractor

    from parsers.documents import lines_as_text, read_attachments

    reading = read_attachments(parsed.attachments)
    parsed.defects.extend(reading.defects)
    text = "\n".join(t for t in (parsed.subject, parsed.text, lines_as_text(reading.lines)) if t)
    extractor = Extractor(load_catalog(catalog))
    record = {"id": parsed.key, "text": text, "sender": parsed.original_from or parsed.from_}
    try:
        from tandem.cli.nlp_cmds import _extract_one  # same shape as `tandem extract` prints
    except ImportError:
        out = extractor.extract(text, _today(parsed), sender=record["sender"])
        return {k: out.get(k) for k in ("intent", "lines", "due_date", "confidence", "customer")}
    return _extract_one(extractor, record, _today(parsed), "auto")


def parse_email_cmd(file: str = typer.Argument(..., help="A raw RFC 5322 message (.eml)"),
                    catalog: Optional[str] = typer.Option(None, "--catalog", help="Catalog CSV: add a `demand`")) -> None:
    """Print the mail as JSON: sender, original sender, date, new text, attachments, defects [, demand]."""
    data = _read(file)
    try:
        from parsers.mime import parse_email

        parsed = parse_email(data)
        out = parsed.to_json()
        if catalog:
            out["demand"] = _demand(parsed, catalog)
            out["defects"] = list(dict.fromkeys(parsed.defects))
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - the contract is JSON and an exit code, never a traceback
        _fail(f"{type(exc).__name__}: {exc}")
    _emit(out)


def parse_pdf_cmd(file: str = typer.Argument(..., help="A PDF purchase order, RFQ or invoice")) -> None:
    """Print header fields and line items of a PDF as JSON (parsed in a time- and memory-capped child)."""
    data = _read(file)
    try:
        from parsers.documents import read_pdf

        doc = read_pdf(data)
    except Exception as exc:  # noqa: BLE001 - not a PDF, timeout, memory cap: all one JSON error
        _fail(f"cannot parse {file} as PDF: {exc}")
    lines = [{k: line.get(k) for k in _LINE_KEYS} for line in doc["lines"]]
    _emit({"header": doc["header"], "lines": lines, "pages": doc["pages"]})


def register(app: typer.Typer) -> None:
    """Add parse-email and parse-pdf to the Tandem CLI."""
    app.command("parse-email")(parse_email_cmd)
    app.command("parse-pdf")(parse_pdf_cmd)
