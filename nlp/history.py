"""The quoted earlier mail under a message: its lines for 'same as last time', its product for bare sizes."""
from __future__ import annotations

import re

from nlp.clean import HEADER_RE, QUOTE_MARK
from nlp.followon import SCALE, SCALE_ALL, THOSE, of_those, scaled
from nlp.pipeline import run
from nlp.postprocess import attach, round_qty
from nlp.quantities import find_quantities
from nlp.quoted_mails import newest_counted
from nlp.quote_picks import PICKED, new_counts, picked_rows, requoted_each
from nlp.text import is_cjk, normalize
from nlp.words import ZH_AS_LAST

MAX_HISTORY = 20_000  # characters of the quoted mail read, like a message body
# "Go ahead with the quote you sent" over the quoted offer takes its lines from the offer, like "same as last time".
# "same as our March order", "same as the PO of the 12th": a named earlier order quoted below is taken whole.
SAME_AS_LAST = re.compile(r"same (?:[a-z]+\s+){0,3}as (?:last|before|previous)|same as (?:our|my|the|your)\s+(?:[a-z]+\s+){0,2}(?:order|po)\b|same again|as before|repeat|同上次|照旧|"
                          rf"{ZH_AS_LAST}|"
                          r"(?:go ahead|proceed) with (?:the|your) (?:quote|quotation|offer)|(?:go ahead|proceed) with\b[^.?!\n]{0,40}?\bas per (?:the|your) (?:quote|quotation|offer)\b|accept (?:the|your) (?:quote|offer)|"
                          # "就按报价单上的数量下吧", "按你们报价的数量订": the quoted offer's counts ordered as they stand
                          r"(?:按|按照|照)(?:你们|您|贵司)?(?:的)?(?:报价单|报价)(?:上|里)?的?(?:数量|数)(?:下单?|订|来|发|要)|"
                          r"\+\s?1 to (?:the above|above|this|that|all (?:of )?(?:the above|that))\b",  # "+1 to the above and add …"
                          re.I)
# "Please action the list below from our foreman" over a forwarded list takes its lines from the quoted text.
# ("copied again below", "Dave's list at the bottom", "forwarding the thread below", "send the lot": all that was listed)
FROM_BELOW = re.compile(r"\b(?:list|order|items|lines|request|quantities|e-?mail|mail|message|note|thread|offer|quote|quotation)\s+(?:[^.?!\n]{0,40}\s)?(?:below|underneath|at the bottom)\b|"
                        r"\b(?:see|as|the) below\b|\b(?:copied|pasted)(?:\s+(?:it|them|again|in))*\s+below\b|\bsend the lot\b|"
                        r"(?:下面|以下|下列|如下)(?:[^，,。！!？?]{0,6}?的)?(?:这张|这个|的)?(?:单子|清单|订单|明细|列表|需求)|(?:单子|清单|订单|明细|需求)如下|"
                        # "请按这个发货", "照这张单子配": ship what the forwarded list says
                        r"(?:按|按照|照)(?:这个|这张|这份|此|上面|下面)(?:单子|清单|申请|单)?(?:发货|发|配货|备货|配|下单)", re.I)


# "Please sort Helen's order", "can you order the items in her email?": a request to act on the quoted mail itself
ACT_ON = re.compile(r"\b(?:please|pls|kindly|can you|could you)\s+(?:[a-z]+\s+){0,2}?(?:action|process|sort|deal with|handle|"
                    r"put through|order|place|arrange)\b[^.?!\n]{0,40}\b(?:e-?mail|message|note|request|list|order)\b", re.I)
# "…, no Santas": words not meant; "just the mugs and candles, still have doormats": goods still held, not wanted again
NOT_THESE = re.compile(r"\b(?:no|not|without|(?:still|already) (?:have|got)(?: (?:some|plenty of|enough|loads of) )?|skip)\s+(?:the\s+)?[a-z]+", re.I)
# "are these in stock?", "send me some of those" over a quoted alert: the quoted goods, asked for or about
POINTS_BACK = re.compile(r"\b(?:these|those|them|both|each)\b|这(?:些|几款|两款|几种)|它们", re.I)
ASKS = re.compile(r"\?|\b(?:please|pls|send|order|reserve|book)\b|请|吗|要", re.I)
EACH_OF = re.compile(r"各|\b(?:each|both)\b|这(?:两|几|些)(?:款|种|样)", re.I)
# The quoted mail confirms an order already placed: a reply without counts of its own ("can you send them by
# Friday?") asks about that order, it does not place it again.
CONFIRMED = re.compile(r"\border (?:confirmation|acknowledge?ment)\b|\bconfirm(?:ed|ing)? (?:your|the) order\b|"
                       r"\byour order\b[^.\n]{0,40}?\b(?:has been|is|was) (?:confirmed|received|accepted|dispatched|shipped|packed)\b|"
                       r"订单(?:已|已经)?确认|已收到(?:您|你)的订单|订单已发货", re.I)
# "how many have you got left?", "what's the price?": a question about stock or price names the quoted goods too
ABOUT_GOODS = re.compile(r"\bhow (?:many|much)\b|多少|(?:\b(?:price|cost|in stock|available|left)\b|价|现货|库存|有货)[^.!。！\n]*(?:\?|吗)",
                         re.I)  # (asked: "按这个价格下单" over a quote names no goods)


# "same again please + 6 of …", "same as last time, plus 2 …": new items on top of the quoted order
MORE_ON_TOP = re.compile(r"多(?:要|来|加|订)\s*$")  # "绿色地坪漆多要两组": that many more than the quoted order's
EDITED_TO = re.compile(r"(?:改成|改为|变成|换成)\s*$")  # "按上次的来一批，M码的改成80盒": that quoted row's new count
# "same as our order from last year, only the X 48 in place of 24", "same again but the X 30": a quoted line edited
EDITED = re.compile(r"[^.?!\n]{0,40}?(?:,\s*|\s+)(?:only|but|except)\s+(?:the|make|with)\b", re.I)
# "the same as our order from last year, only the star holders 48 in place of 24": a quoted line's count set anew
SET_ANEW = re.compile(r"\s+(?:in place of|instead of|rather than|not)\s+\d", re.I)
PLUS = re.compile(r"[^.?!\n]{0,20}?(?:\+|\bplus\b|\band also\b|\bas well as\b|\band add\b|\bwith an extra\b)", re.I)
# "this time only 15 of the black ones", "same in red", "we ordered ivory, not green" (on the quoted confirmation):
# variants of what the quoted order named
THIS_TIME = re.compile(r"\bthis time\b|\bsame in\b|\b(?:we|i) (?:ordered|asked for|wanted) [a-z]+,? not\b", re.I)
# "> The mint bread bins are out of stock. / OK - and the pink ones?": a reply opening on a variant of what is quoted
OPENS_ON_ONES = re.compile(r"[^.?!\n]{0,30}?\b(?:the|those) [a-z]+(?: [a-z]+)? ones\b", re.I)
# "> 上次：…", "> Last order (Nov): …" label the quoted order itself (the noun may go unsaid)
PAST_LABEL = re.compile(r"^\s*(?:(?:上次|上回|之前|以前|原来)的?(?:订单|单子|订货|采购单)?(?:内容|明细)?|"
                        r"(?:last|previous|earlier)\s+(?:order|time|po)\b[^:\n]{0,30}?)\s*[:：]", re.M | re.I)


# "请按客户要求时间交货", "交期按原单": the date wanted is the one the quoted order states
QUOTED_TIME = re.compile(r"按(?:照)?(?:客户|原单|原订单|来单|下面|下方|对方)(?:的)?(?:要求|所要求)?(?:的)?(?:时间|日期|交期|交货期)|"
                         r"(?:时间|日期|交期|交货期)(?:按|照)(?:客户|原单|原订单|来单|下面)")


def pointed(body: str) -> bool:
    """Whether the message points at the quoted list to act on ("as below", "please process Dave's list")."""
    return bool(FROM_BELOW.search(body) or ACT_ON.search(body))


def quoted_time(body: str, history: str) -> str:
    """The quoted mail, when the message says to deliver at the time it asks, or the newest one with counts
    when it says to act on the list below ("forwarding the thread below, please action that"); else ""."""
    if history and pointed(body) and not is_cjk(body) and not QUOTED_TIME.search(body):  # (not "黄油3号", a grade)
        return HEADER_RE.sub("", newest_counted(history))
    return QUOTE_MARK.sub("", history) if history and QUOTED_TIME.search(body) else ""


class QuotedHistory:
    """Extractor methods reading the quoted earlier mail (an order, an offer, a forwarded list)."""

    def _quoted(self, body: str, history: str, today, lang: str, customer: str | None) -> tuple[str, list[dict] | None]:
        """The product the quoted offer names ("> Q345B 10厚报价…" above "10厚的要六吨"; in English when the body
        says "this time" or "same in"), for bare variants, and the quoted mail's lines when they had to be read
        for it, for `_from_history`."""
        if not history or (lang != "zh" and not THIS_TIME.search(body) and not OPENS_ON_ONES.match(body)):
            return "", None
        old = self._history_lines(history, today, lang, customer)
        return self._meant(body, old), old

    def _meant(self, body: str, old: list[dict]) -> str:
        """The quoted line the body's family is: the only one whose own words (none of the other quoted lines
        has them) the body says, not after "no" ("12 of the snowmen ones, no Santas"); else the first."""
        said = self._words(NOT_THESE.sub(" ", body))
        hit = [ln for ln, words in zip(old, self._own_words([ln["sku"] for ln in old])) if words & said]
        return hit[0]["mention"] if len(hit) == 1 else (old[0]["mention"] if old else "")

    def _not_left_out(self, body: str, rows: list[dict], keep_all: bool = True) -> list[dict]:
        """ "Same again but no cakestands": the quoted rows less those named, by words of their own, after "no"
        (all of them when every row is named, unless `keep_all` is false)."""
        out = self._words(" ".join(m.group(0) for m in NOT_THESE.finditer(body)))
        kept = [ln for ln, own in zip(rows, self._own_words([ln["sku"] for ln in rows])) if not own & out]
        return kept or (rows if keep_all else [])

    def _own_words(self, skus: list[str | None]) -> list[frozenset]:
        """Each item's name terms that none of the other items has ("snowmen" of SET OF 6 T-LIGHTS SNOWMEN
        beside SET OF 6 T-LIGHTS SANTA)."""
        names = [self._names_of(sku or "") for sku in skus]  # (a quoted line left unclear has no SKU, no name)
        return [n - frozenset().union(*(m for j, m in enumerate(names) if j != i)) for i, n in enumerate(names)]

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
        if not (SAME_AS_LAST.search(body) or (not lines and (FROM_BELOW.search(body) or SCALE_ALL.search(body) or ACT_ON.search(body)))):
            if EACH_OF.search(body) and not self._catalogue_words(body) and all(ln["_f"].get("kin") for ln in lines):
                lines = []  # "这两款各要十套" under a quoted alert: every quoted item, not just the family borrowed
            elif any(ln["quantity"] is not None for ln in lines):
                return self._as_quoted(lines, history, today, lang, customer, old)
            return self._replied(body, lines, history, today, lang, customer, old)
        if any(ln["quantity"] is not None for ln in lines):
            # ("+1 to the above and add 12 gin and tonic mugs please. / Lucy Hart, Buyer …": a count-less line no quoted
            # item has, read from a signature, does not stop the new counted ones going on top)
            bare = {ln["sku"] for ln in lines if ln["quantity"] is None}  # (the quoted mail is read only to test these)
            old = old if old is not None or not bare else self._history_lines(history, today, lang, customer)
            if not bare & {o["sku"] for o in old or []}:
                return self._plus_last(body, lines, history, today, lang, customer, old)
        if not lines and pointed(body) and newest_counted(history) != history:  # "as below": the newest counted mail
            old = self._history_lines(newest_counted(history), today, lang, customer)
        old = old if old is not None else self._history_lines(history, today, lang, customer)
        old_by_sku = {ln["sku"]: ln for ln in old if ln["quantity"] is not None}
        # "same cake cases as last time": count-less words naming none of the quoted items name all of them;
        # "… but only half the spaceboy": the one named to be scaled is one of them, the others come too
        # ("same again but skip the doormats": the only goods named are those left out, the repeat is of the others)
        if lines and not any(ln["quantity"] is not None for ln in lines) and \
                (SCALE.search(body) or not any(ln["sku"] in old_by_sku for ln in lines) or
                 not {id(ln) for ln in self._not_left_out(body, lines, keep_all=False)}):
            lines = []
        if not lines:
            for ln in old_by_sku.values():
                ln["_side"] = ""  # "could you quote for 96 ..." asked back then; taken now, it is ordered
            return scaled(body, self._not_left_out(body, list(old_by_sku.values())), self._words, self._names_of)
        for ln in lines:
            if ln["quantity"] is None and ln["sku"] in old_by_sku:
                ln["quantity"] = old_by_sku[ln["sku"]]["quantity"]
        return scaled(body, self._not_left_out(body, lines), self._words, self._names_of)

    def _plus_last(self, body, lines, history, today, lang, customer, old=None) -> list[dict]:
        """ "Same again please + 6 of the strawberry mugs": the quoted order's counted lines, and the new items
        said on top (the body's lines as they are when one of them is a quoted item: "+ 2 more jars" is read apart);
        "和上次一样再来一批，绿色地坪漆多要两组": a quoted item's count raised by what is asked on top of it, or set anew
        ("only the star holders 48 in place of 24")."""
        same = SAME_AS_LAST.search(body)
        more = {ln["sku"]: ln for ln in lines if ln["sku"] and ln.get("_qty") and MORE_ON_TOP.search(body, max(0, ln["_qty"].start - 4), ln["_qty"].start)}
        edited = {ln["sku"]: ln for ln in lines if ln["sku"] and ln.get("_qty") and (EDITED_TO.search(body, max(0, ln["_qty"].start - 4), ln["_qty"].start) or SET_ANEW.match(body, ln["_qty"].end))}
        # "same as last year, only the star holders 48": with no count set anew by its own words, each counted line
        # said is a quoted line at its new count (and nothing is added to the quoted lines)
        edit = not (PLUS.match(body, same.end()) or more or edited) and EDITED.match(body, same.end())
        edited = {ln["sku"]: ln for ln in lines if ln["quantity"] is not None} if edit else edited
        if not (PLUS.match(body, same.end()) or more or edited):  # (called once SAME_AS_LAST has matched)
            return lines
        old = old if old is not None else self._history_lines(history, today, lang, customer)
        taken = [ln for ln in old if ln["sku"] and ln["quantity"] is not None]
        quoted = {ln["sku"] for ln in taken}
        if not taken or (set(edited) - quoted if edit else ({ln["sku"] for ln in lines} & quoted) - set(more) - set(edited)):
            return lines
        for ln in taken:
            ln["quantity"] = round_qty(ln["quantity"] + more[ln["sku"]]["quantity"]) if ln["sku"] in more else ln["quantity"]
            ln["quantity"] = edited[ln["sku"]]["quantity"] if ln["sku"] in edited else ln["quantity"]
        return taken + [ln for ln in lines if not edit and ln["sku"] not in more and ln["sku"] not in edited]

    def _replied(self, body, lines, history, today, lang, customer, old=None) -> list[dict]:
        """ "Great, send 30 please", "Half a dozen of each", "are these in stock?" over a quoted stock alert or
        offer: a reply that names no product means the quoted ones, at the reply's own count (or none); one
        naming some of them by words of their own ("the cake tins should be 16") means those (`lines`: the
        body's own count-less lines, kept unless they are all readings of the rows named)."""
        counts = [q for q in find_quantities(body, []) if q.strength >= 1]
        asked = counts or (POINTS_BACK.search(body) and ASKS.search(body)) or ABOUT_GOODS.search(body)
        if not asked and not lines:
            return []  # not "these look lovely!"
        if not counts and CONFIRMED.search(history):
            return lines
        old = old if old is not None else self._history_lines(history, today, lang, customer)
        taken = list({ln["sku"]: ln for ln in old if ln["sku"]}.values())
        named = self._named_rows(body, taken)
        rows = [ln for ln, _ in named]
        if lines and not all(any(self._words(ln["mention"]) & self._names_of(row["sku"]) for row in rows) for ln in lines):
            return lines
        for ln in taken:  # the alert's "max 20 per customer" is no count the reply asks for; a row's "10 x" is
            weak = counts or ln["_qty"] is None or ln["_qty"].strength < 2
            ln["quantity"], ln["_qty"], ln["_side"] = (None, None, "") if weak else (ln["quantity"], ln["_qty"], "")
        for ln, q in named:  # "The cake tins should be 16 not 6. Recipe boxes fine.": each sentence's own count
            if q is not None:
                attach([ln], q, "each", self.by_sku)
        if counts and not named:
            attach(taken, counts[0], "each", self.by_sku)
        return rows or taken

    def _as_quoted(self, lines, history, today, lang, customer, old=None) -> list[dict]:
        """ "Can the cake tins be 10 rather than 5?" over a quoted order of SET OF 3 CAKE TINS PANTRY: a line that
        names one quoted row by words of its own, and nothing that sets its reading apart from it, is that row."""
        old = old if old is not None else self._history_lines(history, today, lang, customer)
        rows = list({ln["sku"]: ln for ln in old if ln["sku"]})
        own = dict(zip(rows, self._own_words(rows)))
        for ln in (ln for ln in lines if ln["sku"] and ln["sku"] not in own):
            said = self._words(ln["mention"])
            hit = [sku for sku in rows if own[sku] & said]
            if len(hit) == 1 and not (self._names_of(ln["sku"]) - self._names_of(hit[0])) & said:
                ln["sku"] = hit[0]
        return lines

    def _named_rows(self, body: str, rows: list[dict]) -> list[tuple[dict, object]]:
        """(quoted row, count of the sentence naming it) for each row a sentence of the body names by words of
        its own (words no other quoted row has): "the cake tins" over cake tins and recipe boxes."""
        own = self._own_words([ln["sku"] for ln in rows])
        out: dict[str, tuple[dict, object]] = {}
        for sentence in re.split(r"[.!?;\n。！？；]+", body) if len(rows) > 1 else []:
            said = self._words(NOT_THESE.sub(" ", sentence))
            hit = [ln for ln, words in zip(rows, own) if words & said]
            counts = [q for q in find_quantities(sentence, []) if q.strength >= 1]
            for ln in hit if len(hit) == 1 else []:
                out.setdefault(ln["sku"], (ln, counts[0] if counts else None))
        return list(out.values())

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
