"""Trusted timestamps (RFC 3161): a real vault, a real timestamp authority made with OpenSSL in the test."""

from __future__ import annotations

import subprocess

import pytest

from reviewer.vault import TimestampRefused, Vault
from reviewer.vault.canonical import b64u, from_b64u
from reviewer.vault.errors import (WHY_TSA_ALREADY_SEALED, WHY_TSA_CERTIFICATE_MISSING, WHY_TSA_CHAIN,
                                   WHY_TSA_FOREIGN_CERTIFICATE, WHY_TSA_NOT_FOR_TIMESTAMPS,
                                   WHY_TSA_NOT_THIS_AUTHORITY, WHY_TSA_OTHER_REQUEST)
from reviewer.vault.verify import verify_vault


def _request_and_reply(vault: Vault, authority, folder):
    pending = vault.request_timestamp()
    request = folder / "vault.tsq"
    request.write_bytes(pending.request)
    return pending, authority.reply(request, folder / "vault.tsr").read_bytes()


def _keys_log_size(vault: Vault) -> int:
    return vault.db.conn.execute("SELECT count(*) FROM records WHERE log = 'keys'").fetchone()[0]


def test_a_reply_from_a_real_authority_is_sealed_and_verified_with_its_time(session, timestamp_authority, tmp_path):
    session.new_case("Dossier horodaté")
    authority = timestamp_authority("Paris")
    pending, reply = _request_and_reply(session.vault, authority, tmp_path)
    # The request is what `openssl ts` reads as a standard TimeStampReq: SHA-256, nonce, certReq, no policy.
    text = subprocess.run(["openssl", "ts", "-query", "-in", str(tmp_path / "vault.tsq"), "-text"],
                          capture_output=True, text=True, check=True).stdout
    assert "Hash Algorithm: sha256" in text and "Certificate required: yes" in text
    assert "Policy OID: unspecified" in text and "Nonce: 0x" in text

    record, token = session.seal_timestamp(reply, authority.certificates.read_bytes())

    assert record.log == "keys" and record.type == "timestamp.imported"
    assert record.body["note"] == pending.note
    assert from_b64u(record.body["reply"]) == reply
    report = verify_vault(session.vault)
    assert report.ok, report.problem
    [stamp] = report.to_json()["timestamps"]
    assert stamp["gen_time"] == token.gen_time and stamp["record"] == record.id
    assert stamp["tsa"] == "CN=Paris TSA"
    # The time is the one the authority wrote in the token, as openssl reads it.
    shown = subprocess.run(["openssl", "ts", "-reply", "-in", str(tmp_path / "vault.tsr"), "-text"],
                           capture_output=True, text=True, check=True).stdout
    assert f"Nonce: 0x{pending.nonce:016X}" in shown
    assert "Paris TSA" in report.text()


def test_a_reply_to_another_request_is_refused_and_nothing_is_written(session, timestamp_authority, tmp_path):
    authority = timestamp_authority("Paris")
    session.vault.request_timestamp()  # this vault's request is pending...
    other = tmp_path / "other.tsq"  # ...but the reply answers a request over other bytes
    (tmp_path / "other.txt").write_bytes(b"someone else's document\n")
    subprocess.run(["openssl", "ts", "-query", "-data", str(tmp_path / "other.txt"), "-sha256", "-cert",
                    "-out", str(other)], check=True, capture_output=True)
    reply = authority.reply(other, tmp_path / "other.tsr").read_bytes()
    before = _keys_log_size(session.vault)

    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(reply, authority.certificates.read_bytes())

    assert refused.value.params["why"] == WHY_TSA_OTHER_REQUEST
    assert "another request" in refused.value.message
    assert _keys_log_size(session.vault) == before


def test_a_reply_with_the_right_nonce_over_other_bytes_is_refused(session, timestamp_authority, tmp_path):
    """A pending request whose stamped bytes are not those the reply's imprint covers (another head)."""
    authority = timestamp_authority("Paris")
    pending, _ = _request_and_reply(session.vault, authority, tmp_path)
    # A request with this vault's nonce but the imprint of other data: the TSA answers what it is asked.
    from asn1crypto import tsp

    forged = tsp.TimeStampReq.load(pending.request).copy()
    forged["message_imprint"]["hashed_message"] = b"\x11" * 32
    (tmp_path / "forged.tsq").write_bytes(forged.dump(force=True))
    reply = authority.reply(tmp_path / "forged.tsq", tmp_path / "forged.tsr").read_bytes()

    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(reply, authority.certificates.read_bytes())
    assert refused.value.params["why"] == WHY_TSA_OTHER_REQUEST


def test_a_reply_signed_by_an_authority_that_does_not_chain_to_the_given_certificate_is_refused(
        session, timestamp_authority, tmp_path):
    expected, rogue = timestamp_authority("Paris"), timestamp_authority("Rogue")
    _, reply = _request_and_reply(session.vault, rogue, tmp_path)
    before = _keys_log_size(session.vault)

    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(reply, expected.certificates.read_bytes())
    assert refused.value.params["why"] == WHY_TSA_NOT_THIS_AUTHORITY

    # The rogue TSA certificate given with the expected authority's CA: it does not chain to it.
    mixed = tmp_path / "mixed.pem"
    mixed.write_bytes((rogue.folder / "tsa.crt").read_bytes() + expected.ca.read_bytes())
    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(reply, mixed.read_bytes())
    assert refused.value.params["why"] == WHY_TSA_CHAIN
    assert _keys_log_size(session.vault) == before

    # The same reply with the rogue authority's own chain is a valid timestamp: only the chain decided.
    record, _ = session.seal_timestamp(reply, rogue.certificates.read_bytes())
    assert record.type == "timestamp.imported"


def test_the_same_reply_is_sealed_once(session, timestamp_authority, tmp_path):
    authority = timestamp_authority("Paris")
    _, reply = _request_and_reply(session.vault, authority, tmp_path)
    session.seal_timestamp(reply, authority.certificates.read_bytes())
    before = _keys_log_size(session.vault)
    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(reply, authority.certificates.read_bytes())
    assert refused.value.params["why"] == WHY_TSA_ALREADY_SEALED
    assert _keys_log_size(session.vault) == before


def test_refusals_are_worded_in_french(session, timestamp_authority, tmp_path):
    from reviewer import translations

    expected, rogue = timestamp_authority("Paris"), timestamp_authority("Rogue")
    _, reply = _request_and_reply(session.vault, rogue, tmp_path)
    translations.install("fr")
    try:
        with pytest.raises(TimestampRefused) as refused:
            session.seal_timestamp(reply, expected.certificates.read_bytes())
        message = refused.value.message
    finally:
        translations.install("en")
    assert "horodatage" in message and "Rien n'a été enregistré" in message


def _seal_as_insider(session, body: dict) -> None:
    """An insider holding a reviewer key signs a timestamp record with a body of their choosing: the record
    and its checkpoints are valid, so only the check of the token itself can catch it."""
    with session._write() as conn:
        session._append(conn, "keys", "timestamp.imported", body, {})


@pytest.mark.parametrize("change", ["reply-byte", "gen-time", "certificates", "note"])
def test_a_tampered_token_in_the_vault_fails_verification(session, timestamp_authority, tmp_path, change):
    authority = timestamp_authority("Paris")
    _, reply = _request_and_reply(session.vault, authority, tmp_path)
    record, _ = session.seal_timestamp(reply, authority.certificates.read_bytes())
    body = dict(record.body)
    if change == "reply-byte":  # the authority's signature is the last bytes of the reply
        forged = bytearray(from_b64u(body["reply"]))
        forged[-5] ^= 0x01
        body["reply"] = b64u(bytes(forged))
    elif change == "gen-time":
        body["gen_time"] = "2019-01-01T00:00:00.000Z"
    elif change == "certificates":
        body["certificates"] = [b64u(pem_der) for pem_der in _ders(timestamp_authority("Other").certificates)]
    else:
        body["note"] = session.vault.vault_checkpoint()  # another head than the one stamped
    _seal_as_insider(session, body)

    report = verify_vault(session.vault)

    assert not report.ok
    assert report.problem.code == "bad-timestamp" and report.problem.log == "keys"
    assert "timestamp" in report.problem.message


def test_an_edited_token_cell_fails_verification(session, timestamp_authority, tmp_path):
    """Editing the stored record with the sqlite3 client, as an attacker without the keys would."""
    authority = timestamp_authority("Paris")
    _, reply = _request_and_reply(session.vault, authority, tmp_path)
    record, _ = session.seal_timestamp(reply, authority.certificates.read_bytes())
    path = session.vault.path / "vault.sqlite3"
    session.vault.close()
    old, new = record.body["gen_time"].encode(), b"2019-01-01T00:00:00.000Z"
    subprocess.run(["sqlite3", str(path), f"UPDATE records SET leaf = CAST(replace(CAST(leaf AS TEXT), "
                    f"'{old.decode()}', '{new.decode()}') AS BLOB) WHERE id = '{record.id}'"], check=True)
    with Vault.open(session.vault.path, read_only=True) as vault:
        report = vault.verify()
    assert not report.ok and report.problem.log == "keys" and report.problem.seq == record.seq


def _ders(pem_path) -> list[bytes]:
    from reviewer.vault.timestamps import load_certificates

    return load_certificates(pem_path.read_bytes())


def test_damaged_replies_are_refused_with_the_typed_error_only(session, timestamp_authority, tmp_path):
    """Random byte changes and cuts of a real reply: each is refused with ``TimestampRefused`` (never another
    exception), or accepted only when the change left the signed TSTInfo as it was (unsigned parts of the
    reply outside the certificates it carries, which must be those the user gives, byte for byte)."""
    import random

    from asn1crypto import tsp

    from reviewer.vault import timestamps

    authority = timestamp_authority("Paris")
    pending, reply = _request_and_reply(session.vault, authority, tmp_path)
    certificates = timestamps.load_certificates(authority.certificates.read_bytes())
    signed_info = tsp.TimeStampResp.load(reply)["time_stamp_token"]["content"]["encap_content_info"]["content"]
    original = bytes(signed_info)
    rnd = random.Random(15)
    refused = 0
    for _ in range(300):
        damaged = bytearray(reply)
        for _ in range(rnd.randint(1, 3)):
            damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        if rnd.random() < 0.2:
            damaged = damaged[: rnd.randrange(len(damaged))]
        try:
            timestamps.check_reply(bytes(damaged), pending.request, pending.note.encode(), certificates)
        except TimestampRefused:
            refused += 1
            continue
        token = tsp.TimeStampResp.load(bytes(damaged))["time_stamp_token"]["content"]["encap_content_info"]["content"]
        assert bytes(token) == original
    assert refused > 100


def test_a_tsa_certificate_not_valid_at_the_stamped_time_is_refused(session, timestamp_authority, tmp_path):
    """The authority signs with a certificate that expired in 2021 (issued by its real CA, made here with the
    cryptography library): the reply's genTime is today, outside the certificate's validity."""
    from datetime import datetime, timezone

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    authority = timestamp_authority("Paris")
    folder = authority.folder
    ca = x509.load_pem_x509_certificate(authority.ca.read_bytes())
    ca_key = serialization.load_pem_private_key((folder / "ca.key").read_bytes(), None)
    tsa_key = serialization.load_pem_private_key((folder / "tsa.key").read_bytes(), None)
    expired = (x509.CertificateBuilder().subject_name(x509.Name.from_rfc4514_string("CN=Paris TSA"))
               .issuer_name(ca.subject).public_key(tsa_key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(datetime(2020, 1, 1, tzinfo=timezone.utc))
               .not_valid_after(datetime(2021, 1, 1, tzinfo=timezone.utc))
               .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .sign(ca_key, hashes.SHA256()))
    (folder / "tsa.crt").write_bytes(expired.public_bytes(serialization.Encoding.PEM))  # what openssl ts signs with
    certificates = expired.public_bytes(serialization.Encoding.PEM) + authority.ca.read_bytes()
    _, reply = _request_and_reply(session.vault, authority, tmp_path)

    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(reply, certificates)
    assert refused.value.params["why"] == WHY_TSA_CHAIN and "not valid at genTime" in refused.value.detail


def _hand_made_reply(request: bytes, tsa_certificate, tsa_key) -> bytes:
    """A reply signed with a certificate that `openssl ts -reply` refuses to sign with (it checks the key
    usage itself): the token is built with asn1crypto and signed with cryptography, as a TSA would."""
    import hashlib
    from datetime import datetime, timezone

    from asn1crypto import algos, cms, core, tsp
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    asked = tsp.TimeStampReq.load(request)
    der = tsa_certificate.public_bytes(serialization.Encoding.DER)
    certificate = asn1_x509.Certificate.load(der)
    info = tsp.TSTInfo({
        "version": "v1", "policy": "1.2.3.4.1", "message_imprint": asked["message_imprint"],
        "serial_number": 7, "gen_time": datetime.now(timezone.utc).replace(microsecond=0),
        "nonce": asked["nonce"].native,
    }).dump()
    attributes = cms.CMSAttributes([
        {"type": "content_type", "values": ["tst_info"]},
        {"type": "message_digest", "values": [hashlib.sha256(info).digest()]},
        {"type": "signing_certificate_v2", "values": [{"certs": [{"cert_hash": hashlib.sha256(der).digest()}]}]},
    ])
    signature = tsa_key.sign(attributes.dump(), padding.PKCS1v15(), hashes.SHA256())
    signer = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": {
            "issuer": certificate.issuer, "serial_number": certificate.serial_number}}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
        "signed_attrs": attributes,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "rsassa_pkcs1v15"}),
        "signature": signature,
    })
    signed = cms.SignedData({
        "version": "v3", "digest_algorithms": [{"algorithm": "sha256"}],
        "encap_content_info": {"content_type": "tst_info", "content": core.ParsableOctetString(info)},
        "certificates": [certificate], "signer_infos": [signer],
    })
    return tsp.TimeStampResp({"status": {"status": "granted"},
                              "time_stamp_token": {"content_type": "signed_data", "content": signed}}).dump()


@pytest.mark.parametrize("usage", ["not-critical", "also-server-auth", "none"])
def test_a_certificate_that_is_not_for_timestamping_is_refused(session, timestamp_authority, tmp_path, usage):
    from datetime import datetime, timedelta, timezone

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    authority = timestamp_authority("Paris")
    ca = x509.load_pem_x509_certificate(authority.ca.read_bytes())
    ca_key = serialization.load_pem_private_key((authority.folder / "ca.key").read_bytes(), None)
    key = serialization.load_pem_private_key((authority.folder / "tsa.key").read_bytes(), None)
    now = datetime.now(timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(x509.Name.from_rfc4514_string("CN=Paris web server"))
               .issuer_name(ca.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30)))
    stamping, server = x509.oid.ExtendedKeyUsageOID.TIME_STAMPING, x509.oid.ExtendedKeyUsageOID.SERVER_AUTH
    if usage == "not-critical":
        builder = builder.add_extension(x509.ExtendedKeyUsage([stamping]), critical=False)
    elif usage == "also-server-auth":
        builder = builder.add_extension(x509.ExtendedKeyUsage([stamping, server]), critical=True)
    certificate = builder.sign(ca_key, hashes.SHA256())
    pending = session.vault.request_timestamp()
    reply = _hand_made_reply(pending.request, certificate, key)
    certificates = certificate.public_bytes(serialization.Encoding.PEM) + authority.ca.read_bytes()

    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(reply, certificates)
    assert refused.value.params["why"] == WHY_TSA_NOT_FOR_TIMESTAMPS


def test_the_hand_made_reply_is_accepted_with_a_timestamping_certificate(session, timestamp_authority):
    """The control for the test above: the same construction with the authority's own certificate passes,
    so the refusals above come from the certificate's key usage and nothing else."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    authority = timestamp_authority("Paris")
    certificate = x509.load_pem_x509_certificate((authority.folder / "tsa.crt").read_bytes())
    key = serialization.load_pem_private_key((authority.folder / "tsa.key").read_bytes(), None)
    pending = session.vault.request_timestamp()
    _, token = session.seal_timestamp(_hand_made_reply(pending.request, certificate, key),
                                      authority.certificates.read_bytes())
    assert token.tsa == "CN=Paris TSA" and verify_vault(session.vault).ok


def _openssl_verifies(reply: bytes, note: str, chain, folder) -> subprocess.CompletedProcess:
    """The exhibit's documented check (docs/exhibit-format.md, VERIFY.md): `openssl ts -verify`."""
    (folder / "check.tsr").write_bytes(reply)
    (folder / "check.note").write_bytes(note.encode("utf-8"))
    return subprocess.run(["openssl", "ts", "-verify", "-data", str(folder / "check.note"), "-in",
                           str(folder / "check.tsr"), "-CAfile", str(chain)], capture_output=True, text=True)


def _with_carried_certificates(reply: bytes, certificates: list[bytes] | None) -> bytes:
    """The reply with its SignedData certificate set replaced (None: removed): the set is outside the
    signature, so the token's signature still verifies."""
    from asn1crypto import cms, tsp
    from asn1crypto import x509 as asn1_x509

    response = tsp.TimeStampResp.load(reply)
    signed = response["time_stamp_token"]["content"]
    if certificates is None:
        del signed["certificates"]
    else:
        signed["certificates"] = cms.CertificateSet([asn1_x509.Certificate.load(der) for der in certificates])
    return response.dump(force=True)


@pytest.mark.parametrize("which", ["tsa", "ca"])
def test_a_reply_whose_carried_certificate_was_altered_is_refused(session, timestamp_authority, tmp_path, which):
    """Attack a7_tamper: one flipped byte in a certificate the reply carries (outside the signed part). The
    token's signature still verifies with the given file, but the reply is no longer what the authority
    sent; with the TSA's certificate altered, `openssl ts -verify` (the exhibit's check) fails on it."""
    authority = timestamp_authority("Paris")
    pending, reply = _request_and_reply(session.vault, authority, tmp_path)
    ders = _ders(authority.certificates)
    target = ders[0] if which == "tsa" else ders[1]
    at = reply.find(target)
    assert at > 0, "openssl ts -reply carries the TSA certificate and, with `certs`, its CA"
    tampered = bytearray(reply)
    tampered[at + len(target) // 2] ^= 0x01
    tampered = bytes(tampered)
    if which == "tsa":
        assert "Verification: FAILED" in _openssl_verifies(tampered, pending.note, authority.certificates,
                                                           tmp_path).stdout
    before = _keys_log_size(session.vault)

    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(tampered, authority.certificates.read_bytes())

    assert refused.value.params["why"] == WHY_TSA_FOREIGN_CERTIFICATE
    assert "not in the certificate file you gave" in refused.value.message
    assert _keys_log_size(session.vault) == before
    # The genuine reply is then sealed byte for byte, and the sealed bytes pass OpenSSL's own check.
    record, _ = session.seal_timestamp(reply, authority.certificates.read_bytes())
    stored = from_b64u(record.body["reply"])
    assert stored == reply
    assert "Verification: OK" in _openssl_verifies(stored, record.body["note"], authority.certificates,
                                                   tmp_path).stdout


def test_a_certificate_added_to_the_reply_is_refused(session, timestamp_authority, tmp_path):
    authority, other = timestamp_authority("Paris"), timestamp_authority("Other")
    _, reply = _request_and_reply(session.vault, authority, tmp_path)
    padded = _with_carried_certificates(reply, _ders(authority.certificates) + _ders(other.certificates)[1:])

    with pytest.raises(TimestampRefused) as refused:
        session.seal_timestamp(padded, authority.certificates.read_bytes())
    assert refused.value.params["why"] == WHY_TSA_FOREIGN_CERTIFICATE

    # The same certificate in the file the user gives is no longer foreign: only the file decides.
    given = authority.certificates.read_bytes() + (other.folder / "ca.crt").read_bytes()
    record, _ = session.seal_timestamp(padded, given)
    assert from_b64u(record.body["reply"]) == padded


def test_a_reply_that_does_not_carry_the_tsa_certificate_is_refused(session, timestamp_authority, tmp_path):
    """Our request sets certReq, so the authority must include its certificate (RFC 3161 2.4.1); without it
    `openssl ts -verify -CAfile` cannot find the signer, so the exhibit's check would fail."""
    authority = timestamp_authority("Paris")
    pending, reply = _request_and_reply(session.vault, authority, tmp_path)
    for carried in (None, _ders(authority.certificates)[1:]):
        stripped = _with_carried_certificates(reply, carried)
        assert "Verification: FAILED" in _openssl_verifies(stripped, pending.note, authority.certificates,
                                                           tmp_path).stdout
        with pytest.raises(TimestampRefused) as refused:
            session.seal_timestamp(stripped, authority.certificates.read_bytes())
        assert refused.value.params["why"] == WHY_TSA_CERTIFICATE_MISSING


def test_a_sealed_reply_with_an_altered_carried_certificate_fails_verification(session, timestamp_authority, tmp_path):
    """An insider seals the altered reply themselves: ``reviewer verify`` applies the same rule."""
    authority = timestamp_authority("Paris")
    _, reply = _request_and_reply(session.vault, authority, tmp_path)
    record, _ = session.seal_timestamp(reply, authority.certificates.read_bytes())
    assert verify_vault(session.vault).ok
    tsa_der = _ders(authority.certificates)[0]
    tampered = bytearray(reply)
    tampered[reply.find(tsa_der) + len(tsa_der) // 2] ^= 0x01
    _seal_as_insider(session, {**record.body, "reply": b64u(bytes(tampered))})

    report = verify_vault(session.vault)

    assert not report.ok
    assert report.problem.code == "bad-timestamp" and report.problem.log == "keys"
