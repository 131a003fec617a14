"""Canonical JSON (RFC 8785) and the value rules of docs/vault-format.md section 4.1."""

from __future__ import annotations

import base64
import json
import math
import re
from datetime import datetime, timezone
from typing import Any

import orjson
import rfc8785

MAX_SAFE_INT = 2**53 - 1
_TIME_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})\.[0-9]{3}Z")  # ASCII digits only


class NotCanonical(ValueError):
    """The bytes are not a canonical record (bad JSON, floats, duplicate keys, not RFC 8785)."""


def canonical_bytes(value: Any) -> bytes:
    """RFC 8785 bytes of ``value``; raises ``NotCanonical`` for floats or out-of-range integers.

    For float-free JSON, RFC 8785 is exactly ``json.dumps(sort_keys=True)`` with compact separators
    and raw UTF-8, as long as sorting by code point equals sorting by UTF-16 units, which holds when
    no key has a character at or above U+D800. Those keys take the reference ``rfc8785`` encoder
    (about 15 times slower), and the test suite checks both against the published vectors.
    """
    if _check_value(value):
        return rfc8785.dumps(value)
    return _ENCODER.encode(value).encode("utf-8")


def _check_value(value: Any) -> bool:
    """Raise ``NotCanonical`` for values records cannot hold; return True if a key needs UTF-16 sorting."""
    if isinstance(value, str):
        return False
    if isinstance(value, dict):
        high = False
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotCanonical("object keys must be strings")
            if not key.isascii() and max(key) >= "\ud800":
                high = True
            if not isinstance(item, str) and _check_value(item):
                high = True
        return high
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise NotCanonical(f"integer out of range: {value}")
        return False
    if isinstance(value, float):
        raise NotCanonical("floating-point numbers are not allowed in records")
    if isinstance(value, (list, tuple)):
        high = False
        for item in value:
            if _check_value(item):
                high = True
        return high
    raise NotCanonical(f"not a JSON value: {type(value).__name__}")


def to_record_json(value: Any) -> Any:
    """A copy of a free-form JSON-able value following the record rules.

    Floats become their shortest round-trip decimal string (``repr``), integers beyond 2^53 their
    decimal string, tuples lists, bytes ``b64u``. NaN and infinities raise ``NotCanonical``.
    """
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value if abs(value) <= MAX_SAFE_INT else str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotCanonical("not a finite number")
        return repr(value)
    if isinstance(value, (bytes, bytearray)):
        return b64u(bytes(value))
    if isinstance(value, dict):
        return {str(k): to_record_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_record_json(v) for v in value]
    if hasattr(value, "to_json"):
        return to_record_json(value.to_json())
    raise NotCanonical(f"not a JSON value: {type(value).__name__}")


def _reject_float(text: str) -> Any:
    raise NotCanonical("floating-point number in a record")


def _safe_int(text: str) -> int:
    value = int(text)
    if abs(value) > MAX_SAFE_INT:
        raise NotCanonical(f"integer out of range: {text}")
    return value


def _reject_constant(text: str) -> Any:
    raise NotCanonical(f"{text} in a record")


# Made once: json.loads/dumps with options build a new decoder/encoder on every call.
_DECODER = json.JSONDecoder(parse_float=_reject_float, parse_constant=_reject_constant, parse_int=_safe_int)
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
# ASCII records: integers are not checked one by one while parsing, the re-encoding refuses those beyond 2^53.
_ASCII_DECODER = json.JSONDecoder(parse_float=_reject_float, parse_constant=_reject_constant)
_ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_STRICT_INTEGER


def parse_canonical(data: bytes) -> dict:
    """Parse a record's bytes and check they are exactly its RFC 8785 form; raise ``NotCanonical``.

    A fast path for ASCII records compares with orjson's sorted compact output, which equals RFC 8785
    for float-free ASCII JSON (same escapes; code-point and UTF-16 order agree on ASCII keys) and, with
    OPT_STRICT_INTEGER, refuses integers beyond 2^53. It is about five times faster than the standard
    library's encoder, and verification parses every record. Anything else takes the reference path.
    """
    if not isinstance(data, bytes):  # e.g. a leaf rewritten as TEXT with the sqlite3 shell
        raise NotCanonical("not stored as bytes (a BLOB)")
    try:
        return _parse_canonical(data)
    except RecursionError:
        # Hundreds of nested arrays or objects: the decoder or the encoder runs out of stack at a depth that
        # depends on the caller's own, so the reason is fixed here (one report for any number of workers).
        raise NotCanonical("nested too deeply") from None


def _parse_canonical(data: bytes) -> dict:
    ascii_only = data.isascii()
    try:
        # Duplicate keys need no hook: json keeps the last one, so re-encoding cannot give the same bytes.
        # raw_decode, not decode: canonical bytes have no whitespace around the value to skip.
        text = data.decode("utf-8")
        value, end = (_ASCII_DECODER if ascii_only else _DECODER).raw_decode(text)
    except ValueError as exc:  # bad UTF-8 or JSON, a float, an integer of 4,300 digits
        raise NotCanonical(str(exc)) from exc
    if end != len(text):
        raise NotCanonical(f"extra data after the JSON value at {end}")
    if not isinstance(value, dict):
        raise NotCanonical("a record is a JSON object")
    if ascii_only:
        try:
            if orjson.dumps(value, option=_ORJSON_OPTIONS) != data:
                raise NotCanonical("not in RFC 8785 canonical form")
            return value
        except orjson.JSONEncodeError:
            pass  # an integer beyond 2^53 or nesting orjson refuses: the reference path names it
    try:
        canonical = canonical_bytes(value)
    except UnicodeEncodeError as exc:  # a lone surrogate written as an escape
        raise NotCanonical(str(exc)) from exc
    if canonical != data:
        raise NotCanonical("not in RFC 8785 canonical form")
    return value


def b64u(data: bytes) -> str:
    """base64url without padding."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def from_b64u(text: str) -> bytes:
    """Decode base64url without padding; raise ``ValueError`` on anything else (padding, bad chars)."""
    if not isinstance(text, str) or "=" in text or not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise ValueError("not base64url without padding")
    if len(text) % 4 == 1:
        raise ValueError("bad base64url length")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64u(data) != text:  # non-canonical trailing bits
        raise ValueError("non-canonical base64url")
    return data


def b64(data: bytes) -> str:
    """Standard base64 with padding (the C2SP texts use it)."""
    return base64.b64encode(data).decode("ascii")


def from_b64(text: str) -> bytes:
    """Decode strict standard base64; raise ``ValueError`` otherwise."""
    try:
        data = base64.b64decode(text, validate=True)
    except (ValueError, TypeError) as exc:
        raise ValueError("not base64") from exc
    if b64(data) != text:
        raise ValueError("non-canonical base64")
    return data


def now_rfc3339() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SS.mmmZ``."""
    return format_time(datetime.now(timezone.utc))


def format_time(moment: datetime) -> str:
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def is_record_time(text: Any) -> bool:
    """True when ``text`` is a record time in the exact form of the format (and a real date)."""
    match = _TIME_RE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        return False
    try:
        datetime.fromisoformat(text[:19])  # the same date and clock checks as datetime(...), in C
    except ValueError:
        return False
    return True
