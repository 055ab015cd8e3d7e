"""`tandem po confirm` as a buyer runs it."""
from __future__ import annotations

import json
import os
from datetime import date, timedelta

from core.adapters.db import make_engine, session_factory
from core.service.unit_of_work import UnitOfWork
from tests.cli.test_core_cli import run
from tests.supplier.conftest import approved_po


def test_po_confirm_reports_the_delay_and_refuses_bad_input(tmp_path):
    url = f"sqlite:///{tmp_path}/cli.db"
    env = {**os.environ, "DATABASE_URL": url, "INBOX_DIR": str(tmp_path / "in")}
    run(["db", "upgrade"], env)
    run(["demo", "--load"], env)
    engine = make_engine(url)
    po_id = approved_po(lambda: UnitOfWork(session_factory(engine)))
    engine.dispose()
    late = (date.today() + timedelta(days=60)).isoformat()
    out = run(["po", "confirm", str(po_id), "--date", late, "--sku", "85099B", "--quantity", "120"], env).stdout
    assert f"PO {po_id}: LATE" in out and f"85099B: 120 on {late}" in out and "short 80" in out
    again = json.loads(run(["po", "confirm", str(po_id), "--date", late, "--json"], env).stdout)
    assert again["status"] == "processed" and again["lines"][0]["quantity"] == 200
    wrong = run(["po", "confirm", str(po_id), "--date", late, "--sku", "NOPE", "--json"], env, check=False)
    assert wrong.returncode == 1 and "no open line for NOPE" in json.loads(wrong.stdout)["error"]
    assert run(["po", "confirm", str(po_id), "--date", "soon"], env, check=False).returncode == 2
