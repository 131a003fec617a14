"""Safe rendering: blur, pixelate, grayscale, reveal rules, redacted derivatives. No Qt.

See docs/adr/0002-redaction.md for the design (padding, feathering outside the box, reduce-then-blur).
"""

from reviewer.redact.boxes import Box, BoxLike, clip_box, footprint, padded_box, region_at
from reviewer.redact.errors import ConfirmationRequired, InvalidImage, InvalidSetting, RedactError
from reviewer.redact.render import (
    EXPORT_SETTINGS,
    SafeViewSettings,
    redact_heatmap,
    redacted_heatmap_png,
    redacted_derivative,
    render_safe,
    safe_thumbnail,
)
from reviewer.redact.reveal import RevealEvent, RevealState
from reviewer.redact.viewing import (
    CLEAR,
    SOFTER,
    ViewingPolicy,
    high_pass_correlation,
    minor_viewing_refusal,
    needs_confirmation,
    render_view,
    thumbnail,
)

__all__ = [
    "Box", "BoxLike", "clip_box", "footprint", "padded_box", "region_at",
    "RedactError", "InvalidImage", "InvalidSetting", "ConfirmationRequired",
    "SafeViewSettings", "EXPORT_SETTINGS", "render_safe", "redacted_derivative", "redact_heatmap", "redacted_heatmap_png",
    "safe_thumbnail",
    "RevealEvent", "RevealState",
    "ViewingPolicy", "SOFTER", "CLEAR", "render_view", "thumbnail", "needs_confirmation", "minor_viewing_refusal",
    "high_pass_correlation",
]
