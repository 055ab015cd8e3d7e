"""Hostile input never makes the trust check or the key function raise (property tests)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.imap_trust import TrustPolicy, parse_authentication_results, sender_verdict
from parsers.imap_types import message_key

POLICY = TrustPolicy.build(domains=["customer.example"], internal=["tandem.example"],
                           authserv_ids=["mx.tandem.example"])
HEADER_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
TOKENS = st.lists(st.sampled_from(['mx.tandem.example', ';', '=', '"', '(', ')', '\\', ' ',
                                   'dkim', 'pass', 'header.d', 'tandem.example', '@', '\r\n\t',
                                   'spf', 'smtp.mailfrom', 'dmarc', 'fail', 'none', '/1']),
                  max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes(raw):
    assert sender_verdict(raw, POLICY).action in ("accept", "hold", "reject")
    assert message_key(raw).startswith(("mid:", "sha256:"))


@settings(max_examples=300, deadline=None)
@given(HEADER_TEXT, st.one_of(HEADER_TEXT, TOKENS))
def test_arbitrary_from_and_authentication_results(sender, auth):
    raw = f"From: {sender}\r\nAuthentication-Results: {auth}\r\n\r\nx".encode(
        "utf-8", "surrogateescape")
    assert sender_verdict(raw, POLICY).action in ("accept", "hold", "reject")
    parse_authentication_results(auth)


@settings(max_examples=200, deadline=None)
@given(TOKENS)
def test_internal_sender_is_never_accepted_without_a_clean_pass(auth):
    raw = f"From: ceo@tandem.example\r\nAuthentication-Results: {auth}\r\n\r\nx".encode()
    verdict = sender_verdict(raw, POLICY)
    # tandem.example is not in the allowlist: an authenticated internal sender is rejected,
    # an unauthenticated one held; never accepted
    assert verdict.action in ("hold", "reject")
