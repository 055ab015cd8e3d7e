"""English habits rewritten to plain forms: dictated counts and punctuation, texting shorthand, lists of
"the X one and the Y one" ("for dozen" = four dozen, "a tonne and a half" = 1.5 tonne); normalised English bodies.
Chinese dictation (语音转文字) gets the commas a typist would put."""
from __future__ import annotations

import re

from nlp.numbers import SMALL_WORDS, TENS_WORDS, sizes_in_digits
from nlp.clause_splits import _COUNT
from nlp.quantities import number_value
from nlp.unit_counts import KINDS_AFTER  # ("三个颜色各要五十个": kinds, no item's count)
from nlp.units import EN_UNIT_ALT, UNIT_WORDS
from nlp.trailing_runs import marked_rows, run_on_commas
from nlp.self_corrections import corrected, swapped, zh_corrected
from nlp.case_sizes import outer_counts
from nlp.sound_alikes import sound_alike_counts
from nlp.bracket_items import bracket_items
from nlp.prefilter import prefiltered

_TENS, _SMALL = TENS_WORDS, SMALL_WORDS
_UNIT = EN_UNIT_ALT
_COUNTED = r"(?:dozen|doz|gross|of|x)\b"
# Dictation writes "four" / "two" as their homophones; only right before a count word is that a number
# ("for dozen", "to dozen"), not in "up to a dozen" or "for the shop".
_HOMOPHONE_DOZEN = re.compile(r"(?<!\bup )\b(for|fore|to|too)(?=\s+(?:dozen|doz|gross)\b)")
# "twenty for of the doormats", "thirty to x": a tens word then a homophone, before what is counted.
_HOMOPHONE_TENS = re.compile(rf"\b({_TENS})[\s-]+(for|fore|to|too)(?=\s+{_COUNTED})")
# Emoji and pictographs say a mood, never a product or a count; left in, they hide the words around them
# from the rules reading "… and the black?" after "back in?? 🐰".
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
# Voice-memo fillers ("um can i get 4 … er and 6 …") say a pause, never goods: left in, "er" reads as a name's word.
_FILLER = prefiltered(r"(?<![\w'-])(?:[Uu](?:m+|h+m?)|[Ee]r+m?|[Hh]m+)(?![\w'-])[^\S\n]*")
# "send for boxes of the M8": after an ordering verb, "for"/"to" before a counted unit is the number.
_HOMOPHONE_UNIT = re.compile(rf"\b(send|need|want|have|order|get|take) (for|fore|to|too)(?=\s+(?:{_UNIT})\s+of\b)")
_HOMOPHONE_LATER = re.compile(rf"\b(for|to)(?=\s+(?:{_UNIT})\s+of\b)")
# A caller's introduction ("hi its maureen from the corner shop can i have …"): the place is no product.
_INTRO = re.compile(r"^(?:(?:hi|hello|hiya|hey|morning)\b[\s,!]*)?(?:it'?s?|this is)\s+[a-z]+(?:\s+again)?\s+"
                    r"(?:from|at)\s+(?:the\s+)?(?:[a-z]+[\s,]+){1,3}?(?=(?:can|could|would|i|we|please)\b)")
# "50 strawberry 50 owls 30 red spot": three or more "count words" items in a run, written without commas.
_W = r"(?!(?:and|the|for|each|off|per|with|of|from|more|less|than)\b)[a-z]{3,}"
# (on one line: rows under each other are set apart already; "6 pails\n46 hydraulic oil" reads a grade as an item)
_RUN = re.compile(rf"(?:\b\d+[^\S\n]+{_W}(?:[^\S\n]+{_W})?[^\S\n]+){{2,}}\d+[^\S\n]+{_W}\b")
_RUN_ITEM = re.compile(r"\s+(?=\d)")
# "kindly arrange 100 nos. lunch bag woodland": a count unit's abbreviation point after a count heading its goods
# (at a clause's start or after a request word) ends no sentence
_ABBR_POINT = re.compile(r"(^|[,;:(\n]|\b(?:and|plus|arrange|send|supply|need|want|order|get|take|please|pls|kindly|add|also) )"
                         r"(\s*\d+(?:\.\d+)?\s*(?:nos|no|pcs|pc|pkts|ctns|prs|ea))\.(?=[^\S\n]+[a-z])", re.M)
# "the wire from 4 spools to 6": the new count is in the unit the old one was said in
_FROM_TO = re.compile(rf"\bfrom (\d+(?:\.\d+)?) ({_UNIT}) to (\d+(?:\.\d+)?)(?=\s*(?:$|[.,;!?)\n]|please\b|pls\b|instead\b|and\b|if\b))")
# "6 x doormat keep calm 4 x doormat union flag", "2 boxes m10 nuts 2 boxes m10 washers": a counted item after a
# product word starts a new item, as if after a comma (chat drops them); function words before a count keep it.
_RUN_ON = re.compile(rf"(?<=[a-z)])(?<!\band)(?<!\bof)(?<!\bthe)(?<!\bor)(?<!\bto)(?<!\bby)(?<!\bfor)(?<!\bsend)"
                     rf"(?<!\bneed)(?<!\bwant)(?<!\bget)(?<!\bhave)(?<!\btake)(?<!\border)(?<!\bplus)(?<!\balso)(?<!\bfrom)"
                     rf" (?=\d+(?:\s*x\b(?!\s*\d)|\s+(?:{_UNIT}|dozen|doz|dz)\b))")  # "63 x 63 x 6" is a size
# "the sewing kits, the travel one and the deluxe one": variants after a plural name, as "(travel and deluxe)"
_ONE = r"the\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)\s+ones?"
_ONES_LIST = re.compile(rf"(?<=[a-z]s),\s+{_ONE}((?:,\s+{_ONE.replace('(', '(?:', 1)})*),?\s+(?:and|or|&)\s+{_ONE}\b")
_ONE_NAME = re.compile(_ONE)
# "30 paper chain kits - half in the 50s design and half the vintage", "48 slates - half owls, half cats": each half a
# count of the item in that variant
_HALVES = re.compile(r"\b(\d+)\s+([a-z][a-z' ]{2,40}?)\s*(?:[-:,(]\s*)?half\s+((?:in|of)\s+)?([^,;.?!()\n-]+?)"
                     r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+other\s+)?half\s+((?:in|of)\s+)?([^,;.?!()\n-]+?)(?=\s*(?:[-,;.?!()\n]|$))")
# Punctuation said aloud ("… the red spots full stop need them by Thursday", "… bowls comma twenty four …",
# "new line thanks Gary") is written as the mark it names, so counts and items split where the speaker meant.
_SAID_MARKS = {"full stop": ".", "comma": ",", "colon": ":", "question mark": "?",
               "exclamation mark": "!", "new line": "\n", "new paragraph": "\n"}
_SAID_MARK = re.compile(r"\s*\b(full stop|comma|colon|question mark|exclamation mark|new line|new paragraph)\b")
# Only a message with a said stop, comma, colon or question mark is dictated: "a new line of candles" is not.
_DICTATED = prefiltered(r"\b(?:full stop|comma|colon|question mark)\b")
# Texting shorthand: "owl n 2 doz the scotty dog ones", "salt n pepper": a lone "n" between words is "and".
_TEXT_AND = re.compile(r"(?<=[a-z] )n(?= [a-z0-9])|(?<=\d )n(?= \d)")  # ("want 6 n 6"; "500 n at most" is newtons)
# "how much 4 50 warmers", "thx 4 the delivery": a lone "4" after a word and before an article, a pronoun or
# another count is "for" (not "the 4 white", "the other 4 next week").
_TEXT_FOR = re.compile(r"(?<=[a-z] )(?<!\bthe )(?<!\bother )(?<!\band )(?<!\bof )4"
                       r"(?= (?:(?:the|a|an|my|our|your|u|you|us|me|this|that)\b|\d+(?:\.\d+)?\b(?! ?(?:x|of)\b)))")
# "hand warmers - owl and bird designs": kinds of the item named before the dash, as "(owl and bird)"
_KIND_WORDS = ("designs", "styles", "patterns", "prints", "versions")
_NAME = r"(?:[a-z]+\s+)?[a-z]+"
_KINDS = re.compile(rf"(?:\s-|:)\s+({_NAME}(?:,\s+{_NAME})*,?\s+(?:and|&)\s+{_NAME})\s+(?:{'|'.join(_KIND_WORDS)})\b")
# "10 mil plate", "a 6 mill drill": after a number, "mil" is a millimetre in trade speech.
_SAID_MM = re.compile(r"\b(\d+(?:\.\d+)?)\s?mill?s?\b")
# "gloves M + 20 L", "M, 10 L": after a letter size (not a measure: "5 m, 20 m") and a joiner, "N L" / "N M" is the
# next size counted, not litres or metres; written "N x L" as a list row would be.
_SIZE_NEXT = prefiltered(r"((?:(?<![\d.])(?<!\d )\b(?:m|l)|\b(?:xxs|xs|s|xl|xxl))\s*(?:\+|and|&|,)\s*\d+)\s+"
                         r"(?=(?:l|m)\b(?!\s*(?:of|x)\b))")
_HOMOPHONES = {"for": "four", "fore": "four", "to": "two", "too": "two"}
# "ten x 6205 2RS", "twenty no. DN25", "forty-eight of the": a count in words before a count mark is the count in
# digits, which the rules for "10 x 6205" read (a code after it is then no count).
# Not "one" ("the jam one x 6" is the item) nor the end of "a hundred and twenty".
_WN = rf"(?:(?:{_TENS})(?:[\s-](?:{_SMALL}))?|(?!one\b)(?:{_SMALL}))"
_NUMBER_WORD = prefiltered(rf"\b(?:{_TENS}|{_SMALL})")  # a count in words (_WN) opens a word: a text without one skips
_WORD_COUNT = re.compile(rf"(?<!hundred )(?<!thousand )(?<!hundred and )(?<!thousand and )\b({_WN})"
                         r"(?=\s*(?:x|no\.?|nos\.?)\s|\s+of\s+(?:each|the|those|these)\b|\s+each\b)")
# A count in words where a count in digits would stand, away from a count mark (not "two boxes were soaked"):
# paired with a count in digits in a change ("six not 4", "from 3 t to five t"), said as a row's or a need's
# last word ("Doorstop: eight", "need twelve"), as what a pack holds ("box is twelve"), a sum ("so forty-eight
# in total"), a numeral named ("door number two" is catalogued "number 2"), or each item of a run of counted
# names ("eight cherry, eight blueberry", "ten owl ten bird").
_WORD_AT = re.compile(rf"(?<!hundred )(?<!thousand )(?<!hundred and )(?<!thousand and )(?<![\w-])(?P<n>{_WN})"
                      rf"(?=\s+(?:[a-z]+\s+)?(?:not|instead of|rather than)\s+\d|(?:\s+and\s+{_WN})?\s+in total\b)"
                      rf"|(?:\b(?:{_UNIT}) (?:is|holds)|\bfrom\s+\d+(?:\s+[a-z]+)?\s+to|\bnumber)\s+(?P<p>{_WN})\b"
                      rf"|(?::|\b(?:need|want|order))\s+(?P<m>{_WN})(?=\s*[.!]?\s*$)", re.M)
_NAMED = r"(?!hundred|thousand)(?:(?:of the|of|in)\s+)?[a-z]{3,}(?:\s+(?:[a-z]{3,}|\([a-z]+\))){0,3}?"
_ITEM_W = rf"(?<![\w-]){_WN}\s+{_NAMED}"  # a run set apart by spaces alone has 3 items, as _RUN's digits do
_WORD_RUN = re.compile(rf"{_ITEM_W}(?:(?:,\s*|\s+and\s+){_ITEM_W}\b)+|{_ITEM_W}(?:\s+{_ITEM_W}\b){{2,}}")
_WORD_IN_RUN = re.compile(rf"(?<![\w-]){_WN}(?=\s+[a-z(])")
# "Hot water bottle - 6, Hand warmer - qty 12, Doorstop: 4, Gate valve ..... 4 off": list rows written on one
# line, each name with its count after a dash, colon or dotted leader, are the rows of a list (one a line), as
# they would be under each other (normalised bodies: dashes are "-").
# A comma sets a count apart as well when a unit follows it ("gloves, 20 dozen pairs, ..."), a count may be
# worked out after it ("- 4 boxes (25/box) = 100 pcs"), and a row may start with a size ("14\" chop saw discs").
_ROW_UNIT = r"(?:\s*(?:pcs|no\.?|nos|off|sets?|boxes|units))"
_ROW_COUNT = (rf"(?:(?:\s-|:|\.{{3,}})\s*(?:qty\s*)?\d+(?:\.\d+)?{_ROW_UNIT}?(?:\s*\([^()\n]{{1,15}}\))?"
              rf"(?:\s*=\s*\d+{_ROW_UNIT})?|,\s*\d+(?:\.\d+)?\s+(?:dozen\s+)?(?:{_UNIT}))")
_ROW_COUNTS = prefiltered(rf"{_ROW_COUNT}(?=\s*(?:,|$))", re.M)
_ROW_END = re.compile(rf"({_ROW_COUNT})\s*,\s+(?=[a-z]|\d+(?:\.\d+)?\s*(?:\"|mm\b|in\b|inch))")
# "heart balloons 8 -> 12", "3t → 4t": an arrow between two counts reads "from 8 to 12", the old count and the new
_ARROW = re.compile(r"\b(\d+(?:\.\d+)?(?:\s?[a-z]{1,6})?)\s*(?:-+>|=+>|→)\s*(?=\d)")
# "2 and a half tonnes", "one and a half boxes": the half joins the whole number before it.
_AND_HALF = re.compile(rf"\b(\d+|{_SMALL}|{_TENS})\s+and\s+a\s+half\b")
# "price for 48 and for 96 of …", "500 ponchos? maybe 1000 if the price is right": of counts offered, the first is asked
_ALT_COUNTS = re.compile(r"\bfor\s+(\d+)\s+(?:and|or)\s+(?:for\s+)?\d+(?=\s+(?:of|x)\b)")
_MAYBE_MORE = re.compile(r"(?<=[?.,!])\s*(?:or\s+)?(?:maybe|perhaps|possibly)\s+(?:even\s+)?\d+(?=\s+if\b)")
# "2 x 6 of the rocking horses": so many times so many of the goods is their product (a size has no "of the" after it)
_TIMES_OF = re.compile(r"(?<![x×\d.]\s)(?<![x×\d.])\b(\d+)\s*[x×]\s*(\d+)(?=\s+of\s+(?:the|those|these|your|them)\b)")
# "a dozen and a half", "2 gross and a half": the half is of the dozen, as in "one and a half dozen" (18, not 12)
_UNIT_AND_HALF = re.compile(rf"\b(\d+|{_SMALL}|{_TENS}|an?)\s+(dozen|doz|gross)\s+and\s+a\s+half\b")


def spoken_counts(text: str) -> str:
    """English counts dictated, texted or said in words as written numbers (punctuation as written, emoji as spaces)."""
    text = sound_alike_counts(_homophones(_words_as_digits(_FILLER.sub("", _EMOJI.sub(" ", _ABBR_POINT.sub(r"\1\2", text))))))
    text = bracket_items(text)  # "(the 10 owl bags and the 10 fox bags)": the counted items listed
    if " from " in text[:80] or " at " in text[:80]:
        text = _INTRO.sub("", text, count=1)
    text = _RUN.sub(lambda m: _RUN_ITEM.sub(", ", m.group(0)), text)
    text = "\n".join(_set_apart(ln) for ln in text.split("\n"))
    text = _corrections(text)
    if "from " in text:
        text = _FROM_TO.sub(r"from \1 \2 to \3 \2", text)
    if " n " in text:
        text = _TEXT_AND.sub("and", text)
    if any(w in text for w in _KIND_WORDS):  # after " n " is "and": "owl n bird designs"
        text = _KINDS.sub(lambda m: f" ({m.group(1)})", text)
    if " l" in text or " m" in text:
        text = _SIZE_NEXT.sub(r"\1 x ", text)
    if " 4 " in text:
        text = _TEXT_FOR.sub("for", text)
    if "mil" in text:
        text = _SAID_MM.sub(r"\1mm", text)
    if _NUMBER_WORD.search(text):
        text = _WORD_COUNT.sub(lambda m: f"{number_value(m.group(1)):g}", text)
    if "," in text:
        text = "\n".join(_ROW_END.sub(r"\1\n", ln) if len(_ROW_COUNTS.findall(ln)) >= 2 else ln for ln in text.split("\n"))
    if "and a half" in text:
        text = _AND_HALF.sub(_half, _UNIT_AND_HALF.sub(lambda m: f"{_half(m)} {m.group(2)}", text))
    if " of " in text or " if " in text:
        text = _MAYBE_MORE.sub(" ", _ALT_COUNTS.sub(r"for \1", text))
        text = _TIMES_OF.sub(lambda m: str(int(m.group(1)) * int(m.group(2))), text)
    text = outer_counts(text)  # "a case of 10 boxes … half a case", "4 cases (they come 10 to a case)"
    return text


def _homophones(text: str) -> str:
    """Dictated homophones of counts as numbers: "for dozen", "to boxes", "twenty for"."""
    if "for" in text or "to" in text or "fore" in text:
        text = _HOMOPHONE_DOZEN.sub(lambda m: _HOMOPHONES[m.group(1)], text)
        text = _HOMOPHONE_TENS.sub(lambda m: f"{m.group(1)} {_HOMOPHONES[m.group(2)]}", text)
        said = _HOMOPHONE_UNIT.sub(lambda m: f"{m.group(1)} {_HOMOPHONES[m.group(2)]}", text)
        if said != text:  # a dictated message: its later "and for boxes of …" is a count too
            said = _HOMOPHONE_LATER.sub(lambda m: _HOMOPHONES[m.group(1)], said)
        text = said
    return text


# "the zinc watering can - the big one, not the small - x 4": a sibling pointed at between dashes is an aside, as in
# brackets (the dashes part no items)
_DASH_ASIDE = re.compile(r"\s[-–—]\s+((?:the|a)\s+[a-z]+\s+ones?\b[^-–—\n.;()]{0,40}?)\s+[-–—]\s", re.I)


def _corrections(text: str) -> str:
    """"one" lists and arrows read, self-corrections and swaps applied, halves and said punctuation written."""
    if " one" in text:
        text = _DASH_ASIDE.sub(r" (\1) ", _ONES_LIST.sub(_ones_list, text))
    if ">" in text or "→" in text:
        text = _ARROW.sub(r"from \1 to ", text)
    text = corrected(text)  # "olivia and lola no sorry olivia and charlotte", "send 10, no wait, 12"
    if "instead" in text or "actually" in text:
        text = swapped(text)  # "10 x tubes skulls. actually scrap the skulls, do posy instead."
    if "half" in text:
        text = _HALVES.sub(_halves, text)
    if _DICTATED.search(text):
        text = _SAID_MARK.sub(lambda m: _SAID_MARKS[m.group(1)], text)
    return text


def _words_as_digits(text: str) -> str:
    """Counts in words that stand where counts stand (see _WORD_AT, _WORD_RUN) in digits."""
    if not _NUMBER_WORD.search(text):  # (every count these read is a word of _WN)
        return text
    text = _WORD_AT.sub(_at, text)
    return _WORD_RUN.sub(lambda m: _WORD_IN_RUN.sub(lambda w: f"{number_value(w.group(0)):g}", m.group(0)), text)


def _at(m: re.Match) -> str:
    """The match with its count in words (group n, p or m) in digits."""
    key = next(k for k in "npm" if m.group(k))
    whole, s, e = m.group(0), m.start(key) - m.start(), m.end(key) - m.start()
    return whole[:s] + f"{number_value(m.group(key)):g}" + whole[e:]


_COUNTED = re.compile(rf"\b\d+(?:\s*x\b(?!\s*\d)|\s+(?:{_UNIT}|dozen|doz|dz)\b)|\bx\s*\d+\b")


def _set_apart(line: str) -> str:
    """A comma-less line with its counted items set apart; a line with commas of its own has them apart already."""
    if re.search(r"[,;:]", line):
        return line
    marked = marked_rows(line, _COUNTED)  # "bells - 48 hearts - 48": counts marked as trailing their names
    if marked != line:
        return marked
    return run_on_commas(line, _RUN_ON, _COUNTED) if _counted(line) >= 2 else line


def _counted(line: str) -> int:
    """How many counted items ("6 x", "2 boxes", "x 6") a line holds."""
    return len(_COUNTED.findall(line))


def _half(m: re.Match) -> str:
    """ "2 and a half" -> "2.5"."""
    value = 1 if m.group(1) in ("a", "an") else number_value(m.group(1))
    return f"{value + 0.5:g}" if value is not None else m.group(0)


def _ones_list(m: re.Match) -> str:
    """ ", the travel one and the deluxe one" -> " (travel and deluxe)"."""
    names = [m.group(1)] + _ONE_NAME.findall(m.group(2)) + [m.group(3)]
    return f" ({', '.join(names[:-1])} and {names[-1]})"


def _halves(m: re.Match) -> str:
    """ "30 kits - half in red and half blue" -> "15 kits in red and 15 kits blue" (an odd total stays)."""
    n, name = int(m.group(1)), m.group(2).strip()
    if n % 2:
        return m.group(0)
    return f"{n // 2} {name} {m.group(3) or ''}{m.group(4)} and {n // 2} {name} {m.group(5) or ''}{m.group(6)}"


# Chinese dictation: a transcript comes unpunctuated, its pauses said as fillers and its items run on
# ("…黑色的L号十盒M号五盒嗯还有口罩…").
_ZH_UNITS = sorted((w for w in UNIT_WORDS if not w.isascii()), key=len, reverse=True)
_PUNCTUATION = re.compile(r"[,，。;；!！?？:：、\n()（）]|(?<!\d)\.|\.(?!\d)")  # not the point of "3.2"
# a speaker's pause (never part of a product word), a "then" going on, a count done ("四盒那个平垫…")
_PAUSE = re.compile(r"[嗯呃]+|(?=然后)|(?<=[\d一二两三四五六七八九十百千半][盘箱卷桶盒包吨只套件条根支双张台顶组袋片])(?=那个)")
# "L号十盒M号五盒": a count with its measure word ends its item when another count follows in the clause
# (not a spec said like a count, "三吨半十二个厚的": twelve mm thick; 还有 parts the clause already)
_ZH_COUNT = rf"(?:{_COUNT}|(?:\d+|[一二两三四五六七八九十半]+)打)"  # the gift trade counts in dozens too ("两打")
# "一箱20盒", "一盘15公斤", "两箱每箱10盒": what one pack holds follows its pack, no new item; "20盒的要三箱":
# a count said with 的 describes the goods counted after it
_HOLDS = rf"\s*(?:装|是|有|每\w?)?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:{'|'.join(_ZH_UNITS)})"
# words asking for goods, naming none ("帮我发", "再来", "还要")
_REQUEST = re.compile(r"帮忙|帮我|帮|给我|给|麻烦|请|需要|安排|我们|我|你们|你|再|还有|还|另外|也|就|先|要|来|发|订|买|拿|送|加|补|一共|总共|老板")
_NEXT_COUNT = re.compile(rf"{_ZH_COUNT}(?!厚)")
_ITEM_END = re.compile(rf"{_ZH_COUNT}半?(?!{_HOLDS}|的|{KINDS_AFTER.pattern})(?:吧|啊|哈|呀)?(?=(?:(?!还有)[^,])*?{_ZH_COUNT}(?!厚))")



# "大号再来30个小号再来50个": typed, a count runs on into the next size or colour of the same goods, counted again
_VARIANT_NEXT = re.compile(rf"(?P<c>{_ZH_COUNT})(?=(?:大号|小号|中号|大的|小的|中的|[红白黑蓝绿黄粉灰紫橙]色)(?:的)?(?:也|再|还)?(?:要|来|拿)?{_ZH_COUNT})")


def dictated(body: str) -> str:
    """An unpunctuated Chinese body with a comma at each pause and after each item's count; others as they are."""
    body = sizes_in_digits(zh_corrected(body))
    if _PUNCTUATION.search(body.strip()):
        return _VARIANT_NEXT.sub(r"\g<c>,", body)  # typed: the writer's own commas part the items (and "30个小号再来50个")
    body = _PAUSE.sub(",", body)
    ends = list(_ITEM_END.finditer(body))
    # "来三桶A两桶B一桶C": once the first count heads its goods, every item is said count first
    lead = bool(ends) and _leads(body, ends[0].start())
    cuts = {_next_item(body, m) if lead else m.end() for m in ends} - {None}
    for at in sorted(cuts, reverse=True):
        body = body[:at] + "," + body[at:]
    return body


def _next_item(body: str, m: re.Match) -> int | None:
    """"来三桶底漆两桶调和漆": after a count heading its goods, the next count (goods said between) starts an item."""
    nxt = _NEXT_COUNT.search(body, m.end())
    between = body[m.end() : nxt.start()] if nxt else ""
    # (a 和 before it parts the items already)
    return nxt.start() if _REQUEST.sub("", between).strip(" ,") and not between.endswith("和") else None


def _leads(body: str, at: int) -> bool:
    """"帮我发三桶底漆和两桶调和漆": a count with only request words before it in its item heads the goods after it,
    so no item ends there ("L号十盒" ends one: goods come first; a pause "A1000的嗯来十条" parts no item)."""
    start = max([body.rfind("和", 0, at)] + [c.end() - 1 for c in _NEXT_COUNT.finditer(body, 0, at)])
    return not _REQUEST.sub("", body[start + 1 : at]).strip(" ,")
