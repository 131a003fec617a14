"""Trusted timestamps (RFC 3161) of the vault head, requested and checked offline (docs/vault-format.md 4.6).

The application never connects: ``request_for`` writes a standard TimeStampReq (SHA-256 of the exact
bytes of the vault head note, a random nonce, certReq) that the user takes to any RFC 3161 authority on
a connected machine; the pending request is kept in the user's state folder (``remember_request``), so
that the reply can be matched to it. ``check_reply`` then checks the reply offline against the
certificates the user gives, and the sealed ``timestamp.imported`` record is checked again, the same
way, by every verification (``check_sealed``).

ASN.1 is read with asn1crypto (lenient about the SET OF order some TSAs write: OpenSSL's own
``ts -reply`` puts a certificate chain out of DER order, which rfc3161-client's strict parser refuses,
docs/adr/0019-evidence-that-holds-up-outside.md); signatures and certificates are checked with
``cryptography``. Nothing here imports Qt or the vault facade (verification imports this module).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding

from reviewer.vault.canonical import b64u, format_time, from_b64u, now_rfc3339
from reviewer.vault.errors import (
    WHY_TSA_ALGORITHM,
    WHY_TSA_CERT_FILE,
    WHY_TSA_CERTIFICATE_MISSING,
    WHY_TSA_CHAIN,
    WHY_TSA_FOREIGN_CERTIFICATE,
    WHY_TSA_NOT_FOR_TIMESTAMPS,
    WHY_TSA_NOT_GRANTED,
    WHY_TSA_NOT_THIS_AUTHORITY,
    WHY_TSA_OTHER_REQUEST,
    WHY_TSA_UNREADABLE,
    TimestampRefused,
)
from reviewer.vault.heads import state_dir

# Bounds on what a user hands in: a real reply with its chain is a few KiB, a CA bundle a few dozen.
MAX_REPLY_BYTES = 1 << 20
MAX_CERT_FILE_BYTES = 1 << 20
MAX_CERTIFICATES = 16
_DIGESTS = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
_VAULT_ID = re.compile(r"[0-9a-f]{32}")
_PEM_CERT = re.compile(rb"-----BEGIN CERTIFICATE-----\r?\n.+?-----END CERTIFICATE-----", re.S)


@dataclass(frozen=True)
class PendingRequest:
    """A request written by ``reviewer timestamp request`` and not yet answered."""

    vault_id: str
    note: str          # the vault head note stamped: its UTF-8 bytes are the stamped data
    request: bytes     # the DER TimeStampReq
    nonce: int


@dataclass(frozen=True)
class CheckedToken:
    """What a reply that passed every check states."""

    gen_time: str      # the authority's time, RFC 3339 UTC with milliseconds (as record times)
    tsa: str           # the timestamp authority's certificate subject (RFC 4514)
    serial: int
    nonce: int


# -- the request ---------------------------------------------------------------------------------------------


def request_for(data: bytes) -> tuple[bytes, int]:
    """A DER TimeStampReq (version 1, SHA-256 of ``data``, a random 64-bit nonce, certReq true, no policy);
    return (request bytes, nonce)."""
    from asn1crypto import tsp

    nonce = int.from_bytes(os.urandom(8), "big") or 1
    request = tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": hashlib.sha256(data).digest()},
        "nonce": nonce,
        "cert_req": True,
    })
    return request.dump(), nonce


def _pending_dir(vault_id: str) -> Path:
    if not _VAULT_ID.fullmatch(vault_id):
        raise ValueError("not a vault id")
    return state_dir() / "timestamp-requests" / vault_id


def remember_request(pending: PendingRequest) -> None:
    """Keep a request until its reply is imported: ``<state>/timestamp-requests/<vault id>/<nonce hex>.json``
    (temporary file, fsync, rename). It holds no secret: the vault id, the head note and the request."""
    folder = _pending_dir(pending.vault_id)
    folder.mkdir(parents=True, exist_ok=True)
    data = {"vault": pending.vault_id, "note": pending.note, "request": b64u(pending.request),
            "nonce": str(pending.nonce), "made": now_rfc3339()}
    with tempfile.NamedTemporaryFile("w", dir=folder, prefix=".request-", suffix=".tmp", delete=False,
                                     encoding="utf-8") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(handle.name, folder / f"{pending.nonce:x}.json")


def pending_request(vault_id: str, nonce: int) -> PendingRequest | None:
    """The pending request of this vault with ``nonce``, or None (never made here, or already imported)."""
    try:
        data = json.loads((_pending_dir(vault_id) / f"{nonce:x}.json").read_text(encoding="utf-8"))
        found = PendingRequest(str(data["vault"]), str(data["note"]), from_b64u(data["request"]), int(data["nonce"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if found.vault_id == vault_id and found.nonce == nonce else None


def forget_request(vault_id: str, nonce: int) -> None:
    """Remove a pending request once its reply is sealed (a failure to remove is harmless)."""
    with contextlib.suppress(OSError):
        (_pending_dir(vault_id) / f"{nonce:x}.json").unlink()


# -- reading what the user gives -----------------------------------------------------------------------------


def load_certificates(pem: bytes) -> list[bytes]:
    """The DER certificates of a PEM file, in order (the authority's first, then its CA chain).

    Raise ``TimestampRefused`` when the file is too large, holds no certificate or a damaged one.
    """
    if len(pem) > MAX_CERT_FILE_BYTES:
        raise TimestampRefused("certificate file too large", why=WHY_TSA_CERT_FILE)
    blocks = _PEM_CERT.findall(pem)
    if not blocks or len(blocks) > MAX_CERTIFICATES:
        raise TimestampRefused(f"{len(blocks)} certificates", why=WHY_TSA_CERT_FILE)
    try:
        return [x509.load_pem_x509_certificate(block).public_bytes(Encoding.DER) for block in blocks]
    except ValueError as exc:
        raise TimestampRefused(str(exc), why=WHY_TSA_CERT_FILE) from exc


def _parse_reply(reply: bytes):
    """(TimeStampResp, SignedData, TSTInfo, eContent bytes) of a granted reply; ``TimestampRefused`` otherwise."""
    from asn1crypto import tsp

    if len(reply) > MAX_REPLY_BYTES:
        raise TimestampRefused("reply too large", why=WHY_TSA_UNREADABLE)
    try:
        response = tsp.TimeStampResp.load(reply, strict=True)
        status = response["status"]["status"].native
        if status not in ("granted", "granted_with_mods"):
            texts = response["status"]["status_string"].native or []
            raise TimestampRefused(f"status {status}", why=WHY_TSA_NOT_GRANTED,
                                   status=" ".join([str(status)] + [str(t) for t in texts]))
        token = response["time_stamp_token"]
        if token["content_type"].native != "signed_data":
            raise ValueError("token is not SignedData")
        signed = token["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "tst_info":
            raise ValueError("content is not TSTInfo")
        content = bytes(encap["content"])
        info = tsp.TSTInfo.load(content)
        info.native  # parse every field now: a damaged one fails here, not half-way through the checks
        if info["version"].native != "v1":
            raise ValueError("TSTInfo version")
        return response, signed, info, content
    except TimestampRefused:
        raise
    except (ValueError, TypeError, LookupError, AttributeError) as exc:
        raise TimestampRefused(str(exc), why=WHY_TSA_UNREADABLE) from exc


def reply_nonce(reply: bytes) -> int:
    """The nonce a granted reply carries (to find its request); ``TimestampRefused`` when it has none."""
    _, _, info, _ = _parse_reply(reply)
    nonce = info["nonce"].native
    if nonce is None:
        raise TimestampRefused("reply without nonce", why=WHY_TSA_OTHER_REQUEST)
    return int(nonce)


# -- the checks ------------------------------------------------------------------------------------------------


def check_reply(reply: bytes, request: bytes, data: bytes, certificates: list[bytes]) -> CheckedToken:
    """Check offline that ``reply`` grants ``request`` over ``data`` and is signed by the authority of
    ``certificates`` (DER: the TSA certificate, then its CA chain).

    Checked: status granted; TSTInfo version 1, SHA-256 imprint equal to SHA-256(``data``) and to the
    request's, nonce equal to the request's, policy equal to the request's when it named one; exactly one
    SignerInfo, identifying the TSA certificate, whose signed attributes hold the content type TSTInfo,
    the message digest of the TSTInfo, and an ESSCertID (SHA-1) or ESSCertIDv2 naming that certificate
    first, and whose signature over those attributes verifies with its key; the certificate's extended
    key usage is timeStamping alone and critical; each certificate was valid at genTime and is signed by
    the next one up the chain, a CA, up to the file's last certificate or a self-signed one in it; the
    certificates the reply carries (outside the signature) are all, byte for byte, certificates of
    ``certificates``, the TSA certificate among them (``_check_embedded_certificates``).
    Revocation (CRL, OCSP) is not checked: that needs the network.

    Return a ``CheckedToken``; raise ``TimestampRefused`` naming the failed check in plain words.
    """
    from asn1crypto import tsp

    _, signed, info, content = _parse_reply(reply)
    try:
        asked = tsp.TimeStampReq.load(request)
        asked_imprint = asked["message_imprint"]["hashed_message"].native
        asked_nonce = asked["nonce"].native
        asked_policy = asked["req_policy"].native
    except (ValueError, TypeError, LookupError) as exc:
        raise TimestampRefused(f"request: {exc}", why=WHY_TSA_OTHER_REQUEST) from exc
    imprint = info["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    if algorithm != "sha256":
        raise TimestampRefused(f"imprint {algorithm}", why=WHY_TSA_ALGORITHM, algorithm=algorithm)
    stamped = imprint["hashed_message"].native
    if stamped != hashlib.sha256(data).digest() or stamped != asked_imprint or info["nonce"].native != asked_nonce:
        raise TimestampRefused("imprint or nonce differ", why=WHY_TSA_OTHER_REQUEST)
    if asked_policy is not None and info["policy"].native != asked_policy:
        raise TimestampRefused("policy differs", why=WHY_TSA_OTHER_REQUEST)
    gen_time = info["gen_time"].native
    if not isinstance(gen_time, datetime):
        raise TimestampRefused("genTime", why=WHY_TSA_UNREADABLE)
    gen_time = gen_time.astimezone(timezone.utc)

    chain = [x509.load_der_x509_certificate(der) for der in certificates]
    tsa = chain[0]
    _check_signer(signed, content, tsa)
    _check_timestamping_usage(tsa)
    _check_chain(chain, gen_time)
    # Last: a reply from another authority carries that authority's certificates, and is better named
    # "not signed by the authority you gave" (above) than "carries a certificate not in your file".
    _check_embedded_certificates(signed, certificates)
    return CheckedToken(format_time(gen_time), tsa.subject.rfc4514_string(), int(info["serial_number"].native),
                        int(asked_nonce))


def _check_embedded_certificates(signed, certificates: list[bytes]) -> None:
    """Every certificate the reply carries is one of ``certificates`` (DER, byte for byte), and the TSA
    certificate (the first) is among them.

    The SignedData certificate set is outside the signature, so anyone can alter it without breaking the
    token; but ``openssl ts -verify`` (the check an exhibit's reader runs, docs/exhibit-format.md) looks
    for the signer and builds the chain in that set: one flipped byte there makes it fail with "signer
    certificate not found" while our own check, which uses only the given file, passed. RFC 3161 2.4.1:
    with certReq true, which our request sets, the TSA's certificate MUST be in the set. Refusing
    (rather than rewriting the set) keeps the sealed reply byte for byte what the authority sent.
    """
    try:
        embedded = signed["certificates"]
        carried = [] if embedded.native is None else list(embedded)
        if any(choice.name != "certificate" for choice in carried):
            raise TimestampRefused("a certificate of another kind", why=WHY_TSA_FOREIGN_CERTIFICATE)
        carried_der = [choice.chosen.dump() for choice in carried]
    except TimestampRefused:
        raise
    except (ValueError, TypeError, LookupError, AttributeError) as exc:
        raise TimestampRefused(str(exc), why=WHY_TSA_UNREADABLE) from exc
    given = set(certificates)
    if any(der not in given for der in carried_der):
        raise TimestampRefused("a certificate not in the given file", why=WHY_TSA_FOREIGN_CERTIFICATE)
    if certificates[0] not in carried_der:
        raise TimestampRefused("no TSA certificate in the reply", why=WHY_TSA_CERTIFICATE_MISSING)


def _check_signer(signed, content: bytes, tsa: x509.Certificate) -> None:
    """The single SignerInfo names ``tsa``, its signed attributes bind the TSTInfo and the certificate
    (ESSCertID or ESSCertIDv2), and its signature over them verifies with ``tsa``'s key."""
    try:
        infos = signed["signer_infos"]
        if len(infos) != 1:
            raise TimestampRefused(f"{len(infos)} signers", why=WHY_TSA_UNREADABLE)
        signer = infos[0]
        sid = signer["sid"]
        if sid.name == "issuer_and_serial_number":
            from asn1crypto import x509 as asn1_x509

            # asn1crypto compares names as RFC 5280 7.1 says (case and spaces folded), not byte for byte.
            issuer = asn1_x509.Certificate.load(tsa.public_bytes(Encoding.DER))["tbs_certificate"]["issuer"]
            named = sid.chosen["issuer"] == issuer and sid.chosen["serial_number"].native == tsa.serial_number
        else:
            try:
                ski = tsa.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            except x509.ExtensionNotFound:
                ski = None
            named = ski is not None and sid.chosen.native == ski
        if not named:
            raise TimestampRefused("signer is another certificate", why=WHY_TSA_NOT_THIS_AUTHORITY)
        digest_name = signer["digest_algorithm"]["algorithm"].native
        if digest_name not in _DIGESTS:
            raise TimestampRefused(f"digest {digest_name}", why=WHY_TSA_ALGORITHM, algorithm=digest_name)
        attributes = signer["signed_attrs"]
        if not len(attributes):
            raise TimestampRefused("no signed attributes", why=WHY_TSA_UNREADABLE)
        values: dict[str, list] = {}
        for attribute in attributes:
            values.setdefault(attribute["type"].native, []).extend(attribute["values"])
        content_type = values.get("content_type", [])
        digest = values.get("message_digest", [])
        if len(content_type) != 1 or content_type[0].native != "tst_info" or len(digest) != 1:
            raise TimestampRefused("content type or message digest attribute", why=WHY_TSA_UNREADABLE)
        if digest[0].native != _hash(digest_name, content):
            raise TimestampRefused("message digest differs", why=WHY_TSA_NOT_THIS_AUTHORITY)
        _check_ess_cert_id(values, tsa)
        # The signature covers the DER of the attributes as a SET OF (tag 0x31), not as the [0] field.
        attributes_der = b"\x31" + attributes.dump()[1:]
        _verify_signature(tsa.public_key(), signer["signature"].native, attributes_der, digest_name,
                          signer["signature_algorithm"])
    except TimestampRefused:
        raise
    except (ValueError, TypeError, LookupError, AttributeError) as exc:
        raise TimestampRefused(str(exc), why=WHY_TSA_UNREADABLE) from exc


def _hash(name: str, data: bytes) -> bytes:
    digest = hashes.Hash(_DIGESTS[name]())
    digest.update(data)
    return digest.finalize()


def _check_ess_cert_id(values: dict[str, list], tsa: x509.Certificate) -> None:
    """RFC 3161 2.4.1 / RFC 5816: the signing-certificate attribute names the TSA certificate first."""
    der = tsa.public_bytes(Encoding.DER)
    if values.get("signing_certificate_v2"):
        first = values["signing_certificate_v2"][0]["certs"][0]
        name = first["hash_algorithm"]["algorithm"].native
        if name not in _DIGESTS:
            raise TimestampRefused(f"ESSCertIDv2 {name}", why=WHY_TSA_ALGORITHM, algorithm=name)
        expected = _hash(name, der)
    elif values.get("signing_certificate"):
        first = values["signing_certificate"][0]["certs"][0]
        expected = hashlib.sha1(der).digest()  # ESSCertID is SHA-1 by definition (RFC 2634)
    else:
        raise TimestampRefused("no ESSCertID", why=WHY_TSA_UNREADABLE)
    if first["cert_hash"].native != expected:
        raise TimestampRefused("ESSCertID names another certificate", why=WHY_TSA_NOT_THIS_AUTHORITY)
    issuer_serial = first["issuer_serial"]
    if issuer_serial.native is not None and issuer_serial["serial_number"].native != tsa.serial_number:
        raise TimestampRefused("ESSCertID serial", why=WHY_TSA_NOT_THIS_AUTHORITY)


def _verify_signature(public_key: Any, signature: bytes, data: bytes, digest_name: str, algorithm) -> None:
    """Verify a CMS SignerInfo signature (RSA PKCS#1 v1.5 or PSS, ECDSA, Ed25519, Ed448)."""
    kind = algorithm.signature_algo
    try:
        if isinstance(public_key, rsa.RSAPublicKey) and kind == "rsassa_pss":
            params = algorithm["parameters"]
            pss_hash = params["hash_algorithm"]["algorithm"].native
            mgf_hash = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
            if pss_hash not in _DIGESTS or mgf_hash not in _DIGESTS:
                raise TimestampRefused(f"PSS {pss_hash}", why=WHY_TSA_ALGORITHM, algorithm=f"RSA-PSS {pss_hash}")
            public_key.verify(signature, data, padding.PSS(padding.MGF1(_DIGESTS[mgf_hash]()),
                                                           params["salt_length"].native), _DIGESTS[pss_hash]())
        elif isinstance(public_key, rsa.RSAPublicKey) and kind == "rsassa_pkcs1v15":
            public_key.verify(signature, data, padding.PKCS1v15(), _DIGESTS[digest_name]())
        elif isinstance(public_key, ec.EllipticCurvePublicKey) and kind == "ecdsa":
            public_key.verify(signature, data, ec.ECDSA(_DIGESTS[digest_name]()))
        elif isinstance(public_key, (ed25519.Ed25519PublicKey, ed448.Ed448PublicKey)) and kind in ("ed25519", "ed448"):
            public_key.verify(signature, data)
        else:
            raise TimestampRefused(f"signature {kind}", why=WHY_TSA_ALGORITHM, algorithm=str(kind))
    except InvalidSignature as exc:
        raise TimestampRefused("signature does not verify", why=WHY_TSA_NOT_THIS_AUTHORITY) from exc
    except UnsupportedAlgorithm as exc:
        raise TimestampRefused(str(exc), why=WHY_TSA_ALGORITHM, algorithm=str(kind)) from exc


def _check_timestamping_usage(tsa: x509.Certificate) -> None:
    """RFC 3161 2.3: exactly one extended key usage, id-kp-timeStamping, in a critical extension."""
    try:
        extension = tsa.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except (x509.ExtensionNotFound, ValueError) as exc:
        raise TimestampRefused("no extended key usage", why=WHY_TSA_NOT_FOR_TIMESTAMPS) from exc
    if not extension.critical or list(extension.value) != [x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]:
        raise TimestampRefused("extended key usage", why=WHY_TSA_NOT_FOR_TIMESTAMPS)


def _valid_at(certificate: x509.Certificate, moment: datetime) -> bool:
    return certificate.not_valid_before_utc <= moment <= certificate.not_valid_after_utc


def _check_chain(chain: list[x509.Certificate], moment: datetime) -> None:
    """Walk from the TSA certificate up through the given certificates: each valid at ``moment`` and
    signed by the next, which is a CA allowed to sign certificates; the walk ends at the file's last
    certificate or at a self-signed one of the file (the anchor the user chose)."""
    current, used = chain[0], {0}
    for _ in range(len(chain)):
        if not _valid_at(current, moment):
            raise TimestampRefused("certificate not valid at genTime", why=WHY_TSA_CHAIN)
        if current is chain[-1] or _self_signed(current):
            return
        issuer_index = next((i for i, c in enumerate(chain) if i not in used and _issued_by(current, c)), None)
        if issuer_index is None:
            raise TimestampRefused("no issuer in the given certificates", why=WHY_TSA_CHAIN)
        used.add(issuer_index)
        current = chain[issuer_index]
    raise TimestampRefused("chain too long", why=WHY_TSA_CHAIN)


def _self_signed(certificate: x509.Certificate) -> bool:
    return certificate.issuer == certificate.subject and _issued_by(certificate, certificate)


def _issued_by(child: x509.Certificate, issuer: x509.Certificate) -> bool:
    """``issuer`` is a CA (basic constraints, keyCertSign when key usage is present) that signed ``child``."""
    try:
        constraints = issuer.extensions.get_extension_for_class(x509.BasicConstraints).value
        if not constraints.ca:
            return False
        with contextlib.suppress(x509.ExtensionNotFound):
            if not issuer.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign:
                return False
        child.verify_directly_issued_by(issuer)
    except (x509.ExtensionNotFound, ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


# -- the sealed record -------------------------------------------------------------------------------------------


def record_body(pending: PendingRequest, reply: bytes, certificates: list[bytes], token: CheckedToken) -> dict:
    """The body of a ``timestamp.imported`` record (docs/vault-format.md 4.3, 4.6)."""
    return {"note": pending.note, "request": b64u(pending.request), "reply": b64u(reply),
            "certificates": [b64u(der) for der in certificates], "gen_time": token.gen_time, "tsa": token.tsa}


def check_sealed(body: dict) -> CheckedToken:
    """Check a sealed ``timestamp.imported`` body again, offline, against the certificates it stores
    (what ``reviewer verify`` does); its ``gen_time`` and ``tsa`` must be what the token states.

    Raise ``TimestampRefused`` (or ``ValueError`` for a body of the wrong form).
    """
    if not all(type(body[name]) is str for name in ("note", "request", "reply", "gen_time", "tsa")) \
            or type(body["certificates"]) is not list or not body["certificates"] \
            or not all(type(der) is str for der in body["certificates"]):
        raise ValueError("timestamp body members of the wrong kind")
    token = check_reply(from_b64u(body["reply"]), from_b64u(body["request"]), body["note"].encode("utf-8"),
                        [from_b64u(der) for der in body["certificates"]])
    if (token.gen_time, token.tsa) != (body["gen_time"], body["tsa"]):
        raise ValueError("gen_time or tsa differ from the token")
    return token
