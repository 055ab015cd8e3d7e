"""Which fresh dev messages the rules got wrong before they were tuned on them (input to nlp_calibrate).

    .venv/bin/python bench/nlp_untuned.py c184754:_dev2 ef43762:_dev3   # REV:SUFFIX, the commit before any rule saw those files

Fixing rules on a set's errors makes that set look safer than new wording is, and a calibration fitted
on it becomes overconfident exactly where the fixes were made. So nlp_calibrate counts a fresh message as
right only when today's rules *and* the rules of that commit read it right. The commit's `nlp/` is
unpacked with `git archive` into a temporary folder and run in a separate process.
"""
from __future__ import annotations

import json
import os
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
        if cat not in ex:  # (setdefault would build an extractor per message)
            ex[cat] = Extractor(load_catalog(f"{data}/catalog_{cat}.csv"))
        rep = Report()
        score_one(rep, m, ex[cat].extract(m["text"], dt.date.fromisoformat(m["today"])), 2.0)
        wrong += [m["id"]] if rep.cases else []
print(json.dumps(wrong))
"""


def run_at(rev: str, argv: list[str]) -> str:
    """Unpack nlp/ of `rev` into a temporary folder and run `python *argv` there (that nlp/ first on the path): its
    standard output. The one way bench/ reads with an older commit's rules (nlp_honest, nlp_rerank_probe too)."""
    archive = subprocess.run(["git", "archive", rev, "nlp"], cwd=ROOT, check=True, capture_output=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        tarfile.open(fileobj=BytesIO(archive)).extractall(tmp)
        out = subprocess.run([sys.executable, *argv], cwd=tmp, env={**os.environ, "PYTHONPATH": tmp},
                             capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"{rev}: {out.stderr[-2000:]}")
    return out.stdout


def wrong_at(rev: str, suffix: str) -> tuple[list[str], list[str]]:
    """Run the rules of `rev` over the `*{suffix}` files; the files and the ids it got wrong."""
    files = sorted(str(p) for p in (ROOT / "tests" / "data").glob(f"extraction_*{suffix}.jsonl"))
    out = run_at(rev, ["-c", RUN, str(ROOT / "tests" / "data"), *files])
    return [Path(f).name for f in files], json.loads(out.strip().splitlines()[-1])


def main(pairs: list[str]) -> None:
    """For each REV:SUFFIX, the ids the rules of REV got wrong in those files; write them all."""
    sets = []
    for pair in pairs:
        rev, _, suffix = pair.partition(":")
        files, wrong = wrong_at(rev, suffix or "_dev2")
        sets.append({"rev": rev, "files": files, "wrong": wrong})
        print(f"{len(wrong)} messages of {', '.join(files)} wrong at {rev}")
    record = {"sets": sets, "wrong": sorted({i for s in sets for i in s["wrong"]})}
    OUT.write_text(json.dumps(record, separators=(",", ":")) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["c184754:_dev2", "ef43762:_dev3"])
