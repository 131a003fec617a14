"""Where each media stands, read from the case's records: the rule the grid, the form and the CLI share."""

from __future__ import annotations

import pytest

from reviewer.casework import CaseService, Mark, refused_state
from reviewer.casework.review_state import main_label
from reviewer.media import ingest
from reviewer.vault import NotLatestReview

SAMPLES = ("coffee.png", "rocket.jpg", "chelsea.png")


@pytest.fixture
def case(session, samples_dir):
    service = CaseService(session)
    case_id = service.new_case("État des examens")
    media = [service.add_media(case_id, ingest(samples_dir / name)) for name in SAMPLES]
    return service, case_id, media


def test_a_media_is_not_reviewed_until_a_review_is_sealed(case):
    service, case_id, media = case
    states = service.review_states(case_id)
    assert list(states) == media
    assert {state.mark for state in states.values()} == {Mark.NOT_REVIEWED}
    assert all(state.decision is None for state in states.values())


def test_the_latest_review_is_the_decision_with_who_and_when(case):
    service, case_id, media = case
    record = service.seal_review(case_id, media[0], labels=["not-sexual", "no-manipulation-found"],
                                 qualification="aucune", notes="Photo de vacances")
    state = service.review_state(case_id, media[0])
    assert state.mark is Mark.REVIEWED
    assert state.main_label == "not-sexual"
    assert state.decision.labels == ("not-sexual", "no-manipulation-found")
    assert state.decision.signed.record == record.id
    assert state.decision.signed.signer_name == "Alice Martin"
    assert state.decision.signed.time == record.fields["time"]
    assert state.decision.corrects is None and state.decision.earlier == 0
    details = service.decision_details(case_id, media[0])
    assert (details.qualification, details.notes) == ("aucune", "Photo de vacances")
    assert service.decision_details(case_id, media[1]) is None


def test_a_correction_is_the_new_decision_and_says_what_it_corrected(case, reopen):
    service, case_id, media = case
    first = service.seal_review(case_id, media[1], labels=["non-conclusive"])
    second = service.seal_review(case_id, media[1], labels=["sexual-deepfake-adult"], supersedes=first.id)
    state = service.review_state(case_id, media[1])
    assert state.main_label == "sexual-deepfake-adult"
    assert state.decision.corrects.record == first.id
    assert state.decision.corrects.time == first.fields["time"]
    assert state.decision.earlier == 1
    with pytest.raises(NotLatestReview):  # the decision it would correct is no longer the current one
        service.seal_review(case_id, media[1], labels=["not-sexual"], supersedes=first.id)
    # A new process reads the same from the vault alone (nothing kept in memory).
    again = CaseService(reopen()).review_state(case_id, media[1])
    assert again.decision.signed.record == second.id and again.decision.corrects.record == first.id
    history = [(row.type, row.corrects) for row in service.history(case_id, media[1]) if row.type == "review.sealed"]
    assert history == [("review.sealed", None), ("review.sealed", first.id)]


def test_a_suspected_minor_stays_marked_after_a_correction_drops_the_label(case):
    service, case_id, media = case
    first = service.seal_review(case_id, media[2], labels=["suspected-minor", "non-conclusive"])
    assert service.review_state(case_id, media[2]).mark is Mark.SUSPECTED_MINOR
    service.seal_review(case_id, media[2], labels=["not-sexual"], supersedes=first.id)
    state = service.review_state(case_id, media[2])
    # The exports keep withholding it (the vault's rule): the mark says so, the decision says what was sealed.
    assert state.mark is Mark.SUSPECTED_MINOR and state.withheld_as_minor
    assert state.main_label == "not-sexual"


def test_main_label_prefers_the_most_protective_and_serious(case):
    assert main_label(["non-conclusive", "suspected-minor"]) == "suspected-minor"
    assert main_label(["no-manipulation-found", "intimate-image-nonconsensual"]) == "intimate-image-nonconsensual"
    assert main_label(["no-manipulation-found", "not-sexual"]) == "not-sexual"


def test_texts_follow_the_language(case):
    from reviewer import translations

    service, case_id, media = case
    service.seal_review(case_id, media[0], labels=["not-sexual"])
    state = service.review_state(case_id, media[0])
    refused = refused_state("Ce fichier est endommagé.")
    assert refused.mark is Mark.REFUSED and refused.refused_reason == "Ce fichier est endommagé."
    assert state.text() == "Reviewed: Not sexual"
    assert refused.text() == "Refused file"
    translations.install("fr")
    try:
        assert (state.text(), refused.text()) == ("Examiné : Non sexuelle", "Fichier refusé")
    finally:
        translations.install("en")
