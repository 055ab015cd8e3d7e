"""Order lines and text from a parsed mail's attachments: PDFs in the sandbox, spreadsheets in process."""
from __future__ import annotations

from dataclasses import dataclass, field

from parsers.attachments import kind, rows_to_lines, table_rows
from parsers.limits import DEFAULT_LIMITS, Limits
from parsers.sandbox import SandboxError, run_isolated


@dataclass
class AttachmentReading:
    """What the attachments of one message yielded."""

    lines: list[dict] = field(default_factory=list)  # each with a "source" file name
    documents: list[dict] = field(default_factory=list)  # parse_pdf results, with "filename"
    defects: list[str] = field(default_factory=list)


def read_pdf(payload: bytes, limits: Limits = DEFAULT_LIMITS) -> dict:
    """parse_pdf in the sandbox (time and memory capped); raises SandboxError on failure."""
    return run_isolated("parsers.pdf:parse_pdf", payload, limits.max_pdf_pages,
                        timeout=limits.pdf_timeout_s, mem_mb=limits.pdf_mem_mb)


def read_attachments(attachments: list, limits: Limits = DEFAULT_LIMITS) -> AttachmentReading:
    """Lines of every PDF, CSV and XLSX attachment (enclosed .eml ones included); failures become defects."""
    out = AttachmentReading()
    for att in _flatten(attachments):
        found = kind(att)
        name = att.filename or att.content_type
        if found == "pdf" and att.payload:
            try:
                doc = read_pdf(att.payload, limits)
            except SandboxError as exc:
                out.defects.append(f"pdf {name}: {exc}")
                continue
            out.documents.append({"filename": name, **doc})
            out.lines.extend({**line, "source": name} for line in doc["lines"])
        elif found in ("csv", "xlsx"):
            out.lines.extend({**line, "source": name} for line in rows_to_lines(table_rows(att)))
    return out


def _flatten(attachments: list) -> list:
    """Attachments, then those of enclosed messages that the walk did not already list."""
    seen = {id(a) for a in attachments}
    result = list(attachments)
    for att in attachments:
        inner = getattr(att, "message", None)
        for sub in getattr(inner, "attachments", []) if att.filename.lower().endswith(".eml") else []:
            if id(sub) not in seen:
                result.append(sub)
    return result


def lines_as_text(lines: list[dict]) -> str:
    """Order lines as plain text rows, so a text extractor can read them like a typed list."""
    rows = []
    for line in lines:
        qty = line.get("quantity")
        qty_text = "" if qty is None else (f"{qty:g}" if isinstance(qty, float) else str(qty))
        parts = [str(line.get("code") or ""), str(line.get("description") or ""), qty_text, str(line.get("unit") or "")]
        rows.append(" ".join(p for p in parts if p).strip())
    return "\n".join(r for r in rows if r)
