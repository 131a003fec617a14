"""Every alteration of a bundle is caught by both verifiers, with a message naming the file or record.

"Both verifiers": the copy of verify_exhibit.py shipped inside the bundle (loaded from the bundle's own
bytes, as the other side runs it) and the application's ``reviewer verify-exhibit``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import zipfile
from pathlib import Path

import pytest

from reviewer.cli import main as cli_main
from reviewer.exhibit.bundle import export_case


@pytest.fixture(scope="module")
def exhibits(world, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tamper")
    EXPECTED["key"] = world.vault.fingerprint
    a = export_case(world.vault, world.alice, world.case_a, folder / "a.zip", lang="en", include_originals=True)
    b = export_case(world.vault, world.bruno, world.case_b, folder / "b.zip", lang="en")
    # The bundle's own verifier, imported from the bytes inside the bundle.
    script = folder / "shipped_verify_exhibit.py"
    script.write_bytes(zipfile.ZipFile(a.path).read("verify_exhibit.py"))
    spec = importlib.util.spec_from_file_location("shipped_verify_exhibit", script)
    shipped = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = shipped  # dataclasses need the module registered
    spec.loader.exec_module(shipped)
    return a.path, b.path, shipped


def both_verifiers(path: Path, shipped, capsys, expect_key: str | None = None) -> tuple[bool, str]:
    """Run the shipped verifier and ``reviewer verify-exhibit``, pinned to the world vault's key
    (``expect_key``, default: that vault's fingerprint); both must print the same report."""
    expect_key = expect_key or EXPECTED["key"]
    ok, lines = shipped.verify(path, "en", expect_key=expect_key)
    capsys.readouterr()
    status = cli_main(["--lang", "en", "verify-exhibit", "--expect-key", expect_key, str(path)])
    out = capsys.readouterr().out
    assert out == "\n".join(lines) + "\n", "the two verifiers must print the same report"
    assert (status == 0) == ok
    return ok, out


EXPECTED: dict[str, str] = {}


def failed_lines(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith("FAILED")]


def test_the_untouched_bundle_passes(exhibits, capsys):
    a, _, shipped = exhibits
    ok, report = both_verifiers(a, shipped, capsys)
    assert ok, report


def test_every_single_byte_change_in_every_file_is_detected(exhibits, kit, tmp_path, capsys):
    a, _, shipped = exhibits
    files = kit.bundle_files(a)
    checked = 0
    for name, data in sorted(files.items()):
        # A few positions per file: first byte, middle, last (and one more for large files).
        positions = sorted({0, len(data) // 2, len(data) - 1} | ({len(data) // 3} if len(data) > 4096 else set()))
        for position in positions:
            changed = bytearray(data)
            changed[position] ^= 0x01
            path = kit.write_bundle(tmp_path / "flip.zip", {**files, name: bytes(changed)})
            ok, report = both_verifiers(path, shipped, capsys)
            assert not ok, f"flip at {position} of {name} went unnoticed:\n{report}"
            problems = failed_lines(report)
            assert problems, report
            counted = "(1 problem)" if len(problems) == 1 else f"({len(problems)} problems)"
            assert counted in report and "(1 problems)" not in report, report  # singular and plural
            if name != "manifest.json":
                assert any(name in line for line in problems), f"{name} not named:\n{report}"
            checked += 1
    assert checked >= 3 * len(files) - 5


def test_removing_a_record_is_detected_even_with_a_forged_manifest(exhibits, kit, tmp_path, capsys):
    a, _, shipped = exhibits
    files = kit.bundle_files(a)
    last = max(int(m.group(1)) for n in files if (m := re.fullmatch(r"log/case/(\d{6})\.json", n)))
    # The last record: the chain is intact, only the signed checkpoint can tell.
    tail = {n: d for n, d in files.items() if not n.startswith(f"log/case/{last:06d}.")}
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "tail.zip", kit.reseal_manifest(tail)), shipped, capsys)
    assert not ok
    assert any("log/case/checkpoint" in line and "removed or added" in line for line in failed_lines(report)), report
    # A record in the middle: a gap in the numbering.
    middle = {n: d for n, d in files.items() if not n.startswith("log/case/000003.")}
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "mid.zip", kit.reseal_manifest(middle)), shipped, capsys)
    assert not ok
    assert any("record 3 of the case log is missing" in line for line in failed_lines(report)), report


def test_adding_a_record_from_another_case_is_detected(exhibits, kit, tmp_path, capsys):
    a, b, shipped = exhibits
    files = kit.bundle_files(a)
    other = kit.bundle_files(b)
    last = max(int(m.group(1)) for n in files if (m := re.fullmatch(r"log/case/(\d{6})\.json", n)))
    added = dict(files)
    new = f"log/case/{last + 1:06d}"
    added[f"{new}.json"] = other["log/case/000001.json"]
    added[f"{new}.sig"] = other["log/case/000001.sig"]
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "added.zip", kit.reseal_manifest(added)), shipped, capsys)
    assert not ok
    # Named precisely: the added file, and why it cannot be this case's record.
    assert any(f"{new}.json" in line and ("another case" in line or "says it is record 1" in line)
               for line in failed_lines(report)), report


def test_replacing_the_checkpoint_is_detected(world, exhibits, kit, tmp_path, capsys):
    a, b, shipped = exhibits
    files = kit.bundle_files(a)
    # Another case's genuine checkpoint, signed by the same vault key.
    other = dict(files, **{"log/case/checkpoint": kit.bundle_files(b)["log/case/checkpoint"]})
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "cp1.zip", kit.reseal_manifest(other)), shipped, capsys)
    assert not ok
    assert any("log/case/checkpoint" in line for line in failed_lines(report)), report
    # An older genuine checkpoint of the same case (before the last records).
    older = world.vault.checkpoints(world.case_a)[-4].encode()
    stale = dict(files, **{"log/case/checkpoint": older})
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "cp2.zip", kit.reseal_manifest(stale)), shipped, capsys)
    assert not ok
    assert any("log/case/checkpoint" in line and "removed or added" in line for line in failed_lines(report)), report
    # A checkpoint with a forged root (signature no longer verifies).
    text = files["log/case/checkpoint"].decode()
    lines = text.split("\n")
    lines[2] = "A" * 43 + "="
    forged = dict(files, **{"log/case/checkpoint": "\n".join(lines).encode()})
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "cp3.zip", kit.reseal_manifest(forged)), shipped, capsys)
    assert not ok
    assert any("log/case/checkpoint" in line and "not valid" in line for line in failed_lines(report)), report


def test_a_changed_disclosed_value_is_detected(exhibits, kit, tmp_path, capsys):
    a, _, shipped = exhibits
    files = kit.bundle_files(a)
    opening = files["log/case/000000.open.json"]
    changed = opening.replace(b"Plainte Dupont", b"Plainte Durand")
    assert changed != opening
    ok, report = both_verifiers(
        kit.write_bundle(tmp_path / "open.zip", kit.reseal_manifest(dict(files, **{"log/case/000000.open.json": changed}))),
        shipped, capsys)
    assert not ok
    assert any("log/case/000000.open.json" in line and "title" in line for line in failed_lines(report)), report


def test_a_swapped_original_is_detected(world, exhibits, kit, tmp_path, capsys):
    a, _, shipped = exhibits
    files = kit.bundle_files(a)
    name = f"media/{world.media['astronaut.png']}/original.png"
    swapped = dict(files, **{name: kit.synthetic_png(3)})
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "swap.zip", kit.reseal_manifest(swapped)), shipped, capsys)
    assert not ok
    assert any(name in line and "not the original" in line for line in failed_lines(report)), report


def test_a_hostile_zip_is_refused_by_both_verifiers(exhibits, kit, tmp_path, capsys):
    _, _, shipped = exhibits
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("../../outside.txt", b"x")
    ok, report = both_verifiers(path, shipped, capsys)
    assert not ok
    assert "unsafe name" in report and "could not be read safely" in report
    assert not (tmp_path.parent / "outside.txt").exists()


def test_an_added_file_is_reported_even_when_listed_in_a_forged_manifest(exhibits, kit, tmp_path, capsys):
    a, _, shipped = exhibits
    files = kit.bundle_files(a)
    unlisted = dict(files, **{"notes.txt": b"added later"})
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "u.zip", unlisted), shipped, capsys)
    assert not ok and any("notes.txt" in line and "not listed" in line for line in failed_lines(report)), report
    listed = kit.reseal_manifest(dict(files, **{"log/keys/000000.open.json": b"{}"}))
    ok, report = both_verifiers(kit.write_bundle(tmp_path / "l.zip", listed), shipped, capsys)
    assert not ok and any("log/keys/000000.open.json" in line and "no place" in line
                          for line in failed_lines(report)), report


def test_forged_content_behind_a_resealed_manifest_gets_a_precise_message(world, exhibits, kit, tmp_path, capsys):
    # With manifest.json recomputed, only the deeper checks stand: each change to a record, signature,
    # opening, checkpoint or proof must be named precisely, never as an unexpected failure of the verifier.
    a, _, shipped = exhibits
    files = kit.bundle_files(a)
    targets = sorted(n for n in files if n.startswith("log/"))
    import random

    rng = random.Random(7)
    for name in targets:
        data = files[name]
        for position in {0, len(data) // 2, len(data) - 1, rng.randrange(len(data))}:
            changed = bytearray(data)
            changed[position] ^= 0x01
            forged = kit.reseal_manifest({**files, name: bytes(changed)})
            ok, lines = shipped.verify(kit.write_bundle(tmp_path / "forged.zip", forged), "en",
                                       expect_key=world.vault.fingerprint)
            report = "\n".join(lines)
            assert not ok, f"{name}@{position}:\n{report}"
            assert "unexpected content" not in report, f"{name}@{position}:\n{report}"
            assert any(line.startswith("FAILED") and ("log/" in line or "record" in line) for line in lines), report
