"""In Chinese, end to end: a salesperson's unsure line, their commands, shortage alerts, strangers and /help."""
from __future__ import annotations

import pytest

from core.domain.commands_access import SetLanguage
from tests.e2e.conftest import BUYER, MANAGER, SALES, UNSURE
from tests.fixtures.tandem_bot import running_bot

ZH = "zh-hans"
ORDER = "王经理，请发红色圆点大号购物袋300个，白色爱心吊挂烛台48个，周五前到。"


def _eml(n: int, body: str) -> bytes:
    return (f"From: Fiona Reid <fiona.reid@thistlethimble.example>\r\nTo: priya.shah@tandem.example\r\n"
            f"Subject: order\r\nMessage-ID: <zh-{n}@thistlethimble.example>\r\n"
            f"Date: Mon, 12 Dec 2011 09:00:00 +0000\r\n\r\n{body}\r\n").encode()


def _buttons(call) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in call["reply_markup"]["inline_keyboard"] for b in row}


def _to(chat, text=""):
    return lambda c: c["chat_id"] == chat and text in (c.get("text") or c.get("caption") or "")


def _chinese(tandem, *chats) -> None:
    """These users' Telegram reads Chinese (as /start CODE or any earlier update would have stored)."""
    for chat in chats:
        tandem.handle(SetLanguage(chat, "zh"))


async def test_unsure_line_fix_quantity_by_typing_or_pick_a_candidate_and_confirm(tandem, botapi, doubted):
    doubted.add(UNSURE)
    async with running_bot(tandem, botapi):
        botapi.push_document(SALES, "order.eml", _eml(1, "can you send 30 of the heart holders please"),
                             "message/rfc822", language_code=ZH)
        reply = await botapi.wait_for_async("sendMessage", _to(SALES), timeout=40)
        assert reply["text"].startswith("订单") and "请确认" in reply["text"], reply["text"]
        labels = _buttons(reply)
        assert "✅ 确认订单" in labels and "✏️ 改数量" in labels and any(l.startswith("21733") for l in labels)

        botapi.push_callback(SALES, labels["✏️ 改数量"], reply, language_code=ZH)
        prompt = await botapi.wait_for_async("sendMessage", _to(SALES, "的新数量是多少"), timeout=20)
        assert prompt["reply_markup"]["force_reply"] is True
        assert (await botapi.wait_for_async("answerCallbackQuery", timeout=20))["text"] == "请输入数量"
        botapi.push_message(SALES, "很多", language_code=ZH)
        await botapi.wait_for_async("sendMessage", _to(SALES, "请输入正数，例如 120。"), timeout=20)
        botapi.push_message(SALES, "36", language_code=ZH)
        fixed = await botapi.wait_for_async("sendMessage", _to(SALES, "数量已改为 36"), timeout=20)
        assert "36 ×" in fixed["text"] and "订单" in fixed["text"]

        # A second order: this time the candidate is picked, then one tap confirms.
        botapi.push_document(SALES, "again.eml", _eml(3, "can you send 30 of the heart holders please"),
                             "message/rfc822", language_code=ZH)
        second = await botapi.wait_for_async("sendMessage", _to(SALES, "订单 2"), timeout=40)
        pick = next(token for label, token in _buttons(second).items() if label.startswith("21733"))
        botapi.push_callback(SALES, pick, second, language_code=ZH)
        edited = await botapi.wait_for_async("editMessageText", timeout=20)
        assert "30 × 21733" in edited["text"] and "→ 21733" in edited["text"]
        botapi.push_callback(SALES, _buttons(edited)["✅ 确认订单"], edited, language_code=ZH)
        done = await botapi.wait_for_async("editMessageText", lambda c: "已确认" in c["text"], timeout=20)
        assert "订单 2 已确认" in done["text"] and "请确认" not in done["text"]
        assert "订单 2 已确认" == (await botapi.wait_for_async(
            "answerCallbackQuery", lambda c: "已确认" in c.get("text", ""), timeout=20))["text"]


async def test_orders_order_and_customer_commands(tandem, botapi):
    async with running_bot(tandem, botapi):
        botapi.push_document(SALES, "order.eml", _eml(2, "Please send 12 regency cakestand 3 tier."),
                             "message/rfc822", language_code=ZH)
        await botapi.wait_for_async("sendMessage", _to(SALES), timeout=40)
        botapi.push_message(SALES, "/orders", language_code=ZH)
        listing = await botapi.wait_for_async("sendMessage", _to(SALES, "#1"), timeout=20)
        assert " 行 · " in listing["text"] and "/order 编号 查看详情" in listing["text"]
        botapi.push_message(SALES, "/order 1", language_code=ZH)
        detail = await botapi.wait_for_async("sendMessage", lambda c: c["text"].startswith("订单 1"), timeout=20)
        assert "12 × 22423" in detail["text"]
        botapi.push_message(SALES, "/order", language_code=ZH)
        await botapi.wait_for_async("sendMessage", _to(SALES, "用法：/order 12"), timeout=20)
        botapi.push_message(SALES, "/customer thistle", language_code=ZH)
        customer = await botapi.wait_for_async("sendMessage", lambda c: c["text"].startswith("Thistle"), timeout=20)
        assert "#1" in customer["text"] and " 行 · " in customer["text"]
        botapi.push_message(SALES, "/customer nobody", language_code=ZH)
        await botapi.wait_for_async("sendMessage", _to(SALES, "没有与“nobody”匹配的客户。"), timeout=20)


# action label -> (what the buyer's tap answers, who else hears what; None: nobody)
ACTIONS = {
    "改用 22386": ("已预留 240 × 22386 代替 85099B", (SALES, "240 × 85099B 已改为现货 22386。")),
    "换供应商": ("采购单 ", None),
    "分批交货": ("已分批", (SALES, "85099B 分两批发货：现在 60，其余 240 ")),
    "催货": ("已生成采购单 ", (BUYER, "请加急采购单")),
    "接受延期并告知客户": ("已接受延期，新交期 ", (SALES, "可告知客户：“剩余的 240 个 85099B 将于")),
}


@pytest.mark.parametrize("label", list(ACTIONS))
async def test_shortage_alert_buttons(tandem, botapi, label):
    _chinese(tandem, SALES, BUYER)
    answer_starts, told = ACTIONS[label]
    async with running_bot(tandem, botapi):
        botapi.push_message(SALES, ORDER, language_code=ZH)
        alert = await botapi.wait_for_async("sendMessage", _to(BUYER, "缺货：订单"), timeout=40)
        assert "缺 240 × JUMBO BAG RED RETROSPOT（85099B）" in alert["text"] and "可替代的现货：22386" in alert["text"]
        assert set(ACTIONS) <= set(_buttons(alert))
        if label in ("催货", "接受延期并告知客户"):  # they need the PO the planner drafts for the shortage
            await botapi.wait_for_async("sendMessage", _to(MANAGER, "PO"), timeout=20)
        since = len(botapi.calls())
        botapi.push_callback(BUYER, _buttons(alert)[label], alert, language_code=ZH)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20, since=since)
        assert answer["text"].startswith(answer_starts), answer["text"]
        if told:
            await botapi.wait_for_async("sendMessage", _to(*told), timeout=20, since=since)
        botapi.push_callback(BUYER, _buttons(alert)["分批交货" if label != "分批交货" else "换供应商"], alert,
                             language_code=ZH)
        again = await botapi.wait_for_async("answerCallbackQuery", lambda c: "已处理" in c.get("text", ""),
                                            timeout=20)
        assert "处理人：Tom Becker" in again["text"]


async def test_a_stranger_is_refused_in_chinese_and_help_is_short_per_role(tandem, botapi):
    refusal = "抱歉，本机器人仅为 Tandem 用户服务。请联系管理员获取邀请。"
    async with running_bot(tandem, botapi):
        botapi.push_message(5555, "M8螺栓还有多少", language_code=ZH)
        assert (await botapi.wait_for_async("sendMessage", _to(5555)))["text"] == refusal
        botapi.push_callback(5555, "forged-token", {"message_id": 1, "chat": {"id": 5555, "type": "private"},
                                                    "date": 0, "text": "x"}, language_code=ZH)
        assert (await botapi.wait_for_async("answerCallbackQuery"))["text"] == refusal
        helps = {}
        for chat in (SALES, BUYER, MANAGER):
            botapi.push_message(chat, "/help", language_code=ZH)
            helps[chat] = (await botapi.wait_for_async("sendMessage", _to(chat), timeout=20))["text"]
    assert "粘贴或转发客户订单" in helps[SALES] and "/orders /order /customer" in helps[SALES]
    assert "/approvals" not in helps[SALES] and "/suggestions" not in helps[SALES]
    assert "直接提问库存" in helps[BUYER] and "/suggestions" in helps[BUYER]
    assert "✅ 批准" in helps[MANAGER] and "/approvals" in helps[MANAGER]
    assert all(len(text) < 400 for text in helps.values())
