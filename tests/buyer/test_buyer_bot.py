"""Buyers ask in plain English and Chinese through PTB's real stack and the Bot API stand-in; taps lead on."""
from __future__ import annotations

import asyncio

from sqlmodel import select

from core.adapters import orm
from tests.buyer.conftest import BUYER, MANAGER, SALES, approved_po, running_bot


def _to(chat, needle=""):
    return lambda c: c["chat_id"] == chat and needle in (c.get("text") or c.get("caption") or "")


async def ask(botapi, text, needle="", chat=BUYER, timeout=20):
    """Type a message as `chat` and wait for the bot's reply that contains `needle`."""
    since = len(botapi.calls())
    botapi.push_message(chat, text)
    return await botapi.wait_for_async("sendMessage", _to(chat, needle), timeout=timeout, since=since)


async def tap(botapi, message, label_part, chat=BUYER, needle="", timeout=20):
    """Tap the button whose label contains `label_part`; return the bot's next message to `chat`."""
    rows = message["reply_markup"]["inline_keyboard"]
    button = next(b for row in rows for b in row if label_part in b["text"])
    since = len(botapi.calls())
    botapi.push_callback(chat, button["callback_data"], message)
    await botapi.wait_for_async("answerCallbackQuery", timeout=timeout, since=since)
    return await botapi.wait_for_async("sendMessage", _to(chat, needle), timeout=timeout, since=since)


def _labels(message):
    return [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


def _messages(tandem):
    with tandem.uow() as uow:
        return list(uow.session.exec(select(orm.InboundMessageRow)))


async def test_stock_question_asks_which_m8_bolt_then_answers(industrial, botapi):
    async with running_bot(industrial, botapi):
        which = await ask(botapi, "how many M8 bolts do we have", "Which one")
        assert len(_labels(which)) == 5 and any("M8×30" in label and "420" in label for label in _labels(which))
        answer = await tap(botapi, which, "M8×30 grade 8.8", needle="BLT-M8X30-ZN")
        assert "Free 420 pcs" in answer["text"] and "lasts 42 days" in answer["text"]
    assert _messages(industrial) == []  # a question is not an order


async def test_stock_question_in_chinese(industrial, botapi):
    async with running_bot(industrial, botapi):
        which = await ask(botapi, "M8螺栓还有多少", "哪一个")
        answer = await tap(botapi, which, "外六角螺栓 M8×30 8.8级", needle="BLT-M8X30-ZN")
        assert "可用 420 pcs" in answer["text"] and "42 天" in answer["text"]
        direct = await ask(botapi, "6204-2RS还有货吗", "BRG-6204-2RS")
        assert "可用 8 set" in direct["text"] and "起草采购单" in _labels(direct)[0]  # 4 days left: one tap to buy


async def test_stock_command_with_a_product(industrial, botapi):
    async with running_bot(industrial, botapi):
        answer = await ask(botapi, "/stock M8x30", "BLT-M8X30-ZN")
        assert "Free 420" in answer["text"]


async def test_what_arrives_this_week_in_english_and_chinese(industrial, botapi):
    po_id = approved_po(industrial, "FAST2", "BLT-M8X30-ZN", 500, approved_days_ago=5)  # lead 5 days: due today
    later = approved_po(industrial, "BRG1", "BRG-6204", 100, approved_days_ago=0)  # lead 14 days
    async with running_bot(industrial, botapi):
        week = await ask(botapi, "what arrives this week?", "Arriving")
        assert "500 × BLT-M8X30-ZN" in week["text"] and f"PO {po_id}" in week["text"]
        assert "BRG-6204" not in week["text"]
        zh = await ask(botapi, "这周到什么货", "到货")
        assert "500 × BLT-M8X30-ZN" in zh["text"] and "Euro Bolt GmbH" in zh["text"]
        everything = await ask(botapi, "/incoming", "not yet received")
        assert f"PO {later}" in everything["text"] and f"PO {po_id}" in everything["text"]
        bearings = await ask(botapi, "6204轴承什么时候到", f"PO {later}")
        assert "BLT-M8X30-ZN" not in bearings["text"]


async def test_runs_out_then_one_tap_drafts_a_po_for_approval(industrial, botapi):
    async with running_bot(industrial, botapi):
        runout = await ask(botapi, "what runs out in the next 7 days", "Runs out")
        text = runout["text"]
        assert "BLT-M8X40-ZN" in text and "BRG-6204-2RS" in text and "BLT-M8X30-ZN" not in text
        assert text.index("BLT-M8X40-ZN") < text.index("BRG-6204-2RS")  # 3 days before 4 days
        since = len(botapi.calls())
        rows = runout["reply_markup"]["inline_keyboard"]
        button = next(b for row in rows for b in row if "BRG-6204-2RS" in b["text"])
        botapi.push_callback(BUYER, button["callback_data"], runout)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20, since=since)
        assert "Drafted PO" in answer["text"]
        request = await botapi.wait_for_async("sendMessage", _to(MANAGER, "BRG-6204-2RS"), timeout=20, since=since)
        assert "Harbin Bearing Works" in request["text"]  # the cheapest offer
        assert [b["text"] for b in request["reply_markup"]["inline_keyboard"][0]] == ["✅ Approve", "❌ Reject"]


async def test_runs_out_in_chinese(industrial, botapi):
    async with running_bot(industrial, botapi):
        runout = await ask(botapi, "未来7天哪些会断货", "断货")
        assert "BLT-M8X40-ZN" in runout["text"] and "外六角螺栓 M8×40" in runout["text"]
        assert any("全部起草" in label for label in _labels(runout))


async def test_who_sells_6204_cheapest_asks_which_variant(industrial, botapi):
    async with running_bot(industrial, botapi):
        which = await ask(botapi, "who sells 6204 bearings cheapest", "Which one")
        assert len(_labels(which)) == 3
        answer = await tap(botapi, which, "6204 (open)", needle="Cheapest")
        lines = answer["text"].splitlines()
        assert "Harbin Bearing Works — 1.10" in lines[1] and "Nordic Bearings AB" in lines[2]
        assert "Harbin" in _labels(answer)[0]
        zh = await ask(botapi, "M8x30螺栓哪家最便宜", "最便宜")
        assert "Ningbo Fasteners Co. — 0.09" in zh["text"].splitlines()[1]


async def test_suggestions_grouped_by_supplier_and_drafted_with_one_tap(industrial, botapi):
    with industrial.uow() as uow:
        for sku, supplier, qty in (("BLT-M8X40-ZN", "FAST1", 1000), ("BLT-M8X20-ZN", "FAST1", 500),
                                   ("BRG-6204", "BRG1", 50)):
            uow.session.add(orm.SuggestionRow(sku=sku, quantity=qty, supplier_id=supplier, unit_price=0.5, need=qty))
        uow.commit()
    async with running_bot(industrial, botapi):
        listing = await ask(botapi, "/suggestions", "Open suggestions")
        assert "3 lines, 2 suppliers" in listing["text"] and "Ningbo Fasteners Co.: 2 lines" in listing["text"]
        since = len(botapi.calls())
        botapi.push_callback(BUYER, listing["reply_markup"]["inline_keyboard"][0][0]["callback_data"], listing)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20, since=since)
        assert answer["text"].count("PO ") == 2
        await botapi.wait_for_async("sendMessage", _to(MANAGER, "Harbin"), timeout=20, since=since)
        await botapi.wait_for_async("sendMessage", _to(MANAGER, "Ningbo"), timeout=20, since=since)
        zh = await ask(botapi, "采购建议", "没有待处理")
        assert not zh.get("reply_markup")


async def test_heatmap_is_an_image(industrial, botapi):
    async with running_bot(industrial, botapi):
        since = len(botapi.calls())
        botapi.push_message(BUYER, "/heatmap")
        photo = await botapi.wait_for_async("sendPhoto", timeout=30, since=since)
    assert "Days of cover" in photo["caption"]
    file_id = photo.result["photo"][-1]["file_id"]
    assert botapi.files[file_id][1][:8] == b"\x89PNG\r\n\x1a\n"


async def test_unclear_question_gets_choices_not_a_guess(industrial, botapi):
    async with running_bot(industrial, botapi):
        choices = await ask(botapi, "how are things?", "I can answer")
        assert len(_labels(choices)) == 3
        week = await tap(botapi, choices, "Runs out", needle="Runs out")
        assert "BLT-M8X40-ZN" in week["text"]
        product = await ask(botapi, "how many do we have?", "Which product")
        assert "/stock" in product["text"]


async def test_salesperson_order_with_a_question_still_reaches_intake(industrial, botapi):
    async with running_bot(industrial, botapi):
        botapi.push_message(SALES, "do you have 200 M8x30 bolts? we need them friday")
        reply = await botapi.wait_for_async("sendMessage", _to(SALES), timeout=40)
        await asyncio.sleep(0.2)
        assert "Which one" not in reply["text"] and "Free" not in reply["text"]
        since = len(botapi.calls())
        botapi.push_message(SALES, "do you have M8 bolts in stock?")  # a customer's words, pasted
        pasted = await botapi.wait_for_async("sendMessage", _to(SALES), timeout=40, since=since)
        assert "Which one" not in pasted["text"]
    assert len(_messages(industrial)) == 2


async def test_home_goods_in_both_languages(demo, botapi):
    async with running_bot(demo, botapi):
        en = await ask(botapi, "how many jumbo bag red retrospot do we have", "85099B")
        assert "Free 60 pcs" in en["text"] and "Draft PO" in _labels(en)[0]
        zh = await ask(botapi, "白色爱心吊挂烛台还有多少", "85123A")
        assert "白色爱心吊挂烛台" in zh["text"] and "可用 420 pcs" in zh["text"]
