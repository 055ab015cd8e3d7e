"""A learned due-date picker stacked on the rules: a softmax over the found dates and "no date"."""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import zlib
from functools import lru_cache
from pathlib import Path

from nlp.dates import DateHit
from nlp.text import is_cjk
from nlp.prefilter import prefiltered

DIM = 1 << 12  # hashed feature space; small enough to ship as a JSON list
WEIGHTS = Path(__file__).with_name("due_model.json")
EN_WORD = re.compile(r"[a-z]+|\d+")
HAN = re.compile(r"[\u4e00-\u9fff]")
TOKEN = re.compile(r"[a-z]+|\d+|[\u4e00-\u9fff]")
QUOTED = re.compile(r"^\s*>")
SENT_END = prefiltered(r"[.!?\n。！？；;]")
# Cue words whose side of the date matters: "by Friday" vs "valid until Friday" vs "the meeting on Friday".
CUES = {name: prefiltered(rx, re.I) for name, rx in {
    "by": r"\bby\b|最迟|最晚|之前|以前|前$", "before": r"\bbefore\b|\buntil\b|\btill\b|\blatest\b|no later",
    "need": r"\bneed|\bwant|\brequire|要|需", "deliver": r"\bdeliver|\bship|\bdispatch|\bsend|\barriv|送|发货|到货|交货|到",
    "for": r"\bfor\b", "on": r"\bon\b", "valid": r"\bvalid|\bexpir|有效", "decide": r"\bdecid|\bdecision|\bconfirm|决定|确认",
    "quote": r"\bquot|\bpric|\breply|报价|回复", "meeting": r"\bmeeting|\bcall\b|\bvisit|\bfair\b|\bevent|会议|开会|展会",
    "last": r"\blast\b|\bago\b|\bprevious|上次|上周|去年", "was": r"\bwas\b|\bwere\b|\bcame\b|\barrived\b|了|送来的",
    "closed": r"\bclosed\b|\bshut\b|\baway\b|放假|休假", "invoice": r"\binvoice|\bdated\b|\bref\b|发票|日期",
    "move": r"\bmove|\bpush|\binstead|\boriginally|\breschedul|改到|推迟|原定|提前",
}.items()}
PAST = re.compile(r"\b(?:was|were|did|had|ago|yesterday|last)\b|\b\w+ed\b|上次|上周|昨天|了", re.I)
ASK = prefiltered(r"\b(?:need|want|please|pls|could|can|will|would|'d)\b|请|要|需|能不能|可以", re.I)
IF = re.compile(r"\bif\b|\?|如果|要是|吗|？", re.I)


@lru_cache(maxsize=1 << 14)  # feature names repeat across messages ("kind:weekday", "L1:by")
def _h(name: str) -> int:
    """A stable bucket for a feature name (Python's hash is salted per process)."""
    return zlib.crc32(name.encode("utf-8")) % DIM


def _tokens(s: str) -> list[str]:
    """Lowercased English words and single Han characters, in order."""
    return TOKEN.findall(s.lower())


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span."""
    a = max((m.end() for m in SENT_END.finditer(text, 0, start)), default=0)
    b = SENT_END.search(text, end)
    return text[a : b.start() if b else len(text)]


def _window(text: str, h: DateHit) -> list[str]:
    """Features of the words around one mention of a date."""
    left, right = _tokens(text[max(0, h.start - 40) : h.start]), _tokens(text[h.end : h.end + 25])
    out = [f"kind:{h.kind}"]
    out += [f"L1:{w}" for w in left[-1:]] + [f"L2:{w}" for w in left[-2:-1]] + [f"L:{w}" for w in left[-5:]]
    out += [f"R1:{w}" for w in right[:1]] + [f"R:{w}" for w in right[:4]]
    if len(left) >= 2:
        out.append(f"LB:{left[-2]}_{left[-1]}")
    lw, rw, sent = text[max(0, h.start - 30) : h.start], text[h.end : h.end + 15], _sentence(text, h.start, h.end)
    for name, rx in CUES.items():
        out += [f"{side}:{name}" for side, span in (("cL", lw), ("cR", rw), ("cS", sent)) if rx.search(span)]
    out += ["past_s"] * bool(PAST.search(sent)) + ["ask_s"] * bool(ASK.search(sent)) + ["if_s"] * bool(IF.search(sent))
    out += ["quoted"] * bool(QUOTED.search(text[text.rfind("\n", 0, h.start) + 1 : h.start]))
    return out


def _when(d: dt.date, today: dt.date) -> str:
    """How far a date lies from the message date, in coarse bins."""
    n = (d - today).days
    return "past" if n < 0 else "d0" if n == 0 else "d1" if n == 1 else "d7" if n <= 7 else "d31" if n <= 31 else "dfar"


def merged(calls: list[tuple[str, list[DateHit]]]) -> tuple[str, list[DateHit]]:
    """One text and its hits from what the rules picked from (the body, then a forwarded note's time if read)."""
    text, hits = "", []
    for t, hs in calls:
        off = len(text) + (1 if text else 0)
        text = f"{text}\n{t}" if text else t
        hits += [DateHit(h.start + off, h.end + off, h.date, h.due, h.kind) for h in hs]
    return text, hits


def options(text: str, hits: list[DateHit], today: dt.date, intent: str,
            rule: dt.date | None) -> list[tuple[dt.date | None, list[str]]]:
    """The choices (each distinct found date, the rules' date, "none") with their feature names."""
    lang = "zh" if is_cjk(text) else "en"
    dates = sorted({h.date for h in hits} | ({rule} if rule else set()))
    future = [d for d in dates if d >= today]
    out: list[tuple[dt.date | None, list[str]]] = []
    for i, d in enumerate(dates):
        mine = [h for h in hits if h.date == d]
        f = ["C", f"C:{lang}", f"C:{intent}", _when(d, today), f"n:{min(len(mine), 3)}"]
        f += ["rule", f"rule:{intent}", f"rule:{lang}"] if d == rule else []
        f += ["derived"] if not mine else []
        f += ["first"] * (bool(future) and d == future[0]) + ["lastd"] * (bool(future) and d == future[-1])
        f += ["only"] * (len(dates) == 1) + [f"pos{min(i, 2)}"]
        for h in mine:
            f += _window(text, h)
        out.append((d, sorted(set(f))))
    none = ["NONE", f"NONE:{lang}", f"NONE:{intent}", f"NONE:n{min(len(dates), 3)}"]
    none += ["NONE:rule_none", f"NONE:rule_none:{intent}"] if rule is None else []
    out.append((None, none))
    return out


def indices(feats: list[str]) -> list[int]:
    """Hashed columns of a feature list (each name once)."""
    return sorted({_h(f) for f in feats})


def overrides(day: dt.date | None, prob: float, rule: dt.date | None, tau: tuple[float, float], intent: str,
              today: dt.date) -> bool:
    """Whether the model's pick replaces the rules' date: another answer, sure enough (tau[0] to change or clear the
    rules' date, tau[1] to add one where they had none), never a date for other / cancel nor a past day (the rules
    skip those too: "Date: Thu, 19 Nov" in a forwarded header)."""
    need = tau[1] if rule is None else tau[0]
    return day != rule and prob > need and not (day and (intent in ("other", "cancel") or day < today))


class DueModel:
    """Weights and override thresholds; `choose` keeps the rules' date unless the model is sure otherwise.
    tau_add (adding a date where the rules found none) is kept apart: a wrongly added date was the common break."""

    def __init__(self, weights: list[float], tau: float, tau_add: float | None = None):
        self.w, self.tau, self.tau_add = weights, tau, tau if tau_add is None else tau_add

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> "DueModel | None":
        """The shipped model, or None when no weights file is present."""
        if not path.exists():
            return None
        data = json.loads(path.read_text())
        return cls(data["w"], data["tau"], data.get("tau_add"))

    def probs(self, opts: list[tuple[dt.date | None, list[str]]]) -> list[float]:
        """Softmax probability of each option."""
        s = [sum(self.w[i] for i in indices(f)) for _, f in opts]
        top = max(s)
        e = [math.exp(x - top) for x in s]
        return [x / sum(e) for x in e]

    def choose(self, calls: list[tuple[str, list[DateHit]]], today: dt.date, intent: str,
               rule: dt.date | None) -> dt.date | None:
        """The due date: the model's choice when its probability passes tau, else the rules' date.
        Never a date for "other" / "cancel" (the convention: normally null)."""
        return self.decide(calls, today, intent, rule)[0]

    def decide(self, calls: list[tuple[str, list[DateHit]]], today: dt.date, intent: str,
               rule: dt.date | None) -> tuple[dt.date | None, float]:
        """`choose`'s date and the model's probability of it (a message-confidence input)."""
        if rule is None and not any(hs for _, hs in calls):
            return None, 1.0  # nothing found and none taken: "no date" is the only option, so skip the features
        opts = options(*merged(calls), today, intent, rule)
        p = self.probs(opts)
        best = max(range(len(opts)), key=lambda i: p[i])
        day = opts[best][0]
        day = day if overrides(day, float(p[best]), rule, (self.tau, self.tau_add), intent, today) else rule
        return day, round(float(p[[d for d, _ in opts].index(day)]), 4)
