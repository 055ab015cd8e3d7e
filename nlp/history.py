"""The quoted earlier mail under a message: its lines for 'same as last time', its product for bare sizes."""
from __future__ import annotations

import re

from nlp.clean import HEADER_RE
from nlp.followon import SCALE, SCALE_ALL, THOSE, of_those, scaled
from nlp.pipeline import run
from nlp.quote_picks import PICKED, new_counts, picked_rows, requoted_each
from nlp.text import normalize
from nlp.words import ZH_AS_LAST

MAX_HISTORY = 20_000  # characters of the quoted mail read, like a message body
QUOTE_MARK = re.compile(r"^\s*>+ ?", re.M)  # "> " before each quoted line
# "Go ahead with the quote you sent" over the quoted offer takes its lines from the offer, like "same as last time".
# "same as our March order", "same as the PO of the 12th": a named earlier order quoted below is taken whole.
SAME_AS_LAST = re.compile(r"same (?:[a-z]+\s+){0,3}as (?:last|before|previous)|same as (?:our|my|the|your)\s+(?:[a-z]+\s+){0,2}(?:order|po)\b|same again|as before|repeat|同上次|照旧|"
                          rf"{ZH_AS_LAST}|"
                          r"(?:go ahead|proceed) with (?:the|your) (?:quote|quotation|offer)|accept (?:the|your) (?:quote|offer)",
                          re.I)
# "Please action the list below from our foreman" over a forwarded list takes its lines from the quoted text.
FROM_BELOW = re.compile(r"\b(?:list|order|items|lines|request|quantities)\s+(?:[^.?!\n]{0,40}\s)?(?:below|underneath)\b|\b(?:see|as) below\b|"
                        r"(?:下面|以下|下列|如下)(?:这张|这个|的)?(?:单子|清单|订单|明细|列表)|(?:单子|清单|订单|明细|需求)如下|"
                        # "请按这个发货", "照这张单子配": ship what the forwarded list says
                        r"(?:按|按照|照)(?:这个|这张|这份|此|上面|下面)(?:单子|清单|申请|单)?(?:发货|发|配货|备货|配|下单)", re.I)


# "this time only 15 of the black ones", "same in red", "we ordered ivory, not green" (on the quoted confirmation):
# variants of what the quoted order named
THIS_TIME = re.compile(r"\bthis time\b|\bsame in\b|\b(?:we|i) (?:ordered|asked for|wanted) [a-z]+,? not\b", re.I)
# ("> 上次：KN95口罩 十盒": the label may name no noun; at a line's start before a colon it heads the quote)
PAST_LABEL = re.compile(r"^\s*(?:上次|上回|之前|以前|原来)的?(?:订单|单子|订货|采购单)?(?:内容|明细)?\s*[:：]", re.M)


# "请按客户要求时间交货", "交期按原单": the date wanted is the one the quoted order states
QUOTED_TIME = re.compile(r"按(?:照)?(?:客户|原单|原订单|来单|下面|下方|对方)(?:的)?(?:要求|所要求)?(?:的)?(?:时间|日期|交期|交货期)|"
                         r"(?:时间|日期|交期|交货期)(?:按|照)(?:客户|原单|原订单|来单|下面)")


def quoted_time(body: str, history: str) -> str:
    """The quoted mail, when the message says to deliver at the time it asks; else ""."""
    return QUOTE_MARK.sub("", history) if history and QUOTED_TIME.search(body) else ""


class QuotedHistory:
    """Extractor methods reading the quoted earlier mail (an order, an offer, a forwarded list)."""

    def _quoted(self, body: str, history: str, today, lang: str, customer: str | None) -> tuple[str, list[dict] | None]:
        """The product the quoted offer names ("> Q345B 10厚报价…" above "10厚的要六吨"; in English when the body
        says "this time" or "same in"), for bare variants, and the quoted mail's lines when they had to be read
        for it, for `_from_history`."""
        if not history or (lang != "zh" and not THIS_TIME.search(body)):
            return "", None
        old = self._history_lines(history, today, lang, customer)
        return (old[0]["mention"] if old else ""), old

    def _from_history(self, body, lines, history, today, lang, customer, old=None):
        """'Same as last time': take missing quantities from the quoted earlier order (`old`: its lines, if read)."""
        if not history:
            return lines
        taken = self._quote_taken(body, history, today, lang, customer)
        if taken is not None:
            return taken
        # the quoted mail is read once, and only when something refers to it
        if THOSE.search(body):
            old = old if old is not None else self._history_lines(history, today, lang, customer)
            of_those(body, lines, old, self._build_line)
        if not (SAME_AS_LAST.search(body) or (not lines and (FROM_BELOW.search(body) or SCALE_ALL.search(body)))):
            return lines
        if lines and all(ln["quantity"] is not None for ln in lines):
            return lines
        old = old if old is not None else self._history_lines(history, today, lang, customer)
        old_by_sku = {ln["sku"]: ln for ln in old if ln["quantity"] is not None}
        # "same cake cases as last time": count-less words naming none of the quoted items name all of them;
        # "… but only half the spaceboy": the one named to be scaled is one of them, the others come too
        if lines and not any(ln["quantity"] is not None for ln in lines) and \
                (SCALE.search(body) or not any(ln["sku"] in old_by_sku for ln in lines)):
            lines = []
        if not lines:
            for ln in old_by_sku.values():
                ln["_side"] = ""  # "could you quote for 96 ..." asked back then; taken now, it is ordered
            return scaled(body, list(old_by_sku.values()), self._words, self._names_of)
        for ln in lines:
            if ln["quantity"] is None and ln["sku"] in old_by_sku:
                ln["quantity"] = old_by_sku[ln["sku"]]["quantity"]
        return scaled(body, lines, self._words, self._names_of)

    def _quote_taken(self, body, history, today, lang, customer) -> list[dict] | None:
        """The quoted offer's rows a reply takes ("lines 1 and 3, but 36 of line 3") or has re-quoted
        ("re-quote at 48 of each"), in place of what the body's own words read as; None when it does neither."""
        # (the quoted mail is unquoted only when the body picks rows: this runs on every message with history)
        rows = picked_rows(body, QUOTE_MARK.sub("", history)) if PICKED.search(body) else None
        each = requoted_each(body)
        if each is None and rows is None:
            return None
        if rows is None:
            old = {ln["sku"]: ln for ln in self._history_lines(history, today, lang, customer) if ln["quantity"] is not None}
            taken = [(None, ln) for ln in old.values()]  # the offer's counted rows, as `_from_history` reads them
        else:
            said = [(n, normalize(text)) for n, text in rows]
            taken = [(n, ln) for n, text in said for ln in self._lines(text, run(text, lang, today), customer)[:1]]
        counts = new_counts(body)
        for n, ln in taken:
            ln["_side"] = ""  # the offer's "@ £1.65" asked nothing of the reply
            ln["quantity"] = each if each is not None else counts.get(n, ln["quantity"])
        return [ln for _, ln in taken if ln["sku"]] or None

    def _history_lines(self, history: str, today, lang: str, customer: str | None) -> list[dict]:
        """The lines of the quoted earlier mail."""
        # the quoted mail's own "From: … / Sent: 09 October 2026 17:41" lines name no product and hold no count
        hist_body = normalize(HEADER_RE.sub("", QUOTE_MARK.sub("", history)))[:MAX_HISTORY]
        # "> 上次订单：M12×50 螺栓 4盒": the label of the quoted order itself, its counts are no older history
        hist_body = PAST_LABEL.sub(" ", hist_body)
        return self._lines(hist_body, run(hist_body, lang, today), customer)
