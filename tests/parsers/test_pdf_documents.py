"""parse_pdf on generated layouts in five languages and on the real PDFs in ../shared/data/pdf."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from parse_pdfgen import make_pdf, table_page

from parsers.pdf import parse_pdf, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def _doc(title, header, rows, footer=(), ruled=False):
    """One-page PDF; ruled adds horizontal rules under the header and every row."""
    items = table_page(title, header, rows, footer)
    if ruled:
        ys = sorted({y for kind, x, y, *_ in items if kind == "text"}, reverse=True)
        items += [("line", 35, y - 3, 560, y - 3) for y in ys[len(title):len(title) + len(rows) + 1]]
    return make_pdf([items])


def _pairs(result):
    """(code or description, quantity) per line."""
    return [(ln["code"] or ln["description"], ln["quantity"]) for ln in result["lines"]]


def test_english_ruled_po_with_subtotal_and_discount():
    pdf = _doc(["PURCHASE ORDER", "PO Number: PO-4711", "Date: 2024-03-05", "Vendor: Acme Fasteners Ltd."],
               [(40, "Item Code"), (120, "Description"), (330, "Qty"), (370, "Unit"), (420, "Unit Price"),
                (500, "Amount")],
               [[(40, "BLT-M8"), (120, "Hex bolt M8x40 zinc"), (330, "200"), (370, "pcs"), (420, "0.12"),
                 (500, "24.00")],
                [(40, "WSH-8"), (120, "Washer 8 mm"), (330, "1,000"), (370, "pcs"), (420, "0.01"),
                 (500, "10.00")],
                [(120, "Subtotal"), (500, "34.00")], [(120, "Discount 5%"), (500, "-1.70")]],
               ["Total USD 32.30"], ruled=True)
    got = parse_pdf(pdf)
    assert _pairs(got) == [("BLT-M8", 200), ("WSH-8", 1000)]
    assert got["lines"][0]["unit"] == "pcs" and got["lines"][0]["unit_price"] == 0.12
    head = got["header"]
    assert head["document_type"] == "purchase_order" and head["number"] == "PO-4711"
    assert head["date"] == "2024-03-05" and head["currency"] == "USD" and head["total"] == 32.30


def test_german_invoice_wrapped_descriptions():
    pdf = _doc(["Rechnung", "Rechnungsnr. 2024-118", "Rechnungsdatum 12.04.2024"],
               [(40, "Pos."), (70, "Menge"), (110, "Bezeichnung"), (420, "Einzelpreis"), (500, "Betrag")],
               [[(40, "1"), (70, "3"), (110, "Kugellager 6204-2RS"), (420, "4,50"), (500, "13,50")],
                [(110, "abgedichtet, C3 Lagerluft")],
                [(40, "2"), (70, "10"), (110, "Sicherungsring DIN 471"), (420, "0,20"), (500, "2,00")],
                [(110, "Summe netto"), (500, "15,50")]],
               ["Gesamtbetrag EUR 18,45"])
    got = parse_pdf(pdf)
    assert _pairs(got) == [("Kugellager 6204-2RS abgedichtet, C3 Lagerluft", 3), ("Sicherungsring DIN 471", 10)]
    assert got["header"]["document_type"] == "invoice" and got["header"]["currency"] == "EUR"


def test_spanish_and_french_headers():
    es = _doc(["Pedido de compra", "Fecha: 05/03/2024"],
              [(40, "Referencia"), (110, "Descripción"), (330, "Cantidad"), (420, "Precio unitario"),
               (500, "Importe")],
              [[(40, "TUB-20"), (110, "Tubo PVC 20 mm"), (330, "25"), (420, "1,10"), (500, "27,50")]])
    fr = _doc(["Bon de commande", "Date : 05/03/2024"],
              [(40, "Réf."), (110, "Désignation"), (330, "Qté"), (420, "Prix unitaire"), (500, "Montant")],
              [[(40, "CAB-3G"), (110, "Câble 3G1,5"), (330, "100"), (420, "0,90"), (500, "90,00")]])
    assert _pairs(parse_pdf(es)) == [("TUB-20", 25)]
    assert _pairs(parse_pdf(fr)) == [("CAB-3G", 100)]
    assert parse_pdf(fr)["header"]["document_type"] == "purchase_order"


def test_chinese_rfq():
    pdf = _doc(["询价单", "单号: RFQ-2024-031", "日期: 2024-08-15"],
               [(40, "序号"), (70, "物料编码"), (150, "品名"), (330, "数量"), (380, "单位"), (420, "单价"),
                (480, "金额")],
               [[(40, "1"), (70, "M8-50"), (150, "六角螺栓 M8x50 镀锌"), (330, "500"), (380, "个")],
                [(40, "2"), (70, "N-M8"), (150, "六角螺母 M8"), (330, "1,000"), (380, "个")]],
               ["合计: 0.00"])
    got = parse_pdf(pdf)
    assert _pairs(got) == [("M8-50", 500), ("N-M8", 1000)]
    assert got["lines"][0]["description"] == "六角螺栓 M8x50 镀锌" and got["lines"][0]["unit"] == "个"
    assert got["header"]["document_type"] == "rfq"
    assert "六角螺母" in pdf_text(pdf)


def test_multipage_table_with_repeated_header():
    header = [(40, "Code"), (110, "Description"), (400, "Quantity"), (480, "Price")]
    page = lambda rows: table_page(["Purchase Order PO-9"], header, rows)  # noqa: E731
    rows = [[(40, f"SKU-{i}"), (110, f"Widget {i}"), (400, str(i)), (480, "1.00")] for i in range(1, 41)]
    pdf = make_pdf([page(rows[:20]), page(rows[20:])])
    got = parse_pdf(pdf)
    assert got["pages"] == 2
    assert _pairs(got) == [(f"SKU-{i}", i) for i in range(1, 41)]


def test_multipage_table_without_repeated_header():
    """Page 2 repeats only the letterhead; its rows continue the open table, the letterhead is skipped."""
    header = [(40, "Code"), (110, "Description"), (400, "Qty"), (480, "Amount")]
    rows = [[(40, f"P-{i}"), (110, f"Part {i}"), (400, str(i)), (480, f"{i}.00")] for i in range(1, 31)]
    page1 = table_page(["ORDER 2024-77", "Acme GmbH, Hauptstr. 1, 10115 Berlin"], header, rows[:20])
    page2 = [("text", 40, 800, "Acme GmbH, Hauptstr. 1, 10115 Berlin"), ("text", 400, 800, "Page 2 of 2")]
    page2 += [("text", x, 770 - 14 * n, t) for n, row in enumerate(rows[20:]) for x, t in row]
    page2 += [("text", 300, 500, "Total 465.00")]
    got = parse_pdf(make_pdf([page1, page2]))
    assert _pairs(got) == [(f"P-{i}", i) for i in range(1, 31)]


def test_engines_agree():
    """The fast glyph reader and pdfplumber give the same lines."""
    pdf = _doc(["Invoice"], [(40, "Description"), (330, "Qty"), (420, "Price")],
               [[(40, "Bolt M8"), (330, "5"), (420, "1.00")], [(40, "Nut M8"), (330, "7"), (420, "0.50")]])
    assert parse_pdf(pdf)["lines"] == parse_pdf(pdf, engine="pdfplumber")["lines"]


def test_page_limit_reported():
    pdf = make_pdf([[("text", 40, 800, f"page {i}")] for i in range(5)])
    got = parse_pdf(pdf, max_pages=2)
    assert got["pages"] == 5 and "truncated" in got


def _load_eval():
    """bench/parse_pdf_eval.py as a module."""
    spec = importlib.util.spec_from_file_location("parse_pdf_eval", ROOT / "bench" / "parse_pdf_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_real_pdfs_f1(shared_data):
    """(code or description, quantity) F1 >= 0.90 over every real PDF with ground truth."""
    ev = _load_eval()
    truth = {**ev.invoice2data_truth(shared_data), **ev.OCA_TRUTH}
    totals = [0, 0, 0]
    for rel, lines in truth.items():
        counts = ev.score(parse_pdf((shared_data / rel).read_bytes())["lines"], lines)
        totals = [a + b for a, b in zip(totals, counts)]
    assert ev.prf(*totals)[2] >= 0.90


@pytest.mark.shared
def test_oca_upstream_assertions(shared_data):
    """The upstream OCA checks: Decathlon PO 5 lines of total quantity 5; Tecnativa 6 lines summing 665."""
    folder = shared_data / "pdf/oca-edi/17.0/test_base_import_pdf_by_template/tests/data"
    po = parse_pdf((folder / "purchase_order_declathon.pdf").read_bytes())["lines"]
    assert len(po) == 5 and sum(ln["quantity"] for ln in po) == 5
    inv = parse_pdf((folder / "account_invoice_tecnativa.pdf").read_bytes())["lines"]
    assert len(inv) == 6 and sum(ln["quantity"] for ln in inv) == 665
