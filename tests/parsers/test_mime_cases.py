"""parse_email on the kinds of mail real clients send, built here (charsets, forwards, attachments, limits)."""
from __future__ import annotations

import base64
import hashlib
import io

from openpyxl import Workbook

from parsers.attachments import rows_to_lines, table_rows
from parsers.limits import Limits
from parsers.mime import parse_email


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _mail(body_parts: str, subject: str = "RFQ", extra: str = "") -> bytes:
    """A multipart/mixed message around the given MIME parts (boundary 'B')."""
    return (f"From: Li Wei <li.wei@example.cn>\r\nTo: sales@example.com\r\nSubject: {subject}\r\n"
            f"Date: Mon, 5 Aug 2024 09:30:00 +0800\r\nMessage-ID: <ABC@Example.CN>\r\n{extra}"
            f"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n{body_parts}--B--\r\n"
            ).encode("utf-8")


def _part(ctype: str, payload: bytes, extra: str = "") -> str:
    return f"--B\r\nContent-Type: {ctype}\r\n{extra}Content-Transfer-Encoding: base64\r\n\r\n{_b64(payload)}\r\n"


def test_json_contract_keys_and_key():
    got = parse_email(_mail(_part("text/plain; charset=utf-8", b"Need 10 pcs")))
    assert list(got.to_json()) == ["message_id", "from", "original_from", "subject", "date", "text",
                                   "attachments", "defects"]
    assert got.key == got.message_id == "ABC@example.cn"
    assert got.date == "2024-08-05T09:30:00+08:00"
    raw = b"From: a@b.c\r\n\r\nhello"
    assert parse_email(raw).key == "sha256:" + hashlib.sha256(raw).hexdigest()


def test_mislabelled_gb2312_holding_gbk_and_utf8():
    gbk = "您好，请报价：鍃螺栓 M8 一千个".encode("gbk")  # 鍃 is GBK-only, outside GB2312
    got = parse_email(_mail(_part("text/plain; charset=gb2312", gbk)))
    assert got.text == "您好，请报价：鍃螺栓 M8 一千个"
    utf8 = "请报价 M8 螺栓 1000 个".encode("utf-8")
    got = parse_email(_mail(_part("text/plain; charset=gb2312", utf8)))
    assert got.text == "请报价 M8 螺栓 1000 个" and any("mislabelled" in d for d in got.defects)


def test_big5_iso2022jp_utf7_and_rfc2047_subject():
    subject = "=?gb2312?B?" + _b64("询价单".encode("gb2312")) + "?= =?gbk?B?" + _b64("第2号".encode("gbk")) + "?="
    parts = (_part("text/plain; charset=big5", "訂購螺絲 500 個".encode("big5"))
             + _part("text/plain; charset=iso-2022-jp", "見積もり依頼".encode("iso2022_jp"), "Content-ID: <j>\r\n")
             + _part("text/plain; charset=utf-7", "数量 20".encode("utf-7"), "Content-ID: <k>\r\n"))
    got = parse_email(_mail(parts, subject=subject))
    assert got.subject == "询价单第2号"
    assert "訂購螺絲 500 個" in got.body_text and "見積もり依頼" in got.body_text and "数量 20" in got.body_text


def test_html_only_alternative_related_with_inline_image():
    html = "<html><body><p>Please quote <b>200</b> hex bolts M8.</p><img src='cid:logo'></body></html>"
    related = ("--B\r\nContent-Type: multipart/related; boundary=\"R\"\r\n\r\n"
               f"--R\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n"
               f"--R\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               f"{_b64(b'PNGDATA')}\r\n--R--\r\n")
    got = parse_email(_mail(related))
    assert got.text == "Please quote 200 hex bolts M8."
    assert [(a.content_type, a.size) for a in got.attachments] == [("image/png", 7)]


def test_inline_gmail_forward_gives_customer():
    body = ("FYI, can we do this?\r\n\r\n---------- Forwarded message ---------\r\n"
            "From: Hans Meier <hans@kunde.de>\r\nDate: Mon, 29 Jul 2024 at 10:15\r\nSubject: Anfrage\r\n"
            "To: Li Wei <li.wei@example.cn>\r\n\r\nBitte um Angebot: 50 Stk Kugellager 6204.\r\n\r\n"
            "Mit freundlichen Grüßen\r\nHans Meier\r\n")
    got = parse_email(_mail(_part("text/plain; charset=utf-8", body.encode()), subject="Fwd: Anfrage"))
    assert got.original_from == "hans@kunde.de" and got.from_ == "li.wei@example.cn"
    assert got.text == "Bitte um Angebot: 50 Stk Kugellager 6204."
    assert got.note == "FYI, can we do this?"
    assert got.original_date and got.original_date.startswith("2024-07-29")


def test_outlook_and_german_forwards_without_marker():
    outlook = ("Please handle.\r\n\r\n________________________________\r\nFrom: Joe Buyer <joe@client.com>\r\n"
               "Sent: Tuesday, August 6, 2024 8:12 AM\r\nTo: Li Wei\r\nSubject: order\r\n\r\n"
               "Send 40 drums of hydraulic oil.\r\n")
    got = parse_email(_mail(_part("text/plain; charset=utf-8", outlook.encode()), subject="FW: order"))
    assert (got.original_from, got.text) == ("joe@client.com", "Send 40 drums of hydraulic oil.")
    german = ("Von: Hans Meier <hans@kunde.de>\r\nGesendet: Dienstag, 6. August 2024 08:12\r\nAn: Li Wei\r\n"
              "Betreff: Bestellung\r\n\r\nBitte 12 Ventile DN50 liefern.\r\n")
    got = parse_email(_mail(_part("text/plain; charset=utf-8", german.encode()), subject="WG: Bestellung"))
    assert (got.original_from, got.text) == ("hans@kunde.de", "Bitte 12 Ventile DN50 liefern.")


def test_outlook_reply_and_signature_removed():
    body = ("We need 30 more, delivery by Friday.\r\n\r\nBest regards,\r\nLi Wei\r\nTel +86 21 5555 0101\r\n\r\n"
            "From: Sales <sales@example.com>\r\nSent: Monday, August 5, 2024 9:00 AM\r\nTo: Li Wei\r\n"
            "Subject: RE: RFQ\r\n\r\nDear Li, the price is 0.12 USD.\r\n")
    got = parse_email(_mail(_part("text/plain; charset=utf-8", body.encode())))
    assert got.text == "We need 30 more, delivery by Friday."


def test_eml_attachment_parsed_recursively():
    inner = (b"From: Ana <ana@cliente.es>\r\nSubject: Pedido\r\nDate: Tue, 6 Aug 2024 08:00:00 +0200\r\n\r\n"
             b"Necesitamos 12 tubos PVC.\r\n")
    got = parse_email(_mail(_part("text/plain", b"see attached")
                            + _part("application/octet-stream; name=pedido.eml", inner)))
    assert got.original_from == "ana@cliente.es" and got.text == "Necesitamos 12 tubos PVC."
    assert got.attachments[0].filename == "pedido.eml" and got.attachments[0].message.subject == "Pedido"


def test_csv_and_xlsx_rows():
    csv_bytes = "Artikelnr;Bezeichnung;Menge\r\nA-1;Schraube M8;100\r\nA-2;Mutter M8;200\r\n".encode("cp1252")
    book = Workbook()
    sheet = book.active
    sheet.append(["SKU", "Description", "Qty", "Unit"])
    sheet.append(["B-7", "Washer 8mm", 500, "pcs"])
    buf = io.BytesIO()
    book.save(buf)
    got = parse_email(_mail(_part("text/csv; name=list.csv", csv_bytes)
                            + _part("application/octet-stream; name=list.xlsx", buf.getvalue())))
    csv_att, xlsx_att = got.attachments
    assert table_rows(csv_att) == [{"Artikelnr": "A-1", "Bezeichnung": "Schraube M8", "Menge": "100"},
                                   {"Artikelnr": "A-2", "Bezeichnung": "Mutter M8", "Menge": "200"}]
    assert table_rows(xlsx_att) == [{"SKU": "B-7", "Description": "Washer 8mm", "Qty": 500, "Unit": "pcs"}]
    assert rows_to_lines(table_rows(xlsx_att))[0] == {"code": "B-7", "description": "Washer 8mm", "quantity": 500,
                                                      "unit": "pcs", "unit_price": None, "amount": None}


def test_limits_become_defects():
    parts = "".join(_part(f"application/pdf; name=f{i}.pdf", b"x" * 100) for i in range(5))
    got = parse_email(_mail(parts), limits=Limits(max_attachments=3, max_attachment_bytes=50))
    assert len(got.attachments) == 3 and all(a.payload == b"" and a.size == 100 for a in got.attachments)
    assert any("too many attachments" in d for d in got.defects)
    assert any("too large" in d for d in got.defects)
    big = parse_email(_mail(_part("text/plain", b"y" * 5000)), limits=Limits(max_message_bytes=1000))
    assert any("message too large" in d for d in big.defects)


def test_chinese_html_reply_gb2312_label_gbk_content():
    html = ("<div>请报价：镀锌螺栓 M8x40 两千个，下周五前交货。</div><div><br></div><div>李伟</div>"
            "<div style='font-size:12px'>------------------&nbsp;原始邮件&nbsp;------------------</div>"
            "<div><b>发件人:</b> sales@example.com</div><div><b>发送时间:</b> 2024年8月5日</div>"
            "<div><b>主题:</b> 报价</div><div>您好，附件是价格表。</div>")
    got = parse_email(_mail(_part("text/html; charset=gb2312", html.encode("gbk")), subject="=?gb2312?B?"
                            + _b64("回复：报价".encode("gb2312")) + "?="))
    assert got.subject == "回复：报价"
    assert got.text == "请报价：镀锌螺栓 M8x40 两千个，下周五前交货。"
