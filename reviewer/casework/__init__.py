"""The case as a whole: what is recorded, shown and exported, for the command line and the window alike. No Qt.

- ``CaseService`` (service.py): open a case, add media, record detection, heatmaps, comparison, reveal
  and review, history and summary; an analysis already recorded is never recorded again.
- ``CaseRecords`` (case_records.py): the read model of one case's records, kept up to date from the
  records appended after it was read.
- ``next_step`` and ``KeepRecent`` (pipeline.py): the per-media pipeline as pure state; the memory policy.
- ``media_state`` and ``Mark`` (review_state.py): where each media stands (not reviewed, reviewed with its
  main label, suspected minor, refused file) and its current decision, for the grid, the form and the CLI.
- ``CaseVerifier`` (verification.py): verify a case once, then only each new record.
- ``scan`` (scan.py): batch triage of folders into a JSON Lines report.

See docs/adr/0012-case-layer.md.
"""

from reviewer.casework.case_records import (
    CaseRecords,
    CaseSummary,
    HistoryRow,
    MediaRecords,
    ReviewState,
    method_identity,
)
from reviewer.casework.errors import CaseCheckFailed, CaseworkError, MediaNotInCase
from reviewer.casework.pipeline import KeepRecent, MediaProgress, Stage, Step, next_step
from reviewer.casework.review_state import Decision, Mark, MediaState, case_states, media_state, refused_state
from reviewer.casework.service import (
    CaseService,
    CaseTitle,
    DecisionDetails,
    RecordedHeatmap,
    StoredMedia,
    current_heatmaps_method,
    heatmaps_method,
)

__all__ = [
    "CaseRecords", "CaseSummary", "HistoryRow", "MediaRecords", "ReviewState", "method_identity",
    "CaseCheckFailed", "CaseworkError", "MediaNotInCase",
    "KeepRecent", "MediaProgress", "Stage", "Step", "next_step",
    "Decision", "Mark", "MediaState", "case_states", "media_state", "refused_state",
    "CaseService", "CaseTitle", "DecisionDetails", "RecordedHeatmap", "StoredMedia", "current_heatmaps_method",
    "heatmaps_method",
]
