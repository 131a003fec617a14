"""The next-steps help exists in both languages, says the same things, and follows the decision."""

import re
import subprocess
import sys

import pytest

from reviewer import guidance

# Every number and service the help must give, in both languages.
CONTACTS = ("17", "112", "114", "116 006", "119", "3018", "Pharos", "internet-signalement.gouv.fr",
            "StopNCII.org", "Take It Down", "226-8-1", "226-2-1", "227-23")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_language_has_every_outcome_a_version_a_review_date_and_its_sources(language):
    text = guidance.load(language)
    assert set(text.sections) == {guidance.ALWAYS, *guidance.OUTCOMES}
    assert text.version >= 1 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.reviewed)
    assert any("service-public.gouv.fr" in s for s in text.sources)


def test_both_languages_give_the_same_contacts_in_the_same_sections():
    fr, en = guidance.load("fr"), guidance.load("en")
    assert fr.version == en.version and fr.reviewed == en.reviewed
    for section in fr.sections:
        for contact in CONTACTS:
            assert (contact in fr.sections[section]) == (contact in en.sections[section]), (section, contact)
    everything = "\n".join(fr.sections.values())
    assert all(contact in everything for contact in CONTACTS)


def test_suspected_minor_advice_comes_first_and_says_never_to_send_the_picture():
    assert guidance.outcome_for(["intimate-image-nonconsensual", "suspected-minor"]) == "suspected-minor"
    text = guidance.load("fr").for_outcome("suspected-minor")
    assert text.index("119") < text.index("Dans tous les cas")
    assert "n'envoyez pas l'image" in text
    assert guidance.outcome_for(["not-sexual"]) is None
    assert guidance.load("en").for_outcome(None).startswith("### In every case, first")


def test_the_command_line_prints_the_advice_in_the_chosen_language():
    out = subprocess.run([sys.executable, "-m", "reviewer", "--lang", "fr", "next-steps", "--label",
                          "sexual-deepfake-adult"], capture_output=True, text=True, check=True).stdout
    assert out.startswith("### Hypertrucage sexuel d'un adulte") and "Pharos" in out
