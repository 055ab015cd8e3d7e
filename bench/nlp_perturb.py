"""Robustness of extraction to label-preserving rewrites of the tuning sets (dev, dev2..dev9; en and zh).

Run: .venv/bin/python bench/nlp_perturb.py [--ids] [--later | --newest | --sets dev21,dev23] [--only NAME,NAME]
(--ids: the ids each transform broke; --later: the later tuning sets dev12..dev20 instead; --newest: dev21..dev32;
--sets: these sets; --only: these transforms)

Each transform rewrites every message it applies to (seeded, deterministic; see bench/perturb_forms.py) and the
extractor reads the original and the rewritten text in the same process. Per transform: messages rewritten,
F1 / intent / due on original vs rewritten, and how many messages went from right to wrong (and back).
Holdouts and the round's judges (bench/held_sets.is_held) are never read, whatever the flags ask.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import perturb_forms as forms  # noqa: E402
from held_sets import is_held  # noqa: E402
from nlp.catalog import load_catalog  # noqa: E402
from nlp.evaluate import Report, score_one  # noqa: E402
from nlp.extractor import Extractor  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = [f"dev{n}" if n > 1 else "dev" for n in range(1, 10)]  # never holdout, dev10, dev11
LATER = [f"dev{n}" for n in range(12, 21)]
NEWEST = [f"dev{n}" for n in range(21, 33)]  # the judges among them are skipped by tuning_messages


def tuning_messages(lang: str) -> list[dict]:
    """Every labelled message of the tuning sets in one language."""
    out = []
    for name in SETS:
        path = DATA / f"extraction_{lang}_{name}.jsonl"
        if is_held(path.name) or not path.exists():  # a held judge is never read; a set may exist in one language
            continue
        out += [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]
    return out


def catalog_names(catalogs: dict) -> dict[str, str]:
    """Each SKU's catalogue name in lower case (the words a typo may fall in)."""
    return {it.sku: it.name.lower() for cat in catalogs.values() for it in cat}


def transforms(names: dict[str, str]) -> list[tuple[str, str, object]]:
    """(language, name, rewrite) for every transform, each applied alone."""
    return [("en", "chat", forms.chat), ("en", "words", forms.words), ("en", "layout", forms.layout),
            ("en", "typo", lambda m: forms.typo(m, names)), ("en", "voice", forms.voice),
            ("en", "correct", forms.correct), ("en", "noise", forms.noise), ("en", "runon", forms.runon),
            ("en", "greet", forms.greet), ("en", "xafter", forms.xafter),
            ("zh", "trad", forms.trad), ("zh", "width", forms.width), ("zh", "numerals", forms.numerals)]


def run(extractors: dict, msgs: list[dict], rewrite) -> dict:
    """Original vs rewritten scores over the messages a rewrite applies to."""
    before, after, broke, mended, n = Report(), Report(), [], 0, 0
    for m in msgs:
        text = rewrite(m)
        if text is None:
            continue
        n += 1
        ex, today = extractors[m.get("catalog", "retail")], dt.date.fromisoformat(m["today"])
        right = []
        for rep, t in ((before, m["text"]), (after, text)):
            k = len(rep.cases)
            score_one(rep, m, ex.extract(t, today), ex.threshold)
            right.append(len(rep.cases) == k)
        if right[0] and not right[1]:
            broke.append(m["id"])
        mended += right[1] and not right[0]
    return {"n": n, "before": before.summary(), "after": after.summary(), "broke": broke, "mended": mended}


def main(argv: list[str]) -> None:
    """Print the per-transform table as markdown (--ids: also the ids each transform broke)."""
    global SETS
    if "--later" in argv:
        SETS = LATER
    if "--newest" in argv:
        SETS = NEWEST
    if "--sets" in argv:
        SETS = argv[argv.index("--sets") + 1].split(",")
    only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else None
    catalogs = {p.stem.removeprefix("catalog_"): load_catalog(p) for p in sorted(DATA.glob("catalog_*.csv"))}
    extractors = {k: Extractor(c) for k, c in catalogs.items()}
    msgs = {lang: tuning_messages(lang) for lang in ("en", "zh")}
    print("| lang | transform | messages | F1 orig → rewr | intent orig → rewr | due orig → rewr | right→wrong | wrong→right |")
    print("|---|---|---:|---|---|---|---:|---:|")
    for lang, name, rewrite in transforms(catalog_names(catalogs)):
        if only and name not in only:
            continue
        r = run(extractors, msgs[lang], rewrite)
        b, a = r["before"], r["after"]
        print(f"| {lang} | {name} | {r['n']} | {b['f1']:.3f} → {a['f1']:.3f} | {b['intent_accuracy']:.3f} → "
              f"{a['intent_accuracy']:.3f} | {b['due_date_accuracy']:.3f} → {a['due_date_accuracy']:.3f} | "
              f"{len(r['broke'])} | {r['mended']} |")
        if "--ids" in argv:
            print(f"<!-- {name}: {' '.join(r['broke'])} -->")


if __name__ == "__main__":
    main(sys.argv[1:])
