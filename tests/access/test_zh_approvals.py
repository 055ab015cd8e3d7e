"""In Chinese, end to end: approve, reject with a reason, ask for a change, four eyes, /approvals, invite, revoke."""
from __future__ import annotations

import re

from core.adapters import orm
from core.domain.commands_access import SetLanguage
from tests.access.conftest import draft_po
from tests.fixtures.botapi import botapi, botapi_server  # noqa: F401  (fixtures)
from tests.fixtures.tandem_bot import running_bot

SAM, MIA, LI, ADA = 9101, 9102, 9103, 9105
ZH = "zh-hans"


def _to(chat, text=""):
    return lambda c: c["chat_id"] == chat and text in c.get("text", "")


def _buttons(call) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in call["reply_markup"]["inline_keyboard"] for b in row}


def _submit(light, draft: bool = True) -> int | None:
    """Sam reads Chinese too; a PO Sam requested goes to Li and Mia (written before the bot runs: one SQLite writer)."""
    light.handle(SetLanguage(SAM, "zh"))
    return draft_po(light) if draft else None


async def _request(botapi, po_id: int):
    """Li's request for the PO, with its Chinese buttons."""
    request = await botapi.wait_for_async("sendMessage", _to(LI, f"采购单 {po_id}"), timeout=20)
    assert list(_buttons(request)) == ["✅ 批准", "❌ 拒绝", "✏️ 要求修改"]
    assert "次优供应商：Quick Co" in request["text"] and "预算：本月已批准 0.00" in request["text"]
    return request


async def test_approvals_list_then_approve(light, botapi):
    _submit(light, draft=False)
    async with running_bot(light, botapi):
        botapi.push_message(LI, "/approvals", language_code=ZH)
        assert (await botapi.wait_for_async("sendMessage", _to(LI)))["text"] == "没有等待您审批的采购单。"
        po_id = draft_po(light)
        await _request(botapi, po_id)
        since = len(botapi.calls())
        botapi.push_message(LI, "/approvals", language_code=ZH)
        listed = await botapi.wait_for_async("sendMessage", _to(LI, f"采购单 {po_id}"), since=since)
        assert "✅ 批准" in _buttons(listed)
        botapi.push_callback(LI, _buttons(listed)["✅ 批准"], listed, language_code=ZH)
        answer = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        assert answer["text"] == f"采购单 {po_id} 已由 Li Wei 批准"
        edited = await botapi.wait_for_async("editMessageText", _to(LI), timeout=20)
        assert edited["text"].endswith(f"— 采购单 {po_id} 已由 Li Wei 批准")
        told = await botapi.wait_for_async("sendMessage", _to(SAM), timeout=20)
        assert told["text"] == f"采购单 {po_id} 已被 Li Wei 批准。"


async def test_reject_with_a_reason(light, botapi):
    po_id = _submit(light)
    async with running_bot(light, botapi):
        request = await _request(botapi, po_id)
        botapi.push_callback(LI, _buttons(request)["❌ 拒绝"], request, language_code=ZH)
        assert (await botapi.wait_for_async("answerCallbackQuery", timeout=20))["text"] == "为什么？请回复原因。"
        why = await botapi.wait_for_async("sendMessage", _to(LI, f"为什么拒绝采购单 {po_id}？请回复原因。"), timeout=20)
        assert why["reply_markup"]["force_reply"] is True
        since = len(botapi.calls())
        botapi.push_message(LI, "本月太贵", language_code=ZH)
        done = await botapi.wait_for_async("sendMessage", _to(LI, "拒绝"), timeout=20, since=since)
        assert done["text"] == f"采购单 {po_id} 已由 Li Wei 拒绝"
        told = await botapi.wait_for_async("sendMessage", _to(SAM), timeout=20)
        assert told["text"] == f"采购单 {po_id} 已被 Li Wei 拒绝。 原因：本月太贵"


async def test_ask_for_a_change(light, botapi):
    po_id = _submit(light)
    async with running_bot(light, botapi):
        request = await _request(botapi, po_id)
        botapi.push_callback(LI, _buttons(request)["✏️ 要求修改"], request, language_code=ZH)
        assert (await botapi.wait_for_async("answerCallbackQuery", timeout=20))["text"] == "需要修改什么？请回复。"
        await botapi.wait_for_async("sendMessage", _to(LI, f"采购单 {po_id} 需要修改什么？请回复。"), timeout=20)
        botapi.push_message(LI, "请改成每箱50个", language_code=ZH)
        done = await botapi.wait_for_async("sendMessage", _to(LI, "退回修改"), timeout=20)
        assert done["text"] == f"采购单 {po_id} 已由 Li Wei 退回修改"
        told = await botapi.wait_for_async("sendMessage", _to(SAM), timeout=20)
        assert told["text"] == f"采购单 {po_id} 已被 Li Wei 退回修改。 原因：请改成每箱50个"


async def test_four_eyes_refusal_and_a_late_tap(light, botapi):
    po_id = draft_po(light)  # Sam asked; Li and Mia get the request
    with light.uow() as uow:  # then Li took the request over from Sam: now it is Li's own (before the bot runs,
        row = uow.session.get(orm.PurchaseOrderRow, po_id)  # as SQLite takes one writer at a time)
        row.requested_by = uow.users.by_telegram(LI).id
        uow.session.add(row)
        uow.commit()
    async with running_bot(light, botapi):
        request = await botapi.wait_for_async("sendMessage", _to(LI, f"采购单 {po_id}"), timeout=20)
        botapi.push_callback(LI, _buttons(request)["✅ 批准"], request, language_code=ZH)
        refused = await botapi.wait_for_async("answerCallbackQuery", timeout=20)
        assert refused["text"] == "四眼原则：您不能审批自己提交的申请。"
        mia = await botapi.wait_for_async("sendMessage", _to(MIA, f"PO {po_id}"), timeout=20)
        botapi.push_callback(MIA, _buttons(mia)["✅ Approve"], mia)
        await botapi.wait_for_async("answerCallbackQuery", lambda c: "approved by Mia" in c.get("text", ""))
        botapi.push_callback(LI, _buttons(request)["✅ 批准"], request, language_code=ZH)
        late = await botapi.wait_for_async("answerCallbackQuery", lambda c: "Mia" in c.get("text", "") and
                                           "采购单" in c.get("text", ""), timeout=20)
        assert late["text"] == f"采购单 {po_id} 已由 Mia 批准，无需重复操作"


async def test_admin_invites_and_revokes(light, botapi):
    async with running_bot(light, botapi):
        botapi.push_message(MIA, "/invite buyer Bea", language_code=ZH)
        assert (await botapi.wait_for_async("sendMessage", _to(MIA)))["text"] == "只有管理员可以这样做。"
        botapi.push_message(ADA, "/invite buyer Bea", language_code=ZH)
        made = await botapi.wait_for_async("sendMessage", _to(ADA, "/start"))
        assert made["text"].startswith("buyer (Bea) 的邀请，7 天内有效，仅可使用一次：")
        code = re.search(r"/start ([A-Za-z0-9_-]+)", made["text"])[1]
        botapi.push_message(7001, f"/start {code}", language_code=ZH)
        assert (await botapi.wait_for_async("sendMessage", _to(7001)))["text"] == "欢迎，Bea：您已作为 buyer 绑定。"
        assert (await botapi.wait_for_async("sendMessage", _to(ADA, "Bea 已加入")))["text"] == \
            "Bea 已加入 Tandem，角色：buyer。"
        botapi.push_message(ADA, "/users", language_code=ZH)
        assert "• Bea — buyer" in (await botapi.wait_for_async("sendMessage", _to(ADA, "用户：")))["text"]
        botapi.push_message(ADA, "/revoke Bea", language_code=ZH)
        assert (await botapi.wait_for_async("sendMessage", _to(ADA, "Bea 已无法")))["text"] == "Bea 已无法再使用 Tandem。"
        botapi.push_message(ADA, "/revoke nobody", language_code=ZH)
        assert (await botapi.wait_for_async("sendMessage", _to(ADA, "没有名为")))["text"] == \
            "没有名为 nobody 的有效用户或邀请。"
        botapi.push_message(7001, "/stock", language_code=ZH)
        assert (await botapi.wait_for_async("sendMessage", _to(7001, "抱歉")))["text"].startswith("抱歉，本机器人")
