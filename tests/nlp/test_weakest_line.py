"""Message signals for a line that cannot tell siblings apart or leaves words of its mention unexplained."""
from __future__ import annotations

import datetime as dt

from nlp.calibration import LINE_FEATURES, weakest_reading
from nlp.catalog import CatalogItem
from nlp.extractor import Extractor

MON = dt.date(2026, 11, 23)
MUGS = [CatalogItem("M-S-CR", "Enamel mug small cream", "pcs"), CatalogItem("M-S-GN", "Enamel mug small green", "pcs"),
        CatalogItem("M-S-BL", "Enamel mug small blue", "pcs"), CatalogItem("M-L-CR", "Enamel mug large cream", "pcs"),
        CatalogItem("T-OAK", "Oak serving tray", "pcs")]


def _vec(**kw) -> list[float]:
    """A line vector with the named signals set."""
    return [kw.get(n, 0.0) for n in LINE_FEATURES]


def test_the_weakest_line_sets_the_message_signals():
    sure, tied = _vec(top=0.95, margin=0.4, mcover=1.0), _vec(top=0.9, margin=0.02, mcover=0.6)
    assert weakest_reading([sure, tied]) == {"margin_min": 0.02, "mcover_min": 0.6}
    # A line from history or a swap has no reading of its own and no say.
    assert weakest_reading([_vec(synthetic=1.0)]) == {"margin_min": 0.5, "mcover_min": 1.0}


def test_a_mention_shared_by_siblings_is_less_sure_than_a_named_one():
    ex = Extractor(MUGS)
    named = ex.explain("could you send 6 small green enamel mugs and 2 oak trays", MON)
    shared = ex.explain("could you send 6 small enamel mugs and 2 oak trays", MON)
    assert named[1]["ctx"]["margin_min"] > shared[1]["ctx"]["margin_min"]
    assert named[0]["confidence"] > shared[0]["confidence"]


def test_a_message_without_lines_is_sure_only_when_nothing_looked_like_one():
    ex = Extractor(MUGS)
    chat = ex.explain("thanks, the parcel arrived fine this morning", MON)
    offer = ex.explain("we only have 4 small green enamel mugs left - shall we send those and the rest next week?", MON)
    assert chat[0]["intent"] == offer[0]["intent"] == "other"
    assert chat[1]["ctx"]["dismissed"] == 0 and offer[1]["ctx"]["dismissed"] == 1
