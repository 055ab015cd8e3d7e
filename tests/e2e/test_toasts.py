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


SAMPLES = {
    "shortage": {"sku": "85099B", "name": "JUMBO BAG", "quantity": 240, "order_id": 1, "due_date": None,
                 "substitutes": [{"sku": "22386", "available": 500}],
                 "buttons": [[["use_substitute", "t1", "22386"]], [["other_supplier", "t2"], ["split_delivery", "t3"]],
                             [["expedite", "t4"], ["accept_delay", "t5"]]]},
    "order_substituted": {"order_id": 1, "sku": "85099B", "substitute": "22386", "quantity": 240},
    "order_split": {"order_id": 1, "sku": "85099B", "now": 60, "later": 240, "eta": None},
    "expedite_request": {"to": "sales@supplier.example", "po_id": 4, "sku": "85099B"},
    "order_delayed": {"order_id": 1, "sku": "85099B", "eta": "2026-12-24", "quantity": 240},
    "user_joined": {"name": "Bea", "role": "buyer"},
    "quarantine": {"message_id": 7, "reason": "not a PDF", "status": "quarantined", "buttons": [[["Retry", "t6"]]]},
    "reaction_failed": {"reaction_id": 4, "handler": "core.service.purchasing.replan", "event": "SalesOrderRecorded",
                        "reason": "RuntimeError: planner down"},
    "order_recorded": {"order_id": 3, "status": "open", "lines": [{"sku": "22386", "quantity": 5, "short": 0},
                                                                 {"sku": None, "quantity": 2, "short": 2}]},
}


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_notice_kind_is_worded_in_both_languages():
    from bot import notices, render
    notices.register(None)  # what bot/app.py does for every Application
    assert set(SAMPLES) == set(notices.RENDERERS)
    for kind, payload in SAMPLES.items():
        en, en_markup = render.outbound(kind, payload, "en")
        zh, zh_markup = render.outbound(kind, payload, "zh")
        assert not _cjk(en) and _cjk(zh), kind
        if en_markup:
            labels = [b.text for row in zh_markup.inline_keyboard for b in row]
            assert all(_cjk(label) for label in labels), labels
    en, _ = render.outbound("shortage", SAMPLES["shortage"], "en")
    assert en.startswith("Short: 240 × JUMBO BAG (85099B) for order 1")
    assert render.outbound("text", {"text": "an old note"}, "zh")[0] == "an old note"  # queued before this release


def test_alert_outcomes_and_refusals_in_chinese():
    assert toast({"status": "substituted", "sku": "85099B", "substitute": "22386", "quantity": 240.0,
                  "message": "240 × 22386 reserved instead of 85099B"}, "zh") == "已预留 240 × 22386 代替 85099B"
    assert toast({"status": "split", "sku": "85099B", "eta": None, "message": "Split: rest when …"}, "zh")
    assert toast({"status": "refused", "message": "Already handled: substituted by Tom Becker."}, "zh") == \
        "已处理（已改用替代品），处理人：Tom Becker。"
    assert toast({"status": "refused", "message": "No other supplier offers 85099B."}, "zh") == "没有其他供应商供应 85099B。"
    assert toast({"status": "refused", "message": "PO 3 already approved by Ann (level 1); it waits for the next "
                                                  "level."}, "zh") == "采购单 3 已由 Ann 批准（第 1 级），正在等待下一级审批。"
