"""Short answer texts for buyers' questions, in English or Chinese (phone-sized)."""
from __future__ import annotations

from datetime import date

TEXT = {
    "en": {
        "free": "{sku} {name}\nFree {free:g} {unit} (on hand {on_hand:g}, reserved {reserved:g}{back})",
        "back": ", backordered {q:g}",
        "on_order": "On order {q:g} · due {due} (PO {po})",
        "on_order_nodate": "On order {q:g} (PO not approved yet)",
        "rate": "Sells ~{rate} /day → lasts {days} (to {end})",
        "rate_none": "No sales in {start}…{end}",
        "which": "Which one do you mean by “{mention}”?",
        "which_product": "Which product? E.g. “how many M8x30 bolts do we have” or /stock M8x30",
        "unclear": "I can answer these — which one?\n• stock: “how many M8 bolts do we have”\n"
                   "• arrivals: “what arrives this week”\n• run-outs: “what runs out in the next 7 days”\n"
                   "• prices: “who sells 6204 bearings cheapest”\n• /suggestions, /heatmap",
        "runout_head": "Runs out within {days} days ({n}):",
        "runout_none": "Nothing runs out within {days} days.",
        "runout_line": "• {sku} {name}: {free:g} left, ~{rate}/day → {when}",
        "runout_saved": " · PO due {due}",
        "runout_window": "(demand {start}…{end})",
        "more": "+{n} more",
        "incoming_head": "Arriving {period} ({n} lines):",
        "incoming_all": "On order, not yet received ({n} lines):",
        "incoming_none": "Nothing due {period}.",
        "incoming_none_all": "Nothing on order.",
        "incoming_next": "Next: {due} · {q:g} × {sku} (PO {po})",
        "incoming_line": "• {due}{late} · {q:g} × {sku} {name} — {supplier} (PO {po})",
        "late": " LATE",
        "cheap_head": "Cheapest for {sku} {name} at {q:g} {unit}:",
        "cheap_line": "{n}. {supplier} — {price:.2f}/{unit}, MOQ {moq:g}, pack {pack:g}, {lead:g} days",
        "cheap_none": "No supplier offers {sku} {name}.",
        "sugg_head": "Open suggestions: {n} lines, {m} suppliers",
        "sugg_supplier": "{supplier}: {lines} lines · {total:.2f}",
        "sugg_line": " • {q:g} × {sku} @ {price:g}",
        "sugg_none": "No open purchase suggestions.",
        "heatmap": "Days of cover by product group ({n} products; demand {start}…{end})",
        "b_draft": "🛒 Draft PO · {sku}", "b_draft_all": "🛒 Draft POs for all {n}",
        "b_draft_with": "🛒 Draft PO with {supplier} ({q:g})", "b_draft_sugg": "🛒 Draft {n} PO(s)",
        "b_incoming": "📦 What arrives this week", "b_runout": "⏳ Runs out in 7 days",
        "b_sugg": "🛒 Open suggestions",
        "about": "What about {sku} {name}?", "b_stock": "📦 Stock", "b_cheapest": "💰 Cheapest supplier",
        "b_arrivals": "🚚 When it arrives",
        "drafted": "Drafted {pos}; sent for approval.", "drafted_none": "Nothing to draft: {why}",
        "covered": "stock and open POs cover it", "already": "already drafted",
        "today": "today", "days": "{n:g} days", "never": "no demand",
        "period_days": "within {n} days", "period_today": "today",
    },
    "zh": {
        "free": "{sku} {name}\n可用 {free:g} {unit}（在库 {on_hand:g}，已预留 {reserved:g}{back}）",
        "back": "，欠交 {q:g}",
        "on_order": "在途 {q:g} · 预计 {due} 到（PO {po}）",
        "on_order_nodate": "在途 {q:g}（PO 尚未批准）",
        "rate": "日均销量约 {rate} → 可用 {days}（至 {end}）",
        "rate_none": "{start}…{end} 无销售",
        "which": "“{mention}”指的是哪一个？",
        "which_product": "哪个产品？例如“M8x30螺栓还有多少”或 /stock M8x30",
        "unclear": "我可以回答这些，请选择：\n• 库存：“M8螺栓还有多少”\n• 到货：“这周到什么货”\n"
                   "• 断货：“未来7天哪些会断货”\n• 价格：“6204轴承谁家最便宜”\n• /suggestions，/heatmap",
        "runout_head": "{days} 天内会断货（{n} 个）：",
        "runout_none": "{days} 天内没有会断货的产品。",
        "runout_line": "• {sku} {name}：剩 {free:g}，日均约 {rate} → {when}",
        "runout_saved": " · PO {due} 到",
        "runout_window": "（需求 {start}…{end}）",
        "more": "另有 {n} 个",
        "incoming_head": "{period}到货（{n} 行）：",
        "incoming_all": "已订未到（{n} 行）：",
        "incoming_none": "{period}没有到货。",
        "incoming_none_all": "没有在途订单。",
        "incoming_next": "下一批：{due} · {q:g} × {sku}（PO {po}）",
        "incoming_line": "• {due}{late} · {q:g} × {sku} {name} — {supplier}（PO {po}）",
        "late": " 逾期",
        "cheap_head": "{sku} {name} 最便宜（按 {q:g} {unit}）：",
        "cheap_line": "{n}. {supplier} — {price:.2f}/{unit}，起订 {moq:g}，包装 {pack:g}，交期 {lead:g} 天",
        "cheap_none": "没有供应商供应 {sku} {name}。",
        "sugg_head": "待处理采购建议：{n} 行，{m} 家供应商",
        "sugg_supplier": "{supplier}：{lines} 行 · {total:.2f}",
        "sugg_line": " • {q:g} × {sku} @ {price:g}",
        "sugg_none": "没有待处理的采购建议。",
        "heatmap": "各产品组库存可用天数（{n} 个产品；需求 {start}…{end}）",
        "b_draft": "🛒 起草采购单 · {sku}", "b_draft_all": "🛒 全部起草（{n}）",
        "b_draft_with": "🛒 向 {supplier} 起草（{q:g}）", "b_draft_sugg": "🛒 起草 {n} 张采购单",
        "b_incoming": "📦 本周到货", "b_runout": "⏳ 7天内断货", "b_sugg": "🛒 采购建议",
        "about": "{sku} {name}：想查什么？", "b_stock": "📦 库存", "b_cheapest": "💰 最便宜供应商",
        "b_arrivals": "🚚 到货时间",
        "drafted": "已起草 {pos}，已提交审批。", "drafted_none": "无需起草：{why}",
        "covered": "库存和在途采购单已足够", "already": "已起草过",
        "today": "今天", "days": "{n:g} 天", "never": "无需求",
        "period_days": "{n} 天内", "period_today": "今天",
    },
}


def t(lang: str, key: str, **kw) -> str:
    """The text for `key` in `lang` (English when unknown)."""
    return TEXT.get(lang, TEXT["en"])[key].format(**kw)


def name_in(lang: str, name: str, name_zh: str = "") -> str:
    """The product's name in the asker's language when the catalogue has it, shortened for a phone."""
    text = name_zh if lang == "zh" and name_zh else name
    return text if len(text) <= 40 else text[:39] + "…"


def rate_text(rate: float) -> str:
    """Daily demand to two significant figures ("0.35", "12")."""
    return f"{rate:.2g}" if rate < 10 else f"{rate:.0f}"


def lasts(lang: str, cover: float) -> str:
    """'3 days', 'today' or 'no demand'."""
    if cover == float("inf"):
        return t(lang, "never")
    if cover < 1:
        return t(lang, "today")
    return t(lang, "days", n=int(cover))


def period(lang: str, days: int | None, phrase: str) -> str:
    """How the question named its window, echoed back ("this week", "within 7 days")."""
    if phrase:
        return phrase
    return t(lang, "period_today") if days == 0 else t(lang, "period_days", n=days)


def short_date(day: date) -> str:
    """ISO date: unambiguous for both languages."""
    return day.isoformat()
