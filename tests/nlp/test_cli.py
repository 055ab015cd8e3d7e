"""The command contracts: tandem extract / match / eval extraction."""
from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from tandem.cli import nlp_cmds

CATALOG = "sku,name,unit,aliases,name_zh\n85099B,JUMBO BAG RED RETROSPOT,pcs,red spotty bag,红点大购物袋\n22386,JUMBO BAG PINK POLKADOT,pcs,,\n"


def app() -> typer.Typer:
    """A Typer app with only the nlp commands registered."""
    a = typer.Typer()
    nlp_cmds.register(a)
    return a


def test_extract_streams_json_lines(tmp_path):
    cat = tmp_path / "c.csv"
    cat.write_text("\ufeff" + CATALOG, encoding="utf-8")
    stdin = "\n".join([json.dumps({"id": 1, "text": "12 x jumbo bag red retrospot by Friday", "today": "2026-11-25"}),
                       json.dumps({"id": "b", "text": ""}), "not json"])
    res = CliRunner().invoke(app(), ["extract", "--catalog", str(cat)], input=stdin)
    assert res.exit_code == 0, res.stdout
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert out[0]["id"] == 1 and out[0]["lines"][0]["sku"] == "85099B" and out[0]["lines"][0]["quantity"] == 12
    assert out[0]["due_date"] == "2026-11-27" and out[0]["intent"] == "order"
    assert out[1] == {**out[1], "id": "b", "intent": "other", "lines": []}
    assert "error" in out[2]


def test_extract_plain_text_stdin(tmp_path):
    cat = tmp_path / "c.csv"
    cat.write_text(CATALOG, encoding="utf-8")
    res = CliRunner().invoke(app(), ["extract", "--catalog", str(cat), "--today", "2026-11-25"],
                             input="红点大购物袋 两百个")
    assert json.loads(res.stdout)["lines"][0]["quantity"] == 200


def test_match_top_k(tmp_path):
    cat = tmp_path / "c.csv"
    cat.write_text(CATALOG, encoding="utf-8")
    res = CliRunner().invoke(app(), ["match", "--catalog", str(cat), "--top", "2"],
                             input=json.dumps({"id": 7, "text": "pink polkadot jumbo bag"}))
    out = json.loads(res.stdout)
    assert out["id"] == 7 and out["matches"][0]["sku"] == "22386" and len(out["matches"]) == 2


def test_eval_extraction(tmp_path):
    cat = tmp_path / "c.csv"
    cat.write_text(CATALOG, encoding="utf-8")
    data = tmp_path / "e.jsonl"
    data.write_text(json.dumps({"id": 1, "text": "12 x jumbo bag red retrospot", "today": "2026-11-25",
                                "expected": {"intent": "order", "lines": [{"sku": "85099B", "quantity": 12}],
                                             "due_date": None}}) + "\n")
    res = CliRunner().invoke(app(), ["eval", "extraction", str(data), "--catalog", str(cat), "--json"])
    out = json.loads(res.stdout.splitlines()[0])
    assert out["f1"] == 1.0 and out["intent_accuracy"] == 1.0 and out["error_rate_above_threshold"] == 0.0
    assert 0.0 <= out["touchless_rate"] <= 1.0  # touchless only above the calibrated threshold
