"""Context completion: a counted mention naming only a variant, read again with a family said elsewhere in the
message (its list heading, the line before, the quoted order) and kept when the catalogue reads it clearly better."""
from __future__ import annotations

import re

from nlp.mentions import family, mention_text, vary

WEAK_SCORE = 0.8  # a top match below this may be a variant read without its family
WEAK_COVER = 0.75  # ... as may one that covers less of its item's name than this
MARGIN = 0.1  # how much better the completed mention must fit its item than the bare mention's item
CLEAR = 0.5  # the completed reading's rank must be at least this (a line this sure names its item)
MAX_HEADS = 4  # completions tried per weak line (each is one matcher call, cached)
# "Kiddies cutlery sets - spaceboy 12", "We're low on the french enamel bits: utensil holders 6"
ROW_HEAD = re.compile(r"^[ \t>*•·-]*(?P<h>[^\n:]{3,80}?)(?::|\s[-–—]\s)")
LIST_HEAD = re.compile(r"^[ \t>*•·-]*(?P<h>[^\n]{3,80}?):\s*$")  # "Gloves for stores:" over its rows
HEAD_REACH = 8  # body lines above a row in which its list heading is looked for


class Completion:
    """Mixin of `Extractor` (needs the `Readings` methods): weak lines completed with a family from context."""

    def _complete(self, body: str, lines: list[dict], customer: str | None, quoted: list[dict] = ()) -> None:
        """Complete, in place, each weak counted line whose completed reading the catalogue clearly prefers."""
        for i, line in enumerate(lines):
            q = line.get("_qty")
            if q is None or not self._weak(line):
                continue
            heads = self._heads(body, q.start, lines[i - 1] if i else None, quoted)
            new = self._completed(line, heads, customer)
            if new:
                new.update({k: v for k, v in line.items() if k in ("_side", "_neg")})
                line.clear()
                line.update(new)

    def _weak(self, line: dict) -> bool:
        """Whether a line's match is weak enough to try completing: no item, a low score or a low coverage."""
        if not line["sku"]:
            return True
        return line["candidates"][0]["score"] < WEAK_SCORE or line["_f"].get("cover", 1.0) < WEAK_COVER

    def _heads(self, body: str, at: int, before: dict | None, quoted) -> list[str]:
        """Family phrases said around position `at`, nearest first: its row's heading, the list heading above
        its row, the line before (as said and by its item's name), the quoted order's lines."""
        start = body.rfind("\n", 0, at) + 1
        found = []
        row = ROW_HEAD.match(body, start, at)
        if row:
            found.append(row.group("h"))
        above = body[:start].splitlines()[-HEAD_REACH:]
        heading = next((m.group("h") for ln in reversed(above) if (m := LIST_HEAD.match(ln))), None)
        if heading:
            found.append(heading)
        for ln in ([before] if before else []) + list(quoted):
            found.append(ln["mention"])
            if ln["sku"]:
                found.append(self.by_sku[ln["sku"]].name.lower())
        heads = (family(mention_text(h)) for h in found)
        return list(dict.fromkeys(h for h in heads if h and self._catalogue_words(h) >= 1))

    def _completed(self, line: dict, heads: list[str], customer: str | None) -> dict | None:
        """The line read as head + mention, when the best completion's item holds words of the head and the
        words the bare item matched, and scores clearly above the bare reading; else None."""
        q, mention, bare_sku = line["_qty"], line["mention"], line["sku"]
        said = self._words(self.matcher.readable(mention))  # as the matcher reads them ("鸟桌" is "bird table")
        kept = said & (self._names_of(bare_sku) if bare_sku else self.matcher._post.keys())
        if not kept:
            return None  # "tea spoons" read as "teaspoon": which words name the variant is unknown
        best = None
        for head in heads[:MAX_HEADS]:
            base = vary(head, mention) or head  # "size L" before "same in XL": the size said anew replaces it
            r = self._reading(f"{base} {mention}", q, customer)
            if not r or r[3][0][0] == bare_sku or r[0] < CLEAR or r[3][0][1] < self._score_of(r, bare_sku) + MARGIN:
                continue  # no clear reading, or the bare mention's item reads about as well with the head
            names = self._names_of(r[3][0][0])
            if not (self._words(self.matcher.readable(base)) - said) & names or not kept <= names:
                continue  # the head must name the family, and the variant's words must stay in the item
            if best is None or r[0] > best[0]:
                best = r
        if best is None:
            return None
        new = self._build_line(q, best[2], best[3], best[5])
        if new and new["sku"]:
            new["_f"].update(best[4])
            new["_f"]["kin"] = 1.0
            return new
        return None

    @staticmethod
    def _score_of(reading, sku: str | None) -> float:
        """The score a reading gives an item: its listed score, or at most its last listed one."""
        matches = reading[3]
        return next((v for k, v in matches if k == sku), matches[-1][1] if sku and len(matches) >= 5 else 0.0)
