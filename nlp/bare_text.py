"""Chat-style bodies with no punctuation at all ("are the mint ones back yet and the pink ones"): where a written
body would end a sentence, cut at the words that open one."""
from __future__ import annotations

import re
from functools import lru_cache

from nlp.units import UNIT_WORDS
from nlp.words import STOPWORDS
from nlp.prefilter import prefiltered

# Any mark a written body ends or parts its clauses with (a colon between digits is a time, a point a decimal).
SENTENCE_MARK = prefiltered(r"[,;!?]|:(?!\d)|\.(?=\s|$)")
# "Hi,\n\nneed 6 x … 6 x …\n\nThanks,\nSam": a greeting or sign-off on a line of its own frames a body; its comma says
# nothing of how the order itself is written
FRAME_LINE = re.compile(r"^[ \t]*(?:(?:hi|hello|hiya|hey|dear|(?:good )?(?:morning|afternoon|evening))\b[^\n,!.\d]{0,25}|"
                        r"(?:many |best |kind )?(?:thanks|thank you|thx|cheers|regards|ta)\b[^\n\d]{0,25})[,!.]*[ \t]*$", re.I | re.M)


@lru_cache(maxsize=256)  # a message asks it some twenty times of the same body
def marked(text: str) -> bool:
    """Whether a body parts its sentences or clauses with a mark anywhere but in its greeting and sign-off lines."""
    return SENTENCE_MARK.search(FRAME_LINE.sub("", text)) is not None


# "… back yet and the pink ones", "… 24 of the large also what's the price …", "… wall clock we'd want 6": an "and
# the …", an "also", or a wish with a count ("we'd want 6", "thinking 10 of each") opens a sentence of its own
# (the subject stays with its verb: no cut between "we'd" and "want").
OPENER = re.compile(r"\s+and\s+(?=(?:the|those)\s)|\s+also\s+|"
                    r"(?<!\bi)(?<!\bwe)(?<!'d)(?<!'ll)(?<!\swould)(?<!\swill)\s+"
                    r"(?=(?:(?:i|we)(?:'d|'ll| would| will)?\s+)?"
                    r"(?:want|need|take|could (?:do with|use)|thinking|looking for)\s+(?:[a-z~]+\s+){0,2}?\d)|"
                    # "… 6 of the cake stands cheers dan - the corner shop": a sign-off and the words closing its line;
                    # "… 50 of the bunny ones it's for the school fair": a purpose said of the whole order
                    r"\s+(?=(?:many\s+)?(?:thanks|thx|ta|cheers|regards)\b[^\d\n]{0,60}(?:\n|$))|"
                    r"\s+(?=(?:it(?:'s| is)?|this is|they(?:'re| are)) for\s)|"
                    r"\s+(?=(?:but\s+)?keep\s+(?:the|those|these)\s)|"  # "cancel the red ones (24) keep the blue"
                    # "any more of the umbrellas coming we're out", "do you still do the frame how many could you ship"
                    r"\s+(?=(?:we're|we are|i'm|i am)\s+(?:out|low|short|down)\b|how (?:many|much)\s)|"
                    # "hi we're doing a fair on sat could we order 4 of …", "… for the carlisle store pls send 40 …": a
                    # request for goods after words about the sender opens the order's sentence
                    r"(?<=[a-z)])\s+(?=(?:(?:could|can|would)\s+(?:we|i|you)\s+(?:please\s+|pls\s+)?|(?:please|pls)\s+)"
                    r"(?:order|get|have|send|ship|supply|deliver)\s+(?:(?:us|me|please|pls)\s+)?\d+\s+"
                    # (goods named after the count: in "… could i have 24 pls", "6 of those" they came before)
                    r"(?!(?:pls|please|thanks|thx|ta|cheers|of\s+(?:those|them|these|each))\b)[a-z])", re.I)
EACH_OF = re.compile(r"\b(?:each|both)\b")  # "10 each of the red bags and the blue bags" is one list


def bare_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans of a body, each cut before an OPENER when the body has no punctuation mark."""
    if marked(text):
        return spans
    out = []
    for s, e in spans:
        cuts = [m for m in OPENER.finditer(text, s, e)
                if text[s : m.start()].strip() and not EACH_OF.search(text, s, m.start())]
        starts, ends = [s] + [m.end() for m in cuts], [m.start() for m in cuts] + [e]
        out += [(a, b) for a, b in zip(starts, ends) if text[a:b].strip()]
    return out


def bare_bounds(text: str, s: int) -> tuple[int, int]:
    """The sentence of a body with no punctuation mark that holds offset s (the whole body when it has marks)."""
    if not marked(text):
        for a, b in bare_sentences(text, [(0, len(text))]):
            if a <= s < b:
                return a, b
    return 0, len(text)


PLS = prefiltered(r"\b(?:pls|plz|plse)\b")  # chat's "please": every rule that reads "please" reads it too


def spelled_please(text: str) -> str:
    """ "pls drop the orange one" as "please drop the orange one"."""
    return PLS.sub("please", text)


# words a question opens with: a bare sentence so opened asks, as if it ended in "?"
# (not a count straight after "have", "got" or "do": "got 12 … left need 20 …", "do 20 of the … for us" tell, not ask)
ASKS = re.compile(r"(?:(?:hi|hiya|hello|hey|morning)[ \t]+)?(?:any|does|did|is|are|can|could|has|how|what|when|"
                  r"where|which|will|would|(?:do|have|got)\b(?!\s+\d))\b", re.I)


def question_marked(text: str) -> str:
    """A body with no punctuation mark with a "?" after each sentence that opens as a question (for the intent)."""
    if marked(text):
        return text
    ends = [b for line in _line_spans(text) for a, b in bare_sentences(text, [line]) if ASKS.match(text, a)]
    for b in reversed(ends):
        text = f"{text[:b].rstrip()}?{text[b:]}"
    return text


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


# "change the 6308 to 6308-2rs same qty 10 thanks": words that close a clause a written body would end with a comma
# (not "swap the woodland bags for the same in red": "the same" is a thing named)
CLAUSE_TAIL = re.compile(r"(?<!\bthe) (?=(?:same|still|pls|please|thanks|thx|cheers|keep)\b)", re.I)


def comma_marked(text: str) -> str:
    """A body with no punctuation mark with a comma before each clause-closing word (same length: offsets hold)."""
    return text if marked(text) else CLAUSE_TAIL.sub(",", text)


# "… a1000 x 20 b2000 x 20": a count after an "x" closes its item; "12 x 6206-2rs 12 x 6206 open": one before an "x"
# opens the next.
AFTER_X = re.compile(r"(?<![a-z0-9])(?:x|qty)\s*$", re.I)  # "m10 nuts qty 150": a qty trails too
BEFORE_X = re.compile(r"\s*x(?![a-z0-9])", re.I)
# a list row: a line opening with a count (after any bullet) or closing with one ("12 jars tall", "london mugs x 20"); a
# line that only mentions a number in passing ("the fair is on 20 june") is no row
ROW = re.compile(r"^[ \t]*(?:[-*•·][ \t]*)?\d.*$|^.*\d[ \t]*$", re.M)
WORD = re.compile(r"[a-z0-9][a-z0-9'/-]*")
SIZE_BY = re.compile(r"\d\s+by\s+\d")  # "50 by 5 angle": two sides of one size, no counts
PLACE_NO = re.compile(r"\b(?:unit|bay|gate|dock|suite|flat|room)\s+$")  # "site unit 7": an address
TO_PLACE = re.compile(r"\b(?:to|at|via)\s+(?:the\s+|our\s+)?[a-z]+\s+$")  # "… to plant 1200 gate": a place's number
SPEC_WORD = re.compile(r"(?:core|tier|ply|way|gang|pin|pack|piece|hole|pole|layer|step|drawer|seater)s?$")  # "3 core"
PACK_AFTER_X = re.compile(r"(?<![a-z\d])\d+\s*x\s*$")  # "4 x 20kg sets": the 20kg is what each of the 4 holds
PACK_UNITS = ("kg", "g", "l", "ml")
WHOLE = re.compile(r"\d+(?![.\d])")  # a whole count in digits (no decimal)


# the comma the clean-up sets between counted items of a bare line ("4 pails white, 2 pails black 2 yellow", see
# nlp/spoken.py): no mark of the writer's, the line stays bare
# (not before a spec, "baking set, 9 piece": that comma was set by a size, not an item)
RUN_ON_COMMA = prefiltered(r"(?<=[a-z]), (?=\d+ ?(?:x\b|(?!(?:core|tier|ply|way|gang|pin|piece|hole|pole|layer|step|drawer|"
                           r"seater)s?\b)[a-z]+))")


def run_on_counts(text: str, pieces: list) -> list:
    """Pieces of a body with no punctuation mark cut between counts written on with no separator ("12 glass jars
    large 24 glass jars small", "zinc bolts 6 boxes m10 nuts 6 boxes"), each keeping its own counts."""
    # a written body parts its items itself, and so does one laid out in rows: a cut there would split names
    if marked(RUN_ON_COMMA.sub(" ", text)) or len(ROW.findall(text)) > 1:
        # (but a row counting two variants with "x" is two: "posts yellow x6 blue x6")
        return [p for piece in pieces for p in (_cut_counts(text, *piece) if _x_counted(text, *piece[:2]) else [piece])]
    return [p for piece in pieces for p in _cut_counts(text, *piece)]


X_COUNT = prefiltered(r"(?<![a-z0-9])[x×]\s?\d+\b(?![.,]?\d)", re.I)


def _x_counted(text: str, s: int, e: int) -> bool:
    """Whether one line of a piece marks two or more counts with "x" after goods ("yellow x6 blue x6")."""
    return "\n" not in text[s:e].strip() and len(X_COUNT.findall(text, s, e)) >= 2 and not X_COUNT.match(text[s:e].lstrip())


def _cut_counts(text: str, s: int, e: int, qty: list) -> list:
    """One piece cut at its counts: after a count that follows its goods, before one that leads them."""
    # only whole counts in digits part items: a number word may be part of a name ("6 of the tea for one sets"), a
    # decimal a size ("4 spools of er70s-6 1.0 wire")
    # (but a count word of two or more leading goods is one: "twelve spaceboy mugs twelve dolly girl mugs")
    counts = sorted((q for q in qty if q.strength >= 1 and (WHOLE.match(text, q.start, q.end) or _worded(text, q))
                     and not _aside(text, s, q) and not SIZE_BY.search(text[max(s, q.start - 6) : q.end + 6])
                     and not PLACE_NO.search(text, max(s, q.start - 12), q.start)
                    and not (q.unit and SPEC_WORD.match(q.unit) and " " not in text[q.start : q.end])  # "9piece set"
                     and not (q.unit in PACK_UNITS and PACK_AFTER_X.search(text, s, q.start))),
                    key=lambda q: q.start)
    # a body that marks its counts with "x" or a unit marks them all ("6204 zz x 20", "2 boxes of the 355 discs": the
    # bare numbers are a code and a size); bare, a number of four digits is a code ("6 bearings 6206 2rs")
    marked = [q for q in counts if q.unit or _trails(text, s, q, qty) or _leads(text, q)]
    # (a short bare count between goods words is one too: "2 pails black 2 yellow", "kn95 masks 30 yellow hats")
    # (and a bare count opening the piece before the marked ones: "send 60 yellow hats 10 doz cotton gloves")
    counts = [q for q in counts if q in marked or _worded(text, q) or _between_goods(text, s, q, qty)
              or _opens(text, s, q, marked)] \
        if marked else [q for q in counts if _worded(text, q) or q.end - q.start < 4 or _round(text, s, q)]
    if len(counts) < 2:
        return [(s, e, qty)]
    # Goods named after the last count lead with their counts ("20 white 40 yellow"); none after it, trail them.
    leading = _names_goods(text[counts[-1].end : e])
    cuts = []
    for i, q in enumerate(counts):
        if _trails(text, s, q, qty) or not (leading or _leads(text, q)):
            cuts += [q.end] if i < len(counts) - 1 else []
        elif i:
            cuts.append(q.start)
    bounds = [(a, b) for a, b in zip([s] + cuts, cuts + [e]) if text[a:b].strip()]
    if not all(_names_goods(text[a:b], counts, a) for a, b in bounds):
        return [(s, e, qty)]
    return [(a, b, [q for q in qty if a <= q.start < b]) for a, b in bounds]


def _between_goods(text: str, s: int, q, qty: list) -> bool:
    """Whether a bare count of one or two digits stands between a goods word and a word ("… masks 30 yellow …")."""
    before, after = WORD.findall(text[s : q.start].lower())[-1:], WORD.match(text.lower(), q.end + 1)
    # (not after a count's own unit: in "36 pcs 12 pencils tube" the 12 is part of the name)
    # (nor after a spec word: in "4 core 25" the 25 is the cross-section)
    return q.end - q.start < 3 and bool(before) and before[0] not in STOPWORDS and not before[0][-1].isdigit() \
        and not (SPEC_WORD.match(before[0]) and not before[0].startswith("pack")) \
        and after is not None and text[q.end] == " " and after.group(0).isalpha() and not SPEC_WORD.match(after.group(0)) \
        and not any(o.unit and o.unit != "x" and o.end <= q.start and not text[o.end : q.start].strip() for o in qty)


WORDED = re.compile(r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:two|three|four|five|six|seven|eight|nine))?|"
                    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen) (?=[a-z])", re.I)


def _worded(text: str, q) -> bool:
    """Whether a count is a number word of two or more followed by a word ("ten london ones"), no "one" or "a"."""
    m = WORDED.match(text, q.start)
    return m is not None and m.end() - 1 == q.end and not q.unit


def _opens(text: str, s: int, q, marked: list) -> bool:
    """Whether a bare count of up to three digits comes before every marked count of its piece, goods words after it."""
    before = WORD.findall(text[s : q.start].lower())
    return q.end - q.start < 4 and q.end < marked[0].start and all(w in STOPWORDS for w in before) \
        and re.match(r" [a-z]", text[q.end : q.end + 2]) is not None


def _round(text: str, s: int, q) -> bool:
    """Whether a bare four-digit number is a round count ("1000 m10 nuts"), not a code ("6300 2rs", "b 1600") or place."""
    before = WORD.findall(text[s : q.start].lower())[-1:]
    return int(WHOLE.match(text, q.start).group(0)) % 100 == 0 and not (before and len(before[0]) == 1) \
        and re.match(r" [a-z]", text[q.end : q.end + 2]) is not None and not TO_PLACE.search(text, max(s, q.start - 24), q.start)


def _aside(text: str, s: int, q) -> bool:
    """Whether a count sits inside an open bracket ("the picnic hampers (for 2)" counts nothing)."""
    return text.count("(", s, q.start) > text.count(")", s, q.start)


def _trails(text: str, s: int, q, qty: list) -> bool:
    """Whether a count follows an "x" after its goods ("a1000 x 20"; in "12 x 6206" the x is the 12's)."""
    x = AFTER_X.search(text, s, q.start)
    return x is not None and not any(o.unit == "x" and o.start <= x.start() < o.end for o in qty)


def _leads(text: str, q) -> bool:
    """Whether a count comes before an "x" and its goods ("12 x 6206")."""
    return q.unit == "x" or bool(BEFORE_X.match(text, q.end))


def _names_goods(span: str, qty=(), at: int = 0) -> bool:
    """Whether a span holds a word naming goods (no count, no filler such as "pls thanks")."""
    counted = [(q.start - at, q.end - at) for q in qty]
    return any(w.group(0) not in STOPWORDS and not any(a <= w.start() < b for a, b in counted)
               for w in WORD.finditer(span.lower()))


# "1 hex bolt m12 … 100 pcs" / "2 hex nut m12 … 100 pcs": rows opening with 1, 2, 3 … in turn that lost their "1."
EN_ROW_NO = re.compile(r"^([ \t]*)(\d{1,2}) +(?=[a-z])", re.M)
ROW_COUNT = re.compile(r"(?:\bx|\bqty|[-–=])\s*\d+\b|\b\d+\s*(?:x\b|[a-z]{1,6}\b)")


def numbered_rows(text: str) -> str:
    """A body whose lines open with 1, 2, 3 … in turn, each counting its goods later, with those numbers as "1. "."""
    marks = [m for m in EN_ROW_NO.finditer(text) if _counted_later(text, m)]
    if len(marks) < 2 or [int(m.group(2)) for m in marks] != list(range(1, len(marks) + 1)):
        return text
    for m in reversed(marks):
        text = f"{text[: m.end(2)]}.{text[m.end(2) :]}"
    return text


def _counted_later(text: str, m: re.Match) -> bool:
    """Whether the line after a row number holds a count of its own (not a unit right after the number)."""
    end = text.find("\n", m.end())
    line = text[m.end() : len(text) if end < 0 else end]
    first = line.split(" ", 1)[0]
    return first not in UNIT_WORDS and ROW_COUNT.search(line) is not None
