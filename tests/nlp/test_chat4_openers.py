"""A bare chat body whose request for goods follows words about the sender opens the order's sentence there."""
from __future__ import annotations

from nlp.bare_text import bare_sentences


def _sentences(text: str) -> list[str]:
    """The bare sentences of a one-line body, stripped."""
    return [text[a:b].strip() for a, b in bare_sentences(text, [(0, len(text))])]


def test_request_after_a_story_opens_a_sentence():
    """ "… on saturday could we order 6 of the …": the story before the request is a sentence of its own."""
    text = "hello we run the tuck shop at the cricket club on saturday could we order 6 of the striped deck chairs"
    assert _sentences(text) == ["hello we run the tuck shop at the cricket club on saturday",
                                "could we order 6 of the striped deck chairs"]


def test_please_send_after_an_address_opens_a_sentence():
    """ "… for the harbour store pls send 12 …" parts the address from the order."""
    text = "buyer for the harbour store pls send 12 tin lanterns"
    assert _sentences(text)[-1] == "pls send 12 tin lanterns"


def test_a_count_for_goods_named_before_stays():
    """ "the copper kettle could i have 8 pls": the count belongs to the goods before it, no cut."""
    text = "the copper kettle could i have 8 pls"
    assert _sentences(text) == [text]
    text = "the copper kettles could we get 3 of those"
    assert _sentences(text) == [text]


def test_written_body_untouched():
    """A body with punctuation keeps its spans."""
    text = "Hi, we run the tuck shop. Could we order 6 of the deck chairs"
    assert bare_sentences(text, [(0, len(text))]) == [(0, len(text))]
