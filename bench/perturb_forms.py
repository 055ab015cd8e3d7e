"""Label-preserving rewrites of a labelled message, for bench/nlp_perturb.py; each returns None when it cannot apply."""
from __future__ import annotations

import random
import re
from functools import lru_cache

from nlp.numbers import EN_TENS, EN_UNITS, parse_zh

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A token carrying a digit (a code, SKU, size, date or count) is never cut inside by a rewrite.
_CODE = re.compile(r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-/.:×*x][A-Za-z0-9]+)*")


def _message_rng(name: str, msg: dict) -> random.Random:
    """One seeded generator per transform and message, so every run rewrites alike."""
    return random.Random(f"{name}:{msg['id']}")


# ---- en chat -------------------------------------------------------------------------------------------
_DROP = re.compile(r"[,;:!?\"“”]|\.(?!\d)|(?<!\d)\.")  # a point between digits is a decimal and stays
_PLEASE = re.compile(r"\bplease\b")


def chat(msg: dict) -> str | None:
    """Lower case, most punctuation gone (codes, decimals, dates, thousands and inch marks kept), "please" as "pls"."""
    text, out, at = msg["text"].lower(), [], 0
    for m in _CODE.finditer(text):  # codes and dates keep their own dots, colons and slashes
        at_end = m.end() + text.startswith('"', m.end())  # an inch mark is a unit ('14" discs' counts no 14)
        out += [_DROP.sub(" ", text[at:m.start()]), text[m.start() : at_end]]
        at = at_end
    out.append(_DROP.sub(" ", text[at:]))
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", ",", "".join(out)) if re.search(r"\d,\d{3}\b", msg["text"]) else "".join(out)
    text = re.sub(r"[ \t]{2,}", " ", _PLEASE.sub("pls", text))
    return text.strip() if text.strip() != msg["text"].strip() else None


# ---- en words ------------------------------------------------------------------------------------------
_WORD_OF = {v: w for w, v in {**EN_UNITS, **EN_TENS}.items() if isinstance(v, int) and v >= 2
            and w not in ("couple", "few")}
_VALUE_OF = {w: v for v, w in _WORD_OF.items()}
# A bare count: not part of a code, size, date, time, money or ordinal.
_BARE_NUM = (r"(?<![\w.,/:£$€#-])(?P<num>\d{1,2})(?![\w.,/:%-]|\s*(?:mm|cm|m\b|kg|inch|\"|'|am|pm|"
             r"(?:st|nd|rd|th)\b))")
_NUM_WORDS = (r"\b(?P<w1>" + "|".join(sorted(_VALUE_OF, key=len, reverse=True)) + r")(?:[- ](?P<w2>" +
              "|".join(w for w, v in _VALUE_OF.items() if v < 10) + r"))?\b")
_COUNT_OR_WORDS = re.compile(f"{_BARE_NUM}|{_NUM_WORDS}", re.I)


def _in_words(n: int) -> str:
    """2..99 in English words ("twenty-four")."""
    if n in _WORD_OF:
        return _WORD_OF[n]
    return f"{_WORD_OF[n - n % 10]}-{_WORD_OF[n % 10]}"


def _dated(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a day of a month ("12 March", "March 12")."""
    near = (text[max(0, start - 10):start] + " " + text[end:end + 10]).lower()
    return any(re.search(rf"\b{m}", near) for m in MONTHS)


def words(msg: dict) -> str | None:
    """Counts that are a label's quantities in digits become words, and counts in words become digits."""
    counts = {int(q) for ln in msg["expected"].get("lines", []) if (q := ln.get("quantity")) and q == int(q)}
    text = msg["text"]

    def swap(m: re.Match) -> str:
        if m.group("num"):  # one pass: a rewritten count is never turned back
            n = int(m.group("num"))
            ok = 2 <= n <= 99 and n in counts and not _dated(text, m.start(), m.end())
            return _in_words(n) if ok else m.group(0)
        tens, unit = _VALUE_OF[m.group("w1").lower()], m.group("w2")
        if unit and (tens < 20 or tens % 10):
            return m.group(0)  # "two three" is no number
        n = tens + (_VALUE_OF[unit.lower()] if unit else 0)
        return str(n) if n in counts else m.group(0)

    out = _COUNT_OR_WORDS.sub(swap, text)
    return out if out != text else None


# ---- en layout -----------------------------------------------------------------------------------------
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")


def layout(msg: dict) -> str | None:
    """A bulleted or numbered list joined into one comma line, or else a comma list split into "- " lines."""
    lines = msg["text"].split("\n")
    marked = [i for i, ln in enumerate(lines) if _BULLET.match(ln)]
    run = _first_run(marked)
    if len(run) >= 2:
        joined = ", ".join(_BULLET.sub("", lines[i]).strip().rstrip(",;") for i in run)
        return "\n".join(lines[:run[0]] + [joined] + lines[run[-1] + 1:])
    for i, ln in enumerate(lines):
        if ln.lstrip().startswith(">") or "|" in ln:  # quoted mail and table rows are no comma list
            continue
        parts = ln.split(", ")
        counted = [j for j, p in enumerate(parts) if _ITEM.fullmatch(p.strip().rstrip(".!"))]
        span = _first_run(counted)
        if len(span) >= 2:
            items = [re.sub(r"^(?:and|&)\s+", "", parts[j]).strip() for j in span]
            head, tail = ", ".join(parts[:span[0]]), ", ".join(parts[span[-1] + 1:])
            lead = re.match(r"(.*?:)\s*(?!\d)(.+)", items[0])  # "Order: 4 x ..." keeps its lead-in above the list
            if lead:
                head, items[0] = ", ".join(filter(None, [head, lead.group(1)])), lead.group(2)
            last = re.match(r"(.+?[^\d\s]\.)\s+(.+)", items[-1])  # the sentence after the last item stays text
            if last:
                items[-1], tail = last.group(1), ", ".join(filter(None, [last.group(2), tail]))
            block = ([head] if head else []) + [f"- {it}" for it in items] + ([tail] if tail else [])
            return "\n".join(lines[:i] + block + lines[i + 1:])
    return None


# A list item: a count first or last ("6 x red bags", "red bags x 6", "bolts M8 - 200 pcs"), a few words, no question.
_ITEM = re.compile(r"(?:and\s+|&\s+)?(?:\d[\d.,]*(?:\s*x)?\s+[^?\n]{2,50}|[^?\n]{2,50}?(?:\s[-–x]\s*|\sx|:\s*|\s)\d[\d.,]*"
                   r"(?:\s*(?:pcs|no\.?|off|sets?|boxes|units|t|kg|m))?)")


def _first_run(idx: list[int]) -> list[int]:
    """The first run of consecutive indices."""
    run: list[int] = []
    for i in idx:
        if run and i != run[-1] + 1:
            break
        run.append(i)
    return run


# ---- en typo -------------------------------------------------------------------------------------------
def typo(msg: dict, names: dict[str, str]) -> str | None:
    """Two inner letters swapped in one word of five or more letters that names an expected product."""
    vocab = {w for ln in msg["expected"].get("lines", []) for w in re.findall(r"[a-z]{5,}", names.get(ln.get("sku"), ""))}
    spots = [m for m in re.finditer(r"(?<![\w-])[A-Za-z]{5,}(?![\w-])", msg["text"])
             if m.group(0).lower() in vocab or m.group(0).lower().rstrip("s") in vocab]
    rng = _message_rng("typo", msg)
    rng.shuffle(spots)
    for m in spots:
        word = m.group(0)
        inner = [i for i in range(1, len(word) - 2) if word[i].lower() != word[i + 1].lower()]
        if inner:
            i = rng.choice(inner)
            bad = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            return msg["text"][:m.start()] + bad + msg["text"][m.end():]
    return None


# ---- zh ------------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _to_traditional():
    """OpenCC's Simplified -> Traditional converter, built once."""
    from opencc import OpenCC

    return OpenCC("s2t")


def trad(msg: dict) -> str | None:
    """Simplified characters written in Traditional ones."""
    out = _to_traditional().convert(msg["text"])
    return out if out != msg["text"] else None


def width(msg: dict) -> str | None:
    """ASCII digits, letters and punctuation written full-width (１２套，Ｍ８×３０)."""
    out = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in msg["text"])
    return out if out != msg["text"] else None


_ZH_DIGIT = "零一二三四五六七八九"
# Measure words a count stands before (not 号 月 日 点 厚 寸: those numbers are dates and sizes). A count in
# characters right after a code or a size stays so ("M8*40三盒" as "M8*403盒" would be another code).
_MEASURE = "套个件箱盒卷只根米吨包桶把张条块支台片对双组捆盘瓶袋付副扎令"
_ZH_COUNT_EITHER = re.compile(rf"(?:(?<![a-zA-Z0-9_.\-*×/#])(?P<ar>\d{{1,5}})(?![\d.])\s?|"
                              rf"(?<![第周期拜零一二两三四五六七八九十百千万A-Za-z0-9*#.\-方厚寸号芯])"
                              rf"(?P<zh>[一二两三四五六七八九十百千万零]+))(?=[{_MEASURE}](?![半厚面]))")


def zh_numeral(n: int) -> str:
    """A whole count in Chinese numerals as written in orders (200 -> 两百, 1200 -> 一千二百, 105 -> 一百零五)."""
    if n < 10:
        return "两" if n == 2 else _ZH_DIGIT[n]
    if n < 20:
        return "十" + (_ZH_DIGIT[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, mark in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            out += ("零" if zero and out else "") + ("两" if d == 2 and value >= 100 else _ZH_DIGIT[d]) + mark
            zero = False
        elif out:
            zero = True
    return out


def numerals(msg: dict) -> str | None:
    """Counts before a measure word in Arabic digits become Chinese numerals, and Chinese ones digits."""
    def swap(m: re.Match) -> str:
        if m.group("ar"):  # one pass: a rewritten count is never turned back
            return zh_numeral(int(m.group("ar"))) if 0 < int(m.group("ar")) < 100_000 else m.group(0)
        value = parse_zh(m.group("zh"))
        return str(int(value)) if value and value >= 2 and value == int(value) else m.group(0)

    out = _ZH_COUNT_EITHER.sub(swap, msg["text"])
    return out if out != msg["text"] else None


# ---- en voices (chat-style writers) ----------------------------------------------------------------------
_FILLERS = ("um", "er", "uh")
_NAMES = ("@sam", "@jo", "@mike", "@priya")
# Table rows, quoted or forwarded mail: text only a mail client writes.
_WRITTEN = re.compile(r"[|\t]|^\s*>|\bwrote:|^(?:from|subject|sent):|forwarded", re.I | re.M)
_EMOJI = ("🙏", "👍", "😊", "🙂", "👌")


def _spoken_base(msg: dict) -> str:
    """The message lower-cased without punctuation (the chat rewrite), or its own text lowered if chat leaves it."""
    return chat(msg) or msg["text"].lower()


def voice(msg: dict) -> str | None:
    """A voice-memo transcript: chat text on one line, opened by a filler and with a filler at one line break."""
    if _WRITTEN.search(msg["text"]) or len(msg["text"]) > 400:  # a memo is short; tables and quoted mail are written
        return None
    lines = [ln.strip() for ln in _spoken_base(msg).split("\n") if ln.strip()]
    rng = _message_rng("voice", msg)
    if len(lines) > 1:  # a pause between two lines is where a speaker says "er"
        at = rng.randrange(1, len(lines))
        lines[at] = f"{rng.choice(_FILLERS)} {lines[at]}"
    text = f"{rng.choice(_FILLERS)} " + " ".join(lines)
    return text if text != msg["text"] else None


# A bare count (2..999) of an expected line, followed by a word that starts its item ("12 boxes", "12 x ..."), not
# a number of a name or size ("number 2", "pack of 6", "6 mm") and not a cell of a table row.
_FIX_COUNT = re.compile(r"(?<![\w.,/:£$€#|-])(?<!number )(?<!no )(?<!size )(?<!of )(?<!pack )(?<!type )"
                        r"(\d{1,3})(?=\s+(?:x\s+)?(?!(?:mm|cm|m|kg|g|l|ml|inch|in|ft|pm|am|oz)\b)[a-z])")


def correct(msg: dict) -> str | None:
    """A spoken self-correction: one expected count said first as another number, "no wait make that N" after it."""
    counts = {int(q) for ln in msg["expected"].get("lines", []) if (q := ln.get("quantity")) and q == int(q)}
    text = _spoken_base(msg)
    spots = [m for m in _FIX_COUNT.finditer(text) if int(m.group(1)) in counts and not _dated(text, m.start(), m.end())
             and "|" not in text[text.rfind("\n", 0, m.start()) + 1:m.start()] and len(re.findall(rf"(?<![\w.]){m.group(1)}(?![\w.])", text)) == 1]
    if not spots:
        return None
    m = _message_rng("correct", msg).choice(spots)
    n = int(m.group(1))
    said = n + 10 if n < 10 else n * 2  # a first number not the same as any other count nearby
    return f"{text[:m.start()]}{said} no wait make that {n}{text[m.end():]}"


def noise(msg: dict) -> str | None:
    """Slack/WhatsApp noise: an @mention first, "thx" and an emoji last, an emoji at the end of the first line."""
    rng = _message_rng("noise", msg)
    lines = msg["text"].rstrip().split("\n")
    lines[0] = f"{rng.choice(_NAMES)} {lines[0]} {rng.choice(_EMOJI)}"
    return "\n".join(lines) + f"\nthx {rng.choice(_EMOJI)}"


def runon(msg: dict) -> str | None:
    """Several short messages run together: every line break gone, the lines joined by single spaces, chat-style."""
    if _WRITTEN.search(msg["text"]):  # table rows and quoted mail are no chat messages
        return None
    lines = [ln.strip() for ln in _spoken_base(msg).split("\n") if ln.strip()]
    return " ".join(lines) if len(lines) > 1 else None


_HELLO, _BYE = ("Hi,", "Hello,", "Good morning,", "Hiya"), ("Thanks,\nSam", "Many thanks\nPriya", "Cheers, Jo", "Regards,\nMike")


def greet(msg: dict) -> str | None:
    """A greeting line above and a sign-off below, as a new writer adds them (not around quoted or forwarded mail)."""
    if _WRITTEN.search(msg["text"]):
        return None
    rng = _message_rng("greet", msg)
    return f"{rng.choice(_HELLO)}\n\n{msg['text'].strip()}\n\n{rng.choice(_BYE)}"


_X_ROW = re.compile(r"^(?P<b>[ \t]*(?:[-*•·][ \t]*)?)(?P<n>\d{1,4})[ \t]*[x×][ \t]+(?P<item>[^\n,;:]{3,60}?)[ \t]*$", re.M | re.I)


def xafter(msg: dict) -> str | None:
    """List rows "12 x red mugs" written with the count after the goods, "red mugs x 12"."""
    out = _X_ROW.sub(lambda m: f"{m.group('b')}{m.group('item')} x {m.group('n')}", msg["text"])
    return out if out != msg["text"] else None
