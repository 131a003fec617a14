"""What ``reviewer analyse CASE [MEDIA...]`` and ``reviewer ingest --analyse`` do and print (the commands
are declared in cli/vault.py with the other vault commands): record the analyses the window records, for
media that lack them.

For each image: a sensitive-region detection and a forensic heatmaps ``analysis.run`` (its maps stored
encrypted); for each video: its tracked-region detection. What is already recorded with the same method,
version and model is left as it is, so a second run records nothing (reviewer.casework.analyse).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Sequence

from reviewer.i18n import QT_TRANSLATE_NOOP, translate

ANALYSED = QT_TRANSLATE_NOOP("cli", "{name} ({media}): {what}")
RECORDED = {
    "detection": QT_TRANSLATE_NOOP("cli", "sensitive regions recorded"),
    "heatmaps": QT_TRANSLATE_NOOP("cli", "heatmaps recorded"),
}
REUSED = QT_TRANSLATE_NOOP("cli", "already recorded, nothing added")
PURGED = QT_TRANSLATE_NOOP("cli", "purged, nothing to analyse")
# One template per count form of the media (the Qt-free packages have no %n plural): [one, other].
SUMMARY = (QT_TRANSLATE_NOOP("cli", "1 media analysed, {records} new records."),
           QT_TRANSLATE_NOOP("cli", "{count} media analysed, {records} new records."))


def add_analysis_options(parser: argparse.ArgumentParser) -> None:
    """The detector options shared by ``analyse`` and ``ingest --analyse``."""
    parser.add_argument("--model", default="nudenet-320n", help="sensitive-region model from the manifest")
    parser.add_argument("--threshold", type=float, default=0.25,
                        help="minimum score of a sensitive region (the window's default: 0.25)")


def analyse_stored(service: Any, case_id: str, media_ids: Sequence[str] | None, args: argparse.Namespace) -> int:
    """Analyse ``media_ids`` (None: every media of the case) and print one line each; return the count of
    new records. Raises the detector's typed errors (a damaged model) before anything is recorded."""
    from reviewer.casework.analyse import analyse_case
    from reviewer.detect import RegionDetector

    detector = RegionDetector(args.model, threshold=args.threshold)
    new = 0

    def show(_done: int, _total: int, result) -> None:
        nonlocal new
        new += len(result.recorded)
        if args.json:
            print(json.dumps({"media": result.media_id, "name": result.name, "recorded": result.recorded,
                              "reused": result.reused, "skipped": result.skipped}, ensure_ascii=False), flush=True)
            return
        if result.skipped:
            what = translate("cli", PURGED)
        elif result.recorded:
            what = ", ".join(translate("cli", RECORDED[kind]) for kind in result.recorded)
        else:
            what = translate("cli", REUSED)
        print(translate("cli", ANALYSED).format(name=result.name, media=result.media_id, what=what), flush=True)

    results = analyse_case(service, case_id, detector, media_ids, progress=show)
    if not args.json:
        print(translate("cli", SUMMARY[len(results) != 1]).format(count=len(results), records=new), file=sys.stderr, flush=True)
    return new
