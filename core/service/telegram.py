"""Telegram transport: webhook updates stored before they are answered, and the outbox as a leased queue."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import BigInteger, and_, literal, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from core.adapters import orm
from core.adapters.tables_telegram import TelegramUpdateRow
from core.domain import telegram as tg
from core.service.journal import audit


def _now() -> datetime:
    return datetime.now(timezone.utc)


def store_update(cmd: tg.StoreTelegramUpdate, uow) -> dict:
    """Insert the update once; a second delivery of the same update_id changes nothing."""
    with uow:
        known = uow.session.get(TelegramUpdateRow, cmd.update_id)
        if known is not None:
            return {"stored": False, "status": known.status}
        now = _now()
        uow.session.add(TelegramUpdateRow(update_id=cmd.update_id, payload=cmd.payload, claimed_by=cmd.worker,
                                          claimed_at=now, received_at=now))
        try:
            uow.commit()
        except IntegrityError:  # the same update arrived twice at once: the other insert won
            uow.rollback()
            return {"stored": False, "status": "received"}
        return {"stored": True, "status": "received"}


def mark_update_processed(cmd: tg.MarkUpdateProcessed, uow) -> None:
    """Close a stored update as processed, or failed with its error (audited)."""
    with uow:
        row = uow.session.get(TelegramUpdateRow, cmd.update_id)
        if row is None or row.status != "received":
            return
        row.status, row.processed_at = ("failed" if cmd.error else "processed"), _now()
        row.error = cmd.error[:2000]
        uow.session.add(row)
        if cmd.error:
            audit(uow, "bot", "telegram.update_failed", "telegram_update", row.update_id, error=row.error)
        uow.commit()


def recover_updates(cmd: tg.RecoverUpdates, uow) -> list[dict]:
    """Claim unfinished updates left by this worker's previous run or by a worker whose claim went stale."""
    now = _now()
    stale = or_(TelegramUpdateRow.claimed_at.is_(None),
                TelegramUpdateRow.claimed_at < now - timedelta(seconds=cmd.stale_after))
    orphan = and_(TelegramUpdateRow.status == "received",
                  or_(TelegramUpdateRow.claimed_by == cmd.worker, stale) if cmd.own else stale)
    with uow:
        ids = list(uow.session.exec(select(TelegramUpdateRow.update_id).where(orphan)
                                    .order_by(TelegramUpdateRow.update_id).limit(cmd.limit)
                                    .with_for_update(skip_locked=True)))
        if not ids:
            return []
        # The guard repeats the condition: of two workers racing for a row, only one update matches it.
        won = [uid for uid in ids if uow.session.execute(
            update(TelegramUpdateRow).where(TelegramUpdateRow.update_id == uid, orphan)
            .values(claimed_by=cmd.worker, claimed_at=now)).rowcount == 1]
        rows = [uow.session.get(TelegramUpdateRow, uid) for uid in won]
        for row in rows:
            audit(uow, "bot", "telegram.update_recovered", "telegram_update", row.update_id, worker=cmd.worker)
        uow.commit()
        return [dict(row.payload) for row in rows]


def release_updates(cmd: tg.ReleaseUpdates, uow) -> int:
    """Unclaim this worker's unfinished updates (no claim time counts as stale); returns how many."""
    with uow:
        result = uow.session.execute(
            update(TelegramUpdateRow).where(TelegramUpdateRow.status == "received",
                                            TelegramUpdateRow.claimed_by == cmd.worker)
            .values(claimed_by="", claimed_at=None))
        uow.commit()
        return result.rowcount or 0


def _ready(now: datetime, lease_seconds: float):
    """Outbox rows a worker may take: pending and due, or sending under a lease that ran out."""
    return or_(and_(orm.OutboxRow.status == "pending",
                    or_(orm.OutboxRow.not_before.is_(None), orm.OutboxRow.not_before <= now)),
               and_(orm.OutboxRow.status == "sending",
                    orm.OutboxRow.claimed_at < now - timedelta(seconds=lease_seconds)))


def claim_outbound(cmd: tg.ClaimOutbound, uow) -> list[dict]:
    """Lease the oldest ready message of each chat (order within a chat is kept) to one worker."""
    now = _now()
    ready = _ready(now, cmd.lease_seconds)
    joined = orm.UserRow.id == orm.OutboxRow.user_id
    # One head per chat (its oldest unsent row), so a chat with a long backlog cannot starve the others.
    # Users without a chat get a key below any Telegram id, one per user.
    no_chat = literal(-(10 ** 16), BigInteger) - orm.OutboxRow.user_id
    chat_key = func.coalesce(orm.OutboxRow.chat_id, orm.UserRow.telegram_id, no_chat)
    heads = (select(func.min(orm.OutboxRow.id)).select_from(orm.OutboxRow).outerjoin(orm.UserRow, joined)
             .where(orm.OutboxRow.status.in_(("pending", "sending"))).group_by(chat_key))
    with uow:
        stmt = (select(orm.OutboxRow, orm.UserRow).outerjoin(orm.UserRow, joined)
                .where(orm.OutboxRow.id.in_(heads)).order_by(orm.OutboxRow.id)
                .limit(cmd.scan).with_for_update(skip_locked=True, of=orm.OutboxRow))
        picked, skip = [], set(cmd.skip_chats)
        for row, user in uow.session.exec(stmt):
            chat = row.chat_id if row.chat_id is not None else (user.telegram_id if user else None)
            if chat not in skip and _is_ready(row, now, cmd.lease_seconds):
                picked.append((row.id, chat, user))
            if len(picked) >= cmd.limit:
                break
        if not picked:
            return []
        claim = f"{cmd.worker}:{secrets.token_hex(6)}"
        uow.session.execute(update(orm.OutboxRow).where(orm.OutboxRow.id.in_([p[0] for p in picked]), ready)
                            .values(status="sending", claimed_by=claim, claimed_at=now))
        won = set(uow.session.exec(select(orm.OutboxRow.id).where(orm.OutboxRow.claimed_by == claim)))
        rows = {r.id: r for r in uow.session.exec(select(orm.OutboxRow).where(orm.OutboxRow.id.in_(won)))}
        claimed = [{"id": oid, "claim": claim, "chat_id": chat, "kind": rows[oid].kind, "payload": rows[oid].payload,
                    "attempts": rows[oid].attempts, "user": user.name if user else None,
                    "language": user.language if user else "en"} for oid, chat, user in picked if oid in won]
        uow.commit()
        return claimed


def _is_ready(row, now: datetime, lease_seconds: float) -> bool:
    if row.status == "pending":
        return row.not_before is None or _aware(row.not_before) <= now
    return row.claimed_at is not None and _aware(row.claimed_at) < now - timedelta(seconds=lease_seconds)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def release_outbound(cmd: tg.ReleaseOutbound, uow) -> int:
    """Put this worker's in-flight rows back in the queue; returns how many."""
    with uow:
        result = uow.session.execute(
            update(orm.OutboxRow).where(orm.OutboxRow.status == "sending",
                                        orm.OutboxRow.claimed_by.startswith(cmd.worker + ":", autoescape=True))
            .values(status="pending", claimed_by="", claimed_at=None))
        uow.commit()
        return result.rowcount or 0


def settle_outbound(cmd: tg.SettleOutbound, uow) -> str:
    """Record a send's outcome; failures go back to the queue with a time, or end as failed (audited)."""
    with uow:
        row = uow.session.get(orm.OutboxRow, cmd.outbound_id)
        if row is None:
            return "missing"
        if not cmd.sent and (row.status != "sending" or row.claimed_by != cmd.claim):
            return row.status  # another worker took it over after our lease ran out
        row.attempts += 1 if cmd.count_attempt else 0
        row.claimed_by, row.claimed_at = "", None
        if cmd.sent:
            row.status, row.sent_at, row.not_before = "sent", _now(), None
        elif cmd.permanent or row.attempts >= tg.MAX_SEND_ATTEMPTS:
            row.status, row.last_error = "failed", cmd.error[:2000]
            audit(uow, "bot", "outbound.failed", "outbox", row.id, error=row.last_error, attempts=row.attempts)
        else:
            row.status, row.not_before, row.last_error = "pending", cmd.retry_at, cmd.error[:2000]
        uow.session.add(row)
        uow.commit()
        return row.status


def unprocessed_updates(uow, limit: int = 100) -> list[dict]:
    """View: stored updates not yet through the bot, oldest first."""
    with uow:
        stmt = (select(TelegramUpdateRow).where(TelegramUpdateRow.status == "received")
                .order_by(TelegramUpdateRow.update_id).limit(limit))
        return [{"update_id": r.update_id, "received_at": r.received_at.isoformat(), "claimed_by": r.claimed_by}
                for r in uow.session.exec(stmt)]


def outbox_status(uow) -> dict:
    """View: outbox rows per status."""
    with uow:
        stmt = select(orm.OutboxRow.status, func.count()).group_by(orm.OutboxRow.status)
        return {status: n for status, n in uow.session.exec(stmt)}


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Telegram transport handlers."""
    command_handlers[tg.StoreTelegramUpdate] = lambda c: store_update(c, uow)
    command_handlers[tg.MarkUpdateProcessed] = lambda c: mark_update_processed(c, uow)
    command_handlers[tg.RecoverUpdates] = lambda c: recover_updates(c, uow)
    command_handlers[tg.ReleaseUpdates] = lambda c: release_updates(c, uow)
    command_handlers[tg.ClaimOutbound] = lambda c: claim_outbound(c, uow)
    command_handlers[tg.ReleaseOutbound] = lambda c: release_outbound(c, uow)
    command_handlers[tg.SettleOutbound] = lambda c: settle_outbound(c, uow)
