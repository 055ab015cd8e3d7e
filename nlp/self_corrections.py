"""Self-corrections inside a message: "send 10, no wait, 12", "800 of the ties - sorry, make that 1000"."""
from __future__ import annotations

import re

from nlp.quantities import ZH_UNIT, find_quantities, number_value
from nlp.named_recounts import named_recounts
from nlp.numbers import SMALL_WORDS, TENS_WORDS, parse_en_words
from nlp.recast import recast
from nlp.undone import undone
from nlp.units import UNIT_WORDS
from nlp.words import CORRECTION, ORDER_NAMED
from nlp.zh_recounts import named_recounts as zh_named_recounts
from nlp.prefilter import prefiltered

# A correction cue and the pause around it. "make that N" ("no, N", "actually N") corrects on its own only after a pause
# mark ("bread bin cream... make that 10", "lunch bags - make that 18"): "can we make that 2 tonnes" asks to change a
# placed order. A take-back word may open it ("lunch bags - no, make that 18").
# Opening a sentence of its own it corrects the last item of the sentence before ("20 x jumbo bags. Actually, make
# that 30.", "5 x jumbo bags. Actually 6."). Only a count follows a "make that" cue: other words after it are no
# correction of an item.
# ("… 12 x cakestands... sorry not 12, 6 of them": the count taken back said after "not"; "cable 80 m - correction, 100 m":
# the word "correction" between pauses cues the same)
_CUE = rf"(?:{CORRECTION}|correction)(?:[,\s]+make (?:it|that)\b)?|sorry\s*,?\s*make (?:it|that)\b|(?:sorry|no|oops)\s*,?\s*not\s+\d+(?:\.\d+)?(?!\.?\d)"
_MAKE = r"(?:(?:actually|hmm+|oh|sorry|no)\b[,\s]*)*make (?:that|it)\s+(?=\d)"
MARK = re.compile(rf"(?:[,\s?]|\.{{2,}}|…|[-–—](?=\s))+(?P<cue>{_CUE})(?:[,\s]|[-–—:](?=\s))+(?:i\s+mean[t]?\b[,\s]*)?"
                  rf"|\s*(?:,|\.{{2,}}|…|\s[-–—])\s*(?:(?:no|actually|sorry|oh|oops)\b[,\s]*)*(?:make that|i mean|no|actually|sorry|wait)\b[,\s]+(?=\d)|(?:\.+|!|…)\s+(?:{_MAKE}|(?:actually|sorry|oops)\b[,\s]+(?=\d)|no\s*[-–—,]\s*(?=\d))")
# What every MARK match holds, cheap to look for first: a cue word, "make it/that", or a "no" that a count follows
# ("no, 12", "no not 5"); a bare "no" ("no rush", "no longer") or "not" cues nothing.
MARK_WORDS = prefiltered(r"sorry|wait|rather|correction|make (?:it|that)|i mean|actually|oops|\bno[,\s–—-]*(?:not\s+)?\d")
# ("24. No - 12 strawberry": a sentence opening on "no" and a dash or comma before a count takes the count back)
# "no wait, 15 is too many, 12": a remark on the count taken back, before the new one
_REMARK = re.compile(r"(?:\d+(?:\.\d+)?|that|it)(?:'s|\s+is|\s+was|\s+are)?\s+(?:a bit |way )?too\s+"
                     r"(?:many|much|few|little)\b[\s,;-]*")
# The corrected piece ends at the next item: "make that 1000 - and 3 bags of …", "12, plus 12 …"
_PIECE = re.compile(r"[^,;]*?(?=\s[-–—]\s|[,;]|\s+(?:and|plus|&)\s|$)")
# What came before is cut into items the same way ("12 x red bags, 12 x pink bags")
# ("teacup and saucer" is one item: an "and" parts items before an article, a count or "also")
_ITEMS = re.compile(r",|;|\s[-–—]\s|\s(?:and|plus|&)\s(?=(?:the|a|an|some|also|those|these)\b|\d)|\splus\s")
# "1000", "18 of the pink", "12 then": a count said again, with at most words restating the item it counts
_RECOUNT = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:x\s+)?(?:(?:of\s+)?(?:the|those|these|them)\b)?\s*(.*?)"
                      r"(?:\s*\b(?:then|instead(?: of \d+(?:\.\d+)?)?|please|pls|thanks|ta|i mean))*\s*$")
_BARE = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:please|pls)?\s*")  # a count alone
_UNITS = frozenset(w for w in UNIT_WORDS if w.isascii())
# "… no wait, that's a whole ream each isn't it. 10 reams then.": the new count closes a remark, in a sentence of its own
_THEN = re.compile(r"[.?!]\s*(\d+(?:\.\d+)?)(?:\s+[a-z]+)?\s+then\b")
# "- I know they're 10 cards a set, I mean 3 sets": a remark between the item and its count said again
_ASIDE = re.compile(r"\s*(?:(?:i|we)\s+(?:know|think|guess|realise|realize|reckon|see)\b|(?:that|it|they)(?:'s|'re|\s+is|\s+are)?\s+a\s+whole\b)")
# "10 x pencil tubes skulls. Actually scrap the skulls, do posy instead.": a variant of a line just said swapped for
# another in a sentence of its own (the line's count stays); said of a placed order it is a change, read elsewhere
_NAME = r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}?"
# ("actually, swap the skulls for posy" says the same)
SWAPPED = re.compile(rf"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:oh|sorry|wait|actually)\b,?\s+)+(?:(?:scrap|skip|drop|forget|lose|no)\s+"
                     rf"(?:the\s+)?(?P<old>{_NAME})(?:\s+ones?)?\s*(?:,|;|\s-|\s+and)\s*(?:just\s+)?"
                     rf"(?:do|send|make (?:it|them|those|that)|have|get|go (?:for|with)|use)\s+(?:the\s+)?(?P<new>{_NAME})"
                     rf"(?:\s+ones?)?\s+instead\b|(?:swap|change|switch)\s+(?:the\s+)?(?P<was>{_NAME})(?:\s+ones?)?\s+(?:for|to)\s+"
                     r"(?:the\s+)?(?P<now>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}?)(?:\s+ones?)?(?:\s+instead)?(?=\s*(?:[,.!?\n]|$)))"
                     r"[^.?!\n]*[.!]?", re.I)
# "要二十盒 不对 三十盒", "要20盒，不对，30盒": in Chinese a count said after a self-correction replaces the count of the
# same unit just before it
_ZH_NUM = r"(?:\d+|[一二两三四五六七八九十百千]+)"
# ("四个……不是，三个": 不是 then a pause takes back what was said; "四个，不是三个" with no pause keeps the four;
# "哦不，还是一百二十套吧": 还是 settles on the count after it)
_ZH_RECOUNT = re.compile(rf"(?P<old>{_ZH_NUM}\s*(?P<unit>{ZH_UNIT}))[\s,.…—]*(?:(?:等哈|等等|等一下|等下)[\s,.…—]*)?(?:[哦呃啊]?不对|不是不是|不是(?=\s*[,.…—])"
                         rf"|我?[说算写打]错了|哦不|呃不)[\s,.…—]*(?:应该|还是)?[是要]?(?={_ZH_NUM}\s*(?P=unit))")  # "两吨……等哈，我算错了，要两吨半"
# "不是五十个啊是八十个": the count after 是 replaces the one 不是 takes back (the same unit)
_ZH_NOT_BUT = re.compile(rf"不是\s*(?P<old>{_ZH_NUM}\s*(?P<unit>{ZH_UNIT}))[\s,]*[啊呀哦嘛]?[\s,]*(?:而|应该)?是(?=\s*{_ZH_NUM}\s*(?P=unit))")
# "6205轴承不对是6206轴承要十套": the goods said again after a self-correction and 是 replace those before it in the clause
# ("说错了，不是6025是6205": the goods taken back said between, after 不是)
_ZH_RESAID = re.compile(r"(?:^|(?<=[,.;!?\n]))[^,.;!?\n]*?(?:不对|说错了|我说错了|哦不)[\s,]*(?:不是[^,.;!?\n是]{1,20}?[\s,]*)?(?:应该)?是(?!不是)")
# "角钢50*5，哦不对，是63*6的": a size or code said again after the cue replaces the one just before it
_ZH_RESPEC = re.compile(r"(?<![A-Za-z0-9*x×.#])[A-Za-z0-9][A-Za-z0-9*x×.#-]*[\s,]*[哦呃啊]?(?:不对|说错了|我说错了)[\s,]*(?:应该)?是"
                        r"(?=[A-Za-z0-9][A-Za-z0-9*x×.#-]*(?![\d.]*\s*(?:吨|公斤|个|盒|箱|桶|包|套|只|件|米|卷|根|支)))")
# "再加20顶，总共120顶": the total said after what is added is the line's new count (one line; the verb stays for intent)
_ZH_SUMMED = re.compile(rf"(?P<verb>(?:再|多)?(?:加|添))\s*{_ZH_NUM}\s*(?P<unit>{ZH_UNIT})[\s,]*(?:总共|一共|合计|总计|共)(?:是|要)?\s*"
                        rf"(?={_ZH_NUM}\s*(?P=unit))")
# "螺栓20盒，取消一半": half of the count just said is what is cancelled (a cancel counts what it takes off; "减一半"
# would be a change, its new count, and is left to the change rules)
_ZH_HALF = re.compile(rf"(?P<n>{_ZH_NUM})\s*(?P<unit>{ZH_UNIT})[\s,]*(?P<verb>取消|撤掉|撤销)一半")
# "镀锌管10支取消5支", "20盒里退掉8盒": the count after the cancel word is what is taken off the count said before it
_ZH_PART_OFF = re.compile(rf"{_ZH_NUM}\s*(?P<unit>{ZH_UNIT})[\s,]*(?:里|中|当中)?(?:面)?[\s,]*(?:先)?(?P<verb>取消|撤掉|撤销|退掉)\s*"
                          rf"(?={_ZH_NUM}\s*(?P=unit))")
# A placed order named (as intent.ORDER_REF), or any order or past round said ("the order", "last week", "we had"):
# wider than intent's, whose "last time … this time" reading must see a past round without a placed order.
PLACED_OR_PAST = prefiltered(ORDER_NAMED + r"|\b(?:my|our|your|the|this|that) (?:\w+ )?order\b|\bpo\b|\blast (?:time|week)\b"
                             r"|\bwe (?:ordered|had)\b", re.I)


TAKEN_BACK = re.compile(rf"\b(?:{CORRECTION})\b", re.I)  # "no wait", "no sorry": the cue takes the last count back


def swapped(text: str) -> str:
    """The text with each variant swapped in a self-correction put in place of the variant it takes back."""
    for m in reversed(list(SWAPPED.finditer(text))):
        before = text[: m.start()]
        old, new = m.group("old") or m.group("was"), m.group("new") or m.group("now")
        hits = list(re.finditer(rf"\b{re.escape(old)}\b", before))
        if hits and not PLACED_OR_PAST.search(before):
            at = hits[-1]
            text = before[: at.start()] + new + before[at.end() :] + text[m.end() :]
    return text


def zh_corrected(body: str) -> str:
    """The Chinese body with each self-correction applied: the count or the goods said again replace those before
    (and "取消一半" said as a count, "再加N…总共M" as the sum)."""
    body = zh_named_recounts(body)  # "不对，螺丝要五千": the item named, its count said anew
    body = _ZH_HALF.sub(_halved, body)
    body = _ZH_PART_OFF.sub(r",\g<verb>", body)
    if not re.search(r"不|错|共|合计|总计", body):
        return body
    body = _ZH_NOT_BUT.sub("", body)
    return _ZH_RESAID.sub("", _ZH_RESPEC.sub("", _ZH_RECOUNT.sub("", _ZH_SUMMED.sub(r"\g<verb>", _not_enough(body)))))


def _halved(m: re.Match) -> str:
    """ "20盒，取消一半" as ",取消10盒": the half said as the count taken off."""
    n = number_value(m.group("n"))
    return f",{m.group('verb')}{n / 2:g}{m.group('unit')}" if n else m.group(0)


# "焊丝要20盘 … 20盘不够，要30盘": a count said again as too few, and the one wanted instead (in a chat, by another)
_NOT_ENOUGH = re.compile(rf"(?P<old>{_ZH_NUM})\s*(?P<unit>{ZH_UNIT})[\s,]*不够[\s,]*(?:要|来)?\s*(?P<new>{_ZH_NUM}\s*(?P=unit))")


def _not_enough(body: str) -> str:
    """The body with the count an answer calls too few replaced, where first said, by the one it asks for."""
    for m in reversed(list(_NOT_ENOUGH.finditer(body))):
        said = list(re.finditer(rf"(?<![\d.]){re.escape(m.group('old'))}\s*{re.escape(m.group('unit'))}", body[: m.start()]))
        if said:
            at = said[-1]
            body = body[: at.start()] + m.group("new") + body[at.end() : m.start()] + body[m.end() :]
    return body


# "the green thermometers ... eight ... no, ten": a count word, a pause and a take-back word, and another count word
# (a voicemail transcript writes its counts in words); both are written as digits so the rules below read them
# (a whole count word: not the "twenty" of "twenty-five" or "twenty five")
_WORD = rf"\b({SMALL_WORDS}|{TENS_WORDS})\b(?![-'])(?!\s+(?:one|two|three|four|five|six|seven|eight|nine)\b)"
_WORDED = re.compile(rf"{_WORD}(\s*(?:\.{{2,}}|…|,|\s[-–—])\s*(?:(?:no|sorry|wait|actually)\b[,\s]*)+){_WORD}", re.I)


def _worded(text: str) -> str:
    """The text with the two counts of a worded self-correction written as digits."""
    return _WORDED.sub(lambda m: f"{parse_en_words([m.group(1).lower()]):g}{m.group(2)}{parse_en_words([m.group(3).lower()]):g}", text)


def corrected(text: str) -> str:
    """The text with each self-correction applied: a count said again replaces the count of the item it restates
    (the last one said by default); other words replace their own first word's earlier run, or the last counted
    item when they bring a count of their own."""
    text = _worded(text)  # "… eight ... no, ten": a count taken back and said anew in words
    text = undone(text)  # "24 - no, 30 - sorry, 24 was right", "… - actually 10 of each"
    text = recast(text)  # "10 KN95 - no, a box of KN95", "10 white - no, make those red"
    if not PLACED_OR_PAST.search(text):  # ("re order 5512: make the red ones 30" changes a placed order)
        text = named_recounts(text, _restated)  # "20 of the small? sorry, make the small ones 30"
    if not MARK_WORDS.search(text):
        return text
    for m in reversed(list(MARK.finditer(text))):
        # ("… from 24 to 72, no wait, make that 36": a take-back said first corrects a placed order's new count too)
        if not ("make" in m.group(0) and PLACED_OR_PAST.search(text, 0, m.start()) and not TAKEN_BACK.search(m.group(0))):
            text = _applied(text, m)  # (not "re order 5512: 20 x bags. make it 30": a placed order's count, a change)
    return text


def _applied(text: str, m: re.Match) -> str:
    """The text with the correction cued by `m` applied (as it is when nothing before it is taken back)."""
    start, end, lead, after, then = _around(text, m)
    said = text[start:end]
    taken = re.search(r"(?<![\w.])\d+(?:\.\d+)?\s*$", said) if m.group("cue") and re.match(r"\d", after) else None
    if taken:  # "48 no wait make that 24 of the …": the count said right before the cue is the one taken back
        return text[: start + taken.start()] + text[lead:]
    piece = _PIECE.match(after).group(0)
    recount = _RECOUNT.fullmatch(piece)
    words = _words(recount.group(2)) if recount and not then else set()
    item = recount and (_restated(said, words) if words else _same_unit(said, recount.group(2))
                        or _last_counted(said, whole=False))
    if item:
        return text[: start + item[0]] + recount.group(1) + said[item[1] : item[2]] + text[lead + len(piece) :]
    # "the napkins, make that 40 of those": the count of an item said without one is no correction
    first = after.split()[0] if after.split() else ""
    if (recount and not words) or not first or not m.group("cue") or "make" in m.group("cue"):
        return text  # ("20 mugs, actually 2 dozen would be better": a bare cue takes a count back, no more)
    if re.fullmatch(r"\d+(?:\.\d+)?", first):  # "8 no wait 9 tea towels": from the count taken back on
        hits = [q.start for q in find_quantities(said, []) if q.strength >= 1 and said[q.start].isdigit()]
    else:
        hits = [h.start() for h in re.finditer(rf"(?<![\w.]){re.escape(first)}(?![\w.])", said)]
    if hits:
        return text[: start + hits[-1]] + text[lead:]
    if _counted_anew(after) and (item := _last_counted(said)):
        # "5 packs of skull plates? no sorry - the fruit salad plates, 5 sets": another item, counted anew
        return text[: start + item[0]] + text[lead:]
    if (again := _said_again(after)) is not None and (item := _last_counted(said)):
        # "36 owl mugs, sorry I mean the fox ones, 36 fox mugs": the new item said in full, count and all
        return text[: start + item[0]] + text[lead + again :]
    return text


def _said_again(after: str) -> int | None:
    """Where a correction's "the X ones" is said again in full with a count of its own, in the piece after it."""
    pieces = _pieces(after)
    if len(pieces) < 2 or not re.search(r"\bones?\b", after[slice(*pieces[0])]):
        return None
    named = _words(after[slice(*pieces[0])]) - {"the", "those", "these", "a"}
    full = after[slice(*pieces[1])]
    counted = any(q.strength >= 1 for q in find_quantities(full, []))
    return pieces[1][0] + len(full) - len(full.lstrip()) if named and counted and named <= _words(full) else None


def _around(text: str, m: re.Match):
    """(start, end) of what a correction cue takes back, where its new words start and what they say, and the
    recount closing a remark after the cue, if that is where they are."""
    end = m.start()
    if not text[_start(text, end) : end].strip():  # "10 jumbo bags please. Sorry, I mean 20.": the sentence before
        end = len(text[:end].rstrip().rstrip(".!"))
    after = re.match(r"[^.?!\n]*", text[m.end() :]).group(0)
    remark = _REMARK.match(after)  # ("24. No - 12 strawberry": a sentence opening on "no" and a dash or comma before a count takes the count back)
# "no wait, 15 is too many, 12"
    lead = m.end() + (remark.end() if remark else 0)
    after = text[lead : m.end() + len(after)]
    then = None if re.search(r"\d", after) else _THEN.match(text, m.end() + len(after))
    if then:  # the remark goes with the correction; the count closing it is said again without its item
        lead, after = then.start(1), text[then.start(1) : then.end()]
    return _start(text, end), end, lead, after, then


def _start(text: str, end: int) -> int:
    """Where the sentence holding text[end] starts."""
    # (a decimal point is no sentence end: "300 kg E6013 3.2 rods, no sorry 200 kg" is one sentence)
    ends = [m.end() for m in re.finditer(r"[?!\n]|\.(?!\d)|(?<!\d)\.", text[:end])]
    return ends[-1] if ends else 0


def _restated(said: str, words: set[str]) -> tuple[int, int] | None:
    """The count of the last item said whose words hold all the given ones ("18 of the pink")."""
    pieces = _pieces(said)
    for i in range(len(pieces) - 1, -1, -1):
        s, e = pieces[i]
        if words <= set(re.findall(r"[a-z]+", said[s:e])):
            hit = _count_in(said, s, e)
            if not hit and i + 1 < len(pieces) and _BARE.fullmatch(said, *pieces[i + 1]):
                hit = _count_in(said, *pieces[i + 1])  # "the strawberry ones, 24": its count just after it
            return hit and (*hit, len(said))
    return None


def _same_unit(said: str, unit: str) -> tuple[int, int, int] | None:
    """The last count said in the unit a bare recount names ("300 kg E6013 3.2 rods, no sorry 200 kg": the 300)."""
    unit = unit.strip()
    if unit not in _UNITS:
        return None
    hits = list(re.finditer(rf"(?<![\w.])(\d+(?:\.\d+)?)\s*{re.escape(unit.rstrip('s'))}s?\b", said))
    return (hits[-1].start(1), hits[-1].end(1), len(said)) if hits else None


def _last_counted(said: str, whole: bool = True) -> tuple[int, int] | None:
    """(start, end) of the count of the last item said (`whole`: of the last one that has a count) and the end of
    what stays of the text (a remark after the item goes with the correction)."""
    aside = False
    for s, e in reversed(_pieces(said)):
        if not whole and _ASIDE.match(said, s):
            aside = True
        elif said[s:e].strip():
            hit = _count_in(said, s, e)
            if hit or not whole:
                return hit and (*hit, e if aside else len(said))
    return None


def _pieces(said: str) -> list[tuple[int, int]]:
    """(start, end) of the items of a run of text."""
    cuts = [0] + [p for m in _ITEMS.finditer(said) for p in (m.start(), m.end())] + [len(said)]
    return list(zip(cuts[::2], cuts[1::2]))


def _count_in(said: str, s: int, e: int) -> tuple[int, int] | None:
    """The strongest count of an item (the first of equals): "5 packs of 6 plates" counts 5."""
    qs = [q for q in find_quantities(said[s:e], []) if q.strength >= 1]
    best = max(qs, key=lambda q: q.strength, default=None)
    if not best:
        return None
    digits = re.search(r"\d+(?:\.\d+)?", said[s + best.start : s + best.end])  # "12 x": the 12; "two dozen": all
    return (s + best.start + digits.start(), s + best.start + digits.end()) if digits else (s + best.start, s + best.end)


def _counted_anew(after: str) -> bool:
    """Whether the words of a correction count the item they name, in its own piece or a bare count just after it
    ("the fruit salad plates, 5 sets"; not "cream and 12 of the wreaths", the next item)."""
    pieces = [after[s:e] for s, e in _pieces(after)]
    if re.search(r"\bones?\b", pieces[0]):
        return False  # "no sorry, I mean the oval ones": the item said before names them still
    bare = len(pieces) > 1 and (m := _RECOUNT.fullmatch(pieces[1])) and not _words(m.group(2))
    return any(q.strength >= 1 for q in find_quantities(pieces[0], [])) or bool(bare)


def _words(text: str) -> set[str]:
    """The words of a text that are no unit of count."""
    return {w for w in re.findall(r"[a-z]+", text) if w not in _UNITS and w not in ("one", "ones")}  # "the 3 tier one"
