"""Shortage alerts reach the buyer with actions; each button does what it says and records it."""
from __future__ import annotations

from sqlmodel import select

from core.adapters import orm
from tests.e2e.conftest import BUYER, SALES
from tests.fixtures.tandem_bot import running_bot

ORDER = "Hi Priya, please send 300 jumbo bag red retrospot by Friday. Thanks, Fiona"


def _buttons(call):
    return {b["text"]: b["callback_data"] for row in call["reply_markup"]["inline_keyboard"] for b in row}


async def _alert(botapi):
    botapi.push_message(SALES, ORDER)
    return await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == BUYER and "Short" in c["text"],
                                       timeout=40)


async def test_use_substitute_reserves_it_and_tells_the_salesperson(tandem, botapi):
    async with running_bot(tandem, botapi):
        alert = await _alert(botapi)
        assert "240 × JUMBO BAG RED RETROSPOT" in alert["text"]
        buttons = _buttons(alert)
        assert {"Other supplier", "Split delivery", "Expedite", "Accept delay, tell customer"} <= set(buttons)
        botapi.push_callback(BUYER, buttons["Use 22386"], alert)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        assert answer["text"] == "240 × 22386 reserved instead of 85099B"
        told = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES and "replaced" in c["text"],
                                           timeout=20)
        assert "240 × 85099B replaced by 22386" in told["text"]
        botapi.push_callback(BUYER, buttons["Split delivery"], alert)  # the alert is settled: no second action
        again = await botapi.wait_for_async("answerCallbackQuery", lambda c: "Already handled" in c.get("text", ""),
                                            timeout=20)
        assert "substituted by Tom Becker" in again["text"]
    with tandem.uow() as uow:
        assert uow.stock.get("22386").position.reserved == 240 and uow.stock.get("85099B").position.backordered == 0
        actions = [r.action for r in uow.session.exec(select(orm.AuditRow))]
    assert "alert.substituted" in actions


async def test_other_supplier_moves_the_quantity_and_asks_for_approval(tandem, botapi):
    async with running_bot(tandem, botapi):
        alert = await _alert(botapi)
        botapi.push_callback(BUYER, _buttons(alert)["Other supplier"], alert)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        assert answer["text"].startswith("PO ") and "85099B from" in answer["text"]
        po_id = int(answer["text"].split()[1].rstrip(":"))
    with tandem.uow() as uow:
        po = uow.purchase_orders.get(po_id)
        assert po.status == "pending_approval" and po.lines[0].sku == "85099B"


async def test_accept_delay_moves_the_due_date(tandem, botapi):
    async with running_bot(tandem, botapi):
        alert = await _alert(botapi)
        await botapi.wait_for_async("sendMessage", lambda c: "PO" in c["text"] and c["chat_id"] != BUYER, timeout=20)
        botapi.push_callback(BUYER, _buttons(alert)["Accept delay, tell customer"], alert)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        assert answer["text"].startswith("New date ")
        told = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES and "For the customer" in
                                           c["text"], timeout=20)
        assert "85099B arrives" in told["text"]
