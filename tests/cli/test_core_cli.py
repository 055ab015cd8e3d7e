"""`tandem demo`, `ingest`, `import`, `users`, `db upgrade` as a user runs them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TANDEM = [sys.executable, "-m", "tandem"]


def run(args, env, check=True, stdin=None):
    result = subprocess.run(TANDEM + args, env=env, capture_output=True, text=True, cwd=ROOT, input=stdin,
                            timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}: {result.stderr[-2000:]}")
    return result


@pytest.fixture
def env(tmp_path):
    return {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/cli.db", "INBOX_DIR": str(tmp_path / "in")}


@pytest.fixture
def loaded(env):
    run(["db", "upgrade"], env)
    run(["demo", "--load"], env)
    return env


def test_demo_shows_the_whole_path(env):
    out = run(["demo"], env).stdout
    for step in ("demand:", "order 1", "shortage:", "suggestion:", "pending_approval", "tap Approve",
                 "already approved by Elena Novak", "audit"):
        assert step in out, step


def test_ingest_json_reports_every_step(loaded, tmp_path):
    loaded = {**loaded, "EXTRACTION_THRESHOLD": "0.5"}  # the whole path; the calibrated default asks first
    mail = tmp_path / "order.txt"
    mail.write_text("Hi, please send 500 jumbo bag red retrospot by Friday. Thanks, Anna", encoding="utf-8")
    report = json.loads(run(["ingest", str(mail), "--json"], loaded).stdout)
    assert set(report) >= {"demand", "order", "shortages", "suggestions", "purchase_orders"}
    assert report["order"]["lines"][0]["sku"] == "85099B"
    assert report["shortages"] and report["suggestions"] and report["purchase_orders"]
    again = json.loads(run(["ingest", str(mail), "--json"], loaded).stdout)
    assert again["duplicate"] is True and again["message_id"] == report["message_id"]
    text = run(["ingest", str(ROOT / "demo/inbox/03_forwarded.eml")], loaded).stdout
    assert "order" in text and "wanted" in text  # human-readable steps (this one waits for a Confirm)
    missing = run(["ingest", str(tmp_path / "nope.eml"), "--json"], loaded, check=False)
    assert missing.returncode == 1 and "error" in json.loads(missing.stdout)


def test_import_errors_name_row_and_column_and_import_nothing(loaded, tmp_path):
    bad = tmp_path / "offers.csv"
    bad.write_text("supplier_id,sku,price_breaks,moq\nSUP1,85099B,1:0.5,10\nSUP1,NOPE,1:0.5,1\n"
                   "SUP9,85099B,1:0.5,1\nSUP1,85099B,cheap,x\n", encoding="utf-8")
    result = run(["import", "offers", str(bad)], loaded, check=False)
    assert result.returncode == 1
    assert "row 3: column 'sku': unknown SKU 'NOPE'" in result.stderr
    assert "row 4: column 'supplier_id': unknown supplier 'SUP9'" in result.stderr
    assert "row 5: column 'price_breaks'" in result.stderr
    assert "nothing imported" in result.stderr


def test_import_xlsx(loaded, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["sku", "name", "unit"])
    book.active.append(["NEW1", "Brand new thing", "pcs"])
    book.save(tmp_path / "cat.xlsx")
    assert "imported 1 catalog rows" in run(["import", "catalog", str(tmp_path / "cat.xlsx")], loaded).stdout


def test_users_add_and_list(loaded):
    assert "(manager) telegram=4242" in run(["users", "add", "Ann", "--role", "manager", "--telegram-id", "4242"],
                                            loaded).stdout
    duplicate = run(["users", "add", "Bob", "--role", "manager", "--telegram-id", "4242"], loaded, check=False)
    assert duplicate.returncode == 1 and "already linked" in duplicate.stderr
    bad_role = run(["users", "add", "Cy", "--role", "king"], loaded, check=False)
    assert bad_role.returncode == 1 and "unknown role" in bad_role.stderr
    assert "Ann\tmanager\t4242" in run(["users", "list"], loaded).stdout


def test_plan_explains_every_suggestion(loaded):
    suggestions = json.loads(run(["plan", "--json"], loaded).stdout)
    assert suggestions and all(s["quantity"] > 0 for s in suggestions)
    keys = {"forecast_per_day", "safety_stock", "reorder_point", "order_up_to", "lead_time_mean", "supplier",
            "runner_up", "on_hand", "reserved", "on_order", "why_qty"}
    assert keys <= set(suggestions[0]["explanation"])
    one = run(["plan", "--sku", "85099B"], loaded).stdout
    assert one.startswith("85099B:") and "Safety" in one and len(one.strip().splitlines()) <= 6
    assert run(["plan", "--sku", "NOPE"], loaded, check=False).returncode == 1


def test_messages_list_and_retry(loaded, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    report = json.loads(run(["ingest", str(binary), "--json"], loaded).stdout)
    assert report["status"] == "quarantined" and "binary" in report["error"]
    listed = run(["messages", "list", "--status", "quarantined"], loaded).stdout
    assert f"{report['message_id']}\tquarantined\tcli" in listed
    retry = run(["messages", "retry", str(report["message_id"])], loaded, check=False)
    assert retry.returncode == 1 and "retry failed" in retry.stderr


def test_with_the_calibrated_threshold_an_order_waits_for_confirm(loaded, tmp_path):
    mail = tmp_path / "order.txt"
    mail.write_text("Hi, please send 500 jumbo bag red retrospot by Friday. Thanks, Anna", encoding="utf-8")
    report = json.loads(run(["ingest", str(mail), "--json"], loaded).stdout)
    assert report["order"]["status"] == "needs_review" and report["order"]["buttons"]["confirm"]
    assert report["shortages"] == [] and report["purchase_orders"] == []  # nothing bought on a guess
