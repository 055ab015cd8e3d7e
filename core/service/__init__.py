"""Service layer: commands in, events out, one unit of work per handler."""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Callable

from core.domain import commands, events
from core.service import admin, imports, intake, purchasing
from core.service.messagebus import MessageBus
from core.service.ports import DemandExtractor, DocumentReader
from core.service.unit_of_work import UnitOfWork


def make_bus(uow: UnitOfWork, reader: DocumentReader, extractor: DemandExtractor,
             today: Callable[[], date] = date.today) -> MessageBus:
    """Wire handlers to their messages, injecting the unit of work and the edges' adapters."""
    event_handlers = {
        events.DemandExtracted: [partial(intake.record_demand, uow=uow)],
        events.ShortageDetected: [partial(intake.alert_shortage, uow=uow)],
        events.SalesOrderRecorded: [partial(purchasing.replan, uow=uow)],
        events.PurchaseOrderDrafted: [partial(purchasing.request_approval, uow=uow)],
    }
    command_handlers = {
        commands.IngestMessage: lambda cmd: intake.ingest_message(cmd, uow, reader, extractor, today()),
        commands.RecordSalesOrder: partial(intake.record_sales_order, uow=uow),
        commands.DecideApproval: partial(purchasing.decide_approval, uow=uow),
        commands.ReceiveGoods: partial(purchasing.receive_goods, uow=uow),
        commands.AddUser: partial(admin.add_user, uow=uow),
        commands.MarkOutbound: partial(admin.mark_outbound, uow=uow),
        imports.ImportRows: partial(imports.import_rows, uow=uow),
    }
    return MessageBus(uow, event_handlers, command_handlers)
