"""Labels that exclude each other are refused before anything is sealed, in plain words, in both languages."""

from __future__ import annotations

import itertools

import pytest

from reviewer import i18n, translations
from reviewer.media import ingest
from reviewer.vault import LABELS, ContradictoryLabels
from reviewer.vault.vocabulary import contradiction

REFUSED = [
    ("sexual-deepfake-adult", "not-sexual"),
    ("sexual-deepfake-adult", "manipulated-not-sexual"),
    ("intimate-image-nonconsensual", "not-sexual"),
    ("intimate-image-nonconsensual", "manipulated-not-sexual"),
    ("sexual-deepfake-adult", "intimate-image-nonconsensual"),
    ("sexual-deepfake-adult", "no-manipulation-found"),
    ("manipulated-not-sexual", "no-manipulation-found"),
    ("non-conclusive", "sexual-deepfake-adult"),
    ("non-conclusive", "not-sexual"),
    ("non-conclusive", "intimate-image-nonconsensual"),
    ("non-conclusive", "manipulated-not-sexual"),
    ("non-conclusive", "no-manipulation-found"),
    ("suspected-minor", "sexual-deepfake-adult"),
]
ACCEPTED = [
    ("suspected-minor", "intimate-image-nonconsensual"),
    ("suspected-minor", "non-conclusive"),
    ("not-sexual", "no-manipulation-found"),
    ("manipulated-not-sexual", "not-sexual"),
    ("sexual-deepfake-adult",),
    ("non-conclusive",),
]


@pytest.fixture
def media_in_case(session, samples_dir):
    case = session.new_case("Vocabulaire")
    return case, session.ingest(case, ingest(samples_dir / "coffee.png"))


@pytest.mark.parametrize("pair", REFUSED)
def test_contradictory_labels_are_refused_and_nothing_is_sealed(session, media_in_case, pair):
    case, media_id = media_in_case
    before = len(session.vault.records(case))
    with pytest.raises(ContradictoryLabels) as caught:
        session.seal_review(case, media_id, labels=list(pair))
    assert len(session.vault.records(case)) == before
    assert LABELS[pair[0]] in caught.value.message and LABELS[pair[1]] in caught.value.message
    assert "Nothing was sealed" in caught.value.message
    # The same pair in the other order is refused too.
    assert contradiction(list(reversed(pair))) is not None


@pytest.mark.parametrize("labels", ACCEPTED)
def test_compatible_labels_are_sealed(session, media_in_case, labels):
    case, media_id = media_in_case
    record = session.seal_review(case, media_id, labels=list(labels))
    assert session.vault.record(record.id).body["labels"] == list(labels)


def test_every_refused_pair_is_exactly_the_rule_set():
    """No pair outside REFUSED is refused: the rules do not grow silently."""
    refused = {frozenset(p) for p in REFUSED}
    for a, b in itertools.combinations(LABELS, 2):
        assert (contradiction([a, b]) is not None) == (frozenset((a, b)) in refused), (a, b)


def test_the_refusal_reads_in_french_with_french_label_names(session, media_in_case):
    case, media_id = media_in_case
    translations.install("fr")
    try:
        with pytest.raises(ContradictoryLabels) as caught:
            session.seal_review(case, media_id, labels=["sexual-deepfake-adult", "not-sexual"])
        message = caught.value.message
        french_name = i18n.translate("labels", LABELS["not-sexual"])
    finally:
        translations.install("en")
    assert french_name == "Non sexuelle" and french_name in message
    assert "Not sexual" not in message and "cannot" not in message
    assert "Rien n’a été scellé" in message
