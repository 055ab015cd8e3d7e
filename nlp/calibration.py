"""Calibrated confidences: two small logistic models over signals that do not depend on wording."""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from nlp.confidence import RISKY, VAGUE
from nlp.intent import intent_scores
from nlp.prefilter import prefiltered  # start-character look-ahead, same matches: searched over every body
from nlp.quantities import WORDED_COUNT
from nlp.words import CORRECTION

PARAMS = Path(__file__).with_name("calibration.json")
LINE_FEATURES = ("top", "margin", "cover", "mcover", "coded", "alias", "qty_unit", "qty_bare", "close",
                 "attached", "merged", "synthetic", "converted", "kin", "picked", "num_miss")
MESSAGE_FEATURES = ("line_min", "no_lines", "n_lines", "loose", "orphans", "risky", "vague", "cued", "no_cue",
                    "question", "order_ref", "past", "dates", "due", "due_relative", "history", "swap", "mixed_qty", "no_qty",
                    "other", "long", "unexplained", "hedge", "worded", "borrowed", "other_history", "points_below",
                    "quote_due", "unread_products", "margin_min", "mcover_min", "joined", "dismissed",
                    "ip_read", "ip_margin", "due_p", "order_rival", "unit_mixed", "corrected")
# Wording that makes the intent a judgement call: a question, an earlier order, something in the past.
QUESTION = prefiltered(r"\?|吗|是否|能不能|可不可以|有没有|\bwould\b.*\b(?:cost|be)\b", re.I)
ORDER_REF = prefiltered(r"\b(?:order|po|p\.o\.|ref)\b\s*(?:no\.?|number|#)?\s*[:#]?\s*[a-z0-9-]*\d|"
                       r"\b(?:my|our|the|last|that|previous|yesterday's|existing) order\b|订单|单号|之前订|上次订|前天|昨天", re.I)
# The customer is unsure himself: the count or item may still change.
# The word alternatives share one leading \b: searched over every body, a \b per branch costs 2-3x the time.
HEDGE = prefiltered(r"\b(?:i think|maybe|probably|not sure|will confirm|or so|around|roughly)\b|\bapprox|"
                   r"左右|大概|大约|差不多|可能|估计|待定|再确认", re.I)
# "Please action the list below": the lines are meant to be somewhere the reading may not have looked.
BELOW = prefiltered(r"\bbelow\b|\bfollowing\b|\battached\b|\bas per\b|下面|如下|以下|下列|附件|见附", re.I)
JOINED = prefiltered(r"[,;，；]")
# The writer takes back what he just said ("3000 - no sorry, 5000", "不对,要五千"): the reading may keep either.
# (words.CORRECTION's "no sorry", "no wait", "or rather", and the wider take-backs a correction is said with)
CORRECTED = prefiltered(rf"\b(?:{CORRECTION}|ignore that|scratch that|i meant?|make that|correction|should have been)\b|"
                        r"不对|说错|写错|哦不|更正|应该是", re.I)
PAST = prefiltered(r"last time|previous|\b(?:bought|ordered|placed|we had|ago|sent)\b|"
                  r"上次|上回|之前|以前|去年|上个月|上周", re.I)


def line_vector(f: dict | None) -> list[float]:
    """Line signals in LINE_FEATURES order; a line made by a swap or from history has none."""
    if not f or "top" not in f:
        return [float(n == "synthetic") for n in LINE_FEATURES]
    q = f.get("qstr", 0.0)
    return [f["top"], min(max(f["margin"], 0.0), 0.5), f["cover"], f.get("mcover", 0.0), f["coded"], f.get("alias", 0.0),
            float(q >= 2), float(0 < q < 2), f["close"], f.get("attached", 0.0), f.get("merged", 0.0), 0.0,
            f.get("converted", 0.0), f.get("kin", 0.0), f.get("picked", 0.0), f.get("num_miss", 0.0)]


def message_vector(intent: str, lines: list[dict], body: str, ctx: dict, line_logits: list[float]) -> list[float]:
    """Message signals in MESSAGE_FEATURES order (weakest line, unused counts, cues, dates, history)."""
    cues = intent_scores(body)
    qty = [ln["quantity"] is not None for ln in lines]
    other = intent == "other"
    return [min(line_logits, default=0.0), float(not lines), math.log1p(len(lines)), min(ctx["loose"], 2),
            min(ctx["orphans"], 2), float(bool(RISKY.search(body))), float(bool(VAGUE.search(body))),
            min(sum(1 for v in cues.values() if v), 3), float(intent != "other" and not cues.get(intent)),
            float(bool(QUESTION.search(body))), float(bool(ORDER_REF.search(body))), float(bool(PAST.search(body))),
            min(ctx["dates"], 3), float(ctx["due"]), float(ctx.get("due_relative", False)), float(ctx["history"]),
            float(ctx["swap"]), float(any(qty) and not all(qty)), float(bool(lines) and not any(qty)),
            float(other), math.log1p(len(body)) - 5.0, min(ctx.get("unexplained", 0), 2),
            float(bool(HEDGE.search(body))), float(bool(WORDED_COUNT.search(body))), float(ctx.get("borrowed", False)),
            float(other and ctx["history"]), float(not lines and bool(BELOW.search(body))),
            float(intent == "quote" and ctx["due"]), math.log1p(ctx.get("unread_products", 0)),
            ctx.get("margin_min", 0.5), ctx.get("mcover_min", 1.0), float(ctx.get("joined", False)),
            min(ctx.get("dismissed", 0), 2), *learned_signals(ctx), order_rival(intent, cues),
            float(ctx.get("unit_mixed", False)), float(bool(CORRECTED.search(body)))]


def order_rival(intent: str, cues: dict) -> float:
    """An order read where the body also cues a quote, a stock question, a change or a cancel."""
    # An order is the reading the rules fall back to; a rival cue left over says the intent was a close call.
    return float(intent == "order" and any(v for k, v in cues.items() if k not in ("order", "other")))


def unit_mixed(lvecs: list[list[float]]) -> bool:
    """Some line's count was converted from a pack while another's is a bare number ('4 pails white, 2 yellow')."""
    # The bare one most often meant the same pack, unconverted.
    conv, bare = LINE_FEATURES.index("converted"), LINE_FEATURES.index("qty_bare")
    return any(v[conv] for v in lvecs) and any(v[bare] for v in lvecs)


def learned_signals(ctx: dict) -> tuple[float, float, float]:
    """The learned intent check's probability of the read intent, its lead over the runner-up, and the due-date
    picker's probability of the date read (or of "no date")."""
    # Without a shipped check (or from a commit that had none) the defaults say "unsure", never "sure".
    due = ctx.get("due_p")
    return ctx.get("ip_read", 0.5), ctx.get("ip_margin", 0.0), 0.5 if due is None else due


def weakest_reading(lvecs: list[list[float]]) -> dict:
    """The message's least distinct match (lead over the runner-up) and least explained mention."""
    # One line that cannot tell siblings apart ("small sundae dishes" among three colours) or whose mention
    # says words its item lacks makes the whole message unsure; the line model's logit dilutes both.
    top, margin, mcover = (LINE_FEATURES.index(k) for k in ("top", "margin", "mcover"))
    read = [v for v in lvecs if v[top] > 0]
    margins = [min(max(v[margin], 0.0), 0.5) for v in read]
    covers = [v[mcover] for v in read]
    return {"margin_min": min(margins, default=0.5), "mcover_min": min(covers, default=1.0)}


@dataclass
class Logistic:
    """p = 1 / (1 + exp(-(b + w·x))) with x standardised by the stored mean and scale."""

    weights: list[float]
    bias: float
    mean: list[float]
    scale: list[float]

    def logit(self, x: list[float]) -> float:
        """The linear score (log-odds of being right)."""
        z = self.bias + sum(w * (v - m) / s for w, v, m, s in zip(self.weights, x, self.mean, self.scale))
        return max(-30.0, min(30.0, z))

    def prob(self, x: list[float]) -> float:
        """Probability of being right."""
        return 1.0 / (1.0 + math.exp(-self.logit(x)))


class Calibration:
    """Line and message models plus the threshold whose estimated precision is at least 99 %."""

    def __init__(self, line: Logistic, message: Logistic, threshold: float):
        self.line, self.message, self.threshold = line, message, threshold

    @classmethod
    def load(cls, path: Path = PARAMS) -> "Calibration":
        """The fitted parameters written by bench/nlp_calibrate.py."""
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(Logistic(**raw["line"]), Logistic(**raw["message"]), raw["threshold"])

    def apply(self, intent: str, lines: list[dict], body: str, ctx: dict) -> tuple[float, dict]:
        """Set each line's own calibrated confidence; return the message's and the signals."""
        # A line is not capped by its message: a sure line in an unsure message (an intent or a missed line
        # in doubt) keeps its own figure, so a person sees which line to check. Acting on a line takes both.
        # The lines' private `_f` is removed.
        lvecs = [line_vector(ln.pop("_f", None)) for ln in lines]
        # A line that borrowed the family named before ("…, and 6 of the red") rests on an inference.
        ctx["borrowed"] = any(v[LINE_FEATURES.index("kin")] for v in lvecs)
        ctx.update(weakest_reading(lvecs))
        # A mention stitched over punctuation ("gloves, the cotton ones") was read from pieces: an inference.
        ctx["joined"] = any(JOINED.search(ln["mention"]) for ln in lines)
        ctx["unit_mixed"] = unit_mixed(lvecs)
        logits = [self.line.logit(v) for v in lvecs]
        mvec = message_vector(intent, lines, body, ctx, logits)
        conf = round(self.message.prob(mvec), 4)
        for ln, z in zip(lines, logits):
            ln["confidence"] = round(1.0 / (1.0 + math.exp(-z)), 4)
        return conf, {"lines": lvecs, "message": mvec, "ctx": ctx, "body": body}
