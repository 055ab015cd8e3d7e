"""`tandem demo`: the whole path, headless, on the shipped demo data, in a throw-away database."""
from __future__ import annotations

import tempfile
from pathlib import Path

from core.config import Settings
from core.domain.commands import AddUser, PressButton, IngestMessage
from core.domain.rules import AddRule
from core.service import views
from core.service.imports import ImportRows
from tandem.bootstrap import bootstrap
from tandem.render import report_lines
from tandem.tables import read_rows

DEMO = Path(__file__).resolve().parents[1] / "demo"
IMPORT_ORDER = ("catalog", "suppliers", "offers", "customers", "stock", "sales")


def load_demo_data(tandem, demo: Path = DEMO, say=print) -> None:
    """Import the demo CSVs and users into an empty database."""
    for kind in IMPORT_ORDER:
        result = tandem.handle(ImportRows(kind, read_rows(demo / f"{kind}.csv"), f"demo/{kind}.csv"))
        say(f"  imported {result['rows']:>5} {kind}")
    for row in read_rows(demo / "users.csv"):
        tandem.handle(AddUser(row["name"], row["role"], int(row["telegram_id"]) if row.get("telegram_id") else None,
                              row.get("email", "")))
    say(f"  added users: {', '.join(u.name + ' (' + u.role + ')' for u in _users(tandem))}")
    for row in read_rows(demo / "rules.csv"):  # the business's own rules, as `tandem rules add` writes them
        tandem.handle(AddRule(row["name"], row["event"], row["condition"], row["action"], row.get("role", ""),
                              created_by="demo"))
        say(f"  added rule {row['name']}: on {row['event']} when {row['condition']} then {row['action']}")


def load_if_empty(tandem, say=print) -> int:
    """Load the demo data and its inbox into a database that has no products yet (for `make run`)."""
    with tandem.uow() as uow:
        if uow.catalog.list_products():
            say("demo data: the database already has a catalog; nothing loaded")
            return 0
    say("demo data: loading into " + tandem.settings.database_url)
    load_demo_data(tandem, say=say)
    for eml in sorted((DEMO / "inbox").glob("*.eml")):
        result = tandem.handle(IngestMessage(eml.read_bytes(), source="demo", filename=eml.name))
        say(f"  {eml.name}: message {result['message_id']} {result['status']}")
    return 0


def _confirm_as_salesperson(tandem, report: dict, say) -> None:
    """Unsure lines wait for a person: the demo's salesperson checks them and taps Confirm."""
    order = report.get("order")
    token = order and order["buttons"].get("confirm")
    if not token or not all(line["sku"] and line["quantity"] for line in order["lines"]):
        return
    who = tandem.uow()
    with who as uow:
        requester = uow.users.get(report["demand"]["requested_by"]) if report.get("demand") else None
    result = tandem.handle(PressButton(token, user_id=requester.id if requester else None))
    say(f"  {requester.name if requester else 'salesperson'} checks the lines and taps Confirm: {result['message']}")
    if result["status"] == "confirmed":
        lines = report_lines(views.message_report(tandem.uow(), report["message_id"]))
        start = next(i for i, line in enumerate(lines) if line.startswith("  order"))
        say("\n".join(lines[start:]))


def _users(tandem):
    with tandem.uow() as uow:
        return uow.users.list()


def run_demo(keep: Path | None = None, say=print) -> int:
    """Run the demo and print each step; returns the exit code."""
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="tandem-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    tandem = bootstrap(Settings(database_url=f"sqlite:///{folder}/demo.db", _env_file=None))
    say(f"1. Demo database at {folder}/demo.db; loading demo data")
    load_demo_data(tandem, say=say)
    say("2. Customer e-mails arrive (demo/inbox) and go through the whole path")
    for eml in sorted((DEMO / "inbox").glob("*.eml")):
        say(f"\n--- {eml.name}")
        result = tandem.handle(IngestMessage(eml.read_bytes(), source="demo", filename=eml.name))
        report = views.message_report(tandem.uow(), result["message_id"])
        say("\n".join(report_lines(report)))
        _confirm_as_salesperson(tandem, report, say)
    say("\n3. Approval requests go to approvers in Telegram; each taps Approve (a second tap changes nothing)")
    tapped: set[int] = set()
    for _ in range(20):  # chains have a few levels; each approval may raise the next request
        waiting = [i for i in views.pending_outbox(tandem.uow())
                   if i["kind"] == "approval_request" and i["id"] not in tapped]
        if not waiting:
            break
        for item in waiting:
            tapped.add(item["id"])
            p = item["payload"]
            say(f"  -> {item['user']}: PO {p['po_id']} {p['supplier']} total {p['total']:.2f}  [Approve] [Reject]")
            decision = tandem.handle(PressButton(p["buttons"]["approve"], telegram_id=item["chat_id"]))
            say(f"  tap Approve: {decision['message']}")
            again = tandem.handle(PressButton(p["buttons"]["approve"], telegram_id=item["chat_id"]))
            say(f"  tap again:   {again['message']}")
    counts = views.counts(tandem.uow())
    say("\n4. " + ", ".join(f"{k}: {v}" for k, v in counts.items()))
    told = [i for i in views.pending_outbox(tandem.uow()) if i["kind"] == "decision"]
    say(f"   requesters told of decisions: {len(told)}; every step is in the audit log ({counts['audit']} records)")
    return 0 if counts["purchase_orders"] and counts["orders"] else 1
