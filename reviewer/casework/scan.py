"""Batch triage: walk folders, describe and analyse every file, one JSON line per file.

The report (JSON Lines, schema in docs/scan-report.schema.json) is appended to and flushed line by
line, so an interrupted scan keeps every finished line; a later run over the same output skips the
files already reported (same path, size and modification time), and a file whose SHA-256 is already
reported gets a short "duplicate" line. Files are analysed by worker threads sharing one model
session (see ``scan``) and written in walk order.

A workflow over media, detect and redact, so it lives in the case layer: heatmap PNGs are blurred over
the sensitive regions by ``reviewer.redact.redacted_heatmap_png``, the function the window's overlays
and the exhibit's heatmap copies use.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, TextIO

from reviewer.casework.errors import CaseworkError
from reviewer.detect.errors import DetectError
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate


class ScanFailed(CaseworkError):
    code = "scan_failed"
    template = QT_TRANSLATE_NOOP("errors", "This file could not be analysed; the rest of the scan went on.")


class ScanFileVanished(CaseworkError):
    code = "scan_file_vanished"
    template = QT_TRANSLATE_NOOP("errors", "This file disappeared or became unreadable while the scan was running.")


class ReportNotWritable(CaseworkError):
    code = "scan_report_not_writable"
    template = QT_TRANSLATE_NOOP(
        "errors", "The report file {path} cannot be written. Choose a folder where you may save files.")


@dataclass
class ScanStats:
    total: int = 0
    ok: int = 0
    errors: int = 0
    skipped: int = 0  # already in the report from an earlier run
    duplicates: int = 0
    problems: int = 0  # loops and other walk problems
    interrupted: bool = False


@dataclass(frozen=True)
class WalkProblem:
    path: str
    reason: str  # "directory_loop" | "unreadable_folder" | "not_found" | "special_file"
    detail: str = ""


def walk(inputs: Iterable[str | os.PathLike], *, exclude: Iterable[Path] = ()) -> tuple[list[Path], list[WalkProblem]]:
    """Files under ``inputs`` (files or folders), sorted by name at each level, each listed once.

    Symbolic links are followed, but a folder already being walked or already walked (same device
    and inode) is reported as a "directory_loop" problem instead of being entered again, so a link
    back to a parent cannot loop. A file reached twice (hard or symbolic link) is listed once.
    Paths in ``exclude`` (the report itself, the heatmap folder) are neither listed nor entered.
    """
    files: list[Path] = []
    problems: list[WalkProblem] = []
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for path in exclude:
        try:
            info = path.stat()
        except OSError:
            continue
        (seen_dirs if stat.S_ISDIR(info.st_mode) else seen_files).add((info.st_dev, info.st_ino))
    excluded = set(seen_dirs) | set(seen_files)

    def visit(path: Path) -> None:
        try:
            info = path.stat()
        except OSError as error:
            problems.append(WalkProblem(str(path), "not_found", error.strerror or str(error)))
            return
        key = (info.st_dev, info.st_ino)
        if key in excluded:
            return
        if stat.S_ISDIR(info.st_mode):
            if key in seen_dirs:
                problems.append(WalkProblem(str(path), "directory_loop", "this folder was already scanned"))
                return
            seen_dirs.add(key)
            try:
                children = sorted(os.scandir(path), key=lambda e: e.name)
            except OSError as error:
                problems.append(WalkProblem(str(path), "unreadable_folder", error.strerror or str(error)))
                return
            for child in children:
                visit(Path(child.path))
        elif stat.S_ISREG(info.st_mode):
            if key not in seen_files:
                seen_files.add(key)
                files.append(path)
        else:
            problems.append(WalkProblem(str(path), "special_file", "not an ordinary file"))

    for item in inputs:
        visit(Path(item))
    return files, problems


def _key(path: str, size: int, mtime_ns: int) -> str:
    return f"{path}\x00{size}\x00{mtime_ns}"


def read_done(out: Path) -> tuple[set[str], dict[str, str]]:
    """Keys (path, size, mtime) and {sha256: path} of the files already in report ``out``.

    A last line cut short by an interruption is removed so that appending continues cleanly.
    """
    keys: set[str] = set()
    shas: dict[str, str] = {}
    if not out.exists():
        return keys, shas
    raw = out.read_bytes()
    if raw and not raw.endswith(b"\n"):
        cut = raw.rfind(b"\n") + 1
        with open(out, "r+b") as handle:
            handle.truncate(cut)
        raw = raw[:cut]
    for line in raw.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict) or "path" not in record:
            continue
        if "size" in record and "mtime_ns" in record:
            keys.add(_key(record["path"], record["size"], record["mtime_ns"]))
        if record.get("status") == "ok" and record.get("sha256"):
            shas.setdefault(record["sha256"], record["path"])
    return keys, shas


@dataclass
class Scanner:
    """Analyses one file into one report record (one shared by the scan's threads)."""

    detector: Any
    heatmaps_dir: Path | None = None
    per_second: float = 2.0
    # Heatmap PNGs blurred over the detected sensitive regions (as the window shows them); False writes
    # them as computed (``reviewer scan --unredacted-heatmaps``, for forensic experts).
    redact_heatmaps: bool = True
    # At most one photo's heatmaps per core at a time: they are CPU-bound and hold ~400 MB for a 12 MP photo,
    # so a third thread computing them would add memory (1.24 GB for 3), not speed.
    heatmap_slots: threading.BoundedSemaphore = field(
        default_factory=lambda: threading.BoundedSemaphore(usable_cores()), repr=False)

    def record(self, path: Path) -> dict[str, Any]:
        """The report line for ``path``; never raises for a bad file (the line says what went wrong)."""
        try:
            return self._record(path)
        except Exception as error:  # noqa: BLE001 - one odd file must not stop a scan of thousands
            return {"path": str(path), "size": -1, "mtime_ns": -1, "status": "error",
                    **ScanFailed(f"{type(error).__name__}: {error}").to_json()}

    def _record(self, path: Path) -> dict[str, Any]:
        from reviewer.detect.video import detect_video
        from reviewer.media import ingest

        base: dict[str, Any] = {"path": str(path), "size": -1, "mtime_ns": -1}
        try:
            info = path.stat()
            base.update(size=info.st_size, mtime_ns=info.st_mtime_ns)
            media = ingest(path, frame_pdq="none")
        except ReviewerError as error:
            return {**base, "status": "error", **error.to_json()}
        except OSError as error:
            return {**base, "status": "error", **ScanFileVanished(f"{error.strerror or error}").to_json()}
        out: dict[str, Any] = {
            **base, "status": "ok", "name": media.name, "sha256": media.sha256, "sha1": media.sha1,
            "md5": media.md5, "kind": media.kind, "format": media.format, "mime": media.mime,
            "width": media.width, "height": media.height, "frame_count": media.frame_count,
            "duration_s": None if media.duration_s is None else round(media.duration_s, 3),
            "extension_note": media.extension_note,
            "pdq": None if media.pdq is None else media.pdq.to_json(),
            "signals": [s.to_json() for s in media.signals],
        }
        try:
            if media.kind == "image":
                found = self.detector.detect_media(media)
                out.update(regions=[r.to_json() for r in found.regions], summary=found.summary(),
                           method=found.method)
                if self.heatmaps_dir is not None:
                    out["heatmaps"] = self._write_heatmaps(media, found)
            else:
                video = detect_video(media, self.detector, per_second=self.per_second)
                summary = video.summary()
                out.update(
                    regions=[{"frame": s.index, "seconds": round(s.seconds, 3), **r.to_json()}
                             for s in video.samples for r in s.regions],
                    summary={g: {"count": summary["groups"][g]["sampled_frames"],
                                 "max_score": summary["groups"][g]["max_score"]} for g in summary["groups"]},
                    video=summary, method=video.method)
        except ReviewerError as error:
            return {**out, "status": "error", **error.to_json()}
        return out

    def _write_heatmaps(self, media, detections) -> list[dict[str, Any]]:
        from reviewer.detect.heatmaps import heatmaps_for

        assert self.heatmaps_dir is not None
        written = []
        with self.heatmap_slots:
            heatmaps = heatmaps_for(media, detections)
        for heatmap in heatmaps:
            # Distinct names, so that a folder shared by runs with and without redaction never mixes them up.
            name = f"{media.sha256}.{heatmap.id}{'' if self.redact_heatmaps else '_unredacted'}.png"
            target = self.heatmaps_dir / name
            # Its own temporary file per process and thread: copies of one picture have the same map names
            # and may be analysed at the same moment.
            temporary = target.with_name(f"{name}.{os.getpid()}-{threading.get_ident()}.part")
            png = heatmap.to_png_bytes()
            if self.redact_heatmaps:
                png = redacted_png(png, detections.regions, (media.width, media.height))
            temporary.write_bytes(png)
            os.replace(temporary, target)  # a reader never sees half a PNG
            record = heatmap.to_json()
            written.append({"id": heatmap.id, "file": name, "params": record["params"], "stats": record["stats"],
                            "redacted": self.redact_heatmaps, "tier": heatmap.tier, "cue": _cue_record(heatmap)})
        return written


def _cue_record(heatmap) -> dict[str, str]:
    """What the reader is told about a map (name, meaning, limits, measured reliability, why it is shown or
    hidden by default), in the scan's language (reviewer.detect.cues)."""
    from reviewer.detect.cues import cue_texts

    texts = cue_texts(heatmap.id, heatmap.params)
    return {key: texts[key] for key in ("name", "meaning", "limits", "measured", "note")}


def redacted_png(png: bytes, regions: Any, full_size: tuple[int, int]) -> bytes:
    """A heatmap PNG with every sensitive region blurred (``reviewer.redact.redacted_heatmap_png``), re-encoded."""
    import cv2

    from reviewer.redact import redacted_heatmap_png

    ok, encoded = cv2.imencode(".png", redacted_heatmap_png(png, regions, full_size=full_size))
    if not ok:  # pragma: no cover - encoding a uint8 array in memory does not fail
        raise ValueError("the redacted heatmap could not be encoded")
    return encoded.tobytes()


class _DetectorBeingBuilt:
    """Stands for the detector while its session builds in the background (onnxruntime releases the GIL
    while it builds, ~40 ms): workers read, hash and decode the first files meanwhile and wait for the
    detector only when they need it."""

    def __init__(self, future: Future) -> None:
        self._future = future

    def __getattr__(self, name: str) -> Any:
        return getattr(self._future.result(), name)


def usable_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_jobs() -> int:
    """Worker threads for a scan: one more than the cores (a thread waits for the GIL part of the time,
    bench/scan_bench.py measured 3 threads ahead of 2 on a 2-core laptop), at most 8."""
    return max(1, min(8, usable_cores() + 1))


PROGRESS = QT_TRANSLATE_NOOP("scan", "{done}/{total} files ({errors} with errors, {skipped} already done)")
SUMMARY = QT_TRANSLATE_NOOP(
    "scan", "Scan finished: {ok} analysed, {errors} with errors, {duplicates} duplicates, {skipped} already "
    "done, {problems} folder problems.")
INTERRUPTED = QT_TRANSLATE_NOOP(
    "scan", "Scan interrupted after {done} files. Run the same command again to continue where it stopped.")


def _progress_printer(stream: TextIO) -> Callable[[ScanStats, int], None]:
    tty = stream.isatty()

    def show(stats: ScanStats, done: int) -> None:
        text = translate("scan", PROGRESS).format(done=done, total=stats.total, errors=stats.errors,
                                                  skipped=stats.skipped)
        stream.write(("\r" + text) if tty else (text + "\n"))
        stream.flush()

    return show


def scan(inputs: Iterable[str | os.PathLike], out: Path, *, model: str = "nudenet-320n", threshold: float = 0.25,
         heatmaps_dir: Path | None = None, jobs: int | None = None, per_second: float = 2.0,
         progress: TextIO | None = None, redact_heatmaps: bool = True) -> ScanStats:
    """Scan ``inputs`` into the JSON Lines report ``out`` (appended; earlier lines are kept and skipped).

    Every file gets one line: "ok" (hashes, PDQ, regions, summary scores, provenance signals,
    method), "error" (the typed error's code and message), or "duplicate" (same bytes as a file
    already reported). Folder problems (loops, unreadable folders) get a "problem" line.
    ``jobs`` worker threads (default: ``default_jobs()``) analyse files with one shared model session;
    with 1 the work runs in this thread. Threads, not processes: decoding, hashing and the model all
    release the GIL, and one session builds once instead of once per process (docs/adr/0004). The model
    is verified (SHA-256) before any line is written: ModelIntegrityError and the other model errors are
    raised, nothing is written. KeyboardInterrupt stops after the files in flight; every finished line
    is kept and the stats say ``interrupted``. ``redact_heatmaps``: blur the sensitive regions in every
    heatmap PNG (the default); False writes the maps as computed.
    """
    created = not out.exists()
    try:
        if heatmaps_dir is not None:
            heatmaps_dir.mkdir(parents=True, exist_ok=True)
        with open(out, "a", encoding="utf-8"):
            pass  # the report must be writable before any work starts
    except OSError as error:
        raise ReportNotWritable(f"{error}", path=str(out)) from error
    try:
        return _scan(inputs, out, model, threshold, heatmaps_dir, jobs, per_second, progress, redact_heatmaps)
    except DetectError:
        # A model error stops the scan before any line: do not leave an empty report behind.
        if created and out.exists() and out.stat().st_size == 0:
            out.unlink()
        raise


def _scan(inputs: Iterable[str | os.PathLike], out: Path, model: str, threshold: float, heatmaps_dir: Path | None,
          jobs: int | None, per_second: float, progress: TextIO | None, redact_heatmaps: bool) -> ScanStats:
    from concurrent.futures import ThreadPoolExecutor

    from reviewer.detect.regions import RegionDetector

    jobs = max(1, jobs or default_jobs())
    if jobs == 1:
        scanner = Scanner(RegionDetector(model, threshold=threshold), heatmaps_dir, per_second, redact_heatmaps)
        return _run(inputs, out, heatmaps_dir, progress, None, 1, scanner, None)
    # One intra-op thread: the parallelism is across files. The model is checked and its session built in
    # the background while the folders are walked and the first files read; no line is written before
    # the check has passed.
    with ThreadPoolExecutor(1, thread_name_prefix="reviewer-model") as builder:
        building = builder.submit(RegionDetector, model, threshold=threshold, threads=1)
        scanner = Scanner(_DetectorBeingBuilt(building), heatmaps_dir, per_second, redact_heatmaps)
        executor = ThreadPoolExecutor(jobs, thread_name_prefix="reviewer-scan")
        try:
            return _run(inputs, out, heatmaps_dir, progress, executor, jobs, scanner, building)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


def _run(inputs: Iterable[str | os.PathLike], out: Path, heatmaps_dir: Path | None, progress: TextIO | None,
         executor: Any, jobs: int, scanner: Scanner, model_ready: Future | None) -> ScanStats:
    """The scan itself: walk, skip what the report has, analyse the rest with ``scanner`` (in ``executor``'s
    ``jobs`` threads, else in this one). ``model_ready`` raises a model error before the first line is written."""
    files, problems = walk(inputs, exclude=[out] + ([heatmaps_dir] if heatmaps_dir is not None else []))
    done_keys, done_shas = read_done(out)
    stats = ScanStats(total=len(files))
    show = _progress_printer(progress) if progress is not None else None
    todo: list[Path] = []
    for path in files:
        try:
            info = path.stat()
            if _key(str(path), info.st_size, info.st_mtime_ns) in done_keys:
                stats.skipped += 1
                continue
        except OSError:
            pass  # reported by the worker as an error line
        todo.append(path)
    in_flight = 2 * jobs
    pending: list[Any] = []
    index = 0
    if executor is not None:
        # Work starts at once; results are collected (and written) in walk order below.
        while index < len(todo) and len(pending) < in_flight:
            pending.append(executor.submit(scanner.record, todo[index]))
            index += 1
    if model_ready is not None:
        model_ready.result()  # a damaged model raises here, before any line
    done = stats.skipped
    with open(out, "a", encoding="utf-8", newline="\n") as report:
        def write(record: dict) -> None:
            report.write(json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
            report.flush()

        for problem in problems:
            if _key(problem.path, -1, -1) not in done_keys:
                write({"path": problem.path, "status": "problem", "problem": problem.reason,
                       "detail": problem.detail, "size": -1, "mtime_ns": -1})
            stats.problems += 1
        try:
            # Results are written in walk order; at most 2 files per worker are in flight (bounded memory).
            while index < len(todo) or pending:
                while index < len(todo) and len(pending) < in_flight:
                    if executor is None:
                        pending.append(todo[index])
                    else:
                        pending.append(executor.submit(scanner.record, todo[index]))
                    index += 1
                item = pending.pop(0)
                record = scanner.record(item) if executor is None else item.result()
                if record["status"] == "ok":
                    first = done_shas.setdefault(record["sha256"], record["path"])
                    if first != record["path"]:
                        record = {"path": record["path"], "size": record["size"], "mtime_ns": record["mtime_ns"],
                                  "status": "duplicate", "sha256": record["sha256"], "duplicate_of": first}
                write(record)
                status = record["status"]
                stats.ok += status == "ok"
                stats.errors += status == "error"
                stats.duplicates += status == "duplicate"
                done += 1
                if show:
                    show(stats, done)
        except KeyboardInterrupt:
            stats.interrupted = True
            for future in pending:
                if executor is not None:
                    future.cancel()
    if progress is not None:
        if progress.isatty():
            progress.write("\n")
        message = INTERRUPTED if stats.interrupted else SUMMARY
        progress.write(translate("scan", message).format(
            done=done, ok=stats.ok, errors=stats.errors, duplicates=stats.duplicates, skipped=stats.skipped,
            problems=stats.problems) + "\n")
    return stats
