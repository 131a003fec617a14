"""What each map is called, what it means, its limits and how well it was measured to work: the texts the
window, the scan report and the exhibit report show, in one place, as data.

Every text is an English source text marked for translation (context "heatmaps"); ``cue_texts`` returns
them translated into the installed language, with the measured figures in a plain sentence.

A map is shown to a non-expert by default ("default" tier) only where its measured pixel AUC on the
evaluation set (bench/forensics_bench.py, docs/adr/0013-forensic-cues.md) is at least ``DEFAULT_MIN_AUC``
for the pictures it is shown on; the others are "expert" maps, hidden until the reviewer asks for them,
each saying plainly how it did. The figures below are copied from the bench's output (full set, 6 photos
x 5 edit kinds x 6 post-processing conditions); tests/detect/test_forensic_set.py checks on a small
version of the set that the default maps still earn their place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from reviewer.i18n import QT_TRANSLATE_NOOP, translate

# (context, source text) -> text in the reader's language. The default is the installed language; the
# exhibit report passes its own (a report in French from an English window).
Translate = Callable[[str, str], str]

DEFAULT_MIN_AUC = 0.75
CONTEXT = "heatmaps"  # the maps' texts always had this context (French carries over); lupdate needs it literal below


@dataclass(frozen=True)
class Measured:
    """A cue's figures on the evaluation set for one group of pictures (``pictures``: marked text)."""

    pictures: str
    pixel_auc: float  # mean over edited pictures; 0.5 = chance
    image_auc: float  # edited pictures against unedited controls (nan: not measured, as for the comparison)
    false_alarm: float  # share of an unedited control's area at or above 0.5


@dataclass(frozen=True)
class Cue:
    id: str
    name: str
    meaning: str  # what bright means, in plain words
    limits: str
    rule: str  # "always": a default map; "expert": never by default; "earlier_grid": default when found
    measured: Measured | None  # None for what is not a forensic cue (the detector's regions)


JPEG_SINGLE = QT_TRANSLATE_NOOP("heatmaps", "a photo edited and saved once more as JPEG")
ALL_CONDITIONS = QT_TRANSLATE_NOOP(
    "heatmaps", "edited photos saved losslessly, as JPEG once or twice, resized, screenshotted or cropped")
JPEG_CONDITIONS = QT_TRANSLATE_NOOP(
    "heatmaps", "edited photos saved as JPEG once or twice, resized or cropped")
REFERENCE = QT_TRANSLATE_NOOP(
    "heatmaps", "edited photos compared with their true original, saved losslessly, recompressed, resized or cropped")

CUES: dict[str, Cue] = {c.id: c for c in (
    Cue("double_jpeg", QT_TRANSLATE_NOOP("heatmaps", "Saved once where the rest was saved twice (double JPEG)"),
        QT_TRANSLATE_NOOP("heatmaps", "Bright where this part of the JPEG was compressed only once while the rest of "
                          "the photo carries an earlier JPEG save: what a region repainted and pasted back "
                          "into a photo leaves."),
        QT_TRANSLATE_NOOP("heatmaps", "Only works when the file still carries the photo's earlier JPEG grid: lost "
                          "after resizing, cropping, a screenshot, or a later save at a lower quality (as most "
                          "platforms do). Black everywhere proves nothing."),
        "earlier_grid", Measured(JPEG_SINGLE, 0.998, 1.0, 0.004)),
    Cue("noise_residual", QT_TRANSLATE_NOOP("heatmaps", "Noise residual"),
        QT_TRANSLATE_NOOP("heatmaps", "Bright where the fine grain left after removing the picture differs from "
                          "the rest of the image."),
        QT_TRANSLATE_NOOP("heatmaps", "Also bright on naturally smooth areas (skin, sky, blur, beauty filters) and "
                          "on strong texture; resizing and recompression weaken it."),
        "expert", Measured(ALL_CONDITIONS, 0.54, 0.49, 0.03)),
    Cue("noise_variance", QT_TRANSLATE_NOOP("heatmaps", "Local noise level"),
        QT_TRANSLATE_NOOP("heatmaps", "Bright where a block's camera noise is much stronger or weaker than in the "
                          "rest of the image."),
        QT_TRANSLATE_NOOP("heatmaps", "Coarse (one value per block); fires on smooth skin, sky, dark or overexposed "
                          "areas and heavy texture; denoising of the whole image hides it."),
        "expert", Measured(ALL_CONDITIONS, 0.50, 0.58, 0.07)),
    Cue("ela", QT_TRANSLATE_NOOP("heatmaps", "Error level analysis (resaved at quality 90)"),
        QT_TRANSLATE_NOOP("heatmaps", "Bright where resaving the JPEG at quality 90 changes the picture more than "
                          "elsewhere, as happens when a part was saved a different number of times."),
        QT_TRANSLATE_NOOP("heatmaps", "Edges, fine texture and saturated colours are always brighter; meaningless "
                          "after resizing or for images generated whole."),
        "expert", Measured(JPEG_CONDITIONS, 0.50, 0.52, 0.11)),
    Cue("jpeg_ghost", QT_TRANSLATE_NOOP("heatmaps", "JPEG ghosts"),
        QT_TRANSLATE_NOOP("heatmaps", "Bright where this part's JPEG history differs from most of the picture's: "
                          "saved at a lower quality when the rest was not, or not saved when the rest was."),
        QT_TRANSLATE_NOOP("heatmaps", "Blind when the earlier quality was higher than or close to the file's; lost "
                          "after resizing; assumes the edited part is the smaller one."),
        "expert", Measured(JPEG_CONDITIONS, 0.57, 0.52, 0.10)),
    Cue("region_density", QT_TRANSLATE_NOOP("heatmaps", "Sensitive regions"),
        QT_TRANSLATE_NOOP("heatmaps", "Where the detector found sensitive regions, brighter for higher scores."),
        QT_TRANSLATE_NOOP("heatmaps", "A detector score is not a verdict: it misses some regions (back views) and "
                          "mistakes others (chests, faces' gender)."),
        "always", None),
    Cue("ssim_change", QT_TRANSLATE_NOOP("heatmaps", "Change from the original (structure)"),
        QT_TRANSLATE_NOOP("heatmaps", "Bright where the shapes and textures differ from the aligned original photo."),
        QT_TRANSLATE_NOOP("heatmaps", "Only meaningful if the original really is the source photo; lighting, resizing "
                          "and compression also show faintly; edges of the frame are left out."),
        "always", Measured(REFERENCE, 0.97, float("nan"), 0.0)),
    Cue("difference", QT_TRANSLATE_NOOP("heatmaps", "Change from the original (colour)"),
        QT_TRANSLATE_NOOP("heatmaps", "Bright where the colours differ from the aligned original photo."),
        QT_TRANSLATE_NOOP("heatmaps", "Colour corrections and filters light up the whole image."),
        "always", Measured(REFERENCE, 0.98, float("nan"), 0.0)),
)}

# How often the map found the edited area, by pixel AUC (the probability that an edited pixel is brighter
# than an untouched one): plain words first, the number after.
_HOW = (
    (0.9, QT_TRANSLATE_NOOP("heatmaps", "On test edits like these ({pictures}), this map found the edited area "
                            "almost every time (pixel AUC {auc}; 0.5 is chance, 1 is perfect).")),
    (0.75, QT_TRANSLATE_NOOP("heatmaps", "On test edits like these ({pictures}), this map found the edited area "
                             "most of the time (pixel AUC {auc}; 0.5 is chance, 1 is perfect).")),
    (0.6, QT_TRANSLATE_NOOP("heatmaps", "On test edits like these ({pictures}), this map found the edited area only "
                            "a little more often than chance (pixel AUC {auc}; 0.5 is chance, 1 is perfect).")),
    (0.4, QT_TRANSLATE_NOOP("heatmaps", "On test edits like these ({pictures}), this map found the edited area about "
                            "as often as chance (pixel AUC {auc}; 0.5 is chance, 1 is perfect).")),
    (0.0, QT_TRANSLATE_NOOP("heatmaps", "On test edits like these ({pictures}), this map pointed at the untouched "
                            "area more often than at the edited one (pixel AUC {auc}; 0.5 is chance).")),
)
EXPERT_NOTE = QT_TRANSLATE_NOOP("heatmaps", "Expert map: hidden by default because it did not find edits reliably.")
DEFAULT_NOTE = QT_TRANSLATE_NOOP("heatmaps", "Shown by default: it found edits reliably on pictures like this one.")
NOT_MEASURED = QT_TRANSLATE_NOOP("heatmaps", "Not a forensic cue: it shows what the detector found.")
NO_GRID_NOTE = QT_TRANSLATE_NOOP(
    "heatmaps", "Expert map here: this file does not carry an earlier JPEG save the map can read, so it shows nothing.")


def tier(cue_id: str, params: dict | None = None) -> str:
    """"default" when the map is shown to a non-expert by default, "expert" otherwise (unknown ids: expert)."""
    cue = CUES.get(cue_id)
    if cue is None or cue.rule == "expert":
        return "expert"
    if cue.rule == "earlier_grid":
        return "default" if (params or {}).get("earlier_grid") else "expert"
    return "default"


DECIMAL_MARK = QT_TRANSLATE_NOOP("heatmaps", ".")  # the decimal separator of the reader's language ("," in French)


def decimal(value: float, in_language: Translate = translate, digits: int = 2) -> str:
    """``value`` with ``digits`` decimals and the reader's decimal mark; never rounded up to a perfect 1."""
    text = f"{value:.{digits}f}"
    if value < 1 and float(text) >= 1:
        text = f"{value:.{digits + 1}f}"
    return text.replace(".", in_language("heatmaps", DECIMAL_MARK))


def measured_sentence(cue_id: str, in_language: Translate = translate) -> str:
    """The cue's measured figures in one plain sentence, translated with ``in_language`` ("" for an unknown id)."""
    cue = CUES.get(cue_id)
    if cue is None:
        return ""
    if cue.measured is None:
        return in_language(CONTEXT, NOT_MEASURED)
    auc = cue.measured.pixel_auc
    template = next(text for floor, text in _HOW if auc >= floor)
    return in_language(CONTEXT, template).format(pictures=in_language(CONTEXT, cue.measured.pictures), auc=decimal(auc, in_language))


def cue_texts(cue_id: str, params: dict | None = None, in_language: Translate = translate) -> dict[str, Any]:
    """Everything a reader is told about a map, translated: name, meaning, limits, the measured sentence,
    its tier ("default"/"expert") and a note saying why it is shown or hidden. Unknown ids get their id as
    name and empty texts (a map recorded by a later version stays listable)."""
    cue = CUES.get(cue_id)
    level = tier(cue_id, params)
    if cue is None:
        return {"id": cue_id, "name": cue_id, "meaning": "", "limits": "", "measured": "", "tier": level, "note": ""}
    if cue.rule == "earlier_grid" and level == "expert":
        note = NO_GRID_NOTE
    elif cue.measured is None:
        note = ""
    else:
        note = DEFAULT_NOTE if level == "default" else EXPERT_NOTE
    return {"id": cue_id, "name": in_language(CONTEXT, cue.name), "meaning": in_language(CONTEXT, cue.meaning),
            "limits": in_language(CONTEXT, cue.limits), "measured": measured_sentence(cue_id, in_language), "tier": level,
            "note": in_language(CONTEXT, note) if note else ""}
