"""Approvals: route POs through the approval chain, act on Approve / Reject / Ask for change / override taps."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlmodel import delete, select

from core.adapters import orm
from core.adapters import tables_access as ta
from core.domain import commands, events
from core.domain import commands_access as cmds
from core.domain.access import ESCALATION, UserRevoked, approve_step, aware, next_step, send_back
from core.domain.purchasing import ApprovalRequest, PurchaseOrder, PurchasingError
from core.service import approval_followups, approval_why
from core.service import buttons as buttons_mod
from core.service.journal import actor_name, audit, raise_alert, tell
from core.service.messagebus import reaction

DECISIONS = ("approve", "reject", "change")
PROMPT_TTL = timedelta(minutes=30)
# Labels for the keyboard kept on the request while the bot asks "Why?" (the bot renders the rest).
LABELS = {"en": {"approve": "✅ Approve", "reject": "❌ Reject", "change": "✏️ Ask for change"},
          "zh": {"approve": "✅ 批准", "reject": "❌ 拒绝", "change": "✏️ 要求修改"}}


def candidates(uow, po: PurchaseOrder, role: str, exclude: set[int]) -> tuple[str | None, list]:
    """Linked, active users with `role`, or the next role up when there are none; never the requester."""
    while role:
        users = [u for u in uow.users.list() if u.role == role and u.active and u.telegram_id
                 and u.id != po.requested_by and u.id not in exclude]
        if users:
            return role, users
        role = ESCALATION.get(role)
    return None, []


def route(uow, po: PurchaseOrder, level: int, role: str, exclude: set[int] = frozenset(), at: datetime | None = None,
          **flags) -> int:
    """Open a request at `level` for everyone with the role and send each their own buttons."""
    role_used, users = candidates(uow, po, role, set(exclude) | approvers(uow, po.id))
    for user in users:
        request = uow.approvals.add(ApprovalRequest(po.id, user.id, level))
        if at is not None:  # escalations count their waiting time from the job's clock
            uow.session.get(orm.ApprovalRow, request.id).created_at = at
        tokens = {a: buttons_mod.issue(uow, a, "purchase_order", po.id, user.id, po.version, level=level)
                  for a in DECISIONS}
        tell(uow, user.id, "approval_request", **approval_why.payload(uow, po, level, tokens, **flags))
        audit(uow, "system", "approval.requested", "purchase_order", po.id, approver=user.id, request=request.id,
              level=level, role=role_used)
        uow.publish(events.ApprovalRequested(request.id, po.id, user.id))
    return len(users)


def approvers(uow, po_id: int) -> set[int]:
    """Who already approved a level of this PO (four eyes across levels too)."""
    stmt = select(orm.ApprovalRow.approver_id).where(orm.ApprovalRow.po_id == po_id,
                                                     orm.ApprovalRow.status == "approved")
    return set(uow.session.exec(stmt))


def request_approval(event: events.PurchaseOrderDrafted, uow) -> None:
    """Submit the draft to the first step of its chain; it waits in draft when nobody may approve it."""
    with uow:
        po = uow.purchase_orders.get(event.po_id)
        if po is None or po.status != "draft":
            return
        level, role = approval_why.chain(uow, po)[0]
        if not candidates(uow, po, role, set())[1]:
            raise_alert(uow, "no_approver", f"PO {po.id} waits: no linked {role} can approve it", po_id=po.id)
            uow.commit()
            return
        po.submit()
        route(uow, po, level, role)
        uow.commit()


def submit(cmd: commands.SubmitPurchaseOrder, uow) -> dict:
    """Send a draft (e.g. one sent back for a change) for approval again."""
    request_approval(events.PurchaseOrderDrafted(cmd.po_id), uow)
    with uow:
        po = uow.purchase_orders.get(cmd.po_id)
        return {"po_id": cmd.po_id, "status": po.status if po else None}


def decide(uow, token, user, cmd: commands.PressButton) -> dict:
    """A decision tapped: check version and turn, ask for a reason when needed, then act."""
    po = uow.purchase_orders.get(token.entity_id)
    if po is None:
        return {"status": "refused", "message": "This PO no longer exists."}
    level = int((token.data or {}).get("level", 1))
    mine = [r for r in uow.approvals.pending_for_po(po.id) if r.approver_id == user.id and r.level == level]
    if po.version != token.version or po.status != "pending_approval" or not mine:
        return {"status": "refused", "message": already(uow, po, level)}
    reason = cmd.reason.strip()
    if token.action in ("reject", "change") and not reason:
        return _ask_reason(uow, token, user, po)
    try:
        if token.action == "approve":
            if user.id in approvers(uow, po.id):
                raise PurchasingError(f"four-eyes rule: you already approved PO {po.id} at an earlier level")
            step = next_step(approval_why.chain(uow, po), level)
            if step is not None:
                return _next_level(uow, po, user, level, step)
            po.approve(user.id)
        elif token.action == "reject":
            po.reject(user.id, reason)
        else:
            send_back(po, user.id, reason)
            po.decided_by = user.id
    except PurchasingError as exc:
        return {"status": "refused", "message": str(exc)}
    return _finish(uow, po, user, level, reason)


def _next_level(uow, po: PurchaseOrder, user, level: int, step: tuple[int, str]) -> dict:
    approve_step(po, user.id)
    _close(uow, po.id, user.id, "approved", level)
    sent = route(uow, po, *step)
    if not sent:
        raise_alert(uow, "no_approver", f"PO {po.id} waits: no linked {step[1]} for level {step[0]}", po_id=po.id)
    audit(uow, actor_name(user), "po.level_approved", "purchase_order", po.id, level=level, next_role=step[1],
          total=po.total)
    tell(uow, po.requested_by, "approval_progress", po_id=po.id, by=user.name, level=level, next_role=step[1])
    _forget_prompt(uow, user.id)
    uow.commit()
    where = f"now with the {step[1]}" if sent else f"it waits: no linked {step[1]} (alert raised)"
    return {"status": "approved_level", "po_id": po.id, "by": user.name, "level": level, "next_role": step[1],
            "waiting": not sent, "message": f"PO {po.id} approved by {user.name} (level {level}); {where}"}


def _finish(uow, po: PurchaseOrder, user, level: int, reason: str, override: bool = False) -> dict:
    """Approved, rejected or sent back: close every open request, spend every button, tell the requester."""
    status = "changes_requested" if po.status == "draft" else po.status
    _close(uow, po.id, user.id, status, level)
    if po.status == "approved":
        for line in po.lines:
            uow.stock.get(line.sku).expect(line.quantity, po.id)
    action = "po.change_requested" if status == "changes_requested" else f"po.{po.status}"
    audit(uow, actor_name(user), action, "purchase_order", po.id, reason=reason, total=po.total, level=level,
          override=override or None)
    tell(uow, po.requested_by, "decision", po_id=po.id, status=status, by=user.name, reason=reason)
    _forget_prompt(uow, user.id)
    uow.commit()
    verb = "sent back for a change" if status == "changes_requested" else po.status
    return {"status": status, "po_id": po.id, "by": user.name, "message": f"PO {po.id} {verb} by {user.name}"}


def override(uow, token, user, cmd: commands.PressButton) -> dict:
    """An admin approves outright, past the chain and the four-eyes rule; audited as an override."""
    po = uow.purchase_orders.get(token.entity_id)
    if user.role != "admin":
        return {"status": "refused", "message": "Only an admin may override."}
    if po is None or po.version != token.version or po.status != "pending_approval":
        return {"status": "refused", "message": already(uow, po, 0) if po else "This PO no longer exists."}
    try:
        po.approve(user.id, override=True)
    except PurchasingError as exc:
        return {"status": "refused", "message": str(exc)}
    audit(uow, actor_name(user), "po.override", "purchase_order", po.id, requested_by=po.requested_by,
          total=po.total)
    return _finish(uow, po, user, 0, cmd.reason.strip(), override=True)


def _close(uow, po_id: int, user_id: int, status: str, level: int) -> None:
    for request in uow.approvals.pending_for_po(po_id):
        mine = request.approver_id == user_id and request.level == level
        request.close(status if mine else "superseded")
        uow.approvals.close(request)
    uow.approvals.use_tokens("purchase_order", po_id)


def already(uow, po: PurchaseOrder | None, level: int) -> str:
    """Why a tap came too late: 'PO 3 already approved by Ann.'"""
    if po is None:
        return "This PO no longer exists."
    status, decided_by = uow.purchase_orders.decision(po.id)  # as committed now, not as this tap first read it
    who = uow.users.get(decided_by) if decided_by else None
    by = f" by {who.name}." if who else "."
    if status == "draft":
        return f"PO {po.id} was already sent back for a change" + by
    if status != "pending_approval":
        return f"PO {po.id} already {status.replace('_', ' ')}" + by
    done = uow.session.exec(select(orm.ApprovalRow).where(orm.ApprovalRow.po_id == po.id,
                                                          orm.ApprovalRow.level == level,
                                                          orm.ApprovalRow.status == "approved")).first()
    if done is not None:
        name = getattr(uow.users.get(done.approver_id), "name", "someone")
        return f"PO {po.id} already approved by {name} (level {level}); it waits for the next level."
    return f"PO {po.id} changed since this button was sent; use /approvals for fresh buttons."


def _spent(uow, token) -> str:
    return already(uow, uow.purchase_orders.get(token.entity_id), int((token.data or {}).get("level", 1)))


def _ask_reason(uow, token, user, po: PurchaseOrder) -> dict:
    """Reject and Ask for change need a reason: remember the button, ask 'Why?' with a forced reply."""
    _forget_prompt(uow, user.id)
    uow.session.add(ta.PromptRow(user_id=user.id, token=token.token,
                                  expires_at=datetime.now(timezone.utc) + PROMPT_TTL))
    tell(uow, user.id, "ask_reason", po_id=po.id, action=token.action)
    audit(uow, actor_name(user), "approval.reason_asked", "purchase_order", po.id, button=token.action)
    uow.commit()
    labels = LABELS.get(user.language, LABELS["en"])
    tokens = {r.action: r.token for r in uow.session.exec(select(orm.ActionTokenRow).where(
        orm.ActionTokenRow.entity == "purchase_order", orm.ActionTokenRow.entity_id == po.id,
        orm.ActionTokenRow.user_id == user.id, orm.ActionTokenRow.version == po.version,
        orm.ActionTokenRow.used_at.is_(None)))}
    rows = [[[labels[a], tokens[a]] for a in ("approve", "reject") if a in tokens],
            [[labels["change"], tokens["change"]]] if "change" in tokens else []]
    return {"status": "prompt", "po_id": po.id, "action": token.action, "message": "Why? Reply with the reason.",
            "buttons": [r for r in rows if r]}


def _forget_prompt(uow, user_id: int) -> None:
    uow.session.execute(delete(ta.PromptRow).where(ta.PromptRow.user_id == user_id))


def answer_prompt(cmd: cmds.AnswerPrompt, uow) -> dict:
    """The text after 'Why?' becomes the reason of the button that asked; other text is not ours."""
    with uow:
        user = uow.users.by_telegram(cmd.telegram_id)
        prompt = uow.session.get(ta.PromptRow, user.id) if user else None
        if prompt is None or aware(prompt.expires_at) < datetime.now(timezone.utc):
            return {"handled": False}
        token = prompt.token
    result = buttons_mod.press(commands.PressButton(token, telegram_id=cmd.telegram_id, reason=cmd.text), uow)
    if result["status"] in ("refused", "prompt"):
        with uow:  # a stale prompt must not swallow the user's next message too
            _forget_prompt(uow, user.id)
            uow.commit()
    return {"handled": True, **result}


def on_revoked(event: UserRevoked, uow) -> None:
    """A revoked approver's open requests go to someone else at the same level."""
    with uow:
        for row in list(uow.session.exec(select(orm.ApprovalRow).where(orm.ApprovalRow.approver_id == event.user_id,
                                                                      orm.ApprovalRow.status == "pending"))):
            row.status, row.decided_at = "superseded", datetime.now(timezone.utc)
            uow.session.add(row)
            uow.session.flush()
            po = uow.purchase_orders.get(row.po_id)
            if po and po.status == "pending_approval" and not uow.approvals.pending_for_po(po.id):
                role = dict(approval_why.chain(uow, po)).get(row.level, "manager")
                if not route(uow, po, row.level, role, {event.user_id}):
                    raise_alert(uow, "no_approver", f"PO {po.id} waits: its approver was revoked", po_id=po.id)
        uow.commit()


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Approval handlers, the buttons' actions, reminders and the /approvals list."""
    event_handlers.setdefault(events.PurchaseOrderDrafted, []).append(
        reaction(request_approval, lambda e: request_approval(e, uow)))
    event_handlers.setdefault(UserRevoked, []).append(reaction(on_revoked, lambda e: on_revoked(e, uow)))
    command_handlers[commands.SubmitPurchaseOrder] = lambda c: submit(c, uow)
    command_handlers[cmds.AnswerPrompt] = lambda c: answer_prompt(c, uow)
    for action in DECISIONS:
        buttons_mod.ACTIONS[action] = decide
        buttons_mod.SPENT[action] = _spent
    buttons_mod.ACTIONS["override"] = override
    buttons_mod.SPENT["override"] = _spent
    approval_followups.register(event_handlers, command_handlers, uow, deps)
