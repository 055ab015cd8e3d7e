"""Candidate message signals for bench/nlp_calib_probe.py, computed from an honest read alone (no today's rules).

The learned intent check's probability is refitted here on the honest reads of the sets not excluded (the
shipped nlp/intent_model.npz was trained on every tuning set, so on an old read it would know the answer).
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

import nlp_calibrate as cal
import nlp_loso
from nlp.intent_model import _TOKEN, INTENTS, MAX_TEXT, _slot, fact_names

LF = cal.LINE_FEATURES
CACHE = Path(__file__).resolve().parents[1] / "var" / "calib_probe"
_IP: dict[frozenset, np.ndarray] = {}
_X: list = []
DIGIT = re.compile(r"\d")


def _unit_all(r: dict) -> float:
    """Every line's count came with a unit or marker (and there is a line)."""
    i = LF.index("qty_unit")
    return float(bool(r["lines"]) and all(v[i] for v, _ in r["lines"]))


def _bare_any(r: dict) -> float:
    """Some line's count is a bare number."""
    i = LF.index("qty_bare")
    return float(any(v[i] for v, _ in r["lines"]))


def _close_n(r: dict) -> float:
    """How many lines had near-tied candidates (capped)."""
    i = LF.index("close")
    return float(min(sum(v[i] for v, _ in r["lines"]), 2))


def _zh(r: dict) -> float:
    """The message is from a Chinese set."""
    return float(nlp_loso.lang_of(r["file"]) == "zh")


def _uncovered(r: dict) -> float:
    """Rows of the body that hold a number but none of the lines' mentions (capped): a list row left unread."""
    said = [ln.get("mention") or "" for ln in r["lines_out"]]
    rows = [t for t in r["body"].splitlines() if DIGIT.search(t)]
    return float(min(sum(1 for t in rows if not any(m and m in t for m in said)), 3))


def _rows_per_line(r: dict) -> float:
    """Body rows with a number per line read (message shape: a list longer than the reading)."""
    rows = sum(1 for t in r["body"].splitlines() if DIGIT.search(t))
    return float(min(rows / max(len(r["lines_out"]), 1), 4.0))


PACK = re.compile(r"每[盒箱包袋卷桶件]\s*\d|\d+\s*[片个只支根条]\s*/\s*[盒箱包袋卷桶件]|"
                  r"\b(?:per|each|every)\s+(?:box|pack|case|carton|bag|roll|drum|pail)\b|\b(?:packs?|boxes|box|cases?) of \d", re.I)


def _pack_said(r: dict) -> float:
    """The body says what a pack holds ("每盒50片", "boxes of 100"): the count may be meant in either unit."""
    return float(bool(PACK.search(r["body"])))


def _date_unused(r: dict) -> float:
    """A date was found in the body but none was read as the due date."""
    m = dict(zip(cal.MESSAGE_FEATURES, r["mvec"]))
    return float(m["dates"] > 0 and not m["due"])


EXTRA = {  # name: (row -> value or None for the intent check's columns, sign: +1 good, -1 bad, 0 free)
    "unit_all": (_unit_all, 1.0), "bare_any": (_bare_any, -1.0), "close_n": (_close_n, -1.0), "zh": (_zh, 0.0),
    "ip_read": (None, 1.0), "ip_margin": (None, 1.0), "ip_agree": (None, 1.0),
    "uncovered": (_uncovered, -1.0), "rows_per_line": (_rows_per_line, -1.0),
    "pack_said": (_pack_said, -1.0), "date_unused": (_date_unused, -1.0),
}


def extra_matrix(rows: list[dict], names: tuple[str, ...], ip: np.ndarray | None) -> np.ndarray:
    """Columns of the named signals; `ip` holds the intent check's probabilities of these rows."""
    cols = []
    for n in names:
        fn = EXTRA[n][0]
        if fn is not None:
            cols.append([fn(r) for r in rows])
            continue
        read = np.array([INTENTS.index(r["intent"]) for r in rows])
        p_read = ip[np.arange(len(rows)), read]
        rival = np.where(np.eye(len(INTENTS), dtype=bool)[read], -1, ip).max(1)
        cols.append({"ip_read": p_read, "ip_margin": p_read - rival, "ip_agree": (ip.argmax(1) == read).astype(float)}[n])
    return np.array(cols).T


def _light(r: dict) -> tuple[np.ndarray, np.ndarray]:
    """The intent check's features without its character n-grams (words, word pairs, the reading's facts)."""
    # The shipped check's character n-grams make each refit ~10x slower; 200 refits are needed here.
    words = _TOKEN.findall(r["body"][:MAX_TEXT].lower())
    text = sorted({_slot("w" + w) for w in words} | {_slot("b" + a + " " + b) for a, b in zip(words, words[1:])})
    facts = sorted({_slot("f:" + f) for f in fact_names(r["intent"], r["lines_out"], r["body"], bool(r["ctx"].get("history")))}
                   - set(text))
    vals = np.concatenate([np.full(len(text), 1 / np.sqrt(max(len(text), 1))), np.ones(len(facts))])
    return np.array(text + facts, dtype=np.int64), vals


def _matrix(rows: list[dict]):
    """The intent check's sparse features of every row (computed once per row list)."""
    from nlp_intent_probe import matrix
    if not _X or _X[0] is not rows:
        fx = [{"x": _light(r)} for r in rows]
        _X[:] = [rows, matrix(fx), np.array([INTENTS.index(r["expected"]["intent"]) for r in rows])]
    return _X[1], _X[2]


def intent_probs(rows: list[dict], need: bool, exclude: set[str], lam: float = 1e-4) -> np.ndarray | None:
    """Every row's intent probabilities from a check fitted on the rows of sets outside `exclude`
    and their own set (a row's set is left out of its own fit: leave-one-set-out within)."""
    if not need:
        return None
    allrows = _ALL[0]
    X, y = _matrix(allrows)
    names = np.array([nlp_loso.set_of(r["file"]) for r in allrows])
    pos = {id(r): i for i, r in enumerate(allrows)}
    out = np.zeros((len(rows), len(INTENTS)))
    idx = np.array([pos[id(r)] for r in rows])
    for g in sorted({names[i] for i in idx}):
        key = frozenset(exclude | {g})
        if key not in _IP:
            _IP[key] = _fitted(X, y, names, key, lam)
        sel = names[idx] == g
        out[sel] = _IP[key][idx[sel]]
    return out


def _fitted(X, y, names: np.ndarray, key: frozenset, lam: float) -> np.ndarray:
    """Probabilities of every row from a check fitted without the sets in `key` (kept in var/calib_probe/)."""
    from nlp_intent_probe import fit, proba
    path = CACHE / f"ip_{'-'.join(sorted(key))}_{len(names)}_{lam:g}.npy"
    if path.exists():
        return np.load(path)
    tr = ~np.isin(names, list(key))
    p = proba(X, *fit(X[tr], y[tr], lam, iters=60))
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, p)
    return p


_ALL: list = [None]


def register(rows: list[dict]) -> None:
    """The full row list every intent fit draws from (rows are matched by identity)."""
    _ALL[0] = rows
