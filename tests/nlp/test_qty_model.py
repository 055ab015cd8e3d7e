"""The stacked count picker's pieces (bench/nlp_qty_model.py): finding a mention, its options, and when it may move."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from nlp_qty_model import DIM, QtyModel, _h, locate, options  # noqa: E402
from nlp.qty import Qty  # noqa: E402


def _q(body: str, number: str, unit: str | None = None) -> Qty:
    """The count written as `number` in body (first occurrence)."""
    i = body.index(number)
    return Qty(i, i + len(number), float(number), unit, 1.0)


def test_locate_exact_and_scattered():
    body = "could we get 8 tartan flasks and 3 of the striped picnic rugs"
    assert locate(body, "tartan flasks") == (15, 28)
    s, e = locate(body, "striped rugs picnic")  # words in another order still land on the rug phrase
    assert body[s:e].startswith("striped")
    assert locate(body, "garden hose") == (-1, -1)


def test_options_mark_nearest_rule_and_spec_number():
    body = "send 8 tartan flasks and 3 striped rugs"
    span, other = locate(body, "striped rugs"), locate(body, "tartan flasks")
    cands = [(_q(body, "8"), 8, False), (_q(body, "3"), 3, False)]
    opts = dict(options(body, span, cands, 8, [other], "en", "order", "rug striped 3 ply"))
    assert "nearest" in opts[3] and "nearest" not in opts[8]
    assert "rule" in opts[8] and "inname" in opts[3]
    assert "closer_other:L" in opts[8]  # the 8 sits by the flasks, not by the rugs
    assert "NONE" in opts[None]


def test_choose_moves_only_when_sure_and_never_a_zero():
    opts = [(5, ["C", "a"]), (7, ["C", "b"]), (None, ["NONE"])]
    w = [0.0] * DIM
    w[_h("b")] = 3.0  # the model leans hard to 7
    model = QtyModel(w, tau=0.6, tau_add=0.99)
    assert model.choose(opts, 5) == 7
    assert model.choose(opts, 0) == 0  # the rules' "taken off" stays
    assert model.choose(opts, None) is None  # adding a count needs tau_add
    assert QtyModel(w, tau=0.99, tau_add=0.99).choose(opts, 5) == 5
