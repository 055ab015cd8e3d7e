"""CLI: `tandem extract`, `tandem match`, `tandem eval extraction` (order text -> order lines)."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

import typer

eval_app = typer.Typer(no_args_is_help=True, help="Evaluate Tandem components on labelled data.")


def _records(stream):
    """JSON Lines records from a stream, one at a time as they arrive; a stdin whose first line is
    not a JSON object is one plain-text message."""
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    try:
        head = json.loads(first) if first else None
    except json.JSONDecodeError:
        head = None
    if not isinstance(head, dict):
        text = first + stream.read()
        if text.strip() or first:
            yield {"id": None, "text": text}
        return
    yield head
    for i, ln in enumerate(stream, start=1):
        if not ln.strip():
            continue
        try:
            rec = json.loads(ln)
            yield rec if isinstance(rec, dict) else {"id": i, "_error": "record is not an object"}
        except json.JSONDecodeError as exc:
            yield {"id": i, "_error": f"invalid JSON: {exc.msg}"}


def _stdin():
    """stdin that never raises on bytes that are not UTF-8 (they become U+FFFD, then "binary input")."""
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")
    return sys.stdin


def _emit(obj: dict) -> None:
    """One JSON line out, flushed so callers can stream."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _date(value: str | None, default: dt.date) -> dt.date:
    """A YYYY-MM-DD string as a date, else the default."""
    try:
        return dt.date.fromisoformat(value) if value else default
    except (TypeError, ValueError):
        return default


def extract(catalog: str = typer.Option(..., "--catalog", help="Catalog CSV (sku,name[,unit,aliases,name_*])"),
            today: Optional[str] = typer.Option(None, "--today", help="Message date YYYY-MM-DD"),
            lang: str = typer.Option("auto", "--lang", help="auto|en|zh")) -> None:
    """Read messages (JSON Lines or plain text) on stdin, write one extraction per line."""
    from nlp.catalog import load_catalog, settle_heap
    from nlp.extractor import Extractor

    ex = Extractor(load_catalog(catalog))
    settle_heap()
    default = _date(today, dt.date.today())
    for rec in _records(_stdin()):
        _emit(_extract_one(ex, rec, default, lang))


def _extract_one(ex, rec: dict, default: dt.date, lang: str) -> dict:
    """One record's output; errors become an `error` field, never a crash of the stream."""
    if "_error" in rec:
        return {"id": rec.get("id"), "error": rec["_error"]}
    try:
        out = ex.extract(rec.get("text"), _date(rec.get("today"), default), lang=lang,
                         customer=rec.get("customer"), sender=rec.get("sender"))
    except Exception as exc:  # one bad message must not stop the stream
        return {"id": rec.get("id"), "error": f"{type(exc).__name__}: {exc}"}
    lines = [{k: ln[k] for k in ("sku", "quantity", "unit", "mention", "confidence", "candidates")}
             for ln in out["lines"]]
    result = {"id": rec.get("id"), "intent": out["intent"], "lines": lines, "due_date": out["due_date"],
              "confidence": out["confidence"], "customer": out.get("customer")}
    if out.get("error"):
        result["error"] = out["error"]
    return result


def match(catalog: str = typer.Option(..., "--catalog"), top: int = typer.Option(5, "--top")) -> None:
    """Read {"id","text"} lines on stdin, write the best SKUs for each."""
    from nlp.catalog import load_catalog, settle_heap
    from nlp.matcher import Matcher

    m = Matcher(load_catalog(catalog))
    settle_heap()
    for rec in _records(_stdin()):
        if "_error" in rec or not isinstance(rec.get("text"), str):
            _emit({"id": rec.get("id"), "error": rec.get("_error", "text missing")})
            continue
        hits = m.match(rec["text"][:2000], top=top, customer=rec.get("customer"))
        _emit({"id": rec.get("id"), "matches": [{"sku": s, "score": round(sc, 4)} for s, sc in hits[:top]]})


@eval_app.command("extraction")
def eval_extraction(file: str = typer.Argument(..., help="Labelled JSONL"),
                    catalog: str = typer.Option(..., "--catalog"),
                    worst: int = typer.Option(10, "--worst", help="How many wrong messages to show"),
                    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON")) -> None:
    """Precision/recall/F1 of (sku, quantity) lines, intent and due-date accuracy, touchless rate."""
    from nlp.catalog import load_catalog
    from nlp.evaluate import evaluate
    from nlp.extractor import Extractor

    # A message may name its catalog ("catalog": "retail"): use catalog_retail.csv beside --catalog.
    siblings = {p.stem.removeprefix("catalog_"): Extractor(load_catalog(p))
                for p in Path(catalog).resolve().parent.glob("catalog_*.csv")}
    rep = evaluate(file, Extractor(load_catalog(catalog)), siblings)
    summary = rep.summary()
    if as_json:
        _emit(summary)
        return
    for k, v in summary.items():
        typer.echo(f"{k:28s} {v}")
    typer.echo(f"\nworst cases (confident errors first), {len(rep.cases)} wrong in all:")
    for c in rep.cases[:worst]:
        typer.echo(json.dumps(c, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    """Add the NLP commands and the `eval` group to the Tandem CLI."""
    app.command("extract")(extract)
    app.command("match")(match)
    app.add_typer(eval_app, name="eval")
