"""`reviewer scan` end to end: a folder with a corrupt file, a directory loop and a video; resume; Ctrl-C."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import cv2
import jsonschema
import numpy as np
import pytest

from reviewer.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
SCHEMA = json.loads((ROOT / "docs" / "scan-report.schema.json").read_text())
VIDEO = ROOT / "tests" / "data" / "video" / "pattern-sd-grey-bar.mp4"


def lines(report: Path) -> list[dict]:
    out = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    for record in out:
        jsonschema.validate(record, SCHEMA)
    return out


@pytest.fixture
def messy_folder(tmp_path, samples_dir) -> Path:
    folder = tmp_path / "case"
    (folder / "photos" / "nested").mkdir(parents=True)
    shutil.copy(samples_dir / "astronaut.png", folder / "photos" / "astronaut.png")
    shutil.copy(samples_dir / "rocket.jpg", folder / "photos" / "nested" / "rocket.jpg")
    shutil.copy(samples_dir / "rocket.jpg", folder / "photos" / "copy-of-rocket.jpg")
    data = (samples_dir / "coffee.png").read_bytes()
    (folder / "photos" / "broken.png").write_bytes(data[: len(data) // 3])  # cut short: corrupt
    (folder / "notes.txt").write_text("not a picture")
    shutil.copy(VIDEO, folder / "clip.mp4")
    os.symlink(folder, folder / "photos" / "nested" / "back-to-top")  # a directory loop
    return folder


def test_scan_survives_a_messy_folder_and_its_report_validates(messy_folder, tmp_path, capsys):
    report = tmp_path / "report.jsonl"
    heatmaps = tmp_path / "maps"
    assert main(["scan", str(messy_folder), "--out", str(report), "--heatmaps", str(heatmaps)]) == 0
    records = {Path(r["path"]).name: r for r in lines(report)}
    assert records["back-to-top"]["status"] == "problem" and records["back-to-top"]["problem"] == "directory_loop"
    assert records["broken.png"]["status"] == "error" and records["broken.png"]["error"] == "media.corrupt"
    assert records["notes.txt"]["error"] == "media.unsupported_type"
    astronaut = records["astronaut.png"]
    assert astronaut["status"] == "ok" and astronaut["summary"]["face"]["count"] >= 1
    assert astronaut["pdq"]["usable"] and astronaut["method"]["model"] == "nudenet-320n"
    assert [h["id"] for h in astronaut["heatmaps"]] == ["region_density", "noise_residual", "noise_variance"]
    for heatmap in astronaut["heatmaps"]:
        assert (heatmaps / heatmap["file"]).read_bytes().startswith(b"\x89PNG")
    # Walk order is by name: photos/copy-of-rocket.jpg is analysed, photos/nested/rocket.jpg is its duplicate.
    rocket, duplicate = records["copy-of-rocket.jpg"], records["rocket.jpg"]
    # JPEG input: the double-JPEG map, ELA and ghosts too.
    assert [h["id"] for h in rocket["heatmaps"]][-3:] == ["double_jpeg", "ela", "jpeg_ghost"]
    # Each map says what it means and how reliable it was measured to be; the blind maps are expert maps.
    tiers = {h["id"]: h["tier"] for h in rocket["heatmaps"]}
    assert tiers["noise_residual"] == tiers["ela"] == tiers["jpeg_ghost"] == "expert"
    assert tiers["region_density"] == "default"
    for heatmap in rocket["heatmaps"]:
        assert heatmap["cue"]["name"] and heatmap["cue"]["limits"]
    assert "as often as chance" in next(h for h in rocket["heatmaps"] if h["id"] == "noise_variance")["cue"]["measured"]
    assert duplicate["status"] == "duplicate" and duplicate["duplicate_of"] == rocket["path"]
    assert duplicate["sha256"] == rocket["sha256"]
    clip = records["clip.mp4"]
    assert clip["status"] == "ok" and clip["kind"] == "video"
    assert clip["video"]["sampled_frames"] >= 2 * int(clip["duration_s"])
    err = capsys.readouterr().err
    assert "Scan finished" in err and "1 folder problems" in err


def test_a_second_run_skips_what_is_reported_and_output_is_deterministic(messy_folder, tmp_path):
    report = tmp_path / "report.jsonl"
    assert main(["scan", str(messy_folder), "--out", str(report), "--jobs", "1"]) == 0
    first = report.read_bytes()
    assert main(["scan", str(messy_folder), "--out", str(report)]) == 0
    assert report.read_bytes() == first  # nothing new: every file was skipped
    other = tmp_path / "again.jsonl"
    assert main(["scan", str(messy_folder), "--out", str(other), "--jobs", "2"]) == 0
    assert other.read_bytes() == first  # one worker or several, the same bytes


def test_a_cut_last_line_is_dropped_and_the_file_scanned_again(messy_folder, tmp_path):
    report = tmp_path / "report.jsonl"
    assert main(["scan", str(messy_folder), "--out", str(report)]) == 0
    complete = report.read_bytes()
    report.write_bytes(complete[: len(complete) - 40])  # as if killed in the middle of the last line
    assert main(["scan", str(messy_folder), "--out", str(report)]) == 0
    assert report.read_bytes() == complete


def test_ctrl_c_keeps_finished_lines_and_a_rerun_completes_the_report(tmp_path, samples_dir):
    folder = tmp_path / "many"
    folder.mkdir()
    base = cv2.resize(cv2.imread(str(samples_dir / "chelsea.png")), (2400, 1600))
    files = 24
    for i in range(files):
        cv2.imwrite(str(folder / f"img-{i:03d}.jpg"), cv2.add(base, np.full_like(base, i)))
    report = tmp_path / "report.jsonl"
    # Ctrl-C as from a terminal: the child gets SIGINT's default disposition even when this test runs in a
    # background job (a shell starts those with SIGINT ignored, which Python, rightly, keeps ignoring).
    process = subprocess.Popen([sys.executable, "-m", "reviewer", "scan", str(folder), "--out", str(report)],
                               stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not report.exists() or report.read_text().count("\n") < 2):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Run the same command again" in err
    partial = lines(report)
    assert 2 <= len(partial) < files
    assert main(["scan", str(folder), "--out", str(report)]) == 0
    records = lines(report)
    assert sorted(Path(r["path"]).name for r in records) == sorted(p.name for p in folder.iterdir())
    assert all(r["status"] == "ok" for r in records)


def altered_model(tmp_path: Path, monkeypatch) -> None:
    """Point the registry at a copy of the model with one byte changed (its manifest keeps the true hash)."""
    from reviewer.detect import load_manifest

    entry = load_manifest()["nudenet-320n"]
    data = bytearray(entry.path.read_bytes())
    data[1000] ^= 0xFF
    (tmp_path / "m.onnx").write_bytes(bytes(data))
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"models": [{"name": "nudenet-320n", "version": "x", "file": "m.onnx",
                                                "sha256": entry.sha256, "licence": "AGPL-3.0",
                                                "labels": list(entry.labels), "groups": entry.groups}]}))
    monkeypatch.setenv("REVIEWER_MODEL_MANIFEST", str(manifest))


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_scan_refuses_to_start_with_an_altered_model(tmp_path, monkeypatch, samples_dir, capsys, jobs):
    altered_model(tmp_path, monkeypatch)
    report = tmp_path / "report.jsonl"
    assert main(["scan", str(samples_dir), "--out", str(report), "--jobs", jobs]) == 1
    assert "changed or damaged" in capsys.readouterr().err
    assert not report.exists()


def test_an_altered_model_leaves_an_earlier_report_as_it_was(tmp_path, monkeypatch, samples_dir, capsys):
    # The workers start reading files while the model is checked in the background: no line may come of it.
    report = tmp_path / "report.jsonl"
    assert main(["scan", str(samples_dir / "rocket.jpg"), "--out", str(report)]) == 0
    before = report.read_bytes()
    altered_model(tmp_path, monkeypatch)
    assert main(["scan", str(samples_dir), "--out", str(report)]) == 1
    assert "changed or damaged" in capsys.readouterr().err
    assert report.read_bytes() == before


def test_the_report_and_heatmaps_inside_the_scanned_folder_are_not_scanned(tmp_path, samples_dir):
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(samples_dir / "coffee.png", folder / "coffee.png")
    report = folder / "report.jsonl"
    assert main(["scan", str(folder), "--out", str(report), "--heatmaps", str(folder / "maps")]) == 0
    assert main(["scan", str(folder), "--out", str(report), "--heatmaps", str(folder / "maps")]) == 0
    assert [Path(r["path"]).name for r in lines(report)] == ["coffee.png"]


def test_an_unwritable_report_is_a_clear_error_before_any_work(tmp_path, samples_dir, capsys):
    assert main(["scan", str(samples_dir), "--out", str(tmp_path / "missing-folder" / "r.jsonl")]) == 1
    assert "cannot be written" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_heatmaps_are_written_with_the_sensitive_regions_blurred_unless_asked_otherwise(tmp_path, samples_dir, jobs):
    """A noise-residual map shows the face it was computed from: inside the detected face it is blurred
    (as in the window's overlay), elsewhere it is the map as computed; --unredacted-heatmaps writes it whole."""
    from reviewer.detect import RegionDetector, heatmaps_for
    from reviewer.media import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(samples_dir / "astronaut.png", folder / "astronaut.png")
    media = ingest(folder / "astronaut.png")
    found = RegionDetector().detect_media(media)
    face = next(r for r in found.regions if r.group == "face")
    raw = {h.id: cv2.imdecode(np.frombuffer(h.to_png_bytes(), np.uint8), cv2.IMREAD_GRAYSCALE)
           for h in heatmaps_for(media, found)}

    for flags, redacted in (([], True), (["--unredacted-heatmaps"], False)):
        maps = tmp_path / f"maps-{redacted}"
        report = tmp_path / f"report-{redacted}.jsonl"
        assert main(["scan", str(folder), "--out", str(report), "--heatmaps", str(maps), "--jobs", jobs, *flags]) == 0
        (record,) = lines(report)
        entry = next(h for h in record["heatmaps"] if h["id"] == "noise_residual")
        assert entry["redacted"] is redacted and entry["file"].endswith("_unredacted.png") is not redacted
        written = cv2.imread(str(maps / entry["file"]), cv2.IMREAD_GRAYSCALE)
        expected = raw["noise_residual"]
        sy, sx = expected.shape[0] / media.height, expected.shape[1] / media.width
        inside = (slice(int(face.y0 * sy) + 2, int(face.y1 * sy) - 2), slice(int(face.x0 * sx) + 2, int(face.x1 * sx) - 2))
        if redacted:
            assert written[inside].std() < 0.5 * expected[inside].astype(float).std()  # the face's detail is gone
            assert np.array_equal(written[-20:, :20], expected[-20:, :20])  # far from any region: unchanged
        else:
            assert np.array_equal(written, expected)


def test_copies_of_one_picture_analysed_at_once_write_whole_heatmaps(tmp_path, samples_dir):
    # Identical files get identical heatmap names, and several worker threads may write them at the same
    # moment: each write goes through its own temporary file, so every map is whole and none is left half-made.
    folder = tmp_path / "copies"
    folder.mkdir()
    for i in range(8):
        shutil.copy(samples_dir / "rocket.jpg", folder / f"copy-{i}.jpg")
    maps = tmp_path / "maps"
    report = tmp_path / "report.jsonl"
    assert main(["scan", str(folder), "--out", str(report), "--heatmaps", str(maps), "--jobs", "4"]) == 0
    records = lines(report)
    assert [r["status"] for r in records] == ["ok"] + ["duplicate"] * 7
    written = sorted(p.name for p in maps.iterdir())
    assert written == sorted(h["file"] for h in records[0]["heatmaps"])  # no temporary file left
    for name in written:
        assert cv2.imread(str(maps / name), cv2.IMREAD_GRAYSCALE) is not None


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="CPU affinity is a Linux feature")
def test_scan_threads_follow_the_cores_this_process_may_use():
    """A container or `taskset` may allow fewer cores than the machine has: count those."""
    script = ("import os; os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]}); "
              "from reviewer.casework.scan import Scanner, default_jobs, usable_cores; "
              "print(usable_cores(), default_jobs(), Scanner(None).heatmap_slots._value)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "2", "1"]
