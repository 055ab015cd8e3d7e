"""Sender trust verdicts (pure; no server needed)."""
from __future__ import annotations

import pytest

from parsers.imap_trust import TrustPolicy, parse_authentication_results, sender_verdict

POLICY = TrustPolicy.build(senders=["Buyer@Partner.example"], domains=["customer.example"],
                           internal=["tandem.example"], authserv_ids=["mx.tandem.example"])


def msg(sender: str, *auth: str) -> bytes:
    """A message with the given From and Authentication-Results headers."""
    lines = [f"Authentication-Results: {a}" for a in auth]
    lines += [f"From: {sender}", "Subject: RFQ", "Message-ID: <1@x.example>"]
    return ("\r\n".join(lines) + "\r\n\r\nbody\r\n").encode()


@pytest.mark.parametrize("sender", ["buyer@customer.example", "Buyer <a@eu.customer.example>",
                                    "buyer@partner.example", "BUYER@PARTNER.EXAMPLE"])
def test_configured_senders_and_domains_are_accepted(sender):
    assert sender_verdict(msg(sender), POLICY).action == "accept"


@pytest.mark.parametrize("sender", ["x@stranger.example", "x@customer.example.evil.example",
                                    "other@partner.example"])
def test_unknown_senders_are_rejected(sender):
    verdict = sender_verdict(msg(sender), POLICY)
    assert verdict.action == "reject" and "not an allowed" in verdict.reason


@pytest.mark.parametrize("raw", [
    b"Subject: no sender\r\n\r\nx\r\n",
    b"From: a@customer.example, b@customer.example\r\n\r\nx\r\n",
    b"From: a@customer.example\r\nFrom: b@customer.example\r\n\r\nx\r\n",
    b"From: undisclosed\r\n\r\nx\r\n",
])
def test_missing_or_ambiguous_from_is_rejected(raw):
    assert sender_verdict(raw, POLICY).action == "reject"


def test_internal_sender_without_authentication_results_is_held():
    verdict = sender_verdict(msg("ceo@tandem.example"), POLICY)
    assert verdict.action == "hold" and "internal From" in verdict.reason
    assert verdict.sender == "ceo@tandem.example"


def test_internal_sender_with_results_from_a_foreign_server_is_held():
    raw = msg("ceo@tandem.example", "mx.evil.example; dkim=pass header.d=tandem.example")
    assert sender_verdict(raw, POLICY).action == "hold"


@pytest.mark.parametrize("auth", [
    "mx.tandem.example; dkim=pass header.d=tandem.example",
    "mx.tandem.example 1; spf=pass (sender IP is 10.0.0.1) smtp.mailfrom=ceo@tandem.example",
    "MX.Tandem.Example; dmarc=pass (p=reject) header.from=tandem.example",
    "mx.tandem.example;\r\n\tdkim=pass (2048-bit key) header.d=mail.tandem.example;\r\n"
    "\tspf=fail smtp.mailfrom=x@y.example",
])
def test_internal_sender_passing_our_server_needs_no_allowlist_entry(auth):
    # Our salespeople forward customers' mail: once our server vouches for them, they are accepted.
    raw = msg("ceo@tandem.example", auth)
    assert sender_verdict(raw, POLICY).action == "accept"
    allowing = TrustPolicy.build(domains=["tandem.example"], internal=["tandem.example"],
                                 authserv_ids=["mx.tandem.example"])
    assert sender_verdict(raw, allowing).action == "accept"


@pytest.mark.parametrize("auth", [
    "mx.tandem.example; dkim=pass header.d=evil.example",  # someone else's signature
    "mx.tandem.example; spf=pass smtp.mailfrom=bounce@evil.example",
    "mx.tandem.example; dkim=fail header.d=tandem.example; spf=softfail; dmarc=fail",
    "mx.tandem.example; none",
    "mx.tandem.example; dkim=pass (header.d=tandem.example) header.d=evil.example",
])
def test_internal_sender_without_an_aligned_pass_is_held(auth):
    assert sender_verdict(msg("ceo@tandem.example", auth), POLICY).action == "hold"


def test_allowed_external_sender_failing_dmarc_at_our_server_is_held():
    raw = msg("buyer@customer.example", "mx.tandem.example; dmarc=fail header.from=customer.example")
    verdict = sender_verdict(raw, POLICY)
    assert verdict.action == "hold" and "dmarc=fail" in verdict.reason


def test_parse_authentication_results_handles_comments_quotes_and_versions():
    authserv, results = parse_authentication_results(
        'mx.example.org 1; dkim/1=pass (good (nested) sig) header.d=example.org '
        'header.s="sel;1"; spf=neutral reason="not in \\"list\\"" smtp.mailfrom=a@b.example')
    assert authserv == "mx.example.org"
    assert [(r.method, r.result) for r in results] == [("dkim", "pass"), ("spf", "neutral")]
    assert results[0].props == {"header.d": "example.org", "header.s": "sel;1"}
    assert results[1].props["reason"] == 'not in "list"'
