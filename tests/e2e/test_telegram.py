"""The Telegram path through python-telegram-bot's real HTTP stack against the local Bot API stand-in."""
from __future__ import annotations

import asyncio
import re

from sqlmodel import select

from core.adapters import orm
from tests.e2e.conftest import BUYER, MANAGER, SALES
from tests.fixtures.tandem_bot import running_bot

ORDER = ("Hi Priya, please send 300 jumbo bag red retrospot and 48 white hanging heart t-light holders "
         "by Friday. Thanks, Fiona")




def _po_status(tandem, po_id):
    with tandem.uow() as uow:
        return uow.purchase_orders.get(po_id).status


async def test_order_text_leads_to_approval_and_tap_approves(tandem, botapi):
    async with running_bot(tandem, botapi):
        botapi.push_message(SALES, ORDER)
        reply = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES, timeout=40)
        assert "300 × 85099B — 60 reserved, 240 by" in reply["text"]
        request = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == MANAGER, timeout=20)
        buttons = request["reply_markup"]["inline_keyboard"][0]
        assert [b["text"] for b in buttons] == ["✅ Approve", "❌ Reject"]
        # Opaque tokens only: no ids, actions or amounts a client could edit.
        assert all(re.fullmatch(r"[A-Za-z0-9_-]{22}", b["callback_data"]) for b in buttons)
        po_id = int(request["text"].split()[1])
        assert _po_status(tandem, po_id) == "pending_approval"

        botapi.push_callback(MANAGER, buttons[0]["callback_data"], request)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        assert "approved by Elena Novak" in answer["text"]
        await botapi.wait_for_async("editMessageText", timeout=20)
        told = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES and "approved" in c["text"],
                                           timeout=20)
        assert f"PO {po_id} approved by Elena Novak" in told["text"]
        assert _po_status(tandem, po_id) == "approved"

        botapi.push_callback(MANAGER, buttons[0]["callback_data"], request)  # a double tap changes nothing
        again = await botapi.wait_for_async("answerCallbackQuery", lambda c: "already" in c.get("text", ""),
                                            timeout=20)
        assert "already approved by Elena Novak" in again["text"]


async def test_unknown_user_gets_a_polite_refusal_and_nothing_else(tandem, botapi):
    async with running_bot(tandem, botapi):
        botapi.push_message(999, ORDER)
        reply = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == 999, timeout=20)
        assert "only answers Tandem users" in reply["text"]
        await asyncio.sleep(0.5)
    with tandem.uow() as uow:
        assert list(uow.session.exec(select(orm.InboundMessageRow))) == []


async def test_forged_callback_changes_nothing(tandem, botapi):
    async with running_bot(tandem, botapi):
        botapi.push_message(SALES, ORDER)
        request = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == MANAGER, timeout=40)
        po_id = int(request["text"].split()[1])
        botapi.push_callback(MANAGER, "approve:1", request)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        assert answer["text"] == "This button is not valid."
        real = request["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        botapi.push_callback(BUYER, real, request)  # someone else's button
        foreign = await botapi.wait_for_async("answerCallbackQuery", lambda c: "not yours" in c.get("text", ""),
                                              timeout=20)
        assert foreign["text"] == "This button is not yours."
    assert _po_status(tandem, po_id) == "pending_approval"


async def test_document_sent_to_the_bot_is_read(tandem, botapi):
    eml = (b"From: Fiona Reid <fiona.reid@thistlethimble.example>\r\nTo: priya.shah@tandem.example\r\n"
           b"Subject: order\r\nMessage-ID: <doc-1@thistlethimble.example>\r\nDate: Mon, 12 Dec 2011 09:00:00 +0000\r\n"
           b"\r\nPlease send 12 regency cakestand 3 tier.\r\n")
    async with running_bot(tandem, botapi):
        botapi.push_document(SALES, "order.eml", eml, "message/rfc822")
        reply = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES, timeout=40)
    assert "22423" in reply["text"] and "Thistle" in reply["text"]
