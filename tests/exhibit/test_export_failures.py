"""A cancelled or failed export leaves no file and no export record; progress is reported; the CLI exports."""

from __future__ import annotations

import hashlib
import zipfile

import pytest

from reviewer.cli import main as cli_main
from reviewer.exhibit import errors
from reviewer.exhibit.bundle import export_case


def export_records(world):
    return [r for r in world.vault.records(world.case_a) if r.type == "exhibit.exported"]


@pytest.mark.parametrize("cancel_at", [0, 2, "writing"])
def test_cancel_leaves_nothing_behind(world, tmp_path, cancel_at):
    before = len(export_records(world))
    steps: list[str] = []

    def progress(done: int, total: int, step: str) -> None:
        assert 0 <= done < total
        steps.append(step)

    def cancel() -> bool:
        return len(steps) > cancel_at if isinstance(cancel_at, int) else steps[-1:] == ["writing"]

    with pytest.raises(errors.ExportCancelled) as caught:
        export_case(world.vault, world.alice, world.case_a, tmp_path / "out.zip", lang="en", progress=progress,
                    cancel=cancel)
    assert "cancelled" in caught.value.message
    assert list(tmp_path.iterdir()) == [], "no bundle and no temporary file"
    assert len(export_records(world)) == before


def test_unwritable_destination_is_a_typed_error_with_nothing_left(world, tmp_path):
    before = len(export_records(world))
    with pytest.raises(errors.ExportFailed):
        export_case(world.vault, world.alice, world.case_a, tmp_path / "missing-dir" / "out.zip", lang="en")
    assert list(tmp_path.iterdir()) == []
    assert len(export_records(world)) == before


def test_failure_while_recording_removes_the_temporary_bundle(world, tmp_path):
    # A session whose key was revoked cannot sign the export record: the bundle must not appear.
    from reviewer.vault import VaultError

    carol_id = world.alice.enroll("Carol Durand", "carol's long passphrase")
    carol = world.vault.unlock("carol's long passphrase", "Carol Durand")
    world.alice.revoke(carol_id, "left the organisation")
    before = len(export_records(world))
    with pytest.raises(VaultError):
        export_case(world.vault, carol, world.case_a, tmp_path / "out.zip", lang="en")
    # The file was placed before the record was refused, and removed again: nothing is left.
    assert list(tmp_path.iterdir()) == []
    assert len(export_records(world)) == before


def test_unknown_case_is_a_typed_error(world, tmp_path):
    with pytest.raises(errors.CaseNotFound):
        export_case(world.vault, world.alice, "0123456789abcdef", tmp_path / "out.zip")
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_every_step(world, tmp_path):
    seen: list[tuple[int, int, str]] = []
    export_case(world.vault, world.alice, world.case_a, tmp_path / "out.zip", lang="en",
                progress=lambda d, t, s: seen.append((d, t, s)))
    assert [d for d, _, _ in seen] == list(range(len(seen)))
    assert seen[-1][2] == "writing" and seen[-1][0] == seen[-1][1] - 1


def test_command_line_export_then_verify(world, tmp_path, monkeypatch, capsys, kit):
    monkeypatch.setenv("REVIEWER_PASSPHRASE", kit.pass_a)
    out = tmp_path / "cli.zip"
    status = cli_main(["export", world.case_a[:8], "--out", str(out), "--lang", "fr", "--recipient", "Me Durand",
                       "--vault", str(world.vault_dir), "--reviewer", "Alice Martin"])
    assert status == 0
    printed = capsys.readouterr().out
    assert hashlib.sha256(out.read_bytes()).hexdigest() in printed
    assert not [n for n in zipfile.ZipFile(out).namelist() if "/original." in n]
    assert cli_main(["--lang", "en", "verify-exhibit", "--expect-key", world.vault.vkey, str(out)]) == 0
    assert "intact, complete, and signed by the expected vault" in capsys.readouterr().out


def test_purged_media_keep_their_hashes_only(world, kit, tmp_path, capsys):
    # Last in this module: it changes the shared case.
    media_id = world.media["rocket.jpg"]
    world.alice.purge_media(world.case_a, media_id, "victim asked for deletion")
    out = export_case(world.vault, world.alice, world.case_a, tmp_path / "purged.zip", lang="en",
                      include_originals=True).path
    names = zipfile.ZipFile(out).namelist()
    assert not [n for n in names if n.startswith(f"media/{media_id}/")]
    assert cli_main(["--lang", "en", "verify-exhibit", "--expect-key", world.vault.vkey, str(out)]) == 0
    assert "intact, complete, and signed by the expected vault" in capsys.readouterr().out


def test_failed_rename_records_no_export(world, tmp_path):
    # The destination is a folder holding a file, so the rename into place fails: the vault must not
    # record an exhibit that does not exist, and nothing is left beside the destination.
    out = tmp_path / "out.zip"
    out.mkdir()
    (out / "keep.txt").write_text("untouched")
    before = len(export_records(world))
    with pytest.raises(errors.ExportFailed):
        export_case(world.vault, world.alice, world.case_a, out, lang="en")
    assert len(export_records(world)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.zip"]
    assert (out / "keep.txt").read_text() == "untouched"
