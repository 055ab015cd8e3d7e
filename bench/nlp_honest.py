"""Honest fresh reads for nlp_calibrate: each dev set read by the rules of the commit before any rule saw it.

    .venv/bin/python bench/nlp_honest.py     # refresh the cache (var/nlp_honest/), print what each commit lacks

The REV:SUFFIX pairs come from nlp/calibration_untuned.json ("rev" and "files" per set), minus the held sets.
The commit's `nlp/` is unpacked with `git archive` and run in a separate process (as bench/nlp_untuned.py does);
there the output and the raw signals come from the old rules, and the feature vectors from today's
nlp/calibration.py (loaded by path, on top of the old modules: the old intent cues, risky words and worded
counts; only the patterns defined in calibration.py itself are today's), so a model fitted on them applies today.
A context signal added later is rebuilt as today's extractor builds it, from the old commit's own reading
("dismissed" from its lines, "unread_products" with its `_catalogue_words`); any other raw signal it lacks takes
today's default (line_vector's and message_vector's `.get`), and a module constant it lacks
(quantities.WORDED_COUNT before cfeb746) never matches.
"""
from __future__ import annotations

import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path

from nlp_untuned import run_at
from held_sets import JUDGES
from nlp.calibration import MESSAGE_FEATURES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
UNTUNED = ROOT / "nlp" / "calibration_untuned.json"
CACHE = ROOT / "var" / "nlp_honest"
CALIBRATION = ROOT / "nlp" / "calibration.py"
HELD = JUDGES  # sets kept for later rounds: never read, not even by old rules
# The commit that settled the swap convention (a swap lists only its new variant, tests/data/README.md): rules
# before it listed the old variant at 0 as well, which today's labels count as an extra line.
SWAP_CONVENTION = "4135e34"
RUN = r"""
import copy, datetime as dt, importlib.util, json, re, sys
import nlp.quantities, nlp.calibration
from nlp.catalog import load_catalog
from nlp.extractor import Extractor
if not hasattr(nlp.quantities, "WORDED_COUNT"):
    nlp.quantities.WORDED_COUNT = re.compile(r"(?!)")  # a signal this commit lacks: never fires
spec = importlib.util.spec_from_file_location("calib_now", sys.argv[2])
now = sys.modules["calib_now"] = importlib.util.module_from_spec(spec); spec.loader.exec_module(now)
today_cal, old_apply, seen = now.Calibration.load(), nlp.calibration.Calibration.apply, {}
def apply(self, intent, lines, body, ctx):
    fkeys, now_ctx = sorted({k for ln in lines for k in (ln.get("_f") or {})}), dict(ctx)
    # Signals added later, rebuilt the way today's extractor does from this commit's own reading
    if "dismissed" not in ctx:
        now_ctx["dismissed"] = sum(1 for ln in lines if ln["quantity"] is not None) if intent == "other" else 0
    if "unread_products" not in ctx and hasattr(cur[0], "_catalogue_words"):
        now_ctx["unread_products"] = 0 if lines else cur[0]._catalogue_words(body)
    _, sig = today_cal.apply(intent, copy.deepcopy(lines), body, now_ctx)
    seen.update(lvecs=sig["lines"], mvec=sig["message"], ctx=sig["ctx"], fkeys=fkeys, ctxkeys=sorted(ctx), body=body)
    return old_apply(self, intent, lines, body, ctx)
nlp.calibration.Calibration.apply = apply
data, ex, cur = sys.argv[1], {}, [None]
for path in sys.argv[3:]:
    for raw in open(path, encoding="utf-8"):
        if not raw.strip():
            continue
        m = json.loads(raw)
        cat = m.get("catalog", "retail")
        if cat not in ex:  # (setdefault would build an extractor per message)
            ex[cat] = Extractor(load_catalog(f"{data}/catalog_{cat}.csv"))
        seen.clear()
        cur[0] = ex[cat]
        got = ex[cat].extract(m["text"], dt.date.fromisoformat(m["today"]))
        lines = [{"sku": ln.get("sku"), "quantity": ln.get("quantity"), "mention": ln.get("mention")} for ln in got["lines"]]
        print(json.dumps(dict(seen, id=m["id"], file=path.rsplit("/", 1)[-1][:-6], intent=got["intent"],
                              due_date=got["due_date"], lines_out=lines, expected=m["expected"]), ensure_ascii=False))
"""


def pairs(record: dict, hold: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """(rev, file names) per set of the untuned record, leaving out every set with a held file."""
    # A held set is never read, not even by old rules: its files' names end in the held suffix.
    return [(s["rev"], list(s["files"])) for s in record["sets"]
            if s.get("rev") and not any(f.removesuffix(".jsonl").endswith(hold) for f in s["files"])]


def _key(line: dict):
    """(sku, quantity) as compared by the evaluation."""
    q = line.get("quantity")
    return line.get("sku"), None if q is None else round(float(q), 3)


def old_swap_zeros(read: dict) -> list[int]:
    """Indices of the lines a swap read under the old convention adds: an unexpected line at 0 in a swap."""
    # Relabelled sets drop only the old variant's 0 line (drops beside a swap keep theirs), so a 0 line the
    # labels do want stays; without the swap cue nothing is dropped.
    if not read.get("ctx", {}).get("swap"):
        return []
    want = {_key(ln) for ln in read["expected"].get("lines", [])}
    return [i for i, ln in enumerate(read["lines_out"]) if ln.get("quantity") == 0 and _key(ln) not in want]


def by_convention(read: dict) -> dict:
    """An old-convention read as today's convention states it: a swap's old variant at 0 left out."""
    # Otherwise every swap read before the convention counts as wrong, and the fit learns that a swap is
    # wrong (the 'swap' weight of -0.55 zeroed by hand after the twelfth round's refit).
    drop = set(old_swap_zeros(read))
    if not drop:
        return read
    keep = [i for i in range(len(read["lines_out"])) if i not in drop]
    out = dict(read, lines_out=[read["lines_out"][i] for i in keep])
    if "lvecs" in read:
        out["lvecs"] = [read["lvecs"][i] for i in keep if i < len(read["lvecs"])]
    if read.get("mvec"):  # the line count the vector holds, as the reading now stands
        n = MESSAGE_FEATURES.index("n_lines")
        out["mvec"] = [*read["mvec"][:n], math.log1p(len(keep)), *read["mvec"][n + 1:]]
    return out


def row(read: dict) -> dict:
    """A calibration row (as nlp_calibrate.collect makes) from one old-commit read."""
    # Right by the same rule as `tandem eval extraction`: intent, due date and the (sku, quantity) set all
    # match and no line is left without a SKU.
    exp, got = read["expected"], read["lines_out"]
    want = {_key(ln) for ln in exp.get("lines", [])}
    right = (read["intent"] == exp.get("intent") and read["due_date"] == exp.get("due_date")
             and want == {_key(ln) for ln in got if ln.get("sku")} and all(ln.get("sku") for ln in got))
    lvecs = read.get("lvecs", [])  # absent only where the commit had no signals (such rows are not used)
    return {"file": read["file"], "id": read["id"], "right": right, "intent": read["intent"], "ctx": read.get("ctx", {}),
            "body": read.get("body", ""), "lines_out": got, "expected": exp, "due_date": read["due_date"], "mvec": read.get("mvec"),
            "lines": [(v, bool(ln.get("sku")) and _key(ln) in want) for v, ln in zip(lvecs, got)]}


def read_at(rev: str, files: list[str]) -> list[dict]:
    """Old-commit reads of `files` (cached per commit, file set and today's calibration.py)."""
    # A relabelled set or a changed feature vector reads again.
    blobs = [CALIBRATION.read_bytes(), *((DATA / f).read_bytes() for f in files)]
    stamp = hashlib.sha1((rev + " ".join(files) + RUN).encode() + b"".join(blobs)).hexdigest()[:12]
    cache = CACHE / f"{rev}_{stamp}.jsonl"
    if not cache.exists():
        out = run_at(rev, ["-c", RUN, str(DATA), str(CALIBRATION), *(str(DATA / f) for f in files)])
        CACHE.mkdir(parents=True, exist_ok=True)
        cache.write_text("\n".join(ln for ln in out.splitlines() if ln.startswith("{")) + "\n", encoding="utf-8")
    return [json.loads(ln) for ln in cache.read_text(encoding="utf-8").splitlines() if ln.strip()]


def has_signals(rev: str) -> bool:
    """Whether the commit computed confidence signals at all (nlp/calibration.py came with ef43762)."""
    return subprocess.run(["git", "cat-file", "-e", f"{rev}:nlp/calibration.py"], cwd=ROOT,
                          capture_output=True).returncode == 0


def old_convention(rev: str) -> bool:
    """Whether the commit's rules came before the swap convention (listed a swap's old variant at 0)."""
    return subprocess.run(["git", "merge-base", "--is-ancestor", SWAP_CONVENTION, rev], cwd=ROOT,
                          capture_output=True).returncode != 0


def honest_rows(hold: tuple[str, ...]) -> list[dict]:
    """Rows of every untuned set that is not held and whose commit had signals, each read by that commit
    (by today's swap convention)."""
    record = json.loads(UNTUNED.read_text(encoding="utf-8"))
    return [row(by_convention(r) if old else r) for rev, files in pairs(record, hold) if has_signals(rev)
            for old in [old_convention(rev)] for r in read_at(rev, files)]


def main() -> None:
    """Refresh the cache; per commit, how many reads and right, and the raw signal keys the newest has and it lacks."""
    record = json.loads(UNTUNED.read_text(encoding="utf-8"))
    per = []
    for rev, files in pairs(record, HELD):
        if not has_signals(rev):
            print(f"{rev} {' '.join(files)}: no confidence signals at that commit, left out")
            continue
        reads = read_at(rev, files)
        keys = ({k for r in reads for k in r.get("fkeys", [])}, {k for r in reads for k in r.get("ctxkeys", [])})
        per.append((rev, files, reads, *keys))
    newest = per[-1][3:] if per else (set(), set())  # the record lists sets in the order they were written
    for rev, files, reads, f, c in per:
        right = sum(row(by_convention(r) if old_convention(rev) else r)["right"] for r in reads)
        print(f"{rev} {' '.join(files)}: {len(reads)} read, {right} right; "
              f"lacks line {sorted(newest[0] - f)} ctx {sorted(newest[1] - c)}")


if __name__ == "__main__":
    main()
