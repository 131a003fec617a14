"""The per-media pipeline as pure state, and the keep-recent memory policy (no vault, no Qt, no model)."""

from __future__ import annotations

from reviewer.casework import KeepRecent, MediaProgress, MediaRecords, Stage, Step, next_step

REGIONS = {"id": "detect.regions", "version": "2", "model_sha256": "ab" * 32, "params": {"threshold": 0.25}}
HEATMAPS = {"id": "detect.heatmaps", "version": "1"}


def recorded(**changes) -> MediaRecords:
    item = MediaRecords("m" * 32, 1, "2026-12-06T10:00:00Z", "photo.jpg", "image", "0" * 64, 640, 480, 1000)
    for key, value in changes.items():
        setattr(item, key, value)
    return item


def with_analyses(item: MediaRecords, *methods: dict) -> MediaRecords:
    from reviewer.casework import method_identity

    for number, method in enumerate(methods):
        item.analyses[method_identity(method)] = f"r{number}"
        if method["id"] == "detect.regions":
            item.detection, item.detection_method = f"r{number}", method
        if method["id"] == "detect.heatmaps":
            item.heatmaps = f"r{number}"
    return item


def test_a_new_file_is_read_then_stored_then_detected_then_mapped():
    progress = MediaProgress(from_file=True)
    assert progress.stage is Stage.NEW and next_step(progress, None) is Step.READ_FILE
    progress = progress.with_(described=True, kind="image")
    assert progress.stage is Stage.DESCRIBED and next_step(progress, None) is Step.STORE
    progress = progress.with_(media_id="m" * 32)
    assert progress.stage is Stage.STORED
    assert next_step(progress, recorded(), detection_method=REGIONS) is Step.DETECT
    progress = progress.with_(detected=True)
    assert next_step(progress, recorded(), heatmaps_method=HEATMAPS) is Step.HEATMAPS
    assert next_step(progress, recorded(), want_heatmaps=False) is Step.DONE
    progress = progress.with_(heatmaps=True)
    assert progress.stage is Stage.HEATMAPS and next_step(progress, recorded()) is Step.DONE


def test_a_stored_media_reuses_what_is_recorded():
    progress = MediaProgress(media_id="m" * 32)
    item = with_analyses(recorded(), REGIONS, HEATMAPS)
    assert next_step(progress, item) is Step.READ_BACK
    progress = progress.with_(described=True, kind="image")
    assert next_step(progress, item, detection_method=REGIONS) is Step.REUSE_DETECTION
    assert next_step(progress, item, detection_method=None) is Step.REUSE_DETECTION  # model still loading
    progress = progress.with_(detected=True)
    assert next_step(progress, item, heatmaps_method=HEATMAPS) is Step.REUSE_HEATMAPS


def test_another_model_version_or_threshold_means_a_new_analysis():
    progress = MediaProgress(media_id="m" * 32, described=True, kind="image")
    item = with_analyses(recorded(), REGIONS, HEATMAPS)
    assert next_step(progress, item, detection_method={**REGIONS, "version": "3"}) is Step.DETECT
    assert next_step(progress, item, detection_method={**REGIONS, "model_sha256": "cd" * 32}) is Step.DETECT
    assert next_step(progress, item, detection_method={**REGIONS, "params": {"threshold": 0.4}}) is Step.DETECT
    # The vault keeps non-integer numbers as decimal strings: "0.25" is the same threshold as 0.25.
    assert next_step(progress, item, detection_method={**REGIONS, "params": {"threshold": "0.25"}}) \
        is Step.REUSE_DETECTION
    progress = progress.with_(detected=True)
    assert next_step(progress, item, heatmaps_method={**HEATMAPS, "version": "2"}) is Step.HEATMAPS


def test_videos_are_detected_again_to_show_tracked_regions_but_not_recorded_again():
    video = {**REGIONS, "id": "detect.video_regions", "version": "1"}
    item = with_analyses(recorded(kind="video"), video)
    item.detection, item.detection_method = "r0", video
    progress = MediaProgress(media_id="m" * 32, described=True, kind="video")
    assert next_step(progress, item, detection_method=video) is Step.DETECT_UNRECORDED
    assert next_step(progress.with_(detected=True), item) is Step.DONE  # no heatmaps for a video


def test_purged_or_failed_media_go_no_further():
    assert next_step(MediaProgress(media_id="m" * 32), recorded(purged=True)) is Step.DONE
    assert next_step(MediaProgress(failed="unreadable"), None) is Step.DONE
    assert MediaProgress(failed="unreadable").stage is Stage.FAILED


def test_keep_recent_lets_the_oldest_go_but_never_a_pinned_or_busy_one():
    released: list[str] = []
    busy = {"b"}
    on_screen = {"a"}

    def let_go(name: str) -> bool:
        if name in busy:
            return False
        released.append(name)
        return True

    kept: KeepRecent[str, str] = KeepRecent(2, let_go, pinned=lambda name: name in on_screen)
    for name in "abcde":
        kept.touch(name, name)
    # "a" is on screen and "b" still being worked on: both stay although they are the oldest.
    assert released == ["c", "d"]
    assert kept.keys() == ["a", "b", "e"]
    busy.clear()
    kept.touch("a", "a")
    assert released == ["c", "d", "b"] and kept.keys() == ["e", "a"]
