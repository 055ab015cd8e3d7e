"""Words typed one slip off a catalogue word, and the siblings a counted comma run names (invented sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.respell import slips

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_slips_keep_the_first_letter():
    near = slips("blakc")
    assert "black" in near and "lbakc" not in near and "blakc" not in near


def test_slip_is_read_as_the_catalogue_word(retail):
    m = retail.matcher
    assert m.respelt("10 lunch bags blakc skull") == "10 lunch bags black skull"
    assert m.respelt("6 regnecy cakestands") == "6 regency cakestands"


def test_real_words_and_unknown_words_stay(retail):
    m = retail.matcher
    assert m.respelt("there are three of them") == "there are three of them"  # "there" is no slip of "three"
    assert m.respelt("ask for zorbulax") == "ask for zorbulax"


def test_slip_in_a_pack_word_keeps_the_pack(industrial):
    """4 spools of 15 kg are 60 kg however "spools" is typed."""
    assert pairs(industrial.extract("need 4 sopols of ER70S-6 1.0 mig wire", TODAY)) == {("WW-ER70S6-1.0", 60)}


def test_comma_run_names_siblings_of_the_first_item(retail):
    """After a counted line of plasters, ", 1 dz woodland animals" is the woodland plasters, not the jumbo bag."""
    r = retail.extract("4 dz plasters in tin strongman, 1 dz woodland animals", TODAY)
    assert pairs(r) == {("22555", 48), ("22554", 12)}
    r = retail.extract("10 x lunch bag spaceboy design, 5 x woodland animals jumbo bag", TODAY)
    assert pairs(r) == {("22382", 10), ("20712", 5)}


def test_swapped_letters_win_over_other_slips(retail):
    """ "craet" keeps every letter of crate (two swapped), not of craft; two such words leave it as typed."""
    m = retail.matcher
    assert m.respelt("wooden craet") == "wooden crate"
    assert m.respelt("chian") == "chian"  # chain and china are both two letters swapped
    assert m.respelt("sliver") == "sliver"  # an English word, not silver mistyped


def test_the_head_prefilter_keeps_every_catalogue_word_a_slip_can_stem_to(retail):
    # matcher._stem_heads skips only slips whose stem cannot be a catalogue term: the same words come out
    from nlp.respell import respelt
    from nlp.text import stem

    m = retail.matcher
    typed = "plese send balck lanterns, legnths of ribon, candels and cookei cutters, skys and tumblres"
    plain = respelt(typed, lambda word: stem.__wrapped__(word) in m._post)
    assert m.respelt(typed) == plain
    assert all(t[: len(t) - 3] in m._stem_heads for t in m._post if len(t) > 3)
