"""``reviewer analyse`` and ``reviewer ingest --analyse``, run as real child processes on a real vault."""

from __future__ import annotations

import json

from reviewer.vault import Vault

from .test_vault_cli import _case, run, vault  # noqa: F401 - the vault fixture


def analyses(vault_dir, case_id) -> list[dict]:
    """The analysis.run bodies of a case, read from the vault file as any reader would."""
    with Vault.open(vault_dir, read_only=True) as opened:
        return [r.body for r in opened.records(case_id) if r.type == "analysis.run"]


def test_analyse_records_detection_and_heatmaps_then_nothing_the_second_time(vault, samples_dir):  # noqa: F811
    case = _case(vault)
    out = run("ingest", case, str(samples_dir / "coffee.png"), str(samples_dir / "rocket.jpg"), "--json",
              "--vault", str(vault))
    media = [json.loads(line)["media"] for line in out.stdout.splitlines()]

    first = run("analyse", case, "--json", "--vault", str(vault))
    assert first.returncode == 0, first.stderr
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert [(line["media"], line["recorded"]) for line in lines] == [(m, ["detection", "heatmaps"]) for m in media]
    bodies = analyses(vault, case)
    # As the window records them: per image, a detection and a heatmaps analysis.run naming the media id,
    # the heatmaps record listing its maps (each stored encrypted, with the PNG's SHA-256).
    assert [(b["media"], b["method"]["id"]) for b in bodies] == [
        (media[0], "detect.regions"), (media[0], "detect.heatmaps"),
        (media[1], "detect.regions"), (media[1], "detect.heatmaps")]
    assert bodies[1]["heatmaps"] and set(bodies[3]["heatmaps"]) > set(bodies[1]["heatmaps"])  # + JPEG-only maps
    assert all(len(h["sha256"]) == 64 and h["blob"]["id"] for h in bodies[3]["heatmaps"].values())

    second = run("analyse", case, "--vault", str(vault))
    assert second.returncode == 0, second.stderr
    assert analyses(vault, case) == bodies
    assert second.stdout.count("already recorded, nothing added") == 2
    assert "2 media analysed, 0 new records." in second.stderr


def test_ingest_with_analyse_does_both_and_analyse_of_one_media_only_touches_it(vault, samples_dir):  # noqa: F811
    case = _case(vault)
    out = run("ingest", case, str(samples_dir / "chelsea.png"), "--analyse", "--json", "--vault", str(vault))
    assert out.returncode == 0, out.stderr
    stored, analysed = (json.loads(line) for line in out.stdout.splitlines())
    assert analysed["media"] == stored["media"] and analysed["recorded"] == ["detection", "heatmaps"]

    out = run("ingest", case, str(samples_dir / "rocket.jpg"), "--json", "--vault", str(vault))
    rocket = json.loads(out.stdout)["media"]
    again = run("analyse", case, rocket[:8], "--json", "--vault", str(vault))
    assert [json.loads(line)["media"] for line in again.stdout.splitlines()] == [rocket]
    assert len(analyses(vault, case)) == 4


def test_analyse_says_so_in_french(vault, samples_dir):  # noqa: F811
    case = _case(vault)
    run("ingest", case, str(samples_dir / "coffee.png"), "--analyse", "--vault", str(vault))
    out = run("analyse", case, "--vault", str(vault), lang="fr")
    assert out.returncode == 0, out.stderr
    assert "déjà enregistré" in out.stdout
