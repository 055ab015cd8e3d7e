"""Invites, approvals with 'Why?', /approvals, /web and reminders through PTB's real stack and the stand-in."""
from __future__ import annotations

import re

from tests.access.conftest import draft_po
from tests.fixtures.botapi import botapi, botapi_server  # noqa: F401  (fixtures)
from tests.fixtures.tandem_bot import running_bot

SAM, MIA, LI, DAN, ADA = 9101, 9102, 9103, 9104, 9105




def _to(chat, text=""):
    return lambda c: c["chat_id"] == chat and text in c.get("text", "")


async def test_invite_by_admin_links_once_in_english_and_chinese(light, botapi):
    async with running_bot(light, botapi):
        botapi.push_message(MIA, "/invite buyer Bea")
        assert (await botapi.wait_for_async("sendMessage", _to(MIA)))["text"] == "Only an admin may do that."
        botapi.push_message(ADA, "/invite buyer Bea")
        made = await botapi.wait_for_async("sendMessage", _to(ADA, "/start"))
        code = re.search(r"/start ([A-Za-z0-9_-]+)", made["text"])[1]
        assert f"?start={code}" in made["text"]
        botapi.push_message(7001, f"/start {code}", language_code="zh")
        assert (await botapi.wait_for_async("sendMessage", _to(7001)))["text"] == "欢迎，Bea：您已作为 buyer 绑定。"
        botapi.push_message(7002, f"/start {code}")
        assert (await botapi.wait_for_async("sendMessage", _to(7002)))["text"] == "This invite was already used."
        botapi.push_message(7003, "/start forged", language_code="zh")
        assert (await botapi.wait_for_async("sendMessage", _to(7003)))["text"] == "此邀请无效。"
        botapi.push_message(7003, "/users")
        assert "only answers Tandem users" in (await botapi.wait_for_async("sendMessage", _to(7003, "Tandem")))["text"]
        botapi.push_message(ADA, "/users")
        listed = await botapi.wait_for_async("sendMessage", _to(ADA, "Users:"))
        assert "• Bea — buyer" in listed["text"]
        await botapi.wait_for_async("sendMessage", _to(ADA, "Bea joined Tandem as buyer."))


async def test_reject_asks_why_and_late_taps_are_answered(light, botapi):
    async with running_bot(light, botapi):
        po_id = draft_po(light)
        request = await botapi.wait_for_async("sendMessage", _to(MIA, f"PO {po_id}"))
        rows = request["reply_markup"]["inline_keyboard"]
        assert [[b["text"] for b in row] for row in rows] == [["✅ Approve", "❌ Reject"], ["✏️ Ask for change"]]
        assert "Next best: Quick Co at 60.00 (+10.00)" in request["text"]
        assert "Budget: approved this month 0.00; with this PO 50.00" in request["text"]
        zh = await botapi.wait_for_async("sendMessage", _to(LI, f"采购单 {po_id}"))
        assert [b["text"] for b in zh["reply_markup"]["inline_keyboard"][0]] == ["✅ 批准", "❌ 拒绝"]
        assert "次优供应商" in zh["text"]

        botapi.push_callback(MIA, rows[0][1]["callback_data"], request)
        why = await botapi.wait_for_async("sendMessage", _to(MIA, "Why are you rejecting"))
        assert why["reply_markup"]["force_reply"] is True
        assert (await botapi.wait_for_async("answerCallbackQuery"))["text"] == "Why? Reply with the reason."
        botapi.push_message(MIA, "too expensive this month")
        done = await botapi.wait_for_async("sendMessage", _to(MIA, "rejected by Mia"))
        assert done["text"] == f"PO {po_id} rejected by Mia"
        told = await botapi.wait_for_async("sendMessage", _to(SAM, "rejected"))
        assert told["text"] == f"PO {po_id} rejected by Mia. Reason: too expensive this month"

        botapi.push_callback(LI, zh["reply_markup"]["inline_keyboard"][0][0]["callback_data"], zh)
        late = await botapi.wait_for_async("answerCallbackQuery", lambda c: "already" in c.get("text", ""))
        assert late["text"] == f"PO {po_id} already rejected by Mia."


async def test_approvals_list_override_web_link_and_reminders(light, botapi):
    light.deps.extra["settings"] = light.settings  # reminders read these hours
    light.settings.approval_remind_hours = 0
    async with running_bot(light, botapi) as app:
        botapi.push_message(LI, "/approvals", language_code="zh-hans")  # Li's Telegram reads Chinese
        assert (await botapi.wait_for_async("sendMessage", _to(LI)))["text"] == "没有等待您审批的采购单。"
        po_id = draft_po(light, requested_by_tg=ADA)  # Ada requested it: four eyes keep her out of the chain
        await botapi.wait_for_async("sendMessage", _to(MIA, f"PO {po_id}"))
        [job] = app.job_queue.get_jobs_by_name("approval_reminders")
        await job.run(app)
        reminder = await botapi.wait_for_async("sendMessage", _to(MIA, "⏰ Reminder"))
        assert reminder["reply_markup"]["inline_keyboard"][0][0]["text"] == "✅ Approve"
        await botapi.wait_for_async("sendMessage", _to(LI, "⏰ 提醒"))

        botapi.push_message(ADA, "/approvals")
        listed = await botapi.wait_for_async("sendMessage", _to(ADA, "admin view"))
        [[override]] = listed["reply_markup"]["inline_keyboard"]
        assert override["text"] == "⚠️ Admin override: approve"
        botapi.push_callback(ADA, override["callback_data"], listed)
        answer = await botapi.wait_for_async("answerCallbackQuery", _to_answer("approved by Ada"))
        assert answer["text"] == f"PO {po_id} approved by Ada"
        botapi.push_callback(MIA, reminder["reply_markup"]["inline_keyboard"][0][0]["callback_data"], reminder)
        await botapi.wait_for_async("answerCallbackQuery", _to_answer(f"PO {po_id} already approved by Ada."))

        botapi.push_message(DAN, "/web")
        link = await botapi.wait_for_async("sendMessage", _to(DAN, "login?code="))
        assert "one-time login link" in link["text"]


def _to_answer(text):
    return lambda c: text in c.get("text", "")
