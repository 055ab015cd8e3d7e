"""Write demo/inbox/: customer orders forwarded by the salesperson (.eml, one with a PDF PO) + expected.json."""
from __future__ import annotations

import datetime as dt
import json
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MAILBOX = "Tandem Orders <orders@tandem.example>"
UTC = dt.timezone.utc

# file, customer id, (sku, quantity, wording in the mail), due date, shortage expected
ORDERS = [
    ("01_plain_text.eml", "15311", [("85099B", 200, "Jumbo bag red retrospot x 200"),
                                     ("85123A", 60, "white hanging heart tealight holders x 60"),
                                     ("22423", 12, "Regency cakestand 3 tier x 12")], "2011-12-16"),
    ("02_html_only.eml", "12621", [("47566", 50, "Party Bunting"),
                                    ("20725", 100, "Lunch bag red spotty"),
                                    ("84879", 144, "Bird ornament, assorted colours")], "2011-12-20"),
    ("03_forwarded.eml", "12681", [("22720", 36, "36 sets of 3 cake tins, pantry design"),
                                    ("21212", 20, "20 packs of 72 retrospot cake cases"),
                                    ("22727", 24, "24 Alarm clock Bakelike red"),
                                    ("22726", 12, "12 alarm clocks bakelike green")], "2012-01-06"),
    ("04_pdf_po.eml", "13089", [("22086", 96, ""), ("23084", 48, ""), ("22197", 100, ""),
                                 ("21733", 32, "")], "2011-12-21"),
    ("05_chinese.eml", "12744", [("85099B", 300, "红色圆点大号购物袋 300个"),
                                  ("23084", 24, "兔子小夜灯 24个"),
                                  ("85123A", 48, "白色爱心吊挂烛台 48个")], "2011-12-23"),
]
SENT = [dt.datetime(2011, 12, 12, 9, 42, 10, tzinfo=UTC), dt.datetime(2011, 12, 12, 11, 5, 33, tzinfo=UTC),
        dt.datetime(2011, 12, 13, 8, 20, 1, tzinfo=UTC), dt.datetime(2011, 12, 13, 10, 2, 45, tzinfo=UTC),
        dt.datetime(2011, 12, 14, 2, 15, 9, tzinfo=UTC)]


def pdf_po(po: str, customer: str, lines: list[tuple[str, str, int, float]], due: str) -> bytes:
    """A one-page purchase order PDF, written by hand (Helvetica, uncompressed, fixed dates)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops, y = [], 790
    def text(x: float, yy: float, s: str, bold: bool = False, size: int = 10) -> None:
        ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf {x} {yy} Td ({esc(s)}) Tj ET")
    text(50, y, customer, bold=True, size=14)
    text(50, y - 16, "14 Foundry Yard, Bristol BS1 4XX, United Kingdom")
    text(400, y, "PURCHASE ORDER", bold=True, size=14)
    text(400, y - 16, f"PO number: {po}")
    text(400, y - 30, "Order date: 13/12/2011")
    text(50, y - 60, "Supplier: Tandem Demo Wholesale Ltd, orders@tandem.example")
    text(50, y - 74, f"Required delivery date: {dt.date.fromisoformat(due):%d/%m/%Y}", bold=True)
    y -= 110
    for x, head in ((50, "Item code"), (120, "Description"), (370, "Qty"), (420, "Unit price"), (500, "Total")):
        text(x, y, head, bold=True)
    ops.append(f"0.5 w 50 {y - 5} m 550 {y - 5} l S")
    total = 0.0
    for code, name, qty, price in lines:
        y -= 18
        total += qty * price
        for x, s in ((50, code), (120, " ".join(w.capitalize() for w in name.split())), (370, str(qty)), (420, f"GBP {price:.2f}"),
                     (500, f"GBP {qty * price:.2f}")):
            text(x, y, s)
    ops.append(f"0.5 w 50 {y - 8} m 550 {y - 8} l S")
    text(420, y - 24, "Total excl. VAT", bold=True)
    text(500, y - 24, f"GBP {total:.2f}", bold=True)
    text(50, y - 60, "Please confirm availability and delivery date by return e-mail.")
    text(50, y - 74, "Authorised by: Martin Hale, Purchasing")
    stream = "\n".join(ops).encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
               b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Producer (Tandem demo generator) /Title (" + po.encode() + b") "
               b"/CreationDate (D:20111213094500Z) >>"]
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def envelope(n: int, sales: tuple, subject: str) -> EmailMessage:
    """The salesperson's forwarding message headers (deterministic Message-ID)."""
    msg = EmailMessage()
    msg["From"] = f"{sales[0]} <{sales[3]}>"
    msg["To"] = MAILBOX
    msg["Subject"] = subject
    msg["Date"] = format_datetime(SENT[n])
    msg["Message-ID"] = f"<{SENT[n]:%Y%m%d%H%M%S}.demo{n + 1}@mail.tandem.example>"
    return msg


def fwd_header(who: str, addr: str, when: str, subject: str, to: str) -> str:
    """Gmail's forwarded-message block."""
    return (f"---------- Forwarded message ---------\nFrom: {who} <{addr}>\nDate: {when}\n"
            f"Subject: {subject}\nTo: {to}\n\n")


def write_inbox(out: Path, catalog: dict, customers: list, users: list, stock: dict) -> None:
    """Write the five .eml files and expected.json (the ground truth of what each one orders)."""
    out.mkdir(parents=True, exist_ok=True)
    sales = next(u for u in users if u[1] == "salesperson")
    cust = {c[0]: c for c in customers}
    to_sales = f"{sales[0]} <{sales[3]}>"
    mails = []

    (_, cid, items, _) = ORDERS[0]
    msg = envelope(0, sales, "Fwd: order from Thistle & Thimble - needed this week")
    quoted = "\n".join("> - " + w for _, _, w in items)
    msg.set_content(
        "Hi team,\n\nThistle & Thimble sent this to me this morning, please book it in.\n\n"
        f"Thanks,\n{sales[0]}\n\nOn Mon, 12 Dec 2011 at 08:55, Fiona Reid <{cust[cid][2]}@{cust[cid][3]}> wrote:\n"
        f"> Hi Priya,\n>\n> Could you send us:\n{quoted}\n>\n"
        "> We need them in the shop by Friday 16 December at the latest.\n>\n"
        f"> Many thanks,\n> Fiona Reid\n> {cust[cid][1]}\n")
    mails.append(msg)

    (_, cid, items, _) = ORDERS[1]
    msg = envelope(1, sales, "Fwd: Bestellung KW 50 / order week 50 - Haus Sonnenblume")
    rows = "".join(f"<tr><td>{s if s != '20725' else ''}</td><td>{w}</td><td align=\"right\">{q}</td></tr>"
                   for s, q, w in items)
    msg.set_content(
        "<html><body><p>Hi,</p><p>new order from Haus Sonnenblume below, please process.</p>"
        f"<p>Priya</p><br><div>---------- Forwarded message ---------<br>From: <b>Einkauf Haus "
        f"Sonnenblume</b> &lt;{cust[cid][2]}@{cust[cid][3]}&gt;<br>Date: Mon, 12 Dec 2011 at 10:48"
        f"<br>Subject: Bestellung KW 50<br>To: {to_sales.replace('<', '&lt;').replace('>', '&gt;')}"
        "</div><blockquote><p>Guten Tag Frau Shah,</p><p>please deliver the following:</p>"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>Art.-Nr.</th><th>Artikel</th><th>Menge</th></tr>"
        f"{rows}</table><p><b>Liefertermin / delivery date: 20.12.2011</b></p>"
        "<p>Mit freundlichen Gr&uuml;&szlig;en<br>Jana Krause<br>Haus Sonnenblume GmbH, Freiburg</p>"
        "</blockquote></body></html>", subtype="html")
    mails.append(msg)

    (_, cid, items, _) = ORDERS[2]
    msg = envelope(2, sales, "Fwd: Commande janvier / January order")
    lines = "\n".join(w for _, _, w in items)
    msg.set_content(
        f"Please book this for Boutique Les Trois Chats.\n\n{sales[0]}\n\n"
        + fwd_header("Claire Dubois", f"{cust[cid][2]}@{cust[cid][3]}", "Mon, 12 Dec 2011 at 17:31",
                     "Commande janvier / January order", to_sales)
        + f"Bonjour Priya,\n\nFor our January restock we would like:\n\n{lines}\n\n"
        "Delivery before 6 January 2012 if possible.\n\nMerci et bonne journée,\nClaire Dubois\n"
        "Boutique Les Trois Chats, Lyon\n")
    mails.append(msg)

    (_, cid, items, due) = ORDERS[3]
    msg = envelope(3, sales, "Fwd: Purchase Order PO-4471")
    msg.set_content(
        f"FYI - PO from Copperkettle attached, for the Christmas window.\n\n{sales[0]}\n\n"
        + fwd_header("Martin Hale", f"{cust[cid][2]}@{cust[cid][3]}", "Tue, 13 Dec 2011 at 09:47",
                     "Purchase Order PO-4471", to_sales)
        + "Hello Priya,\n\nPlease find attached our purchase order PO-4471.\n\n"
        "Kind regards,\nMartin Hale\nPurchasing, Copperkettle Home Store\n")
    po_lines = [(s, catalog[s]["name"], q, round(catalog[s]["price"], 2)) for s, q, _ in items]
    msg.add_attachment(pdf_po("PO-4471", cust[cid][1], po_lines, due), maintype="application",
                       subtype="pdf", filename="PO-4471.pdf")
    mails.append(msg)

    (_, cid, items, _) = ORDERS[4]
    msg = envelope(4, sales, "Fwd: 圣诞补货订单 Golden Lotus")
    lines = "\n".join(f"{i}. {w}" for i, (_, _, w) in enumerate(items, 1))
    msg.set_content(
        f"Hi team, order from Golden Lotus (Singapore) below, in Chinese.\n\n{sales[0]}\n\n"
        + fwd_header("林美华", f"{cust[cid][2]}@{cust[cid][3]}", "2011年12月13日 18:40",
                     "圣诞补货订单", to_sales)
        + f"Priya 您好，\n\n请帮我们安排以下货品：\n{lines}\n\n请在12月23日之前送到新加坡仓库。\n"
        "谢谢！\n林美华\nGolden Lotus Trading Pte Ltd\n", charset="gbk", cte="base64")
    mails.append(msg)

    expected = []
    for n, ((name, cid, items, due), msg) in enumerate(zip(ORDERS, mails)):
        if msg.is_multipart():
            msg.set_boundary(f"===============tandem-demo-{n + 1}==")
        (out / name).write_bytes(bytes(msg))
        expected.append({"file": name, "message_id": msg["Message-ID"], "customer_id": cid,
                         "customer": cust[cid][1], "due": due,
                         "lines": [{"sku": s, "name": catalog[s]["name"], "quantity": q}
                                   for s, q, _ in items]})
    ordered: dict[str, int] = {}
    for _, _, items, _ in ORDERS:
        for sku, qty, _ in items:
            ordered[sku] = ordered.get(sku, 0) + qty
    shortages = [{"sku": s, "name": catalog[s]["name"], "on_hand": stock[s], "ordered": q}
                 for s, q in ordered.items() if q > stock[s]]
    doc = {"received_from": f"{SENT[0]:%Y-%m-%d}", "orders": expected, "shortages": shortages}
    (out / "expected.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
