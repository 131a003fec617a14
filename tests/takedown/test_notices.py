"""DSA Article 16 notices in French and English, the Pharos summary, the sealed notices log (reopened, in the
exhibit) and the Article 22(3) yearly counts."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from reviewer.media import ingest
from reviewer.takedown import notices
from reviewer.takedown.errors import (
    InvalidDateTime,
    InvalidDecision,
    InvalidUrl,
    MissingNotifier,
    NothingToNotify,
    NoUrl,
    UnknownNotice,
)
from reviewer.takedown.notifier import (
    Notifier,
    load_notifier,
    organisation_sets_notifier,
    save_notifier,
    user_notifier_path,
)
from reviewer.translations import fixed_language
from reviewer.vault import Vault

DEEPFAKE_URL = "https://social.example/@someone/post/4711"
MINOR_URL = "https://images.example/view/abc"
ORG = """[notifier]
name = Association Exemple d'aide aux victimes
email = signalements@exemple.org
address = 1 rue Exemple, 75000 Paris
trusted_flagger = Signaleur de confiance désigné par l'Arcom (2025)
"""


@pytest.fixture
def notifier(tmp_path, monkeypatch) -> Notifier:
    ini = tmp_path / "reviewer.ini"
    ini.write_text(ORG, encoding="utf-8")
    monkeypatch.setenv("REVIEWER_ORG_CONFIG", str(ini))
    return load_notifier()


@pytest.fixture
def case(session, samples_dir):
    case_id = session.new_case("Dossier Exemple")
    rocket = session.ingest(case_id, ingest(samples_dir / "rocket.jpg"),
                            source={"url": DEEPFAKE_URL, "platform": "ExampleNet", "seen_at": "2026-03-14T21:05:00+01:00"})
    chelsea = session.ingest(case_id, ingest(samples_dir / "chelsea.png"), source={"url": MINOR_URL})
    coffee = session.ingest(case_id, ingest(samples_dir / "coffee.png"), source={"url": "https://other.example/1"})
    session.seal_review(case_id, rocket, labels=["sexual-deepfake-adult"], qualification="226-8-1 Code pénal")
    session.seal_review(case_id, chelsea, labels=["suspected-minor"])
    session.seal_review(case_id, coffee, labels=["not-sexual"])
    return case_id, {"rocket": rocket, "chelsea": chelsea, "coffee": coffee}


def test_targets_are_the_urls_of_reviewed_illegal_content(session, case):
    case_id, ids = case
    targets = notices.notice_targets(session, case_id)
    assert [(t.url, t.content.id, [m.id for m in t.media]) for t in targets] == [
        (DEEPFAKE_URL, "deepfake", [ids["rocket"]]), (MINOR_URL, "csam", [ids["chelsea"]])]
    assert targets[0].platform == "ExampleNet"


def test_a_notice_has_every_article_16_element_in_french_and_english(session, case, notifier):
    case_id, ids = case
    target = notices.notice_targets(session, case_id)[0]
    rocket = session.vault.record(ids["rocket"]).body
    english = notices.dsa_notice(target, notifier, "2026-12-06", fixed_language("en"))
    french = notices.dsa_notice(target, notifier, "2026-12-06", fixed_language("fr"))
    for text in (english, french):
        assert DEEPFAKE_URL in text                                            # (b)
        assert "226-8-1" in text                                               # (a) the offence
        assert notifier.name in text and notifier.email in text                # (c)
        assert "STATEMENT_CATEGORY_CYBER_VIOLENCE" in text and "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE" in text
        assert rocket["sha256"] in text and rocket["md5"] in text and rocket["pdq"]["hex"] in text
        assert notifier.trusted_flagger in text
    assert "bona fide belief" in english and "accurate and complete" in english   # (d)
    assert "de bonne foi" in french and "Article 16" in english
    assert "montage" in french and "Code pénal" in french and french != english
    # Dates in words, in the notice's language (not 2026-12-06 in a French letter).
    assert "Préparée le 6 décembre 2026." in french and "Prepared on 6 December 2026." in english
    assert "2026-12-06" not in french and "2026-12-06" not in english


def test_csam_notice_needs_no_notifier_identity_and_says_why(session, case):
    case_id, _ = case
    targets = notices.notice_targets(session, case_id)
    minor = targets[1]
    text = notices.dsa_notice(minor, Notifier(), "2026-12-06")
    assert "STATEMENT_CATEGORY_PROTECTION_OF_MINORS" in text and "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL" in text
    assert "Article 16(2)(c) does not require them" in text and "bona fide" in text
    with pytest.raises(MissingNotifier) as caught:
        notices.dsa_notice(targets[0], Notifier(name="Only a name"), "2026-12-06")
    assert "[notifier]" in caught.value.message


def test_pharos_summary_lists_each_url_with_its_category_and_times(session, case, notifier):
    case_id, _ = case
    text = notices.pharos_summary(notices.notice_targets(session, case_id), notifier, fixed_language("fr"))
    assert DEEPFAKE_URL in text and MINOR_URL in text
    assert "2026-03-14T21:05:00+01:00" in text and notifier.email in text
    assert "pédopornographie" in text.lower()


def test_a_case_with_no_reviewed_url_cannot_have_a_notice(session, samples_dir):
    case_id = session.new_case("Sans adresse")
    media = session.ingest(case_id, ingest(samples_dir / "rocket.jpg"))
    session.seal_review(case_id, media, labels=["sexual-deepfake-adult"])
    with pytest.raises(NoUrl):
        notices.notice_targets(session, case_id)


def test_the_notices_log_is_sealed_survives_reopening_and_is_in_the_exhibit(session, case, notifier, tmp_path):
    case_id, _ = case
    target = notices.notice_targets(session, case_id)[0]
    text = notices.dsa_notice(target, notifier, "2026-12-06")
    first = notices.log_sent(session, case_id, platform="ExampleNet", channel="web-form", urls=[target.url],
                             content_type="deepfake", at="2026-12-06 10:15 +01:00", notice_text=text)
    with pytest.raises(InvalidDateTime):
        notices.log_update(session, case_id, first.id, status="removed", at="2026-12-08 09:00")  # no time zone
    with pytest.raises(InvalidDecision):
        notices.log_update(session, case_id, first.id, status="gone")
    with pytest.raises(UnknownNotice):
        notices.log_update(session, case_id, "0" * 32, status="removed")
    notices.log_update(session, case_id, first.id, status="removed", at="2026-12-08T09:00:00+01:00",
                       reply="Content removed under our policy.", statement_id="SOR-123456")
    path = session.vault.path
    session.vault.close()
    vault = Vault.open(path)
    reopened = vault.unlock("correct horse battery")
    log = notices.notices_log(reopened, case_id)
    assert len(log) == 1 and log[0].status == "removed"
    sent, reply = log[0].entries
    assert (sent["at"], sent["channel"], sent["platform"], sent["urls"]) == (
        "2026-12-06T10:15:00+01:00", "web-form", "ExampleNet", [DEEPFAKE_URL])
    assert sent["notice_sha256"] and reply["statement_id"] == "SOR-123456" and reply["reply"].startswith("Content removed")
    assert vault.verify(None, reopened).ok

    from reviewer.exhibit.bundle import export_case
    from reviewer.exhibit.verify_exhibit import verify

    bundle = tmp_path / "exhibit.zip"
    export_case(vault, reopened, case_id, bundle, lang="en")
    with zipfile.ZipFile(bundle) as archive:
        leaves = [json.loads(archive.read(n)) for n in sorted(archive.namelist()) if re.fullmatch(r"log/case/\d{6}\.json", n)]
        openings = {n: json.loads(archive.read(n)) for n in archive.namelist() if n.endswith(".open.json")}
    logged = [leaf for leaf in leaves if leaf["type"] == "notice.logged"]
    assert [leaf["body"]["status"] for leaf in logged] == ["sent", "removed"]
    # The entries are disclosed to the exhibit's reader like every other sealed field of the case.
    disclosed = openings[f"log/case/{logged[1]['seq']:06d}.open.json"]
    assert json.loads(disclosed["entry"])["value"]["statement_id"] == "SOR-123456"
    ok, lines = verify(bundle)
    assert ok, lines
    session.vault = vault  # the fixture closes this one


def test_yearly_article_22_counts_add_up_and_hold_no_personal_data(session, case, samples_dir):
    case_id, _ = case
    other = session.new_case("Autre")
    sent = [
        (case_id, "ExampleNet", "deepfake", "2026-02-01 10:00 +01:00", "removed"),
        (case_id, "examplenet", "csam", "2026-03-01 10:00 +01:00", "disabled"),
        (other, "OtherTube", "ncii", "2026-04-01 10:00 +02:00", "refused"),
        (other, "OtherTube", "ncii", "2026-05-01 10:00 +02:00", None),
        (other, "OtherTube", "ncii", "2025-12-31 23:00 +01:00", "removed"),  # another year
    ]
    for case, platform, kind, at, outcome in sent:
        record = notices.log_sent(session, case, platform=platform, channel="email", urls=[f"https://x.example/{at}"],
                                  content_type=kind, at=at)
        if outcome:
            notices.log_update(session, case, record.id, status=outcome)
    counts = notices.yearly_counts(session, 2026)
    assert counts.total == 4 == sum(row["count"] for row in counts.rows)
    assert counts.by("platform") == {"ExampleNet": 2, "OtherTube": 2}
    assert counts.by("outcome") == {"removed": 1, "disabled": 1, "refused": 1, "sent": 1}
    assert sum(counts.by("content_type").values()) == counts.total
    text = json.dumps(counts.to_json())
    assert "https://" not in text and case_id not in text and "Dossier" not in text
    assert notices.yearly_counts(session, 2025).total == 1


def test_a_typed_url_is_notified_for_every_media_reviewed_as_illegal(session, case):
    case_id, ids = case
    target = notices.added_target(session, case_id, " https://mirror.example/x/1 ", "Mirror")
    assert target.url == "https://mirror.example/x/1" and target.platform == "Mirror"
    assert target.content.id == "csam"  # the most serious kind among the case's reviewed media
    assert [m.id for m in target.media] == [ids["rocket"], ids["chelsea"]]  # not the one reviewed not sexual
    for wrong in ("mirror.example/x/1", "ftp://mirror.example/x", "https://", "https://mirror.example/a b"):
        with pytest.raises(InvalidUrl):
            notices.added_target(session, case_id, wrong)


def test_a_typed_url_needs_a_media_reviewed_as_illegal(session, samples_dir):
    case_id = session.new_case("Rien à signaler")
    coffee = session.ingest(case_id, ingest(samples_dir / "coffee.png"))
    session.seal_review(case_id, coffee, labels=["not-sexual"])
    with pytest.raises(NothingToNotify) as caught:
        notices.added_target(session, case_id, "https://other.example/1")
    assert "nothing to report" in caught.value.message


def test_the_identity_saved_for_this_computer_is_read_unless_the_organisation_gives_one(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_ORG_CONFIG", str(tmp_path / "absent.ini"))
    assert not load_notifier().complete
    mine = Notifier("Association Test", "contact@test.example", "2 rue\nTest", "", "")
    path = save_notifier(mine)
    assert path == user_notifier_path() and path.is_file()
    assert load_notifier() == Notifier("Association Test", "contact@test.example", "2 rue Test", "", "")
    # The organisation's file, when it gives a name and an e-mail, wins: IT decides who the notices come from.
    ini = tmp_path / "reviewer.ini"
    ini.write_text(ORG, encoding="utf-8")
    monkeypatch.setenv("REVIEWER_ORG_CONFIG", str(ini))
    assert load_notifier().email == "signalements@exemple.org" and organisation_sets_notifier()
