"""Sender trust: may this message create demand? accept | hold(reason) | reject(reason)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Iterable, Literal

Action = Literal["accept", "hold", "reject"]
PASSING = ("dkim", "spf", "dmarc")


@dataclass(frozen=True)
class Verdict:
    """The trust decision for one message, with the reason and the sender it is about."""

    action: Action
    reason: str = ""
    sender: str = ""


@dataclass(frozen=True)
class TrustPolicy:
    """Who may create demand, what is "internal", and which Authentication-Results to believe."""

    allowed_senders: frozenset[str] = frozenset()
    allowed_domains: frozenset[str] = frozenset()  # subdomains included
    internal_domains: frozenset[str] = frozenset()  # our own domains (subdomains included)
    authserv_ids: frozenset[str] = frozenset()  # our receiving server's authserv-id(s)

    @classmethod
    def build(cls, *, senders: Iterable[str] = (), domains: Iterable[str] = (),
              internal: Iterable[str] = (), authserv_ids: Iterable[str] = ()) -> TrustPolicy:
        """Make a policy from plain lists, normalising case."""
        low = lambda xs: frozenset(x.strip().lower() for x in xs if x.strip())  # noqa: E731
        return cls(low(senders), low(domains), low(internal), low(authserv_ids))


@dataclass(frozen=True)
class AuthResult:
    """One resinfo of an Authentication-Results header (RFC 8601)."""

    method: str
    result: str
    props: dict[str, str] = field(default_factory=dict)


def sender_verdict(raw: bytes, policy: TrustPolicy) -> Verdict:
    """Decide whether the raw message's sender may create demand."""
    headers = BytesHeaderParser().parsebytes(raw)
    froms = [str(v) for v in headers.get_all("From", [])]
    results = [str(v) for v in headers.get_all("Authentication-Results", [])]
    return verdict_for(froms, results, policy)


def verdict_for(from_headers: list[str], auth_results: list[str],
                policy: TrustPolicy) -> Verdict:
    """Decide from the From header value(s) and Authentication-Results header value(s)."""
    addresses = [a.strip().lower() for _n, a in getaddresses(from_headers) if a.strip()]
    if len(from_headers) != 1 or len(addresses) != 1 or "@" not in addresses[0]:
        return Verdict("reject", f"From must name exactly one address, got {from_headers!r}")
    sender = addresses[0]
    domain = sender.rpartition("@")[2]
    ours = [r for h in auth_results for r in _ours(h, policy)]
    internal = _within(domain, policy.internal_domains)
    if internal and not _authenticated(ours, domain):
        # why: our own domain is the easiest to spoof towards us; without our server's
        # verdict the message might come from anyone
        return Verdict("hold", "internal From without passing Authentication-Results from "
                       f"{sorted(policy.authserv_ids)}", sender)
    # Our own people (authenticated above) forward customers' mail: they need no allow-list entry.
    if not internal and sender not in policy.allowed_senders and not _within(domain, policy.allowed_domains):
        return Verdict("reject", f"sender {sender} is not an allowed sender or domain", sender)
    if any(r.method == "dmarc" and r.result == "fail" for r in ours):
        return Verdict("hold", f"our server reports dmarc=fail for {domain}", sender)
    return Verdict("accept", "", sender)


def _within(domain: str, domains: frozenset[str]) -> bool:
    """True when domain is one of `domains` or a subdomain of one."""
    return any(domain == d or domain.endswith("." + d) for d in domains)


def _aligned(a: str, b: str) -> bool:
    """Relaxed alignment: same domain, or one is a subdomain of the other."""
    a, b = a.lower().strip("."), b.lower().strip(".")
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def _authenticated(results: list[AuthResult], domain: str) -> bool:
    """True when one of our server's results passes and is about the From domain."""
    for r in results:
        if r.result != "pass" or r.method not in PASSING:
            continue
        if r.method == "dkim":
            signer = r.props.get("header.d") or r.props.get("header.i", "").rpartition("@")[2]
            if _aligned(signer, domain):  # a pass for evil.example's signature proves nothing
                return True
        elif r.method == "spf":
            mailfrom = r.props.get("smtp.mailfrom", "").rpartition("@")[2]
            if _aligned(mailfrom, domain):
                return True
        elif _aligned(r.props.get("header.from", domain), domain):  # dmarc is about From
            return True
    return False


def _ours(header: str, policy: TrustPolicy) -> list[AuthResult]:
    """Results of one header if it was written by our own server, else nothing."""
    authserv_id, results = parse_authentication_results(header)
    # why: anyone can add an Authentication-Results header; only our server's count (and
    # our MTA must strip incoming ones bearing our authserv-id, RFC 8601 section 5)
    return results if authserv_id in policy.authserv_ids else []


def parse_authentication_results(header: str) -> tuple[str, list[AuthResult]]:
    """Parse an Authentication-Results value into (authserv-id, results)."""
    parts = _split_outside_quotes(_strip_comments(" ".join(header.split())), ";")
    head = parts[0].split()
    authserv_id = head[0].lower() if head else ""
    results = []
    for part in parts[1:]:
        pairs = _PAIR.findall(part)
        if not pairs:
            continue  # "none" or garbage
        method, result = pairs[0]
        props = {k.lower(): _unquote(v) for k, v in pairs[1:]}
        results.append(AuthResult(method.split("/")[0].lower(), _unquote(result).lower(), props))
    return authserv_id, results


_PAIR = re.compile(r'([A-Za-z0-9_.\-/]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;]+)')


def _unquote(value: str) -> str:
    """Drop the quotes of a quoted-string value."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _strip_comments(text: str) -> str:
    """Remove (nested) RFC 5322 comments outside quoted strings."""
    out, depth, quoted, escaped = [], 0, False, False
    for ch in text:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
            if depth == 0:
                out.append(ch)
        elif ch == '"' and depth == 0:
            quoted = not quoted
            out.append(ch)
        elif ch == "(" and not quoted:
            depth += 1
        elif ch == ")" and not quoted and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    """Split on `sep` where it is not inside a quoted string."""
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return parts
