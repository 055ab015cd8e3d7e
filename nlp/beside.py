"""How a chunk is read together with the line beside it: a describing chunk refines the counted line before,
a lone count that is a number of that line's name is no line, a lone word joined by "and" is another variant."""
from __future__ import annotations

import re

from nlp.mentions import lines_content, substitute, vary
from nlp.named_counts import named, recount, said_apart
from nlp.clause_splits import KEPT
from nlp.postprocess import side_question
from nlp.readings import SURE
from nlp.text import content_text, has_digit, is_cjk, terms
from nlp.walk import Walk
from nlp.zh_rules import NEGATED, REFINE, varied, told_apart


class Beside:
    """Mixin: reads a chunk with the line beside it (needs `_line`, `_keep`, `_reading`, `_names_of`, `_nameless`)."""

    def _refine(self, walk: Walk, body: str, doc, customer: str | None, last, chunk) -> bool:
        """Read a count-less describing chunk together with the counted line before, if surer."""
        # "24 of the wicker hearts please, the big ones", "手套要一百双，线手套那种".
        s, e, qtys = chunk
        if qtys or not last or not REFINE.search(body[s:e]) or NEGATED.match(body[s:e]) or KEPT.search(body[s:e]):
            return False
        ps, _, pq, before, context = last
        # "上次那个角钢，63的，再来两吨": a count-less line may be refined too (its count comes later).
        if not pq and (before is None or before["quantity"] is not None or not is_cjk(body[s:e])):
            return False
        # "M6*20的螺丝要十盒，不锈钢的": a sure reading (the plain zinc bolt) is moved only by a variant said after its count
        sure = before is not None and before["confidence"] >= SURE
        if sure and not (is_cjk(body[s:e]) and varied(body[s:e])):
            return False
        line = self._line(body, (ps, e, pq), doc, customer, context)
        if not line or (pq and line["quantity"] is None) or (sure and not (told_apart(line, before) and self._codes_kept(before, line))) or \
                (before is not None and line["confidence"] <= before["confidence"] and not told_apart(line, before)):
            return False
        if before is not None and before in walk.lines:
            walk.lines.remove(before)
        self._keep(walk, line, body[ps:e])
        line["_side"] = side_question(body, ps, e)
        walk.context = line["mention"]  # "手套要大号的，丁腈的，蓝色，二十盒": the refined product heads what follows
        return True

    def _codes_kept(self, before: dict, line: dict) -> bool:
        """Whether the refined item still has every code and size the first reading was said with (6205 stays 6205)."""
        return {t for t in terms(before.get("mention") or "") if has_digit(t)} <= self._names_of(line["sku"])

    @staticmethod
    def _counted_open(walk: Walk, body: str, last, chunk):
        """The open line's span, count and context a describing chunk may refine after a lone count, or None."""
        # only in Chinese: "M6*20的螺丝还有吗？要十盒，不锈钢的" describes the line the lone count went to
        s, e, qtys = chunk
        line = last[3] if last else None
        if not line or not walk.lines or walk.lines[-1] is not line or line.get("_qty") not in qtys or not is_cjk(body[s:e]):
            return None
        return (last[0], e, qtys, line, walk.context)

    def _name_number(self, walk: Walk, body: str, last, chunk, customer: str | None) -> bool:
        """A lone count right after a counted line on its row, where one of the two is a number of the
        item's name ("- star cake cases 36 - 12", "the christmas ribbons, 6"): one count, not two lines."""
        s, e, qtys = chunk
        line = last[3] if last else None
        if not qtys or not line or not line.get("sku") or line not in walk.lines or "\n" in body[last[1] : s]:
            return False
        names = self._names_of(line["sku"])
        if lines_content(body, *chunk):  # "ribbons, 6 by friday", "oil 46 - five pails, for the shop": no product named
            # ("10个vintage baubles的那款灯也60个": a clause with a count of its own after the words is no lone count)
            return sum(q.strength >= 2 for q in qtys) < 2 and said_apart(line["_qty"], qtys[0], names) and not NEGATED.match(body[s:e]) and self._nameless(
                body, s, e, qtys[:1], customer) and (named(qtys[0], names) or recount(line, qtys[0], names, self.by_sku))
        return recount(line, qtys[0], names, self.by_sku)

    def _shared_head(self, walk: Walk, body: str, line: dict, before, start: int, customer: str | None) -> None:
        """ "HOME and LOVE building block words", "red and blue coat racks": a lone word joined by "and"
        to a line's mention is another variant of that line's product (its count comes later or not at all)."""
        if before is None or body[before[1] : start].strip() not in ("and", "&", ",", "or"):
            return
        words = content_text(body[before[0] : before[1]])
        if words and len(words.split()) > 2 and has_digit(words.split()[-1]):
            words = words.split()[-1]  # "wants prices for 6mm and 8mm Q235 plate": the spec just before "and"
        if not words or len(words.split()) > 2:
            return
        if not re.search(r"[a-z0-9]", words, re.I) and not is_cjk(line["mention"]):
            return  # "我在比价，ROSES REGENCY TEACUP…": a Chinese clause before an English name is no variant of it
        base = vary(line["mention"], words, self._distinct(line)) or substitute(line["mention"], words)  # "6mm" for "8mm"
        cand = self._reading(f"{base} {words}", None, customer) if base else None
        if not cand or cand[0] < SURE or cand[3][0][0] == line["sku"]:
            return
        new = self._build_line(None, cand[2], cand[3], cand[5])
        if new and new["sku"]:
            new["_side"] = line["_side"]
            walk.lines.insert(walk.lines.index(line), new)
