"""Short answers to taps and typed replies in the user's language (core answers in English, with fields)."""
from __future__ import annotations

import re

# Outcome by status (and its variant: what changed, which prompt), when the result carries the fields.
ZH_STATUS = {
    "approved": "采购单 {po_id} 已由 {by} 批准",
    "rejected": "采购单 {po_id} 已由 {by} 拒绝",
    "changes_requested": "采购单 {po_id} 已由 {by} 退回修改",
    "approved_level": "采购单 {po_id} 已由 {by} 批准（第 {level} 级）；现等待 {next_role} 审批",
    "confirmed": "订单 {order_id} 已确认",
    "updated:sku": "“{mention}” → {sku}",
    "updated:quantity": "数量已改为 {quantity:g}",
    "prompt:reject": "为什么？请回复原因。",
    "prompt:change": "需要修改什么？请回复。",
    "prompt:quantity": "请输入数量",
    "substituted": "已预留 {quantity:g} × {substitute} 代替 {sku}",
    "other_supplier": "采购单 {po_id}：向 {supplier} 订购 {quantity:g} × {sku}",
    "split": "已分批：其余 {eta} 到货",
    "expedite_requested": "已生成采购单 {po_id} 的催货请求",
    "delay_accepted": "已接受延期，新交期 {eta}",
    "nothing_to_do": "缺货已解决，无需操作。",
    "stock_up_drafted": "已起草备货采购单 {po_id}（{quantity:g} × {sku}），已送审批",
    "dismissed": "提醒已忽略",
}
OUTCOMES = {"substituted": "已改用替代品", "other_supplier": "已换供应商", "split": "已分批交货",
            "expedite_requested": "已催货", "delay_accepted": "已接受延期", "nothing_to_do": "无需操作"}
# Refusals and other wordings without fields, by their English text; the most specific first.
ZH_PATTERNS = [
    (r"PO (\d+) already approved by (.+?) \(level (\d+)\); it waits for the next level\.",
     "采购单 {0} 已由 {1} 批准（第 {2} 级），正在等待下一级审批。"),
    (r"PO (\d+) already approved by (.+?)\.?$", "采购单 {0} 已由 {1} 批准，无需重复操作"),
    (r"PO (\d+) already rejected by (.+?)\.?$", "采购单 {0} 已由 {1} 拒绝"),
    (r"PO (\d+) was already sent back for a change(?: by (.+?))?\.$", "采购单 {0} 已由 {1} 退回修改"),
    (r"PO (\d+) changed since this button was sent; use /approvals for fresh buttons\.",
     "采购单 {0} 在此按钮发出后已变更；请用 /approvals 获取新按钮。"),
    (r"This PO no longer exists\.", "该采购单已不存在。"),
    (r"Only an admin may override\.", "只有管理员可以强制批准。"),
    (r"four-eyes rule: you cannot (?:approve|decide on) your own request", "四眼原则：您不能审批自己提交的申请。"),
    (r"four-eyes rule: you already approved PO (\d+) at an earlier level", "四眼原则：您已在上一级批准过采购单 {0}。"),
    (r"cannot \w+ PO (\d+): it is (.+)", "无法处理采购单 {0}：当前状态为 {1}。"),
    (r"This button is not valid\.", "此按钮无效。"),
    (r"This button is not yours\.", "此按钮不属于您。"),
    (r"This button has expired\.", "此按钮已过期。"),
    (r"This button was already used\.", "此按钮已用过。"),
    (r"You are not linked to Tandem\.", "您尚未关联 Tandem 账户。"),
    (r"Quantity set to ([\d.]+)", "数量已改为 {0}"),
    (r"Please type a positive number, e\.g\. 120\.", "请输入正数，例如 120。"),
    (r"Order (\d+) is already confirmed\.", "订单 {0} 已确认过。"),
    (r"Already handled: stock_up by (.+?)\.$", "已由 {0} 处理：已起草备货采购单。"),
    (r"Already handled: dismissed by (.+?)\.$", "已由 {0} 忽略。"),
    (r"stock-up PO (\d+) for (\S+) already waits", "{1} 的备货采购单 {0} 已在等待审批"),
    (r"nothing to stock up for (\S+): ", "{0} 无需备货："),
    (r"(\d+) line\(s\) still need a product or quantity\.", "还有 {0} 行需要确认产品或数量。"),
    (r"Already handled: (\w+) by (.+?)\.$", "已处理（{0}），处理人：{1}。"),
    (r"(\S+) no longer has ([\d.]+) available\.", "{0} 已没有 {1} 的可用库存。"),
    (r"No other supplier offers (\S+)\.", "没有其他供应商供应 {0}。"),
    (r"No open PO for (\S+) to expedite yet\.", "{0} 还没有可催货的采购单。"),
    (r"No expected arrival yet: order from a supplier first\.", "尚无预计到货日期：请先向供应商下单。"),
    (r"The shortage is already covered\.", "缺货已解决。"),
    (r"Invite for (\w+) revoked\.", "{0} 的邀请已撤销。"),
    (r"No active user or open invite called '?(.+?)'?\.$", "没有名为 {0} 的有效用户或邀请。"),
    (r"You cannot revoke yourself\.", "您不能撤销自己。"),
    (r"(.+) can no longer use Tandem\.", "{0} 已无法再使用 Tandem。"),
    (r"Message (\d+) processed", "消息 {0} 已处理"),
    (r"Message (\d+) is already (\w+)\.", "消息 {0} 已是 {1} 状态。"),
    (r"No message (\d+)\.", "没有消息 {0}。"),
]
PROMPTS = {"en": "New quantity for “{mention}”?", "zh": "“{mention}”的新数量是多少？"}


def _variant(result: dict) -> str:
    status = result.get("status", "")
    detail = result.get("change") or result.get("action") or (result.get("prompt") or {}).get("kind")
    return f"{status}:{detail}" if detail and f"{status}:{detail}" in ZH_STATUS else status


def toast(result: dict, lang: str) -> str:
    """The answer to show for a tap: Chinese when the user reads Chinese and we know the wording."""
    message = result.get("message", "")
    if lang != "zh":
        return message
    template = ZH_STATUS.get(_variant(result))
    if template:
        try:
            return template.format(**{**result, "eta": result.get("eta") or "待下批"})
        except (KeyError, ValueError):
            pass
    for pattern, text in ZH_PATTERNS:
        found = re.match(pattern, message)
        if found:
            groups = [OUTCOMES.get(g, g) if g else "" for g in found.groups()]
            return text.format(*groups)
    return message


def prompt_text(prompt: dict, lang: str) -> str:
    """The question Tandem asks (a quantity) in the user's language; unknown kinds as the core worded them."""
    if prompt.get("kind") == "quantity" and prompt.get("mention") is not None:
        return PROMPTS.get(lang, PROMPTS["en"]).format(mention=prompt["mention"])
    return prompt.get("text", "")
