"""Which fresh dev messages the rules got wrong before they were tuned on them (input to nlp_calibrate).

    .venv/bin/python bench/nlp_untuned.py c184754        # the commit before any rule saw *_dev2
    .venv/bin/python bench/nlp_untuned.py ef43762 dev3   # the commit before any rule saw *_dev3

Each run replaces the ids of its own set's messages in the record and keeps the other sets' ids.

Fixing rules on a set's errors makes that set look safer than new wording is, and a calibration fitted
on it becomes overconfident exactly where the fixes were made. So nlp_calibrate counts a fresh message as
right only when today's rules *and* the rules of that commit read it right. The commit's `nlp/` is
unpacked with `git archive` into a temporary folder and run in a separate process.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "nlp" / "calibration_untuned.json"
RUN = """
import datetime as dt, json, sys
from nlp.catalog import load_catalog
from nlp.evaluate import Report, score_one
from nlp.extractor import Extractor
data, wrong = sys.argv[1], []
ex = {}
for path in sys.argv[2:]:
    for raw in open(path, encoding="utf-8"):
        if not raw.strip():
            continue
        m = json.loads(raw)
        cat = m.get("catalog", "retail")
        ex.setdefault(cat, Extractor(load_catalog(f"{data}/catalog_{cat}.csv")))
        rep = Report()
        score_one(rep, m, ex[cat].extract(m["text"], dt.date.fromisoformat(m["today"])), 2.0)
        wrong += [m["id"]] if rep.cases else []
print(json.dumps(wrong))
"""


def main(rev: str, which: str = "dev2") -> None:
    """Unpack nlp/ of `rev`, run it over the *_<which> files, add the ids it got wrong to the record."""
    files = sorted(str(p) for p in (ROOT / "tests" / "data").glob(f"extraction_*_{which}.jsonl"))
    archive = subprocess.run(["git", "archive", rev, "nlp"], cwd=ROOT, check=True, capture_output=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        tarfile.open(fileobj=BytesIO(archive)).extractall(tmp)
        out = subprocess.run([sys.executable, "-c", RUN, str(ROOT / "tests" / "data"), *files], cwd=tmp,
                             check=True, capture_output=True, text=True).stdout
    wrong = json.loads(out.strip().splitlines()[-1])
    old = json.loads(OUT.read_text()) if OUT.exists() else {"wrong": []}
    # Records written before sets were merged hold one "rev" for all their files.
    revs = old.get("revs") or {f: old["rev"] for f in old.get("files", [])}
    ids = {json.loads(raw)["id"] for f in files for raw in open(f, encoding="utf-8") if raw.strip()}
    revs.update({Path(f).name: rev for f in files})
    record = {"revs": dict(sorted(revs.items())), "files": sorted(revs),
              "wrong": [i for i in old["wrong"] if i not in ids] + wrong}
    OUT.write_text(json.dumps(record, separators=(",", ":")) + "\n")
    print(f"{len(wrong)} messages wrong at {rev}; wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(*(sys.argv[1:3] or ["c184754"]))
