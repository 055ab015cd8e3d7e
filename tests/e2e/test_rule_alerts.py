"""Business rules through the Telegram stand-in: a price rise asks a manager to approve a stock-up; an alert in Chinese."""
from __future__ import annotations

import asyncio

from sqlmodel import select

from core.adapters import orm
from core.domain.prices import ChangeOfferPrice
from core.domain.rules import AddRule, DisableRule
from tests.e2e.conftest import BUYER, MANAGER
from tests.fixtures.tandem_bot import running_bot

RISE = ChangeOfferPrice("SUP2", "85099B", unit_price=1.2, source="supplier-portal")  # 1.09 -> 1.20, +10.1 %


def _buttons(call):
    return {b["text"]: b["callback_data"] for row in call["reply_markup"]["inline_keyboard"] for b in row}


async def test_a_price_rise_asks_for_a_stock_up_and_the_manager_approves_by_tap(tandem, botapi):
    async with running_bot(tandem, botapi):
        changed = await asyncio.to_thread(tandem.handle, RISE)  # the demo's rule: bags up over 5 % -> stock up
        assert changed["change_pct"] == 10.09
        request = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == MANAGER and "Stock-up" in
                                              c["text"], timeout=40)
        assert "Why: Stock-up (rule “raw-material-price-rise”): 85099B" in request["text"]
        assert "price 1.09 -> 1.2 (+10.1%)" in request["text"]
        po_id = int(request["text"].split()[1])
        botapi.push_callback(MANAGER, _buttons(request)["✅ Approve"], request)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        assert answer["text"] == f"PO {po_id} approved by Elena Novak"
    with tandem.uow() as uow:
        po = uow.purchase_orders.get(po_id)
        assert po.status == "approved" and po.lines[0].sku == "85099B"
        assert po.supplier_id == "SUP4"  # the planner's choice after the rise: SUP2 is no longer the cheaper one
        fired = [r.data for r in uow.session.exec(select(orm.AuditRow).where(orm.AuditRow.action == "rule.fired"))]
    assert fired[0]["result"]["po_id"] == po_id and fired[0]["does"] == "stock_up_approval"


async def test_a_chinese_buyer_gets_the_rule_alert_in_chinese_and_taps_stock_up(tandem, botapi):
    tandem.handle(DisableRule("raw-material-price-rise"))  # here the buyer, not the demo's rule, decides
    tandem.handle(AddRule("bags-price-alert", "PriceChanged", 'change_pct > 5 and category == "bags"', "alert",
                          "buyer"))
    with tandem.uow() as uow:  # Tom reads Chinese
        row = uow.session.get(orm.UserRow, uow.users.by_telegram(BUYER).id)
        row.language = "zh"
        uow.session.add(row)
        uow.commit()
    async with running_bot(tandem, botapi):
        await asyncio.to_thread(tandem.handle, RISE)
        alert = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == BUYER and "规则" in c["text"],
                                            timeout=40)
        assert "规则“bags-price-alert”已触发" in alert["text"]
        assert "85099B 红色圆点大号购物袋" in alert["text"] and "价格 1.09 → 1.2（+10.1%）" in alert["text"]
        buttons = _buttons(alert)
        assert set(buttons) == {"📦 起草备货采购单", "忽略"}
        update = botapi.make_update("callback_query", user_id=BUYER, data=buttons["📦 起草备货采购单"], message=alert)
        update["callback_query"]["from"]["language_code"] = "zh-hans"
        botapi.push(update)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
    assert answer["text"].startswith("已起草备货采购单") and "× 85099B）" in answer["text"]
    with tandem.uow() as uow:
        alert = uow.session.exec(select(orm.AlertRow).where(orm.AlertRow.kind == "rule")).one()
        assert alert.status == "resolved" and alert.data["outcome"] == "stock_up" and alert.data["by"] == "Tom Becker"
