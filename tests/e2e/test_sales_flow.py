"""A salesperson settles an unsure line by tap, fixes a quantity, confirms; the choice is remembered."""
from __future__ import annotations

from datetime import date

from tests.e2e.conftest import SALES, UNSURE
from tests.fixtures.tandem_bot import running_bot


def _eml(n: int, body: str) -> bytes:
    return (f"From: Fiona Reid <fiona.reid@thistlethimble.example>\r\nTo: priya.shah@tandem.example\r\n"
            f"Subject: order\r\nMessage-ID: <review-{n}@thistlethimble.example>\r\n"
            f"Date: Mon, 12 Dec 2011 09:00:00 +0000\r\n\r\n{body}\r\n").encode()


def _buttons(call):
    return [b for row in call["reply_markup"]["inline_keyboard"] for b in row]


def test_the_unsure_line_offers_the_candidate_the_tests_pick(tandem, doubted):
    """The doubted line waits below the threshold, and the matcher (no fitted model) offers 21733 among others."""
    doubted.add(UNSURE)
    line, = tandem.extractor.extract("can you send 30 of the heart holders please", date(2011, 12, 12))["lines"]
    assert line["confidence"] < tandem.extractor.threshold and line["quantity"] == 30
    assert "21733" in {c["sku"] for c in line["candidates"]} and len(line["candidates"]) > 1


async def test_pick_candidate_fix_quantity_confirm_and_remember(tandem, botapi, doubted):
    doubted.add(UNSURE)
    async with running_bot(tandem, botapi):
        botapi.push_document(SALES, "order.eml", _eml(1, "can you send 30 of the heart holders please"),
                             "message/rfc822")
        reply = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES, timeout=40)
        assert "needs your check" in reply["text"], reply["text"]
        labels = [b["text"] for b in _buttons(reply)]
        assert any(l.startswith("21733") for l in labels) and "✅ Confirm order" in labels

        pick = next(b for b in _buttons(reply) if b["text"].startswith("21733"))
        botapi.push_callback(SALES, pick["callback_data"], reply)
        edited = await botapi.wait_for_async("editMessageText", timeout=20)
        assert "30 × 21733" in edited["text"] and "→ 21733" in edited["text"]

        assert not any("quantity" in b["text"] for b in _buttons(edited))  # settled: its buttons are spent

        confirm = next(b for b in _buttons(edited) if b["text"] == "✅ Confirm order")
        botapi.push_callback(SALES, confirm["callback_data"], reply)
        done = await botapi.wait_for_async("editMessageText", lambda c: "confirmed" in c["text"], timeout=20)
        assert "30 × 21733 — " in done["text"] and "needs your check" not in done["text"]  # now promised

        doubted.clear()  # from here the extractor's own reading: the remembered alias makes the line sure
        botapi.push_document(SALES, "again.eml", _eml(2, "can you send 30 of the heart holders please"),
                             "message/rfc822")
        again = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES and "Order 2" in c["text"],
                                            timeout=40)
        assert "30 × 21733" in again["text"] and "needs your check" not in again["text"]  # alias won


async def test_fix_quantity_by_typing(tandem, botapi, doubted):
    doubted.add(UNSURE)
    async with running_bot(tandem, botapi):
        botapi.push_document(SALES, "order.eml", _eml(3, "can you send 30 of the heart holders please"),
                             "message/rfc822")
        reply = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES, timeout=40)
        fix = next(b for b in _buttons(reply) if "quantity" in b["text"])
        botapi.push_callback(SALES, fix["callback_data"], reply)
        prompt = await botapi.wait_for_async("sendMessage", lambda c: "New quantity" in c["text"], timeout=20)
        assert prompt["reply_markup"]["force_reply"] is True
        botapi.push_message(SALES, "lots")
        await botapi.wait_for_async("sendMessage", lambda c: "positive number" in c["text"], timeout=20)
        botapi.push_message(SALES, "36")
        fixed = await botapi.wait_for_async("sendMessage", lambda c: "Quantity set to 36" in c["text"], timeout=20)
        assert "36 ×" in fixed["text"]


async def test_orders_order_and_customer_commands(tandem, botapi):
    async with running_bot(tandem, botapi):
        botapi.push_document(SALES, "order.eml", _eml(4, "Please send 12 regency cakestand 3 tier."),
                             "message/rfc822")
        await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES, timeout=40)
        botapi.push_message(SALES, "/orders")
        listing = await botapi.wait_for_async("sendMessage", lambda c: c["text"].startswith("#1"), timeout=20)
        assert "15311" in listing["text"]
        botapi.push_message(SALES, "/order 1")
        detail = await botapi.wait_for_async("sendMessage", lambda c: c["text"].startswith("Order 1"), timeout=20)
        assert "12 × 22423" in detail["text"]
        botapi.push_message(SALES, "/customer thistle")
        customer = await botapi.wait_for_async("sendMessage", lambda c: c["text"].startswith("Thistle"), timeout=20)
        assert "#1" in customer["text"]


async def test_chinese_salesperson_gets_a_chinese_reply(tandem, botapi):
    async with running_bot(tandem, botapi):
        botapi.push_message(SALES, "王经理，请发红色圆点大号购物袋300个，白色爱心吊挂烛台48个，周五前到。", language_code="zh-hans")
        reply = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES, timeout=40)
    assert reply["text"].startswith("订单") and "85099B" in reply["text"] and "已预留" in reply["text"]
