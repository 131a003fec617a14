"""Videos through OpenCV's FFmpeg backend, checked against the reference vPDQ frame hashes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from reviewer.media import (
    CorruptFile, Extent, IncompleteVideo, Limits, TooLarge, UndecodableVideo, UnsupportedType, VideoReader, hamming,
    ingest, ingest_bytes, pdq_of)
from reviewer.media.pdq import MATCH_DISTANCE, USABLE_QUALITY

VIDEOS = ["chair-19-sd-bar", "doorknob-hd-no-bar", "pattern-sd-grey-bar", "test-padded-dimensions"]


def reference(path: Path) -> dict[int, tuple[int, str, float]]:
    rows = {}
    for line in path.read_text().split():
        index, quality, hex_, seconds = line.split(",")
        rows[int(index)] = (int(quality), hex_, float(seconds))
    return rows


@pytest.mark.slow
@pytest.mark.parametrize("name", VIDEOS)
def test_per_frame_pdq_agrees_with_the_reference_vpdq(data_dir, name):
    expected = reference(data_dir / "video" / f"{name}.vpdq.txt")
    media = ingest(data_dir / "video" / f"{name}.mp4", frame_pdq="every")
    got = {f.index: f for f in media.frame_pdqs}
    assert set(got) == set(expected)
    distances = [hamming(expected[i][1], got[i].pdq.hex) for i in expected]
    within = sum(d <= MATCH_DISTANCE for d in distances) / len(distances)
    # vPDQ compares only frames whose quality is usable; flat frames (quality 0) hash noise.
    usable = [i for i in expected if expected[i][0] >= USABLE_QUALITY]
    usable_within = sum(hamming(expected[i][1], got[i].pdq.hex) <= MATCH_DISTANCE for i in usable) / len(usable)
    print(f"{name}: {within:.3f} of all frames, {usable_within:.3f} of usable frames within {MATCH_DISTANCE}")
    assert usable_within >= 0.95
    assert within >= 0.7
    for i in expected:
        assert got[i].seconds == pytest.approx(expected[i][2], abs=0.001)
        assert abs(got[i].pdq.quality - expected[i][0]) <= 5


def test_padded_dimensions_decode(data_dir):
    with VideoReader((data_dir / "video" / "test-padded-dimensions.mp4").read_bytes()) as reader:
        frame = reader.frame_at(0)
        assert frame.rgb.shape == (reader.height, reader.width, 3) and frame.rgb.dtype == np.uint8
        assert frame.rgb.std() > 1  # a real picture, not a blank buffer
        assert reader.frame_count == 150 and reader.fps == pytest.approx(30)


def test_reader_properties_frames_and_keyframes(data_dir):
    data = (data_dir / "video" / "chair-19-sd-bar.mp4").read_bytes()
    with VideoReader(data) as reader:
        assert (reader.width, reader.height) == (480, 720)
        assert reader.duration_s == pytest.approx(reader.frame_count / reader.fps)
        sampled = list(reader.frames(every_s=2.0))
        assert [f.index for f in sampled[:3]] == [0, 60, 120]
        assert [f.seconds for f in sampled[:3]] == pytest.approx([0.0, 2.0, 4.0])
        keys = reader.keyframes(4)
        assert len(keys) == 4 and keys == sorted(keys, key=lambda f: f.index)
        step = reader.frame_count / 4
        assert [k.index for k in keys] == [int((i + 0.5) * step) for i in range(4)]
        # Seeking gives the same pixels as reading up to that frame.
        direct = reader.frame_at(keys[1].index)
        in_order = next(f for f in reader.frames() if f.index == keys[1].index)
        assert np.abs(direct.rgb.astype(int) - in_order.rgb.astype(int)).mean() < 1
        with pytest.raises(IndexError):
            reader.frame_at(reader.frame_count)


def test_frame_read_limit(data_dir):
    data = (data_dir / "video" / "pattern-sd-grey-bar.mp4").read_bytes()
    with VideoReader(data, Limits(max_video_frames_read=10)) as reader:
        with pytest.raises(TooLarge):
            list(reader.frames())


def test_duration_limit(data_dir):
    with pytest.raises(TooLarge):
        ingest(data_dir / "video" / "chair-19-sd-bar.mp4", Limits(max_video_seconds=5))


def test_video_api_refuses_images_and_images_refuse_video(samples_dir, data_dir):
    with pytest.raises(UnsupportedType):
        VideoReader((samples_dir / "rocket.jpg").read_bytes())
    with pytest.raises(UnsupportedType):
        ingest(data_dir / "video" / "test-padded-dimensions.mp4", frame_pdq="none").decode()
    with pytest.raises(UnsupportedType):
        ingest(samples_dir / "rocket.jpg").video()


@pytest.mark.parametrize(
    "suffix,fourcc,fmt,mime",
    [
        ("avi", "MJPG", "avi", "video/x-msvideo"),
        ("webm", "VP80", "webm", "video/webm"),
        ("mov", "mp4v", "mov", "video/quicktime"),
        ("mp4", "mp4v", "mp4", "video/mp4"),
        ("mkv", "MJPG", "mkv", "video/x-matroska"),
    ],
)
def test_other_containers(tmp_path, suffix, fourcc, fmt, mime):
    import cv2

    # Write a short synthetic clip, then read it through the same path as any upload.
    path = tmp_path / f"moving.{suffix}"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*fourcc), 10, (64, 48))
    assert writer.isOpened()
    for i in range(20):
        frame = np.zeros((48, 64, 3), np.uint8)
        frame[:, (i * 3) % 64:] = (0, 128, 255)
        writer.write(frame)
    writer.release()
    media = ingest(path)
    assert (media.kind, media.format, media.mime) == ("video", fmt, mime)
    assert media.frame_count == 20 and media.fps == pytest.approx(10)
    assert [f.index for f in media.frame_pdqs] == [0, 10]
    assert media.extension_note is None


def test_video_signature_with_garbage_body_is_corrupt():
    data = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 16 + bytes(range(256)) * 8
    with pytest.raises(CorruptFile):
        VideoReader(data)


def test_a_video_whose_frames_cannot_be_decoded_names_its_codec(data_dir):
    """Frames zeroed inside an H.264 MP4: the container opens, no picture decodes. The error is still a
    CorruptFile (what every caller handles), and tells the reader which format the video is in."""
    data = bytearray((data_dir / "video" / "chair-19-sd-bar.mp4").read_bytes())
    payload = data.find(b"mdat") + 8 + 2000
    data[payload : len(data) - 100] = bytes(len(data) - 100 - payload)
    with pytest.raises(UndecodableVideo) as caught:
        ingest_bytes(bytes(data), "zeroed.mp4")
    assert isinstance(caught.value, CorruptFile) and caught.value.code == "media.undecodable_video"
    assert "(H.264)" in caught.value.message


def test_an_av1_video_opens_and_records_the_frames_decoded_not_the_header_count(data_dir):
    """tests/data/synthetic/av1-shapes.webm: 12 synthetic AV1 frames (ffprobe decodes 12: videos.json). The locked
    OpenCV's FFmpeg decodes AV1 (so does the installed bundle's: tests/installers); its header estimate says 11
    frames (1.1 s x 10 fps). The count recorded is the 12 decoded; the 11 is kept, as a signal with its meaning."""
    expected = SYNTHETIC["files"]["av1-shapes.webm"]
    media = ingest(data_dir / "synthetic" / "av1-shapes.webm")
    assert media.kind == "video" and media.pdq is not None and (media.width, media.height) == (160, 120)
    assert media.frame_count == expected["nb_read_frames"] == 12
    assert media.declared_frame_count == 11
    assert media.duration_s == pytest.approx(1.2) and media.fps == pytest.approx(10)
    assert signal(media, "video.frame_count_differs").value == "declared 11, decoded 12"
    assert "The number recorded is the number decoded" in signal(media, "video.frame_count_differs").meaning
    assert "video.ends_early" not in ids(media)
    assert media.to_json()["frame_count"] == 12 and media.to_json()["declared_frame_count"] == 11


# What ffprobe (an independent decoder) says of the clips in tests/data/synthetic and of the cut copies below,
# recorded by tests/data/synthetic/make_videos.sh.
SYNTHETIC = json.loads((Path(__file__).parent.parent / "data" / "synthetic" / "videos.json").read_text())
CUTS = sorted(SYNTHETIC["cut"])


def signal(media, id_):
    return next(s for s in media.signals if s.id == id_)


def ids(media) -> set[str]:
    return {s.id for s in media.signals}


def cut_copy(data_dir: Path, key: str) -> bytes:
    """The first bytes of a file of tests/data, as ``rel/path@length`` names them (a partial download)."""
    rel, keep = key.split("@")
    return (data_dir / rel).read_bytes()[: int(keep)]


@pytest.mark.parametrize("key", CUTS)
def test_a_cut_video_yields_the_frames_it_holds_and_says_it_ends_early(data_dir, key):
    """A real MP4 (moov first) and a real WebM cut at several offsets: the frames before the cut decode, as in
    ffprobe; the duration is the time reached; the header's count is kept beside the count decoded; and the
    description says, in its signals, that the file ends early. OpenCV stops at the damaged packet, so up to
    the decoder's reordering delay (2 frames in this H.264) fewer frames come out than from ffprobe."""
    expected = SYNTHETIC["cut"][key]
    media = ingest_bytes(cut_copy(data_dir, key), Path(key.split("@")[0]).name)
    lost = expected["nb_read_frames"] - media.frame_count
    assert 0 <= lost <= (2 if expected["codec"] == "h264" else 0)
    assert media.declared_frame_count == (564 if expected["codec"] == "h264" else 120)
    period = 1 / 30
    ffprobe_end = expected["last_frame_time"] + expected["last_frame_duration"]
    # Constant rate: the time reached is the frames decoded times the period, and ends where ffprobe's does
    # (less the frames OpenCV does not deliver; ffprobe's own last frames may skip a damaged one).
    assert media.duration_s == pytest.approx(media.frame_count * period, abs=0.002)
    assert ffprobe_end - (lost + 2) * period - 0.002 <= media.duration_s <= ffprobe_end + 0.002
    assert media.duration_s < float(expected["format_duration"]) - 0.5  # not the header's duration
    ends = signal(media, "video.ends_early")
    assert ends.value == (f"decoded {media.frame_count} frames of {media.declared_frame_count} declared, "
                          f"{media.duration_s:.3f} s reached")
    assert "ends early" in ends.meaning and "complete copy" in ends.limits
    assert signal(media, "video.frame_count_differs").value == (
        f"declared {media.declared_frame_count}, decoded {media.frame_count}")
    # Per-second PDQ covers what decoded, and the video's PDQ is the middle of what decoded.
    assert [f.index for f in media.frame_pdqs] == list(range(0, media.frame_count, 30))
    with media.video() as reader:
        middle = reader.frame_at(media.frame_count // 2)
        assert hamming(pdq_of(middle.rgb).hex, media.pdq.hex) == 0
        with pytest.raises(IndexError):
            reader.frame_at(media.frame_count)


def test_a_clip_whose_header_claims_more_frames_is_sealed_with_the_decoded_count_and_the_signal(
        data_dir, tmp_path):
    """The record a court sees: frame_count is what decoded; the header's 564 and "ends early" are sealed with it."""
    from reviewer.vault import Vault

    key = next(k for k in CUTS if k.startswith("video/chair-19-sd-bar.mp4"))
    media = ingest_bytes(cut_copy(data_dir, key), "partial-download.mp4")
    session = Vault.create(tmp_path / "vault", reviewer_name="Alice Martin", passphrase="correct horse battery")
    try:
        case = session.new_case("Plainte")
        media_id = session.ingest(case, media)
        record = session.decrypt_record(session.vault.record(media_id))
    finally:
        session.vault.close()
    assert record["body"]["frame_count"] == media.frame_count < 564
    assert record["body"]["duration_ms"] == round(media.duration_s * 1000)
    sealed = {s["id"]: s["value"] for s in record["body"]["signals"]}  # decrypted sealed fields
    assert sealed["video.frame_count_differs"] == f"declared 564, decoded {media.frame_count}"
    assert sealed["video.ends_early"].startswith(f"decoded {media.frame_count} frames of 564 declared")


@pytest.mark.parametrize("name", ["vfr-30-then-10fps.mp4", "one-frame-8x8-live.webm", "chair-4s-vp9.webm",
                                  "av1-shapes.webm"])
def test_whole_files_do_not_end_early_and_decode_as_ffprobe_says(data_dir, name):
    expected = SYNTHETIC["files"][name]
    media = ingest(data_dir / "synthetic" / name)
    assert media.frame_count == expected["nb_read_frames"]
    assert "video.ends_early" not in ids(media)


def test_a_one_frame_8x8_webm_recorded_live_opens(data_dir):
    """WebM written as a live recording (as browsers' MediaRecorder does) has no duration: its header claims no
    frame count (OpenCV reports a huge negative number). Its one 8x8 frame opens, and nothing is invented."""
    media = ingest(data_dir / "synthetic" / "one-frame-8x8-live.webm")
    assert (media.width, media.height, media.frame_count) == (8, 8, 1)
    assert media.declared_frame_count is None and "video.frame_count_differs" not in ids(media)
    assert media.duration_s == pytest.approx(0.04)  # one frame at the stream's nominal 25 fps
    assert media.pdq is not None and [f.index for f in media.frame_pdqs] == [0]
    with media.video() as reader:
        assert reader.keyframes(3)[0].rgb.shape == (8, 8, 3)


@pytest.mark.parametrize("keep", [100, 20_000, 40_000, 56_000])
def test_an_mp4_cut_before_its_index_says_plainly_that_nothing_can_be_decoded(data_dir, keep):
    """test-padded-dimensions.mp4 keeps its moov index at the end (offset 53573): a copy cut before it has
    nothing FFmpeg can find. The error is a CorruptFile that says the file is incomplete, in plain words."""
    data = (data_dir / "video" / "test-padded-dimensions.mp4").read_bytes()[:keep]
    with pytest.raises(IncompleteVideo) as caught:
        ingest_bytes(data, "cut.mp4")
    assert isinstance(caught.value, CorruptFile) and caught.value.code == "media.incomplete_video"
    assert "incomplete" in caught.value.message and "complete copy" in caught.value.message


@pytest.mark.parametrize("keep", [5_000, 21_600])
def test_an_mp4_cut_inside_its_index_or_before_its_first_frame_says_it_is_incomplete(data_dir, keep):
    data = (data_dir / "video" / "chair-19-sd-bar.mp4").read_bytes()[:keep]  # moov is bytes 32..21498
    with pytest.raises(IncompleteVideo):
        ingest_bytes(data, "cut.mp4")


def test_a_variable_frame_rate_clip_lasts_until_its_last_presentation_time(data_dir):
    """One second at 30 fps then two at 10 fps (made by ffmpeg from tests/data material). The header's rate
    (30 fps) would give 50 / 30 = 1.67 s; the timestamps give 3 s, as ffprobe says."""
    expected = SYNTHETIC["files"]["vfr-30-then-10fps.mp4"]
    media = ingest(data_dir / "synthetic" / "vfr-30-then-10fps.mp4")
    assert media.frame_count == expected["nb_read_frames"] == 50
    assert media.duration_s == pytest.approx(expected["last_frame_time"] + expected["last_frame_duration"], abs=1e-3)
    assert media.duration_s == pytest.approx(float(expected["format_duration"]), abs=1e-3)
    assert media.fps == pytest.approx(50 / 3.0)
    # One PDQ per second of presentation time: frames 0 (0 s), 30 (1.0 s) and 40 (2.0 s).
    assert [(f.index, round(f.seconds, 3)) for f in media.frame_pdqs] == [(0, 0.0), (30, 1.0), (40, 2.0)]


def test_a_reader_measures_on_demand_and_an_extent_spares_the_measuring(data_dir):
    data = (data_dir / "synthetic" / "vfr-30-then-10fps.mp4").read_bytes()
    with VideoReader(data) as reader:
        assert reader.declared_frame_count == 50
        assert reader.extent == Extent(frames=50, duration_s=pytest.approx(3.0))
        assert len(reader.extent.times) == 50 and reader.extent.times[35] == pytest.approx(1.5)
    # With the extent an earlier reading measured, no walk is needed, so a small read limit is no obstacle.
    with VideoReader(data, Limits(max_video_frames_read=1), extent=Extent(50, 3.0)) as reader:
        assert (reader.frame_count, reader.duration_s) == (50, 3.0)
        assert reader.frame_at(0).rgb.shape == (180, 120, 3)
    with VideoReader(data, Limits(max_video_frames_read=10)) as reader:
        with pytest.raises(TooLarge):
            reader.frame_count


@pytest.mark.parametrize("name", ["synthetic/vfr-30-then-10fps.mp4", "video/chair-19-sd-bar.mp4",
                                  "synthetic/chair-4s-vp9.webm"])
def test_a_frame_found_by_seeking_is_the_frame_of_that_index(data_dir, name):
    """FFmpeg's seek by frame number assumes a constant rate: in the VFR clip frame 35 (1.5 s) would land on
    frame 48 (2.8 s). frame_at seeks before the frame and recognises it by its measured presentation time, in
    any order, so index, time and pixels are those of the frame read in order."""
    data = (data_dir / name).read_bytes()
    with VideoReader(data) as reader:
        in_order = {f.index: f for f in reader.frames()}
        last = reader.frame_count - 1
        for index in (35, last, 5, last - 40, 1, last // 2, 0):
            found = reader.frame_at(index)
            assert (found.index, found.seconds) == (index, in_order[index].seconds)
            assert np.array_equal(found.rgb, in_order[index].rgb)
        keys = reader.keyframes(3)
        assert [np.array_equal(k.rgb, in_order[k.index].rgb) for k in keys] == [True] * 3


def test_the_command_line_stores_a_partial_video_and_says_in_french_that_it_ends_early(data_dir, tmp_path):
    """`reviewer ingest` of a partial download: stored (exit 0), and never as a plain success."""
    import os
    import subprocess
    import sys

    partial = tmp_path / "telechargement-partiel.mp4"
    partial.write_bytes(cut_copy(data_dir, next(k for k in CUTS if k.startswith("video/chair-19-sd-bar.mp4"))))
    env = {**os.environ, "REVIEWER_PASSPHRASE": "correct horse battery"}
    fast_kdf_reviewer = str(Path(__file__).resolve().parents[1] / "reviewer_fast_kdf.py")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, fast_kdf_reviewer, "--lang", "fr", *args, "--vault", str(tmp_path / "v")],
                              capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)

    assert run("vault", "init", "--name", "Alice Martin").returncode == 0
    case = run("case", "new", "Plainte").stdout.split()[-1]
    out = run("ingest", case, str(partial))
    assert out.returncode == 0, out.stderr
    assert "Le fichier s'arrête trop tôt" in out.stdout and "of 564 declared" in out.stdout
    described = json.loads(run("ingest", case, str(partial), "--json").stdout)
    assert [s["id"] for s in described["video_signals"]] == ["video.frame_count_differs", "video.ends_early"]
