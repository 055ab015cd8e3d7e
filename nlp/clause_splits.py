"""Where a body is cut: sentence ends, clause breaks, soft list breaks, Chinese run-on counts, and the clauses
naming what stays as it is."""
from __future__ import annotations

import re

from nlp.prefilter import prefiltered

# "20 no. DN25", "60 pcs. jam clock magnet", "36 Stk. the ivory one" are counts; "… 4 tonne not 3. Angle stays", "… 2 spool 1.0. Rod …", "we'd want 6. Also …" end a sentence
# too ("account no. 118", "order no. 4410": "no." before a number abbreviates it, the number stays with its label),
# and so does a letter size closing a list or after "size" ("gloves in m and l. Delivery to …"; a lone "d." is an initial)
# (scanned over the whole body: `prefiltered` tries the look-behinds only where a "." or a break character is)
STRONG_SPLIT = prefiltered(r"[;；。!！?\n]|(?:(?<=[a-z0-9)]{2})|(?<=[a-z] \d)|(?<=\bnot \d)|(?<=\d\.\d)|(?<=\band [sml])|(?<=\bor [sml])|"
                           r"(?<=\bsize [sml]))(?<!\d no)(?<!\dno)(?<!\d pcs)(?<!\dpcs)(?<!\d stk)(?<!\dstk)\.(?=\s)(?!(?<=\bno\.)\s+#?\d)")
# "cancel the skull bags the red spot ones are still fine": a clause naming what stays starts anew, comma or not
# "the DN100s are still needed", "the love ones still ok" (chat drops the verb)
STILL_ON = r"(?:(?:is|are)\s+|(?<=ones\s)|(?<=one\s))still\s+(?:needed|required|wanted|on|fine|ok|good)\b"
# "cancel the 24 brown umbrellas but keep the cream ones": a kept item opens a clause of its own, comma or not
KEPT_CLAUSE = rf",?\s+(?=(?:but\s+)?(?:the|those|these)\s+(?:[a-z'-]+\s+){{0,4}}?{STILL_ON}|(?:but\s+)?keep\s+(?:the|those|these)\s)"
# Chinese clause commas (no space after, once NFKC made "，" into ",") always separate;
# English ", " and "and" only when the sentence holds several quantities; ", and what's the price …?" and
# ", and drop the …", "and take the colanders off" (a change taking a product off) always.
# "12 of the snowmen ones, no Santas": what is left out is a clause of its own, away from the goods before it
# (not inside brackets: "(the jars, no lids)" describes the goods)
NOT_CLAUSE = r",\s+(?![^(\n]*\))(?=(?:but\s+)?no\s+[a-z]{3,})"
# "…, jumbo bag owls remove.": an item taken off by a verb after it is a clause of its own
OFF_CLAUSE = r",\s+(?=[a-z][^,.;:\n]{2,60}?\s(?:remove|delete|drop|cancel)(?:d)?\s*(?:[,.;\n]|$))"
# "take the zinc trees off and make the star ones 36": a new count asked for another item is a clause of its own
# ("reduce the red clocks to 6 and cancel the pink ones": a line cancelled after a recount, by "and" only: "…of 2 July,
# please cancel the 10 …" opens the cancel itself)
RECOUNT_CLAUSE = r",?\s+and\s+(?:please\s+)?(?=(?:make|change|bring|put|reduce|increase|up|bump|raise|lower|cancel)\s+(?:the|those|these|our|my)\s)"
# "… heart lanterns please, and the star version too": another variant asked the same, an item of its own
TOO_CLAUSE = r",?\s+and\s+(?=the\s+(?:[a-z'-]+\s+){1,3}(?:ones?|version|design|style)\s+too\b)"
# ("1.5吨，304 M8*30螺栓": a comma after a Chinese character is no thousands comma, whatever digits follow)
# (every way it parts opens with a comma, a space, 、, 还, 另, 以 or 再: a look-ahead for them skips most characters
# at one test; prefiltered cannot derive it, the last way opens with a negated class)
HARD_SPLIT = re.compile(r"(?=[,\s、还另以再])(?:" + KEPT_CLAUSE + "|" + NOT_CLAUSE + "|" + OFF_CLAUSE + "|" + RECOUNT_CLAUSE + "|" + TOO_CLAUSE + r"|,?\s+and\s+(?=(?:what|how|are|is|do|does|can|could|have|has)\b)|(?:,|\s+and|,\s+and)\s+(?:please\s+)?(?=(?:drop|remove|delete|scrap|take off|take out|take (?:the|those|these) [a-z' -]{3,40}? off)\b)|,(?!\d{3}\b)(?!\d{3}[a-z])(?=\S)|(?<=[\u4e00-\u9fff]),(?=\d)|\s/\s|\s[-–—]\s|(?:(?<!\d)|(?<=[a-z\u4e00-\u9fff\s]\d)|(?<=[a-z\u4e00-\u9fff\s]\d\d)|(?<=[a-z\u4e00-\u9fff\s]\d{3})|(?<=\d{4}))、|还有(?!货|吗|多少|没|现货|库存)|另外|以及|再要|再加"
                        # "6308-2RS 四十套 6308开式 二十套": after a measure word a space starts the next item
                        # (not before a pack description: "两桶 18L的")
                        # (a tab parts a table's cells: "丁腈手套<TAB>蓝色 M<TAB>30" is one row)
                        # (a count's measure word: "焊条 J422" ends in 条 and counts nothing)
                        r"|(?:(?<=[\d一二两三四五六七八九十百千万][桶箱卷盒包吨个只套件条根支双副付张台顶盘组袋米斤])|(?<=[桶箱卷盒吨米斤]半))"
                        r"[^\S\t\n]+"  # "两吨半 槽钢…" too
                        r"(?=[\u4e00-\u9fff]|[a-z]+[\d\u4e00-\u9fff]|\d{3,}(?![\d.])(?!\s*(?:[米升个只套件条根支盒箱卷桶吨]|公斤|kg|l\b|m\b|t\b)))" + ")")
NEW_QUESTION = re.compile(r"\s*(?:and|also|plus|btw)\s+(?:what|how|are|is|do|does|can|could|have|has)\b", re.I)
# ("20 of the vanilla incense, the tin of 40 cones, and …": a comma before "the tin of N" adds what the goods come in)
WEAK_SPLIT = re.compile(r",(?=\s)(?!\s+the\s+(?:tin|box|tube|jar|pack|packet|bag|set|case|carton) of \d+\s+[a-z]+\s*(?:,|$))|(?<=\s)(?<!hundred )(?<!thousand )(?:and|also|plus|&)(?=\s)(?!\s+a half\b)|\s\+\s|和")  # "a tonne and a half" is one count
# "The DN100s are still needed", "其他的照旧", "the green ones stay as they are": a count-less clause naming
# what stays as it is names no line (and is no part of the counted item before it)
KEPT = prefiltered(rf"\b{STILL_ON}|\bstill\s+(?:(?:need|want)(?:ed)?|take)\b|"
                   r"\bstays?\s+(?:as is|as (?:they|it) (?:are|is)|the same|on)\b|\bunchanged\b|\bno change\b|"
                   # "The 4x25 stays.", "the blue ones can stay": a clause ending on the item staying
                   r"\b(?:stays?|remains?|can stay|will stay|should stay)\s*(?:as ordered\s*)?(?:[.!;\n]|$)|"
                   r"\blines?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*\s+(?:are\s+|is\s+)?(?:ok|okay|fine|good)\b|"  # "lines 1 and 3 OK"
                   r"(?:还是|仍然|依然)?(?:照旧|照常|照发|保留|不变)|"  # ("液压油照常送", "其他照发")
                   r"(?:已经|已)(?:收到|到货|到了)|收到了|到货了|"  # "止回阀已经收到了": goods already here, no line
                   r"\bkeep\s+(?:the|those|these)\s+(?:[a-z'-]+\s+){0,3}?ones?\b|"  # "…, keep the cream ones"
                   r"\b(?:keep|leave)\s+(?:it\s+|them\s+)?as (?:is|it is|they are)\b", re.I)  # "regency cakestand keep as is"
# "and the folk art wrap 25 as ordered": a line restated at its placed count beside a change stays as it is, no line
KEPT_COUNTED = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:(?!(?:stays?|remains?|is|are|was|were)\b)[a-z]+\s+)?as (?:originally |already )?(?:ordered|on the order|per (?:the|our|my) order)"
                          r"\s*(?:[.,;!)\n]|$)", re.I)
KEEP_THE = re.compile(r"\s*(?:but\s+)?keep (?:the|those|these)\b", re.I)  # "cancel the pink ones, keep the blue"
# "接龙\n1 赵 6205 20套\n2 钱 …": Chinese lines opening with 1, 2, 3 … and a space number a list (not "3 吨槽钢": a count)
LINE_NUMBER = re.compile(r"^([ \t]*)(\d{1,2}) +(?=\S)(?![个只件套台盒箱卷桶包袋吨米条根支双张把顶组打号寸芯厚斤升]|平方|毫米|公斤|千克)", re.M)
CJK_LINE = re.compile(r"[\u4e00-\u9fff]")
BULLET_RE = prefiltered(r"^\s*(?:[-*•·>]+\s+|\d+[.)]\s+|\d{1,2}、\s*|[a-z][.)]\s+)", re.M)

_MEASURE = "[盘箱卷桶盒包吨个只套件条根支双张台顶组袋片]"
_COUNT = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千半]+)\s*" + _MEASURE
# "焊丝1.2的要二十盘焊条3.2的要十箱", "红线蓝线各五卷双色线三卷", "两桶白的一桶黄的": a count said after its goods ("的要 N盘",
# "各 N卷") or before them ("N桶白的") ends the item when more goods with a count follow, written on without a comma.
RUN_ON = prefiltered(rf"(?:的(?:要|来)|各(?:要|来)?)\s*{_COUNT}(?=[\u4e00-\u9fff][^,;\n]*?{_COUNT})|{_COUNT}[\u4e00-\u9fff]{{1,6}}?的(?=\s*{_COUNT}[\u4e00-\u9fff])")


ASIDE = re.compile(r"\([^()\n]{1,60}\)")  # a short bracket on one line: "(yes, 144!)", "(ring first!)"


def aside_marks(text: str) -> frozenset[int]:
    """Offsets of sentence marks inside a short closed bracket: "(yes, 144!)" is an aside, ending no sentence."""
    return frozenset(i for m in ASIDE.finditer(text) for i in range(*m.span()) if text[i] in ".!?;")


# "please send 6 of each: A, B, C", "a dozen of each of these: …", "以下各要十个：A、B": a count said for every item
# heads the list after its colon; each item of that list is a line of its own (its count the header's)
EACH_HEAD = prefiltered(r"\beach(?:\s+of(?:\s+(?:these|those|them|the following))?)?(?:\s+(?:please|pls))?\s*:|"  # ("48 each of: A, B")
                        r"(?:各|每种|每样|每款)[^:,\n]{0,8}:", re.I)
LIST_ITEM_SEP = re.compile(r"\s*[,、]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+", re.I)


def each_head(text: str, s: int, e: int) -> int | None:
    """Where the list headed by an "N of each:" count starts in text[s:e], or None."""
    m = EACH_HEAD.search(text, s, e)
    return m.end() if m and text[m.end() : e].strip() and _counted(text[s : m.start()], m.group(0)) else None


def _counted(before: str, head: str) -> bool:
    """Whether a count is said just before "(of) each" ("price each:" counts nothing; 各 carries its own count)."""
    from nlp.quantities import find_quantities  # why: quantities is heavy and needed only once a header matched

    if not head[:1].isascii():
        return True
    return any(re.fullmatch(r"\s*(?:of\s+)?", before[q.end :]) for q in find_quantities(before, []))


def heads_list(text: str) -> bool:
    """Whether a chunk ends in an "N of each:" header ("can we have a dozen of each of the following:")."""
    m = EACH_HEAD.search(text)
    return m is not None and not text[m.end() :].strip() and _counted(text[: m.start()], m.group(0))


def list_items(text: str, s: int, e: int, skip=frozenset()) -> list[tuple[int, int]]:
    """The items of a list after an "N of each:" header, one span each."""
    return split_spans(LIST_ITEM_SEP, text, s, e, skip)


def run_on_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A clause cut after each count that ends a run-on item (see RUN_ON)."""
    cuts = [m.end() for m in RUN_ON.finditer(text, s, e)]
    return [(a, b) for a, b in zip([s] + cuts, cuts + [e]) if text[a:b].strip()]


def split_spans(rx: re.Pattern, text: str, start: int, end: int, skip=frozenset()) -> list[tuple[int, int]]:
    """Non-blank spans of text[start:end] between separator matches (those starting at `skip` are
    no separators), bullets skipped."""
    out, pos = [], start
    for m in [m for m in rx.finditer(text, start, end) if m.start() not in skip] + [None]:
        stop = m.start() if m else end
        s = pos
        b = BULLET_RE.match(text, s)
        if b and b.end() <= stop:
            s = b.end()
        if text[s:stop].strip():
            out.append((s, stop))
        pos = m.end() if m else end
    return out


def numbered(text: str) -> str:
    """A body whose Chinese lines open with 1, 2, 3 … in turn, those numbers marked as list numbers ("1. ")."""
    marks = [m for m in LINE_NUMBER.finditer(text) if CJK_LINE.search(text, m.end(), _line_end(text, m.end()))]
    if len(marks) < 2 or [int(m.group(2)) for m in marks] != list(range(1, len(marks) + 1)):
        return text
    for m in reversed(marks):
        text = f"{text[: m.end(2)]}.{text[m.end(2) :]}"
    return text


def _line_end(text: str, pos: int) -> int:
    """Where the line holding `pos` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
