"""`tandem parse-email` and `tandem parse-pdf`: JSON on stdout, exit codes, demand from attachments."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from parse_pdfgen import make_pdf, table_page
from typer.testing import CliRunner

from tandem.cli import app
from tandem.cli.parse_cmds import register

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "tests" / "data" / "catalog_industrial.csv"
runner = CliRunner()
_registered = False


def _run(*args):
    """Invoke the Tandem CLI with the parse commands registered; (exit code, parsed stdout)."""
    global _registered
    if not _registered:
        register(app)
        _registered = True
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.output)


PDF = make_pdf([table_page(["PURCHASE ORDER", "PO Number: PO-77", "Date: 2024-08-05"],
                           [(40, "Item Code"), (120, "Description"), (360, "Qty"), (420, "Unit")],
                           [[(40, "X-1"), (120, "Hex bolt M8x40 zinc"), (360, "300"), (420, "pcs")]])])


def _eml(tmp_path: Path) -> Path:
    raw = ("From: Buyer <buyer@example.com>\r\nSubject: PO-77\r\nDate: Mon, 5 Aug 2024 09:00:00 +0000\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
           "--B\r\nContent-Type: text/plain\r\n\r\nPlease find our order attached.\r\n"
           "--B\r\nContent-Type: application/pdf; name=po.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           f"{base64.b64encode(PDF).decode()}\r\n--B--\r\n")
    path = tmp_path / "po.eml"
    path.write_bytes(raw.encode())
    return path


def test_parse_email_prints_contract(tmp_path):
    code, out = _run("parse-email", str(_eml(tmp_path)))
    assert code == 0
    assert out["from"] == "buyer@example.com" and out["text"] == "Please find our order attached."
    assert out["attachments"] == [{"filename": "po.pdf", "content_type": "application/pdf", "size": len(PDF)}]
    assert "demand" not in out


def test_parse_email_with_catalog_reads_attached_pdf(tmp_path):
    pytest.importorskip("nlp.extractor")
    code, out = _run("parse-email", str(_eml(tmp_path)), "--catalog", str(CATALOG))
    assert code == 0
    lines = out["demand"]["lines"]
    assert {"sku": "BLT-M8X40-ZN", "quantity": 300} in [{k: ln[k] for k in ("sku", "quantity")} for ln in lines]


def test_parse_pdf_prints_lines(tmp_path):
    path = tmp_path / "po.pdf"
    path.write_bytes(PDF)
    code, out = _run("parse-pdf", str(path))
    assert code == 0 and out["pages"] == 1
    assert out["lines"] == [{"code": "X-1", "description": "Hex bolt M8x40 zinc", "quantity": 300.0, "unit": "pcs",
                             "unit_price": None, "amount": None}]


def test_unreadable_files_exit_1_with_error(tmp_path):
    code, out = _run("parse-email", str(tmp_path / "missing.eml"))
    assert code == 1 and "error" in out
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    code, out = _run("parse-pdf", str(junk))
    assert code == 1 and "error" in out
    garbage = tmp_path / "garbage.eml"
    garbage.write_bytes(b"\x00\xff" * 50)
    code, out = _run("parse-email", str(garbage))
    assert code == 0 and out["defects"]
