"""Words that name table columns and summary rows in EN/DE/ES/FR/NL/IT/ZH business documents."""
from __future__ import annotations

import re

# Column roles by header word (lower case, trailing punctuation removed). Phrases are tried first.
PHRASES = {
    ("unit", "price"): "unit_price", ("unit", "cost"): "unit_price", ("prix", "unitaire"): "unit_price",
    ("precio", "unitario"): "unit_price", ("prijs", "per", "stuk"): "unit_price", ("price", "each"): "unit_price",
    ("prezzo", "unitario"): "unit_price", ("preis", "pro", "einheit"): "unit_price",
    ("line", "total"): "amount", ("precio", "total"): "amount", ("prix", "total"): "amount",
    ("total", "price"): "amount", ("net", "amount"): "amount", ("importe", "total"): "amount",
    ("montant", "ht"): "amount", ("item", "code"): "code", ("item", "no"): "code", ("part", "number"): "code",
    ("product", "code"): "code", ("part", "no"): "code", ("art", "nr"): "code", ("item", "number"): "code",
}
WORDS = {
    "description": """description descripción descripcion beschreibung bezeichnung artikelbezeichnung désignation
        designation libellé omschrijving artikel article artículo articulo item items product products producto
        produit service services goods descrizione leistung concepto concept particulars name kurztext
        materialkurztext artikeltext warenbezeichnung 品名 名称 描述 商品名称
        货物名称 产品名称 商品 产品 摘要 货物或应税劳务名称 項目 品項""",
    "code": """code sku ref reference referencia référence réf art.-nr art.nr artnr artikelnr artikelnummer
        part pn p/n material materialnr código codigo codice 编号 货号 料号 型号 编码 物料编码 商品编码""",
    "quantity": """qty quantity quantities menge anzahl cantidad cant quantité quantite qté qte aantal hoeveelheid
        stk quantità qtà 数量 數量 pcs units anz menge/einheit pieces ordered 订购数量 采购数量""",
    "unit": "unit uom u/m einheit me unidad ud unité unite eenheid 单位 單位 um",
    "unit_price": """price rate preis einzelpreis e-preis vk-preis stückpreis precio prix pu p.u prijs 单价 單價
        unitario unitaire prezzo cost""",
    "amount": """amount total totaal betrag zeilenbetrag gesamt gesamtpreis summe importe montant bedrag 金额 金額
        总价 總價 合计 extended ext value wert subtotal""",
    "ignore": """tax taxes vat iva mwst ust btw tva gst disc disc.% discount rabatt descuento dto remise korting %
        pos pos. no nr # line 税率 税额 折扣 cuota 序号 hsn sac""",
}
ROLE_OF = {w: role for role, words in WORDS.items() for w in words.split()}

# Rows that close or summarise a table, never items. Matched against whole words at a row's start.
SUBTOTAL = re.compile(
    r"^(sub-?total|zwischensumme|subtotaal|sous-total|小计|小計|tax\b|vat\b|mwst|ust\b|iva\b|btw\b|tva\b|"
    r"discount|rabatt|descuento|remise|korting|shipping and handling|envío/manipulación|versandkosten|"
    r"exclusief|exkl|excl\b|netto\b|net total|base imponible|grondslag|montant ht|charges$|credits$)",
    re.I,
)
GRAND_TOTAL = re.compile(
    r"^(total|totaal|totale|gesamt|summe|saldo|amount due|balance due|rechnungsbetrag|endbetrag|importe total|"
    r"montant total|net à payer|te betalen|合计|合計|总计|總計|价税合计|observaciones|zahlungsbedingungen|"
    r"payment terms|bank|iban|bedrag\b)",
    re.I,
)


def clean(word: str) -> str:
    """Header word normalised for lookup: lower case, outer punctuation removed."""
    return word.lower().strip(" :.,;()[]*").replace("ß", "ss") if word not in ("%", "#") else word


def header_roles(words: list[str]) -> list[tuple[int, int, str]]:
    """(first word index, last word index, role) for header words that name a column."""
    found, i = [], 0
    cleaned = [clean(w) for w in words]
    while i < len(words):
        for size in (3, 2):
            role = PHRASES.get(tuple(cleaned[i:i + size]))
            if role and i + size <= len(words):
                found.append((i, i + size - 1, role))
                i += size
                break
        else:
            role = ROLE_OF.get(cleaned[i]) or ROLE_OF.get(words[i].lower())
            if role:
                found.append((i, i, role))
            i += 1
    return found
