"""Metadata and provenance signals: EXIF, XMP DigitalSourceType, PNG text chunks, C2PA manifests.

Every signal says what it means and what it does not. The texts are English source strings marked
for translation in the "media" context; show them with ``translate("media", signal.meaning)``.
They are stored untranslated so that a description is the same in every language.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import reviewer.media.images  # noqa: F401 - registers the HEIF plugin with Pillow before any Image.open here
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.media.c2pa_reader import read_c2pa
from reviewer.media.sniff import FileType


@dataclass(frozen=True)
class Signal:
    """One provenance observation. ``meaning`` and ``limits`` are untranslated source texts."""

    id: str
    value: str
    meaning: str
    limits: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "value": self.value, "meaning": self.meaning, "limits": self.limits}


# The IPTC codes a generator or an editing tool writes for synthetic content.
_IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
SYNTHETIC_SOURCE_TYPES = {
    "trainedAlgorithmicMedia",
    "compositeWithTrainedAlgorithmicMedia",
    "algorithmicMedia",
    "compositeSynthetic",
}

# Bound every text value we copy from a file: metadata is attacker-controlled.
_MAX_TEXT = 4000
_MAX_EXIF_SCAN = 64 * 1024**2

_M_NO_METADATA = QT_TRANSLATE_NOOP("media", "The file carries no camera, editing or provenance information.")
_L_NO_METADATA = QT_TRANSLATE_NOOP(
    "media",
    "Missing metadata proves nothing: most platforms and messaging apps strip it from every file, "
    "real or generated.",
)
_M_CAMERA = QT_TRANSLATE_NOOP("media", "The file says which camera or phone made it.")
_L_CAMERA = QT_TRANSLATE_NOOP(
    "media",
    "Anyone can write or copy these fields; they do not prove that the picture came from that device "
    "or that it was not changed afterwards.",
)
_M_SOFTWARE = QT_TRANSLATE_NOOP("media", "The file names the software that last wrote it.")
_L_SOFTWARE = QT_TRANSLATE_NOOP(
    "media",
    "Editing or export software is common for ordinary photos, and the field is easy to change or remove; "
    "it does not show what was changed.",
)
_M_CAPTURE_TIME = QT_TRANSLATE_NOOP("media", "The file records a date and time of capture.")
_L_CAPTURE_TIME = QT_TRANSLATE_NOOP(
    "media", "The clock of the device may be wrong, and the date can be edited by anyone."
)
_M_GPS = QT_TRANSLATE_NOOP("media", "The file contains GPS location data.")
_L_GPS = QT_TRANSLATE_NOOP(
    "media",
    "The location may be that of the device, not of the scene, and can be edited. Treat it as sensitive "
    "personal data.",
)
_M_SYNTHETIC = QT_TRANSLATE_NOOP(
    "media", "The file declares that it was made or changed with generative AI (IPTC digital source type)."
)
_M_SOURCE_TYPE = QT_TRANSLATE_NOOP("media", "The file declares how it was made (IPTC digital source type).")
_L_SOURCE_TYPE = QT_TRANSLATE_NOOP(
    "media",
    "This is a claim written by software; without a valid signed manifest anyone could have added or "
    "removed it. Its absence proves nothing.",
)
_M_GENERATOR_TEXT = QT_TRANSLATE_NOOP(
    "media", "The PNG file holds generation settings written by an image generator (Stable Diffusion, ComfyUI)."
)
_L_GENERATOR_TEXT = QT_TRANSLATE_NOOP(
    "media",
    "This strongly suggests the picture came out of a generator, but the text can be copied into any file; "
    "most services remove it, so its absence proves nothing.",
)
_M_C2PA = QT_TRANSLATE_NOOP("media", "The file carries a C2PA content credential (a signed history of the file).")
_L_C2PA = QT_TRANSLATE_NOOP(
    "media",
    "The credential describes what its signer claims. Check whether it is valid and who signed it. "
    "It was checked offline, so a revoked certificate may not be noticed.",
)
_M_C2PA_INVALID = QT_TRANSLATE_NOOP(
    "media", "The file carries a C2PA content credential that does not validate."
)
_L_C2PA_INVALID = QT_TRANSLATE_NOOP(
    "media",
    "The file may have been changed after signing, or the credential is damaged; what it claims cannot be "
    "relied on. This alone does not show the picture is fake.",
)
_M_C2PA_UNREADABLE = QT_TRANSLATE_NOOP(
    "media", "The file seems to carry a C2PA content credential, but it could not be read."
)
_M_C2PA_REMOTE = QT_TRANSLATE_NOOP(
    "media",
    "The file points to a C2PA content credential kept on a server. It was not fetched: the reviewer works "
    "offline.",
)
_L_C2PA_REMOTE = QT_TRANSLATE_NOOP(
    "media",
    "Fetching it would tell that server that someone is examining this file. The address alone proves "
    "nothing about the picture; it can be checked later, with care, outside this app.",
)
_M_NO_C2PA = QT_TRANSLATE_NOOP("media", "The file carries no C2PA content credential.")
_L_NO_C2PA = QT_TRANSLATE_NOOP(
    "media",
    "Most cameras, phones and platforms do not add credentials, and sharing usually removes them: "
    "this proves nothing about the picture.",
)

_M_EXTENSION = QT_TRANSLATE_NOOP("media", "The file's name says one type, but its content is another.")
_L_EXTENSION = QT_TRANSLATE_NOOP(
    "media",
    "Files are often renamed by apps, downloads or people; a wrong extension does not show that the picture "
    "was changed. The reviewer reads the file by its content.",
)


def read_provenance(data: bytes, file_type: FileType) -> tuple[dict[str, Any], tuple[Signal, ...]]:
    """Read metadata and derive provenance signals from ``data``. Never raises for malformed metadata."""
    metadata: dict[str, Any] = {}
    signals: list[Signal] = []
    if file_type.kind == "image":
        exif = _exif(data, file_type.format)
        if exif:
            metadata["exif"] = exif
            signals.extend(_exif_signals(exif))
        if file_type.format == "png":
            text = _png_text(data)
            if text:
                metadata["png_text"] = text
                generator = sorted(k for k in text if k in ("parameters", "prompt", "workflow"))
                if generator:
                    signals.append(Signal("png.generator_text", ", ".join(generator), _M_GENERATOR_TEXT, _L_GENERATOR_TEXT))
    has_xmp = RDF_NAMESPACE in data
    xmp_type = _xmp_digital_source_type(data) if has_xmp else None
    if xmp_type:
        metadata["xmp"] = {"DigitalSourceType": xmp_type}
        signals.append(_source_type_signal("xmp.digital_source_type", xmp_type))
    # The C2PA library reads the whole file (0.7 ms for 1 MB) and costs ~25 ms to import; most files have
    # no credential, and their bytes show it (see might_carry_c2pa).
    c2pa = read_c2pa(data, file_type.mime) if might_carry_c2pa(data, file_type, has_xmp) else {"present": False}
    metadata["c2pa"] = c2pa
    if c2pa["present"] is None and c2pa.get("remote_url"):
        signals.append(Signal("c2pa.manifest", f"remote: {c2pa['remote_url']}", _M_C2PA_REMOTE, _L_C2PA_REMOTE))
    elif c2pa["present"] is None:
        signals.append(Signal("c2pa.manifest", "unreadable", _M_C2PA_UNREADABLE, _L_C2PA_INVALID))
    elif c2pa["present"]:
        valid = c2pa.get("validation_state") in ("Valid", "Trusted")
        state = c2pa.get("validation_state") or "unknown"
        if valid:
            if "signingCredential.untrusted" in c2pa.get("validation_codes", []):
                state += ", signer not on a trust list"
            signals.append(Signal("c2pa.manifest", state, _M_C2PA, _L_C2PA))
        else:
            signals.append(Signal("c2pa.manifest", state, _M_C2PA_INVALID, _L_C2PA_INVALID))
        for source_type in c2pa.get("digital_source_types", []):
            signals.append(_source_type_signal("c2pa.digital_source_type", source_type))
    else:
        signals.append(Signal("c2pa.manifest", "absent", _M_NO_C2PA, _L_NO_C2PA))
    if not (set(metadata) - {"c2pa"}) and c2pa["present"] is False:
        signals.insert(0, Signal("metadata.none", "none", _M_NO_METADATA, _L_NO_METADATA))
    return metadata, tuple(signals)


def _exif_signals(exif: dict[str, Any]) -> list[Signal]:
    signals = []
    camera = " ".join(str(exif[k]) for k in ("make", "model") if exif.get(k))
    if camera:
        signals.append(Signal("exif.camera", camera, _M_CAMERA, _L_CAMERA))
    if exif.get("software"):
        signals.append(Signal("exif.software", str(exif["software"]), _M_SOFTWARE, _L_SOFTWARE))
    taken = exif.get("datetime_original") or exif.get("datetime")
    if taken:
        signals.append(Signal("exif.capture_time", str(taken), _M_CAPTURE_TIME, _L_CAPTURE_TIME))
    if exif.get("gps_present"):
        signals.append(Signal("exif.gps", "present", _M_GPS, _L_GPS))
    return signals


def extension_signal(name: str, file_type: FileType) -> Signal:
    """The signal for a file whose name does not match its content."""
    return Signal("file.extension_mismatch", f"{name} -> {file_type.format}", _M_EXTENSION, _L_EXTENSION)


def _source_type_signal(signal_id: str, value: str) -> Signal:
    code = value.rsplit("/", 1)[-1]
    meaning = _M_SYNTHETIC if code in SYNTHETIC_SOURCE_TYPES else _M_SOURCE_TYPE
    return Signal(signal_id, value, meaning, _L_SOURCE_TYPE)


def _clip(value: Any) -> Any:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        value = value.replace("\x00", "").strip()
        return value[:_MAX_TEXT]
    if isinstance(value, (int, float)):
        return value
    return _clip(str(value))


def _exif(data: bytes, fmt: str) -> dict[str, Any]:
    """Camera, software, capture time and whether GPS is present, from the EXIF block (no pixel decode).

    ``fmt`` is the type sniffed from the bytes, not Pillow's name for it: Pillow calls a JPEG with an MPF
    segment (cameras' multi-picture JPEGs, ExifTool's own test image) "MPO".
    """
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            exif = image.getexif() if fmt in ("jpeg", "webp", "tiff", "heic", "heif", "avif") else None
            if exif is None and fmt == "png":
                # PNG keeps EXIF in an eXIf chunk that Pillow only reads after the pixels; look for it directly.
                exif = _png_exif(data)
            if not exif:
                return {}
            out: dict[str, Any] = {}
            for tag, key in ((0x010F, "make"), (0x0110, "model"), (0x0131, "software"), (0x0132, "datetime"),
                             (0x0112, "orientation")):
                if tag in exif:
                    out[key] = _clip(exif[tag])
            sub = exif.get_ifd(0x8769)
            for tag, key in ((0x9003, "datetime_original"), (0x9011, "offset_time_original"), (0xA434, "lens_model")):
                if tag in sub:
                    out[key] = _clip(sub[tag])
            gps = exif.get_ifd(0x8825) if 0x8825 in exif else {}
            out["gps_present"] = bool(gps)
            return out
    except Exception:  # noqa: BLE001 - hostile metadata must never stop the file from being described
        return {}


def _png_exif(data: bytes):
    from PIL import Image

    raw = _png_chunks(data, {b"eXIf"}).get(b"eXIf")
    if not raw:
        return None
    exif = Image.Exif()
    exif.load(raw[0])
    return exif


def _png_chunks(data: bytes, wanted: set[bytes]) -> dict[bytes, list[bytes]]:
    """Raw chunks of the given types, walking the PNG structure (bounded by the file length)."""
    out: dict[bytes, list[bytes]] = {}
    pos = 8
    n = len(data)
    while pos + 8 <= n:
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind in wanted:
            out.setdefault(kind, []).append(body)
        if kind == b"IEND":
            break
        pos += 12 + length
    return out


def _png_text(data: bytes) -> dict[str, str]:
    """tEXt, zTXt and iTXt chunks as {keyword: text}; compressed text is inflated with a size bound."""
    import zlib

    out: dict[str, str] = {}
    chunks = _png_chunks(data, {b"tEXt", b"zTXt", b"iTXt"})
    for kind, bodies in chunks.items():
        for body in bodies:
            try:
                key, _, rest = body.partition(b"\x00")
                if kind == b"tEXt":
                    text = rest.decode("latin-1")
                elif kind == b"zTXt":
                    text = zlib.decompressobj().decompress(rest[1:], 1024 * 1024).decode("latin-1")
                else:
                    flag, method, rest = rest[0], rest[1], rest[2:]
                    _lang, _, rest = rest.partition(b"\x00")
                    _tkey, _, rest = rest.partition(b"\x00")
                    if flag:
                        rest = zlib.decompressobj().decompress(rest, 1024 * 1024)
                    text = rest.decode("utf-8", "replace")
                out[key.decode("latin-1")[:80]] = _clip(text)
            except (IndexError, zlib.error, ValueError):
                continue
    return out


_XMP_SOURCE = re.compile(
    rb"DigitalSourceType(?:>|\s*=\s*[\"'])\s*([^<\"']{1,300})", re.IGNORECASE
)


# Every XMP packet is RDF and declares this namespace; a file without it holds no XMP property. One search
# for this long string (0.1 ms per MB) replaces two for the packet markers (0.7 ms per MB) in the usual case.
RDF_NAMESPACE = b"http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# The JUMBF type of a C2PA manifest store ("c2pa" 0011-0010-8000-00AA00389B71), written in the clear in the
# description box at the start of every embedded store.
C2PA_STORE_UUID = bytes.fromhex("6332706100110010800000aa00389b71")
# Formats whose C2PA embedding is raw JUMBF, so an embedded store's UUID appears as is in the file's bytes
# (JPEG APP11, PNG caBX, WebP/AVI C2PA chunk, GIF application block, TIFF tag, ISO BMFF uuid box).
_RAW_JUMBF_FORMATS = {"jpeg", "png", "webp", "gif", "tiff", "mp4", "mov", "avi"}
# Formats the C2PA standard gives no place for a manifest (the C2PA library refuses them as unsupported).
_NO_C2PA_EMBEDDING = {"bmp", "webm", "mkv"}


def might_carry_c2pa(data: bytes, file_type: FileType, has_xmp: bool) -> bool:
    """False only when the bytes show there is no C2PA manifest to read, embedded or referenced.

    An embedded store carries C2PA_STORE_UUID; a reference to a remote store is an XMP property
    (dcterms:provenance). BMP, WebM and Matroska have no C2PA embedding at all. For a format not
    listed here this is always True.
    """
    if file_type.format in _NO_C2PA_EMBEDDING:
        return False
    if file_type.format not in _RAW_JUMBF_FORMATS or has_xmp:
        return True
    return C2PA_STORE_UUID in data


def _xmp_digital_source_type(data: bytes) -> str | None:
    """The IPTC DigitalSourceType from an XMP packet anywhere in the file, if any."""
    start = data.find(b"<x:xmpmeta")
    if start < 0:
        start = data.find(b"<?xpacket")
    if start < 0:
        return None
    match = _XMP_SOURCE.search(data, start, start + 2 * 1024**2)
    if not match:
        return None
    return _clip(match.group(1))
