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

    from reviewer.casework.scan import scan

    stats = scan(args.inputs, args.out, model=args.model, heatmaps_dir=args.heatmaps, jobs=args.jobs,
                 per_second=args.per_second, progress=sys.stderr,
                 redact_heatmaps=not args.unredacted_heatmaps)
    return 130 if stats.interrupted else 0
