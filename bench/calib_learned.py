"""The learned checks' message signals on honest reads, from checks that never saw the fold's sets.

An old commit's read has no probability from today's checks (and the shipped nlp/intent_model.npz and
nlp/due_model.json were trained on every tuning set: on an old read they would know the answer). So each row's
`ip_read` / `ip_margin` come from an intent check refitted on the honest reads of the other sets
(bench/calib_signals.intent_probs, the check's features without character n-grams) and its `due_p` from a due
picker refitted on the other sets' untuned reads (bench/nlp_due_train: the probability of the date the row read,
among the options today's date finder gives); inside a nested fold both are fitted without the outer set too.
"""
from __future__ import annotations

import datetime as dt

import numpy as np

import nlp_loso
from calib_signals import intent_probs, register
from nlp.calibration import MESSAGE_FEATURES, learned_signals
from nlp.intent_model import read_signals

COLUMN = MESSAGE_FEATURES.index("ip_read")  # ip_read, ip_margin, due_p
NEUTRAL = learned_signals({})  # the extractor's defaults without the checks


def put(rows: list[dict], ip: np.ndarray, due: list[float | None]) -> None:
    """Write each row's learned columns from its intent probabilities (the extractor's read_signals) and due
    probability (None: the row's date is not among the picker's options, left at the default)."""
    for r, p, d in zip(rows, ip, due):
        cols = list(learned_signals({**read_signals(p, r["intent"]), "due_p": d}))  # (d None: the default)
        r["mvec"] = [*r["mvec"][:COLUMN], *cols, *r["mvec"][COLUMN + 3:]]


class DueProbs:
    """The due picker's probability of each row's read date, from pickers fitted without given sets."""

    def __init__(self):
        from nlp_due_data import build
        from nlp_due_train import encode
        self.enc = encode(build())
        self.by_id = {e["row"]["id"]: e for e in self.enc}
        self.fits: dict[frozenset, np.ndarray] = {}

    def weights(self, without: frozenset) -> np.ndarray:
        """Picker weights fitted on every set but `without` (kept for the run)."""
        from nlp_due_train import train
        if without not in self.fits:
            self.fits[without] = train([e for e in self.enc if e["row"]["set"] not in without])
        return self.fits[without]

    def __call__(self, rows: list[dict], exclude: set[str]) -> list[float | None]:
        """Each row's probability from a picker that never saw its set nor `exclude`."""
        out = []
        for r in rows:
            e = self.by_id.get(r["id"])
            day = dt.date.fromisoformat(r["due_date"]) if r["due_date"] else None
            if e is None or day not in e["days"]:
                out.append(None)
                continue
            w = self.weights(frozenset(exclude | {nlp_loso.set_of(r["file"])}))
            s = np.array([w[c].sum() for c in e["cols"]])
            p = np.exp(s - s.max())
            out.append(round(float(p[e["days"].index(day)] / p.sum()), 4))
        return out


class Learned:
    """Refreshes the columns of a row list for a fold: checks fitted without each row's set and `exclude`."""

    def __init__(self, rows: list[dict], loose: bool = False):
        # `loose`: a nested fold reuses the checks fitted with its outer set (~10x fewer refits, a second-order leak)
        self.loose, self.due = loose, DueProbs()
        register(rows)

    def __call__(self, rows: list[dict], exclude: set[str] = frozenset()) -> None:
        """Set the columns of `rows` for a fold that must not have seen the sets in `exclude`."""
        ex = set() if self.loose else set(exclude)
        put(rows, intent_probs(rows, True, ex), self.due(rows, ex))


def neutral(rows: list[dict]) -> list[dict]:
    """Copies of the rows with the learned columns at the extractor's no-check defaults (the old model)."""
    return [dict(r, mvec=[*r["mvec"][:COLUMN], *NEUTRAL, *r["mvec"][COLUMN + 3:]]) for r in rows]
