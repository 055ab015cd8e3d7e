"""The late-supplier alert and the tap answers, in English and Chinese."""
from __future__ import annotations

from bot import render, supplier  # noqa: F401  (registers the renderers)
from bot.toasts import toast

PAYLOAD = {"sku": "BOLT", "name": "Hex bolt", "po_id": 4, "supplier": "Cheap Co", "old_date": "2026-12-01",
           "new_date": "2026-12-20", "days_late": 19, "short": 0.0, "order_id": 9, "quantity": 25.0,
           "customer": "Acme", "due_date": "2026-12-05",
           "actions": [[["expedite", "t1"], ["other_supplier", "t2"]],
                       [["split_delivery", "t3"], ["accept_delay", "t4"]]]}


def _labels(markup):
    return [b.text for row in markup.inline_keyboard for b in row]


def test_english_and_chinese_alerts_name_the_delay_the_order_and_the_actions():
    text, markup = render.outbound("supplier_late", PAYLOAD, "en")
    assert "Cheap Co moves PO 4" in text and "to 2026-12-20 (+19 days)" in text and "Order 9 · Acme" in text
    assert _labels(markup) == ["Expedite", "Other supplier", "Split: ship what is here", "Accept delay, tell customer"]
    text, markup = render.outbound("supplier_late", {**PAYLOAD, "short": 40.0}, "zh")
    assert "推迟到 2026-12-20（晚 19 天）" in text and "40 无法按期到货" in text
    assert _labels(markup)[-1] == "接受延期并告知客户" and markup.inline_keyboard[1][1].callback_data == "t4"


def test_tap_answers_in_chinese():
    assert toast({"status": "delay_accepted", "eta": "2026-12-20", "message": "New date 2026-12-20"},
                 "zh") == "已接受延期，新交期 2026-12-20"
    assert toast({"status": "refused", "message": "Already handled: delay_accepted by Sam."}, "zh") == \
        "已处理（已接受延期），处理人：Sam。"
