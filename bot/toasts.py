"""Short answers to button taps in the user's language (core answers in English, with fields)."""
from __future__ import annotations

import re

# Outcome by status, when the result carries the fields; refusals by their English wording.
ZH_STATUS = {
    "approved": "采购单 {po_id} 已由 {by} 批准",
    "rejected": "采购单 {po_id} 已由 {by} 拒绝",
    "confirmed": "订单 {order_id} 已确认",
    "delay_accepted": "已接受延期，新交期 {eta}",
    "expedite_requested": "已生成采购单 {po_id} 的加急请求",
    "split": "已分批发货：其余 {eta}",
    "other_supplier": "采购单 {po_id}：改由 {supplier} 供货",
    "stock_up_drafted": "已起草备货采购单 {po_id}（{quantity:g} × {sku}），已送审批",
    "dismissed": "提醒已忽略",
}
ZH_PATTERNS = [
    (r"PO (\d+) already approved by (.+?)\.?$", "采购单 {0} 已由 {1} 批准，无需重复操作"),
    (r"PO (\d+) already rejected by (.+?)\.?$", "采购单 {0} 已由 {1} 拒绝"),
    (r"Already handled: (.+?) by (.+?)\.$", "已处理：{0}（{1}）"),
    (r"This button is not valid\.", "此按钮无效。"),
    (r"This button is not yours\.", "此按钮不属于您。"),
    (r"This button has expired\.", "此按钮已过期。"),
    (r"You are not linked to Tandem\.", "您尚未关联 Tandem 账户。"),
    (r"Quantity set to ([\d.]+)", "数量已改为 {0}"),
    (r"Please type a positive number, e\.g\. 120\.", "请输入正数，例如 120。"),
    (r"Order (\d+) is already confirmed\.", "订单 {0} 已确认过。"),
    (r"Already handled: stock_up by (.+?)\.$", "已由 {0} 处理：已起草备货采购单。"),
    (r"Already handled: dismissed by (.+?)\.$", "已由 {0} 忽略。"),
    (r"stock-up PO (\d+) for (\S+) already waits", "{1} 的备货采购单 {0} 已在等待审批"),
    (r"nothing to stock up for (\S+): ", "{0} 无需备货："),
    (r"(\d+) line\(s\) still need a product or quantity\.", "还有 {0} 行需要确认产品或数量。"),
]


def toast(result: dict, lang: str) -> str:
    """The answer to show for a tap: Chinese when the user reads Chinese and we know the wording."""
    message = result.get("message", "")
    if lang != "zh":
        return message
    template = ZH_STATUS.get(result.get("status", ""))
    if template:
        try:
            return template.format(**result)
        except KeyError:
            pass
    for pattern, text in ZH_PATTERNS:
        found = re.match(pattern, message)
        if found:
            return text.format(*found.groups())
    return message
