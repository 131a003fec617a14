"""Which AI image generator wrote a file's metadata, from the markers each one is known to leave.

Works on the metadata ``provenance`` has already read (PNG text chunks, EXIF, XMP, IPTC), never on pixels.
Each rule names the generator and the fields that gave it away, so a reviewer can look at them. The
markers are claims: any of them can be copied into another file or stripped (docs/adr/0018).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Names that, written as the software or tool that made a file, name an image generator or a service built
# on one. Matched as words, case-insensitively, in EXIF Software, XMP CreatorTool and the like.
_GENERATOR_NAMES = {
    "midjourney": "Midjourney", "novelai": "NovelAI", "dall-e": "DALL-E", "dall·e": "DALL-E",
    "stable diffusion": "Stable Diffusion", "firefly": "Adobe Firefly", "imagen": "Google Imagen",
    "ideogram": "Ideogram", "leonardo.ai": "Leonardo.Ai", "comfyui": "ComfyUI", "invokeai": "InvokeAI",
    "fooocus": "Fooocus", "automatic1111": "AUTOMATIC1111", "draw things": "Draw Things", "swarmui": "SwarmUI",
}
_NAME_PATTERN = re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in _GENERATOR_NAMES) + r")(?![\w])",
                           re.IGNORECASE)
# AUTOMATIC1111 (and Forge, SD.Next, which share its format) end their settings with "Steps: 20, Sampler: ...".
_A1111_SETTINGS = re.compile(r"\bSteps: \d+, (Sampler|CFG scale|Seed): ")
# Midjourney writes the prompt, then "Job ID: <uuid>", into the description.
_MIDJOURNEY_JOB = re.compile(r"\bJob ID: [0-9a-f]{8}-[0-9a-f]{4}-", re.IGNORECASE)
_INVOKEAI_CHUNKS = ("Dream", "sd-metadata", "invokeai_metadata", "invokeai_graph", "invokeai_workflow")


@dataclass(frozen=True)
class GeneratorMarker:
    """A generator, and where in the file its markers were found (e.g. "PNG text Dream")."""

    generator: str
    fields: tuple[str, ...]


def generator_markers(metadata: dict[str, Any]) -> list[GeneratorMarker]:
    """The generators whose markers ``metadata`` (as read by ``provenance.read_provenance``) holds, in a
    fixed order, one entry per generator. Never raises on odd values (they are the file's, not ours)."""
    found: dict[str, list[str]] = {}

    def mark(generator: str, field: str) -> None:
        fields = found.setdefault(generator, [])
        if field not in fields:
            fields.append(field)

    png = {str(k): str(v) for k, v in (metadata.get("png_text") or {}).items()}
    exif = metadata.get("exif") or {}
    xmp = metadata.get("xmp") or {}
    iptc = metadata.get("iptc") or {}

    for key in _INVOKEAI_CHUNKS:
        if key in png:
            mark("InvokeAI", f"PNG text {key}")
    if "workflow" in png or '"class_type"' in png.get("prompt", ""):
        for key in ("prompt", "workflow"):
            if key in png:
                mark("ComfyUI", f"PNG text {key}")
    if "fooocus_scheme" in png or "fooocus" in png.get("parameters", "").lower():
        mark("Fooocus", "PNG text " + ("fooocus_scheme" if "fooocus_scheme" in png else "parameters"))
    if _A1111_SETTINGS.search(png.get("parameters", "")):
        mark("AUTOMATIC1111 (Stable Diffusion web UI)", "PNG text parameters")
    if _A1111_SETTINGS.search(str(exif.get("user_comment", ""))):
        mark("AUTOMATIC1111 (Stable Diffusion web UI)", "EXIF UserComment")
    if "sui_image_params" in png:
        mark("SwarmUI", "PNG text sui_image_params")

    # NovelAI: Software "NovelAI", Source "Stable Diffusion XXXXXXXX" / "NovelAI Diffusion ...", and
    # Title "AI generated image", in PNG text chunks.
    novelai_source = png.get("Source", "").startswith(("Stable Diffusion", "NovelAI Diffusion"))
    if png.get("Software") == "NovelAI" or (novelai_source and png.get("Title") == "AI generated image"):
        for key in ("Software", "Source", "Title", "Comment"):
            if key in png:
                mark("NovelAI", f"PNG text {key}")

    descriptions = {"PNG text Description": png.get("Description", ""),
                    "XMP dc:description": str(xmp.get("description", "")),
                    "EXIF ImageDescription": str(exif.get("image_description", "")),
                    "IPTC Caption": str(iptc.get("caption", ""))}
    for where, text in descriptions.items():
        if _MIDJOURNEY_JOB.search(text):
            mark("Midjourney", where)

    named = {"EXIF Software": exif.get("software"), "EXIF Artist": exif.get("artist"),
             "PNG text Software": png.get("Software"), "PNG text Author": png.get("Author"),
             "XMP CreatorTool": xmp.get("creator_tool"), "XMP Creator": xmp.get("creator"),
             "IPTC Originating Program": iptc.get("originating_program")}
    for where, value in named.items():
        match = _NAME_PATTERN.search(str(value or ""))
        if match:
            mark(_GENERATOR_NAMES[match.group(1).lower()], where)
    return [GeneratorMarker(name, tuple(fields)) for name, fields in found.items()]
