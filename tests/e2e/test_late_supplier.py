"""A supplier's delay reaches a Chinese-speaking salesperson in Chinese; accepting it moves the order's date."""
from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from core.adapters import orm
from tests.e2e.conftest import BUYER, MANAGER, SALES
from tests.fixtures.tandem_bot import running_bot

ORDER = "Hi Priya, please send 300 jumbo bag red retrospot by Friday. Thanks, Fiona"


def _buttons(call):
    return {b["text"]: b["callback_data"] for row in call["reply_markup"]["inline_keyboard"] for b in row}


def _speaks_chinese(tandem, telegram_id: int) -> None:
    with tandem.uow() as uow:
        row = uow.session.exec(select(orm.UserRow).where(orm.UserRow.telegram_id == telegram_id)).one()
        row.language = "zh"
        uow.session.add(row)
        uow.session.commit()


async def test_chinese_salesperson_accepts_a_suppliers_delay(tandem, botapi):
    _speaks_chinese(tandem, SALES)
    late = date.today() + timedelta(days=60)
    async with running_bot(tandem, botapi):
        botapi.push_message(SALES, ORDER, language_code="zh-hans")  # her Telegram reads Chinese
        request = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == MANAGER, timeout=40)
        botapi.push_callback(MANAGER, request["reply_markup"]["inline_keyboard"][0][0]["callback_data"], request)
        await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        with tandem.uow() as uow:
            approved = select(orm.PurchaseOrderRow.id).where(orm.PurchaseOrderRow.status == "approved")
            po_id = uow.session.exec(approved).one()
        botapi.push_message(BUYER, f"/confirm {po_id} {late.isoformat()}")  # what the supplier wrote back
        reply = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == BUYER and "LATE" in c["text"],
                                            timeout=30)
        assert f"PO {po_id}: LATE" in reply["text"] and f"on {late.isoformat()}" in reply["text"]
        alert = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES and "供应商延期" in c["text"],
                                            timeout=30)
        assert f"推迟到 {late.isoformat()}" in alert["text"] and "85099B" in alert["text"]
        buyer = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == BUYER and "Late supplier" in
                                            c["text"], timeout=30)
        assert "Accept delay, tell customer" in _buttons(buyer)
        since = len(botapi.calls())
        tap = botapi.make_update("callback_query", user_id=SALES, data=_buttons(alert)["接受延期并告知客户"],
                                 message=alert)
        tap["callback_query"]["from"]["language_code"] = "zh-hans"  # her Telegram reads Chinese too
        botapi.push(tap)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20, since=since)
        assert answer["text"] == f"已接受延期，新交期 {late.isoformat()}"
        told = await botapi.wait_for_async("sendMessage", lambda c: c["chat_id"] == SALES and "可告知客户" in
                                           c["text"], timeout=20)
        assert late.isoformat() in told["text"]
    with tandem.uow() as uow:
        order = uow.orders.get(alert_order(uow))
        assert order.due_date == late
        assert "alert.delay_accepted" in [r.action for r in uow.session.exec(select(orm.AuditRow))]


def alert_order(uow) -> int:
    row = uow.session.exec(select(orm.AlertRow).where(orm.AlertRow.kind == "supplier_late")).first()
    return row.data["order_id"]
