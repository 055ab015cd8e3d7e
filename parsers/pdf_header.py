"""Header fields of business documents from their text: type, number, date, parties, currency, total."""
from __future__ import annotations

import re

from parsers.numbers import first_number

_TYPES = [
    ("rfq", r"request for (quotation|quote)|\brfq\b|anfrage|solicitud de (cotización|oferta)|demande de (prix|devis)"
            r"|offerteaanvraag|询价|詢價"),
    ("purchase_order", r"purchase order|\bP\.?O\.? (no|number|#)|bestellung|orden de compra|pedido|bon de commande"
                       r"|inkooporder|bestelbon|采购订单|採購單|订购单"),
    ("credit_note", r"credit note|gutschrift|nota de crédito|avoir|creditnota|红字发票"),
    ("quote", r"quotation|\bquote\b|angebot|presupuesto|cotización|devis|offerte|报价单|報價單"),
    ("invoice", r"invoice|rechnung|factura|facture|factuur|fattura|发票|發票"),
]
_NUMBER = re.compile(
    r"(invoice|rechnungs?|factura|facture|factuur|order|bestell|auftrags|pedido|commande|po|rfq|quote|angebots?|"
    r"document|beleg|orden|发票|订单|单据)\s*(-?\s*(no|nr|number|nummer|número|numero|n°|nº|#|号码|编号|号)\.?)?"
    r"[ \t]*[:：#]?[ \t]*((?=[A-Z/_.-]*\d)[A-Z0-9#][A-Z0-9/_.-]{2,30})",
    re.I,
)
_DATE = re.compile(
    r"(?<![\w/.-])(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
    r"\d{1,2}\.? ?[A-Za-zäéû]{3,10}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2} ?, \d{4})(?![\w/])"
)
_DATE_LABEL = re.compile(r"(date|datum|fecha|data|日期|emisión|orderdatum|factuurdatum|rechnungsdatum)", re.I)
_CURRENCIES = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "CNY", "￥": "CNY", "₹": "INR", "zł": "PLN"}
_ISO = re.compile(r"\b(EUR|USD|GBP|CNY|RMB|JPY|CHF|INR|PLN|SEK|NOK|DKK|CAD|AUD|HKD)\b")
_TOTAL = re.compile(
    r"^\s*(grand total|total amount|amount due|balance due|total due|invoice total|total|totaal|gesamtbetrag|"
    r"rechnungsbetrag|endbetrag|summe|importe total|total factura|montant total|net à payer|te betalen|saldo"
    r"[a-z]*|价税合计|合计|总计|合計)\b(?!\s*(parcial|ht|net|excl))",
    re.I,
)
_PARTY = {
    "buyer": re.compile(r"^\s*(bill to|billed to|sold to|ship to|buyer|customer|client|kunde|rechnungsadresse|"
                        r"cliente|facturar a|dirección de facturación|factuuradres|acheteur|买方|购买方|客户)\s*[:：]?",
                        re.I),
    "seller": re.compile(r"^\s*(seller|vendor|supplier|from|lieferant|verkäufer|proveedor|vendedor|fournisseur|"
                         r"leverancier|卖方|销售方|供应商)\s*[:：]?", re.I),
}
_COMPANY = re.compile(r"\b(GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|B\.V\.|S\.A\.U?\.?|SAS|SARL|S\.L\.|S\.p\.A\.|"
                      r"Co\.|Corp\.?|有限公司|股份)", re.I)


def doc_type(text: str) -> str | None:
    """The document type named in the first part of the text."""
    head = text[:1500]
    for name, pattern in _TYPES:
        if re.search(pattern, head, re.I):
            return name
    return None


def _party(lines: list[str], which: str) -> str | None:
    """Name after a party label: the rest of the label's line, else the next line that is not a label."""
    for i, line in enumerate(lines):
        found = _PARTY[which].match(line)
        if not found:
            continue
        for candidate in [line[found.end():]] + lines[i + 1:i + 3]:
            candidate = re.split(r"\s{3,}", candidate.strip(" :\t"))[0].strip()
            if _is_name(candidate):
                return candidate[:80]
    return None


def _is_name(text: str) -> bool:
    """Text that can be a party's name: has letters and is not itself a label."""
    if len(text) < 3 or not re.search(r"[^\W\d_]", text) or ":" in text or re.search(r"(?i)\btotal\b", text):
        return False
    if any(p.match(text) for p in _PARTY.values()) or re.match(r"(?i)^(address|adresse|dirección|adres)\b", text):
        return False
    return True


def _total(lines: list[str]) -> float | None:
    """The amount on the last grand-total line."""
    found = None
    for line in lines:
        if _TOTAL.match(line):
            numbers = [first_number(tok)[0] for tok in re.findall(r"[-\d][\d.,]*\d|\d", line)]
            numbers = [n for n in numbers if n is not None]
            if numbers:
                found = numbers[-1]
    return found


def _labelled_date(rows: list[str]) -> str | None:
    """A date on a row that names one (or on the next row, for label-above-value layouts)."""
    for i, row in enumerate(rows):
        if _DATE_LABEL.search(row):
            for candidate in (row, rows[i + 1] if i + 1 < len(rows) else ""):
                found = _DATE.search(candidate)
                if found:
                    return found.group(1)
    return None


def header_fields(text: str, lines: list[dict] | None = None) -> dict:
    """Header dict: document_type, number, date, buyer, seller, currency, total (None when unknown)."""
    rows = [r for r in text.splitlines() if r.strip()]
    number = _NUMBER.search(text)
    date = _labelled_date(rows) or _DATE.search(text)
    iso = _ISO.search(text)
    symbol = next((code for sym, code in _CURRENCIES.items() if sym in text), None)
    seller = _party(rows, "seller") or next((seg.strip()[:80] for r in rows[:15] for seg in re.split(r"\s{3,}", r)
                                             if _COMPANY.search(seg) and _is_name(seg.strip())), None)
    return {
        "document_type": doc_type(text),
        "number": number.group(4) if number else None,
        "date": date if isinstance(date, str) else (date.group(1) if date else None),
        "buyer": _party(rows, "buyer"),
        "seller": seller,
        "currency": iso.group(1) if iso else symbol,
        "total": _total(rows),
    }
