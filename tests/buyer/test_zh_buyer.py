"""A buyer whose Telegram reads Chinese: /stock, /incoming, /suggestions (drafted by one tap) and /heatmap."""
from __future__ import annotations

from core.adapters import orm
from tests.buyer.conftest import BUYER, MANAGER, approved_po, running_bot

ZH = "zh-hans"


def _to(chat, needle=""):
    return lambda c: c["chat_id"] == chat and needle in (c.get("text") or c.get("caption") or "")


async def _ask(botapi, text, needle="", method="sendMessage"):
    since = len(botapi.calls())
    botapi.push_message(BUYER, text, language_code=ZH)
    return await botapi.wait_for_async(method, _to(BUYER, needle), timeout=30, since=since)


async def test_buyer_commands_in_chinese(industrial, botapi):
    po_id = approved_po(industrial, "FAST2", "BLT-M8X30-ZN", 500, approved_days_ago=5)
    with industrial.uow() as uow:
        for sku, supplier, qty in (("BLT-M8X40-ZN", "FAST1", 1000), ("BLT-M8X20-ZN", "FAST1", 500),
                                   ("BRG-6204", "BRG1", 50)):
            uow.session.add(orm.SuggestionRow(sku=sku, quantity=qty, supplier_id=supplier, unit_price=0.5, need=qty))
        uow.commit()
    async with running_bot(industrial, botapi):
        stock = await _ask(botapi, "/stock M8x30", "BLT-M8X30-ZN")
        assert "可用 420 pcs" in stock["text"]
        incoming = await _ask(botapi, "/incoming", "已订未到")
        assert f"PO {po_id}" in incoming["text"] and "500 × BLT-M8X30-ZN" in incoming["text"]

        listing = await _ask(botapi, "/suggestions", "待处理采购建议")
        assert "3 行，2 家供应商" in listing["text"]
        [[draft_all]] = listing["reply_markup"]["inline_keyboard"][:1]
        assert draft_all["text"] == "🛒 起草 2 张采购单"
        since = len(botapi.calls())
        botapi.push_callback(BUYER, draft_all["callback_data"], listing, language_code=ZH)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20, since=since)
        assert answer["text"].startswith("已起草 PO ") and answer["text"].endswith("已提交审批。")
        await botapi.wait_for_async("sendMessage", _to(MANAGER, "Harbin"), timeout=20, since=since)

        photo = await _ask(botapi, "/heatmap", method="sendPhoto")
        assert photo["caption"].startswith("各产品组库存可用天数")
        assert botapi.files[photo.result["photo"][-1]["file_id"]][1][:8] == b"\x89PNG\r\n\x1a\n"
