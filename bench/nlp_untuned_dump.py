"""Dump every tuning set's full extractor outputs as read by its untuned commit, for the stacking probes.

    PYTHONPATH=$PWD .venv/bin/python bench/nlp_untuned_dump.py                 # one file per untuned commit
    PYTHONPATH=$PWD .venv/bin/python bench/nlp_untuned_dump.py --rev 21d1cc3   # R0@21d1cc3.json: all tuning sets

Writes var/nlp_untuned/<sets>@<rev>.json (rows {"id", "got": intent, due_date, confidence, lines}). The learned
components stacked on the rules (bench/nlp_due_*, nlp_intent_*, nlp_sibling_probe, nlp_recall_probe) are trained
and judged on these: a set's rules before they were tuned on it err as the rules will on a new writer. R0 is the
eighth round's starting commit; dev11, held until then, is read honestly by it, and so are dev14, dev19 and dev20,
the eighth round's judges (tuning sets from the ninth round on). Held sets are never read.
"""
from __future__ import annotations

import json
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_untuned import run_at, ROOT
from held_sets import is_held
RUN = r'''
import datetime as dt, json, sys
from nlp.catalog import load_catalog
from nlp.extractor import Extractor
data, out = sys.argv[1], []
ex = {}
for path in sys.argv[2:]:
    for raw in open(path, encoding="utf-8"):
        if not raw.strip(): continue
        m = json.loads(raw); cat = m.get("catalog", "retail")
        if cat not in ex:  # (setdefault would build an extractor per message)
            ex[cat] = Extractor(load_catalog(f"{data}/catalog_{cat}.csv"))
        g = ex[cat].extract(m["text"], dt.date.fromisoformat(m["today"]))
        keep = {k: g.get(k) for k in ("intent", "due_date", "confidence")}
        keep["lines"] = [{k: l.get(k) for k in ("sku", "quantity", "unit", "mention", "confidence", "candidates")} for l in g.get("lines", [])]
        out.append({"id": m["id"], "got": keep})
print(json.dumps(out, ensure_ascii=False, default=str))
'''
OUT = ROOT / "var" / "nlp_untuned"
DATA = ROOT / "tests" / "data"
R0 = "21d1cc3"  # the eighth round's start: dev11, held until then, is read honestly by it (R0@21d1cc3.json)
FROM_R0 = ("dev11", "dev14", "dev19", "dev20")  # dev14/19/20: the eighth round's judges, R0 never saw them


def set_of(message_id: str) -> str:
    """The set a message id belongs to: 'en11-004' -> 'dev11', 'en-dev-055' -> 'dev'."""
    return "dev" + re.match(r"(?:en|zh)(\d*)-", message_id).group(1)


def tuning_messages():
    """(file, message) of every labelled tuning message; the held judges never."""
    for path in sorted(DATA.glob("extraction_*.jsonl")):
        if not is_held(path.name):
            for raw in path.read_text(encoding="utf-8").splitlines():
                if raw.strip():
                    yield path, json.loads(raw)


def reads(with_dev: bool = False) -> dict[str, tuple[str, dict]]:
    """id -> (set, output) as the rules read each tuning message before they were tuned on its set (the FROM_R0
    sets by R0; dev, which has no untuned commit, by R0 too when asked for): the dumps this script writes."""
    from_r0 = FROM_R0 + (("dev",) if with_dev else ())
    out: dict[str, tuple[str, dict]] = {}
    for path in sorted(OUT.glob("*@*.json")):
        for row in json.loads(path.read_text(encoding="utf-8")):
            name = set_of(row["id"])
            if path.name.startswith("R0@") == (name in from_r0):
                out[row["id"]] = (name, row["got"])
    return out


def jobs(argv: list[str]) -> list[tuple[str, str, list[str]]]:
    """(tag, rev, files) per dump: each untuned commit with its sets, or one --rev over every tuning set."""
    if "--rev" in argv:
        rev = argv[argv.index("--rev") + 1]
        files = sorted(p.name for p in (ROOT / "tests/data").glob("extraction_*.jsonl") if not is_held(p.name))
        return [("R0", rev, files)]
    record = json.loads((ROOT / "nlp/calibration_untuned.json").read_text())
    sets = [s for s in record["sets"] if not any(is_held(f) for f in s["files"])]
    return [("_".join(f.removeprefix("extraction_").removesuffix(".jsonl") for f in s["files"]), s["rev"], s["files"])
            for s in sets]


def dump(job: tuple[str, str, list[str]]) -> None:
    """Read the job's files with its commit's rules and write the outputs."""
    tag, rev, files = job
    out = run_at(rev, ["-c", RUN, str(ROOT / "tests/data"), *[str(ROOT / "tests/data" / f) for f in files]])
    rows = json.loads(out.strip().splitlines()[-1])
    (OUT / f"{tag}@{rev}.json").write_text(json.dumps(rows, ensure_ascii=False))
    print(tag, rev, len(rows), flush=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(dump, jobs(sys.argv[1:])))
