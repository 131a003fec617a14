"""Enrolling another reviewer (the case layer's rules, the vault's passphrase policy) and the whole-vault check's
progress and cancel, on a real vault (no Qt)."""

from __future__ import annotations

import pytest

from reviewer.casework import CaseService
from reviewer.casework.errors import ReviewerNameTaken
from reviewer.media import ingest
from reviewer.vault import Vault
from reviewer.vault.errors import WeakPassphrase

SECOND = "Dominique-Relecture-42"


def _key_records(vault_dir) -> list[str]:
    vault = Vault.open(vault_dir, read_only=True)
    try:
        return [r.type for r in vault.records("keys")]
    finally:
        vault.close()


def test_a_second_reviewer_is_enrolled_signed_by_the_first_and_can_unlock(session, vault_dir):
    service = CaseService(session)
    key = service.enrol_reviewer("  Dominique   Roy ", SECOND, SECOND)
    assert _key_records(vault_dir)[-1] == "key.enrolled"
    vault = Vault.open(vault_dir)
    try:
        second = vault.unlock(SECOND, key)
        assert second.name == "Dominique Roy"
        record = vault.records("keys")[-1]
        assert record.body["name"] == "Dominique Roy" and record.signer == session.key_id
    finally:
        vault.close()


@pytest.mark.parametrize("name, passphrase, repeated, error, words", [
    ("Dominique Roy", SECOND, SECOND + "x", WeakPassphrase, "different"),
    ("Dominique Roy", "ciel-9-vert", "ciel-9-vert", WeakPassphrase, "shorter than 12"),
    ("Dominique Roy", "motdepasse2026", "motdepasse2026", WeakPassphrase, "guessing programs"),
    ("Dominique Roy", "Dominique Roy 1990", "Dominique Roy 1990", WeakPassphrase, "your own name"),
    ("alice   MARTIN", SECOND, SECOND, ReviewerNameTaken, "can already open this vault"),
])
def test_a_refused_enrolment_says_why_and_writes_nothing(session, vault_dir, name, passphrase, repeated, error, words):
    service = CaseService(session)
    before = _key_records(vault_dir)
    with pytest.raises(error) as refused:
        service.enrol_reviewer(name, passphrase, repeated)
    assert words in refused.value.message
    assert _key_records(vault_dir) == before


def test_the_whole_vault_check_reports_each_step_and_stops_when_the_callback_raises(session, samples_dir):
    service = CaseService(session)
    case = service.new_case("Dossier")
    for name in ("coffee.png", "rocket.jpg"):
        service.add_media(case, ingest(samples_dir / name))
    steps = []
    report = session.vault.verify(session=session, progress=lambda done, total, step: steps.append((step, done, total)))
    assert report.ok
    order = [step for step, _, _ in steps]
    assert order[0] == "database" and order.index("records") < order.index("checkpoints") < order.index("blobs") \
        < order.index("sealed")
    assert ("records", 2, 2) in steps  # the keys log and the case, each said when done
    assert [s for s in steps if s[0] == "blobs"] == [("blobs", 0, 2), ("blobs", 1, 2)]

    class Stop(Exception):
        pass

    def cancel_at_blobs(done, total, step):
        if step == "blobs":
            raise Stop()

    with pytest.raises(Stop):
        session.vault.verify(session=session, progress=cancel_at_blobs)
