"""`tandem reactions list|retry|dismiss` as a user runs them."""
from __future__ import annotations

from core.adapters.db import make_engine, session_factory
from core.adapters.tables_reactions import FailedReactionRow
from core.service.unit_of_work import UnitOfWork
from tests.cli.test_core_cli import env, run  # noqa: F401  (fixtures)


def _keep(env, handler: str) -> int:  # noqa: F811
    """A reaction as the bus keeps it: a replan of NUT that failed (no people linked, so nobody is told)."""
    engine = make_engine(env["DATABASE_URL"])
    with UnitOfWork(session_factory(engine)) as uow:
        row = uow.reactions.add(FailedReactionRow(event_type="core.domain.events.SalesOrderRecorded",
                                                  event={"order_id": None, "skus": ["NUT"]}, handler=handler,
                                                  error="Traceback ...\nRuntimeError: planner down", attempts=10))
        uow.commit()
    engine.dispose()
    return row.id


def test_reactions_list_retry_dismiss(env):  # noqa: F811
    run(["db", "upgrade"], env)
    replan, gone = _keep(env, "core.service.purchasing.replan"), _keep(env, "core.service.old_area.react")
    listed = run(["reactions", "list", "--status", "open"], env).stdout
    assert f"{replan}\topen\tcore.service.purchasing.replan\tSalesOrderRecorded\t10\tRuntimeError: planner down" \
        in listed
    assert f"Reaction {replan} retried" in run(["reactions", "retry", str(replan)], env).stdout
    refused = run(["reactions", "retry", str(gone)], env, check=False)
    assert refused.returncode == 1 and "no longer handles SalesOrderRecorded; dismiss it" in refused.stderr
    assert f"Reaction {gone} dismissed" in run(["reactions", "dismiss", str(gone), "--reason", "area removed"],
                                               env).stdout
    assert run(["reactions", "list", "--status", "open"], env).stdout == ""
    statuses = [line.split("\t")[1] for line in run(["reactions", "list"], env).stdout.splitlines()]
    assert statuses == ["dismissed", "retried"]  # newest first
