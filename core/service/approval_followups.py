"""Approval follow-ups: reminders, escalation to the next role, and the /approvals list with fresh buttons."""
from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from core.adapters import orm
from core.adapters import tables_access as ta
from core.config import get_settings
from core.domain import commands_access as cmds
from core.domain.access import ESCALATION, aware
from core.service import approval_why
from core.service import buttons as buttons_mod
from core.service.journal import audit, tell


def _tokens(uow, po, user_id: int, level: int, actions=("approve", "reject", "change")) -> dict:
    return {a: buttons_mod.issue(uow, a, "purchase_order", po.id, user_id, po.version, level=level) for a in actions}


def _followed(uow, request_id: int, kind: str) -> bool:
    stmt = select(ta.ApprovalFollowupRow).where(ta.ApprovalFollowupRow.request_id == request_id,
                                                 ta.ApprovalFollowupRow.kind == kind)
    return uow.session.exec(stmt).first() is not None


def remind(cmd: cmds.RemindApprovals, uow, settings) -> dict:
    """Remind each waiting approver once after N hours; after M hours bring in the next role, once."""
    remind_after = timedelta(hours=cmd.remind_after_hours if cmd.remind_after_hours is not None
                             else settings.approval_remind_hours)
    escalate_after = timedelta(hours=cmd.escalate_after_hours if cmd.escalate_after_hours is not None
                               else settings.approval_escalate_hours)
    from core.service.approvals import route  # approvals imports this module at load time

    done = {"reminded": 0, "escalated": 0}
    with uow:
        pending = list(uow.session.exec(select(orm.ApprovalRow).where(orm.ApprovalRow.status == "pending")
                                        .order_by(orm.ApprovalRow.id)))
        escalated_pos: set[tuple[int, int]] = set()
        for row in pending:
            po = uow.purchase_orders.get(row.po_id)
            approver = uow.users.get(row.approver_id)
            if po is None or po.status != "pending_approval" or approver is None:
                continue
            age = aware(cmd.now) - aware(row.created_at)
            if age >= escalate_after and not _followed(uow, row.id, "escalate"):
                uow.session.add(ta.ApprovalFollowupRow(request_id=row.id, kind="escalate", at=cmd.now))
                if (po.id, row.level) in escalated_pos:
                    continue  # one escalation per PO and level, however many approvers waited
                escalated_pos.add((po.id, row.level))
                role = ESCALATION.get(approver.role)
                hours = int(age.total_seconds() // 3600)
                sent = route(uow, po, row.level, role, at=cmd.now, escalated=True, waited_hours=hours,
                             waiting_on=approver.name) if role else 0
                audit(uow, "system", "approval.escalated", "purchase_order", po.id, request=row.id, to_role=role,
                      sent=sent)
                done["escalated"] += 1
            elif age >= remind_after and not _followed(uow, row.id, "remind"):
                uow.session.add(ta.ApprovalFollowupRow(request_id=row.id, kind="remind", at=cmd.now))
                tokens = _tokens(uow, po, approver.id, row.level)
                tell(uow, approver.id, "approval_request", **approval_why.payload(
                    uow, po, row.level, tokens, reminder=True, waited_hours=int(age.total_seconds() // 3600)))
                audit(uow, "system", "approval.reminded", "purchase_order", po.id, request=row.id,
                      approver=approver.id)
                done["reminded"] += 1
        uow.commit()
    return done


def list_approvals(cmd: cmds.ListApprovals, uow) -> dict:
    """Each PO waiting for this user, with fresh buttons; admins also get an override on every pending PO."""
    with uow:
        user = uow.users.by_telegram(cmd.telegram_id) if cmd.telegram_id else uow.users.get(cmd.user_id)
        if user is None:
            return {"status": "refused", "items": [], "message": "You are not linked to Tandem."}
        rows = uow.session.exec(select(orm.ApprovalRow).where(orm.ApprovalRow.status == "pending")
                                .order_by(orm.ApprovalRow.po_id))
        items, seen = [], set()
        for row in rows:
            po = uow.purchase_orders.get(row.po_id)
            if row.approver_id != user.id or po is None or po.status != "pending_approval" or po.id in seen:
                continue
            seen.add(po.id)
            items.append(approval_why.payload(uow, po, row.level, _tokens(uow, po, user.id, row.level)))
        if user.role == "admin":
            stmt = select(orm.PurchaseOrderRow.id).where(orm.PurchaseOrderRow.status == "pending_approval")
            for po_id in uow.session.exec(stmt.order_by(orm.PurchaseOrderRow.id)):
                if po_id in seen:
                    continue
                po = uow.purchase_orders.get(po_id)
                items.append(approval_why.payload(uow, po, 0, _tokens(uow, po, user.id, 0, ("override",)),
                                                  override_only=True))
        uow.commit()  # the fresh buttons' tokens
        return {"status": "ok", "items": items}


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Reminders and the waiting list."""
    settings = deps.extra.get("settings") or get_settings()
    command_handlers[cmds.RemindApprovals] = lambda c: remind(c, uow, settings)
    command_handlers[cmds.ListApprovals] = lambda c: list_approvals(c, uow)
