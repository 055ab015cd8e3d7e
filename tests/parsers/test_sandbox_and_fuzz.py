"""The sandbox contains timeouts, memory blow-ups and crashes; fuzzed input never crashes the entry points."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parse_pdfgen import make_pdf, table_page

from parsers.documents import read_pdf
from parsers.limits import Limits
from parsers.mime import parse_email
from parsers.pdf import parse_pdf
from parsers.sandbox import SandboxError, run_isolated

T = "parse_sandbox_targets:"


def test_sandbox_returns_result():
    assert run_isolated(T + "echo_len", b"abc", timeout=10) == 3


def test_sandbox_timeout_kills_child():
    start = time.monotonic()
    with pytest.raises(SandboxError, match="timed out"):
        run_isolated(T + "sleepy", b"", timeout=0.5)
    assert time.monotonic() - start < 5


def test_sandbox_memory_cap():
    with pytest.raises(SandboxError, match="memory"):
        run_isolated(T + "greedy", b"", timeout=20, mem_mb=256)


def test_sandbox_reports_exceptions_and_deaths():
    with pytest.raises(SandboxError, match="ValueError: bad xref"):
        run_isolated(T + "broken", b"", timeout=10)
    with pytest.raises(SandboxError, match="died"):
        run_isolated(T + "suicide", b"", timeout=10)


def test_read_pdf_in_sandbox():
    pdf = make_pdf([table_page(["Order"], [(40, "Description"), (300, "Qty")], [[(40, "Widget"), (300, "4")]])])
    assert read_pdf(pdf, Limits(pdf_timeout_s=20))["lines"][0]["quantity"] == 4
    with pytest.raises(SandboxError):
        read_pdf(b"%PDF-1.4 garbage", Limits(pdf_timeout_s=20))


SEED = (b"From: Buyer <buyer@example.com>\r\nTo: sales@example.com\r\nSubject: =?gb2312?B?0a+821==?=\r\n"
        b"Message-ID: <x@y>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
        b"--b\r\nContent-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"xOO6ww==\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: c@d\r\nSubject: s\r\n\r\nhi\r\n"
        b"--b\r\nContent-Type: text/csv; name=a.csv\r\n\r\nsku,qty\r\nA,1\r\n--b--\r\n")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_fuzz_parse_email_random_bytes(raw):
    got = parse_email(raw)
    assert isinstance(got.to_json(), dict) and got.key


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(SEED) - 1), st.binary(min_size=1, max_size=40), st.booleans())
def test_fuzz_parse_email_mutations(pos, chunk, cut):
    raw = SEED[:pos] + chunk + (b"" if cut else SEED[pos + len(chunk):])
    got = parse_email(raw)
    assert isinstance(got.to_json()["defects"], list)


PDF_SEED = make_pdf([table_page(["Invoice 1"], [(40, "Description"), (300, "Qty"), (400, "Amount")],
                                [[(40, "Widget"), (300, "4"), (400, "9.99")]])])


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(PDF_SEED) - 1), st.binary(min_size=1, max_size=30))
def test_fuzz_parse_pdf_mutations(pos, chunk):
    """A mutated PDF either parses or raises an ordinary exception (which the sandbox reports)."""
    data = PDF_SEED[:pos] + chunk + PDF_SEED[pos + len(chunk):]
    try:
        got = parse_pdf(data)
    except Exception:  # noqa: BLE001 - what matters is no hang, no interpreter crash
        return
    assert isinstance(got["lines"], list) and isinstance(got["header"], dict)
