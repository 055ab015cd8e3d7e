"""Trade vocabulary a buyer and a catalogue may each use for the same thing (sizes, finishes, pipe bores)."""
from __future__ import annotations

import re

# Galvanised and zinc-plated are one finish to a buyer (镀锌 names both).
# Fastener shorthand: ZP / BZP (bright) zinc-plated, HDG hot-dip galvanised.
SAME_FINISH = {"galvanised": ("zinc",), "zinc": ("galvanised",), "zn": ("zinc", "galvanised"),
               "zp": ("zinc", "galvanised"), "bzp": ("zinc", "galvanised"), "hdg": ("galvanised", "zinc")}
# Words of one thing in the gift trade.
# ("the hanging hearts with the candle in": a candle said for the tea light the holder takes; not the other way,
# a t-light holder is no candle)
SAME_THING = {"bunny": ("rabbit",), "rabbit": ("bunny",), "candy": ("bonbon",), "bonbon": ("candy",), "candle": ("tlight",)}
# A buyer's everyday word (British slang, American spelling) for the word a UK gift catalogue uses.
BUYER_WORDS = {"brolly": ("umbrella",), "serviette": ("napkin",), "mom": ("mum",), "cozy": ("cosy",),
               "donut": ("doughnut",), "ornament": ("decoration",), "flashlight": ("torch",), "trash": ("bin",),
               "mitt": ("glove",), "thermos": ("flask",), "lollipop": ("lolly",), "dotty": ("polkadot",),
               "spotted": ("spotty", "polkadot"), "colorful": ("colourful",), "color": ("colour",),
               # a shopper is a big carrier bag; a print or pattern is what the catalogue calls a design;
               # "sunnies" (stem "sunny") are sunglasses
               "shopper": ("bag",), "print": ("design",), "pattern": ("design",), "sunny": ("sunglass",)}
# An electrician's "earth" (UK "cpc") is the green-and-yellow conductor a cable catalogue names by its colours.
WIRE_WORDS = {"earth": ("yellowgreen", "greenyellow"), "cpc": ("yellowgreen", "greenyellow")}
# A building wire's cross-sections (mm²), said "4mm" by electricians (not 10 and up: "10mm" is a plate or a channel)
WIRE_SECTIONS = frozenset({"1", "1.5", "2.5", "4", "6"})
# A finer letter size where the catalogue has only the word ("xl" where only "large" exists).
# (Not the other way: "large" -> "l" would also find litres, and "a large order" is no size.)
SIZE_FORMS = {"xl": ("large",), "xxl": ("large",), "xs": ("small",)}
# A buyer's size words the catalogue spells its own way: "the little ones" are its SMALL or MINI
# (said of any item, so also for words the catalogue happens to hold). Comparatives ("the bigger size")
# are read as the size word itself in mentions.mention_text; "mini" is no search for every SMALL item:
# it only counts as that size, in attributes.SAME_SIZE.
SIZE_WORDS = {"little": ("small", "mini"), "tiny": ("small", "mini")}
# Bearing seals said once for the pair the catalogue names ("6205 RS", "6205Z" for 2RS / ZZ).
SEALS = {"rs": ("2rs",), "z": ("zz", "2z"), "rz": ("2rz",)}
_SEALED = re.compile(r"(\d{3,5})(rs|z|rz)")
# Nominal pipe bore: inches and DN name the same valve or pipe ("3 inch gate valve" = DN80).
_BORES = {"0.5": 15, "0.75": 20, "1": 25, "1.25": 32, "1.5": 40, "2": 50, "2.5": 65, "3": 80,
          "4": 100, "5": 125, "6": 150, "8": 200, "10": 250, "12": 300}
BORE = {f"{inch}inch": f"dn{dn}" for inch, dn in _BORES.items()}
BORE |= {dn: inch for inch, dn in BORE.items()}
# A length written with its unit ("30mm long", "M8 x 30mm") where the catalogue's code holds the bare
# number ("M8×30"); a property class said with its word ("gr8.8" for grade 8.8).
_MM_GLUED = re.compile(r"(.*\d)mm")
_GRADE_SAID = re.compile(r"gr(?:ade)?(\d+(?:\.\d+)?)")


def trade_forms(term: str, known: bool) -> tuple[str, ...]:
    """Other ways the trade writes a term; size forms only for a term the catalogue lacks."""
    forms = SAME_FINISH.get(term, ()) + SAME_THING.get(term, ()) + SIZE_WORDS.get(term, ()) + BUYER_WORDS.get(term, ())
    forms += WIRE_WORDS.get(term, ())
    if known and (section := _MM_GLUED.fullmatch(term)) is not None and section.group(1) in WIRE_SECTIONS:
        forms += (section.group(1),)  # "2 rolls of 4mm red BV": a wire's section said in mm for its "4 mm²"
    if not known:
        forms += SIZE_FORMS.get(term, ()) + SEALS.get(term, ())
        if (sealed := _SEALED.fullmatch(term)) is not None:
            number, seal = sealed.groups()
            forms += tuple(number + form for form in SEALS[seal])
        if (bare := _MM_GLUED.fullmatch(term) or _GRADE_SAID.fullmatch(term)) is not None:
            forms += (bare.group(1),)
    return forms + ((BORE[term],) if term in BORE else ())
