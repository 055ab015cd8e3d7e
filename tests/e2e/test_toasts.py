"""Answers to button taps follow the user's language."""
from __future__ import annotations

from bot.toasts import toast


def test_chinese_toasts_for_outcomes_and_refusals():
    assert toast({"status": "approved", "po_id": 3, "by": "Elena", "message": "PO 3 approved by Elena"},
                 "zh") == "采购单 3 已由 Elena 批准"
    assert toast({"status": "refused", "message": "PO 3 already approved by Elena."}, "zh").startswith("采购单 3 已由")
    assert toast({"status": "refused", "message": "This button is not yours."}, "zh") == "此按钮不属于您。"
    assert toast({"status": "refused", "message": "Something new"}, "zh") == "Something new"  # unknown: as is
    assert toast({"status": "approved", "po_id": 3, "by": "Elena", "message": "PO 3 approved by Elena"},
                 "en") == "PO 3 approved by Elena"


async def test_a_chinese_manager_gets_a_chinese_answer(tandem, botapi):
    from tests.e2e.conftest import MANAGER, SALES
    from tests.fixtures.tandem_bot import running_bot

    async with running_bot(tandem, botapi):
        botapi.push_message(SALES, "Please send 300 jumbo bag red retrospot by Friday. Fiona")
        request = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == MANAGER, timeout=40)
        approve = request["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        update = botapi.make_update("callback_query", user_id=MANAGER, data=approve, message=request)
        update["callback_query"]["from"]["language_code"] = "zh-hans"
        botapi.push(update)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
    assert answer["text"].startswith("采购单") and "批准" in answer["text"]
