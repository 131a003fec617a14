"""The case layer's near-duplicate groups and withheld media, on a real vault (issue 19). No Qt."""

from __future__ import annotations

import cv2

from reviewer.casework import CaseService
from reviewer.casework.groups import case_groups, seal_group
from reviewer.casework.withheld import withheld_media
from reviewer.redact import ViewingPolicy
from reviewer.redact.viewing import MINOR_NEVER, MINOR_SAME_REVIEWER
from reviewer.vault import Vault


def _case_with_copies(session, samples_dir, tmp_path):
    service = CaseService(session)
    case = service.new_case("Groupes")
    copy = tmp_path / "rocket-copy.png"
    assert cv2.imwrite(str(copy), cv2.imread(str(samples_dir / "rocket.jpg")))
    ids = [service.add_file(case, path)[0] for path in
           (samples_dir / "rocket.jpg", copy, samples_dir / "coffee.png", samples_dir / "rocket.jpg")]
    return service, case, ids


def test_a_png_reencode_and_an_identical_file_group_with_the_jpeg_and_another_photo_does_not(
        session, samples_dir, tmp_path):
    service, case, (jpeg, png, coffee, same) = _case_with_copies(session, samples_dir, tmp_path)
    groups = case_groups(service.case(case))
    assert [g.keys for g in groups] == [(jpeg, png, same), (coffee,)]
    how = {m.key: (m.how, m.distance) for m in groups[0].members}
    assert how[same][0] == "same-file"
    assert how[png][0] == "pdq" and 0 <= how[png][1] <= 31


def test_sealing_a_group_makes_one_record_per_member_naming_the_representative(session, samples_dir, tmp_path):
    service, case, (jpeg, png, coffee, same) = _case_with_copies(session, samples_dir, tmp_path)
    group = case_groups(service.case(case))[0]
    records = seal_group(service, case, group, labels=["not-sexual"], notes="Signalé par la victime.")
    assert len(records) == 2
    reviews = service.case(case).latest_reviews()
    assert set(reviews) == {png, same}  # the representative is sealed on its own, by the reviewer
    sha = service.case(case).get(jpeg).sha256
    notes = [session.decrypt_record(r)["body"]["notes"] for r in session.vault.records(case)
             if r.type == "review.sealed"]
    assert all(n.startswith("Signalé par la victime.") and sha in n for n in notes)
    assert any("PDQ distance" in n for n in notes) and any("identical file" in n for n in notes)


def test_a_suspected_minor_is_withheld_and_only_another_reviewer_may_look(session, vault_dir, samples_dir, tmp_path):
    service, case, (jpeg, png, coffee, same) = _case_with_copies(session, samples_dir, tmp_path)
    assert withheld_media(service.case(case), ViewingPolicy(), session.key_id) == {}
    service.seal_review(case, coffee, labels=["suspected-minor"])
    service.seal_review(case, coffee, labels=["non-conclusive"])  # a later review does not lift it
    withheld = service.withheld(case, ViewingPolicy())
    assert list(withheld) == [coffee]
    assert withheld[coffee].refusal == MINOR_SAME_REVIEWER
    assert withheld[coffee].sealed_by == ("Alice Martin",)
    assert withheld[coffee].sha256 == service.case(case).get(coffee).sha256 and withheld[coffee].md5
    session.enroll("Bruno Petit", "another long passphrase")
    other = Vault.open(vault_dir).unlock("another long passphrase", "Bruno Petit")
    try:
        seen = CaseService(other).withheld(case, ViewingPolicy())
        assert seen[coffee].refusal is None  # four eyes: the other reviewer may look
        assert CaseService(other).withheld(case, ViewingPolicy(minor_viewing="never"))[coffee].refusal == MINOR_NEVER
    finally:
        other.vault.close()
