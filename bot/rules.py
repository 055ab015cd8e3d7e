"""Bot area 'rules': business-rule alerts in English or Chinese, with their actions as buttons."""
from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import render

TEXT = {
    "en": {"head": "⚠️ Rule “{rule}”", "price": "{sku} {name} from {supplier}: price {old:g} → {new:g} ({pct:+.1f}%)",
           "stock": "Stock {on_hand:g}, available {available:g}", "stock_up": "📦 Draft stock-up PO",
           "dismiss": "Dismiss"},
    "zh": {"head": "⚠️ 规则“{rule}”已触发", "price": "{sku} {name}（{supplier}）：价格 {old:g} → {new:g}（{pct:+.1f}%）",
           "stock": "库存 {on_hand:g}，可用 {available:g}", "stock_up": "📦 起草备货采购单",
           "dismiss": "忽略"},
}
SKIP = {"event", "name", "name_zh", "supplier_name", "on_hand", "available", "safety_stock"}


def _t(lang: str, key: str, **kw) -> str:
    return TEXT.get(lang if lang in TEXT else "en")[key].format(**kw)


def rule_alert(payload: dict, lang: str = "en") -> tuple[str, InlineKeyboardMarkup | None]:
    """The rule's name, what happened (prices in words, other events as their fields), and the buttons."""
    f = payload.get("fields", {})
    lines = [_t(lang, "head", rule=payload["rule"])]
    if "change_pct" in f and "new_price" in f:
        name = f.get("name_zh") if lang == "zh" else f.get("name")
        lines.append(_t(lang, "price", sku=f.get("sku"), name=name or "", supplier=f.get("supplier_name") or
                        f.get("supplier_id"), old=f["old_price"], new=f["new_price"], pct=f["change_pct"]))
    else:
        shown = ", ".join(f"{k}={v}" for k, v in f.items() if k not in SKIP and v not in (None, ""))
        lines.append(f"{payload.get('event', '')}: {shown}")
    if "on_hand" in f:
        lines.append(_t(lang, "stock", on_hand=f["on_hand"], available=f.get("available", 0)))
    actions = payload.get("actions") or {}
    row = [InlineKeyboardButton(_t(lang, a), callback_data=actions[a]) for a in ("stock_up", "dismiss") if a in actions]
    return "\n".join(lines)[:4000], InlineKeyboardMarkup([row]) if row else None


def register(app) -> None:
    """Only a renderer: rule alerts arrive through the outbox like every other message."""
    render.RENDERERS["rule_alert"] = rule_alert
