"""``reviewer scan``: batch triage of folders or files into a JSON Lines report."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan", help="analyse every picture and video in folders or files; one JSON line per file")
    parser.add_argument("inputs", nargs="+", type=Path, metavar="FOLDER_OR_FILE")
    parser.add_argument("--out", required=True, type=Path, help="report file (JSON Lines); an existing report is resumed")
    parser.add_argument("--heatmaps", type=Path, metavar="DIR",
                        help="also write forensic heatmap PNGs here, with the detected sensitive regions blurred")
    parser.add_argument("--unredacted-heatmaps", action="store_true",
                        help="write the heatmaps as computed, sensitive regions included (a map can show the shapes "
                             "of the picture: for forensic experts only)")
    parser.add_argument("--jobs", type=int, default=None, help="worker threads (default: one more than the cores; 1 = no workers)")
    parser.add_argument("--model", default="nudenet-320n", help="sensitive-region model from the manifest")
    parser.add_argument("--per-second", type=float, default=2.0, help="video frames analysed per second")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from reviewer.detect.scan import scan

    stats = scan(args.inputs, args.out, model=args.model, heatmaps_dir=args.heatmaps, jobs=args.jobs,
                 per_second=args.per_second, progress=sys.stderr,
                 heatmap_filter=None if args.unredacted_heatmaps else redacted_heatmap_png)
    return 130 if stats.interrupted else 0


def redacted_heatmap_png(png: bytes, detections, full_size: tuple[int, int]) -> bytes:
    """A heatmap PNG with every detected sensitive region blurred, as the window's overlay shows it.

    A map computed from a picture shows that picture's shapes (a face, a body), so the scan's PNGs follow
    the window's rule (``reviewer.redact.redact_heatmap``): inside each region, no detail is left.
    Module-level, so that spawned scan workers can receive it.
    """
    import cv2
    import numpy as np

    from reviewer.redact import redact_heatmap

    grey = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    ok, encoded = cv2.imencode(".png", redact_heatmap(grey, detections.regions, full_size=full_size))
    if not ok:
        raise ValueError("the redacted heatmap could not be encoded")
    return encoded.tobytes()
