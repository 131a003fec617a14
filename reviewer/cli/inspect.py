"""``reviewer inspect FILE...``: describe files (hashes, type, PDQ, metadata, provenance) as JSON lines."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="print one JSON object per file: hashes, type, size, dimensions, PDQ, metadata, provenance",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--frames",
        choices=("second", "every", "none"),
        default="second",
        help="per-frame PDQ of videos: one per second (default), every frame, or none",
    )
    parser.set_defaults(handler=run)


def _translated(described: dict) -> dict:
    """Signals are stored in English; show their meaning and limits in the chosen language."""
    from reviewer.i18n import translate

    for signal in described.get("signals", []):
        signal["meaning"] = translate("media", signal["meaning"])
        signal["limits"] = translate("media", signal["limits"])
    return described


def run(args: argparse.Namespace) -> int:
    """Print one line per file; exit status 0 when every file was read, 1 otherwise."""
    from reviewer.media import MediaError, ingest

    status = 0
    for path in args.files:
        try:
            described = {"file": path, **_translated(ingest(path, frame_pdq=args.frames).to_json())}
        except MediaError as error:
            described = {"file": path, **error.to_json()}
            status = 1
        print(json.dumps(described, ensure_ascii=False), flush=True)
    return status
