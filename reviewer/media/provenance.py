"""Metadata and provenance signals: EXIF, XMP DigitalSourceType, PNG text chunks, C2PA manifests.

Every signal says what it means and what it does not. The texts are English source strings marked
for translation in the "media" context; show them with ``translate("media", signal.meaning)``.
They are stored untranslated so that a description is the same in every language.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from typing import Any, BinaryIO

import reviewer.media.images  # noqa: F401 - registers the HEIF plugin with Pillow before any Image.open here
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.media.c2pa_reader import read_c2pa
from reviewer.media.generators import generator_markers
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
_MAX_SIGNAL_VALUE = 300

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
_M_GENERATOR = QT_TRANSLATE_NOOP(
    "media",
    "The file holds markers that an AI image generator writes (named in the value, with the fields where "
    "they were found): its settings, prompt or name.",
)
_L_GENERATOR = QT_TRANSLATE_NOOP(
    "media",
    "This strongly suggests the picture came out of that generator, but the text can be copied into any file; "
    "most services remove it, so its absence proves nothing. It does not say whether a real person's photo "
    "was used.",
)
_M_AUTHOR = QT_TRANSLATE_NOOP("media", "The file names an author or a copyright holder.")
_L_AUTHOR = QT_TRANSLATE_NOOP(
    "media",
    "Anyone can write or copy these fields: the name does not prove who made or changed the picture. "
    "It may be a real person's name; treat it as personal data.",
)
_M_IPTC = QT_TRANSLATE_NOOP(
    "media", "The file carries IPTC press fields (caption, author, credit, source, keywords...)."
)
_M_XMP = QT_TRANSLATE_NOOP(
    "media", "The file carries XMP fields (the editing software, author, caption, credit, source...)."
)
_L_DESCRIPTIVE = QT_TRANSLATE_NOOP(
    "media",
    "Editing and publishing software and people write these fields; they are easy to copy, change or "
    "remove, and they do not show what was changed in the picture.",
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


def read_provenance(data: bytes, file_type: FileType, *, whole: BinaryIO | None = None
                    ) -> tuple[dict[str, Any], tuple[Signal, ...]]:
    """Read metadata and derive provenance signals from ``data``. Never raises for malformed metadata.

    ``whole``: a seekable stream of the whole file when ``data`` is only its metadata (a large video read
    without holding it in memory); C2PA, whose signature covers every byte, then reads the stream.
    """
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
        iptc = _iptc(data, file_type.format)
        if iptc:
            metadata["iptc"] = iptc
    packet = _xmp_packet(data)
    if packet is None and "XML:com.adobe.xmp" in metadata.get("png_text", {}):
        packet = metadata["png_text"]["XML:com.adobe.xmp"]  # a compressed iTXt: not in the raw bytes
    has_xmp = packet is not None
    xmp = _xmp_fields(packet) if packet else {}
    if xmp:
        metadata["xmp"] = xmp
    for marker in generator_markers(metadata):
        signals.append(Signal("generator.metadata", f"{marker.generator}: {', '.join(marker.fields)}",
                              _M_GENERATOR, _L_GENERATOR))
    signals.extend(_descriptive_signals(metadata))
    if xmp.get("DigitalSourceType"):
        signals.append(_source_type_signal("xmp.digital_source_type", xmp["DigitalSourceType"]))
    if metadata.get("iptc", {}).get("digital_source_type"):
        signals.append(_source_type_signal("iptc.digital_source_type", metadata["iptc"]["digital_source_type"]))
    # The C2PA library reads the whole file (0.7 ms for 1 MB) and costs ~25 ms to import; most files have
    # no credential, and their bytes show it (see might_carry_c2pa).
    c2pa = (read_c2pa(data if whole is None else whole, file_type.mime) if might_carry_c2pa(data, file_type, has_xmp)
            else {"present": False})
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


def _descriptive_signals(metadata: dict[str, Any]) -> list[Signal]:
    """Author, IPTC and XMP fields: what a person or an editing program wrote about the picture."""
    exif, iptc, xmp = metadata.get("exif") or {}, metadata.get("iptc") or {}, metadata.get("xmp") or {}
    signals = []
    authors = [exif.get("artist"), exif.get("copyright"), iptc.get("by_line"), iptc.get("copyright"),
               xmp.get("creator"), xmp.get("rights")]
    flat = [v for a in authors for v in (a if isinstance(a, list) else [a])]
    named = list(dict.fromkeys(str(a) for a in flat if a))
    if named:
        signals.append(Signal("metadata.author", " | ".join(named)[:_MAX_SIGNAL_VALUE], _M_AUTHOR, _L_AUTHOR))
    if iptc:
        signals.append(Signal("iptc.fields", ", ".join(sorted(iptc))[:_MAX_SIGNAL_VALUE], _M_IPTC, _L_DESCRIPTIVE))
    described = sorted(k for k in xmp if k != "DigitalSourceType")
    if described:
        value = ", ".join(f"{k}={xmp[k]}" if k == "creator_tool" else k for k in described)
        signals.append(Signal("xmp.fields", value[:_MAX_SIGNAL_VALUE], _M_XMP, _L_DESCRIPTIVE))
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
                             (0x0112, "orientation"), (0x013B, "artist"), (0x8298, "copyright"),
                             (0x010E, "image_description")):
                if tag in exif and exif[tag] not in ("", b""):
                    out[key] = _clip(exif[tag])
            if isinstance(image.info.get("original_orientation"), int):
                # pillow-heif reports 1 once libheif has applied the HEIF rotation; record what the file says.
                out["orientation"] = image.info["original_orientation"]
            sub = exif.get_ifd(0x8769)
            for tag, key in ((0x9003, "datetime_original"), (0x9011, "offset_time_original"), (0xA434, "lens_model")):
                if tag in sub:
                    out[key] = _clip(sub[tag])
            comment = _user_comment(sub.get(0x9286))
            if comment:
                out["user_comment"] = comment
            gps = exif.get_ifd(0x8825) if 0x8825 in exif else {}
            out["gps_present"] = bool(gps)
            return out
    except Exception:  # noqa: BLE001 - hostile metadata must never stop the file from being described
        return {}


def _user_comment(raw: Any) -> str | None:
    """EXIF UserComment: an 8-byte character code ("ASCII", "UNICODE", "JIS" or zeros), then the text.

    AUTOMATIC1111 writes its settings there in JPEG and WebP, as UTF-16 ("UNICODE", big-endian in practice).
    """
    if isinstance(raw, str):
        return _clip(raw) or None
    if not isinstance(raw, bytes) or len(raw) <= 8:
        return None
    code, body = raw[:8], raw[8:]
    if code.startswith(b"UNICODE"):
        # The standard leaves the byte order to the EXIF block's; a leading zero byte means big-endian text.
        text = body.decode("utf-16-be" if body[:1] == b"\x00" else "utf-16-le", "replace")
    else:
        text = body.decode("utf-8", "replace")
    return _clip(text) or None


# IPTC-IIM datasets (record 2) worth showing, by number: what they are called here.
_IPTC_DATASETS = {5: "object_name", 25: "keywords", 40: "special_instructions", 65: "originating_program",
                  70: "program_version", 80: "by_line", 105: "headline", 110: "credit", 115: "source",
                  116: "copyright", 120: "caption", 122: "writer"}


def _iptc(data: bytes, fmt: str) -> dict[str, Any]:
    """IPTC-IIM fields of a JPEG (Photoshop APP13) or TIFF (tag 33723); {} when none or unreadable.

    Also "digital_source_type" when any dataset holds an IPTC digital source type (URI or code): the IIM has
    no dedicated dataset for it, and tools that write it put it in one of their own choosing.
    """
    if fmt not in ("jpeg", "tiff"):
        return {}
    from PIL import Image, IptcImagePlugin

    try:
        with Image.open(io.BytesIO(data)) as image:
            info = IptcImagePlugin.getiptcinfo(image) or {}
    except Exception:  # noqa: BLE001 - hostile metadata must never stop the file from being described
        info = {}
    if not info:
        info = _iim_records(data)
    out: dict[str, Any] = {}
    for (record, dataset), value in info.items():
        values = value if isinstance(value, list) else [value]
        texts = [_clip(v.decode("utf-8", "replace") if isinstance(v, bytes) else v) for v in values[:50]]
        source_type = next((t for t in texts if isinstance(t, str) and _source_type_code(t)), None)
        if source_type:
            out["digital_source_type"] = source_type
        if record == 2 and dataset in _IPTC_DATASETS:
            # Repeatable datasets (several authors, keywords) keep every value.
            out[_IPTC_DATASETS[dataset]] = texts if dataset == 25 or len(texts) > 1 else texts[0]
    return out


# Every IIM block starts with dataset 2:00 (record version, 2 bytes); Photoshop's APP13 and TIFF's tag 33723
# are where Pillow looks, but some writers put the block elsewhere (an AFCP trailer after the JPEG's end).
_IIM_START = b"\x1c\x02\x00\x00\x02"


def _iim_records(data: bytes) -> dict[tuple[int, int], Any]:
    """IIM datasets from the first block found anywhere in the file: {(record, dataset): bytes or [bytes]}.

    Stops at the first byte that does not start a dataset; {} unless at least two datasets parse.
    """
    at = data.find(_IIM_START, 0, _MAX_EXIF_SCAN)
    out: dict[tuple[int, int], Any] = {}
    count = 0
    while 0 <= at and at + 5 <= len(data) and data[at] == 0x1C and count < 1000:
        record, dataset, size = data[at + 1], data[at + 2], int.from_bytes(data[at + 3:at + 5], "big")
        if size & 0x8000:  # extended size: not used by the datasets we show
            break
        value = data[at + 5:at + 5 + size]
        key = (record, dataset)
        if key in out:
            out[key] = [*out[key], value] if isinstance(out[key], list) else [out[key], value]
        else:
            out[key] = value
        at += 5 + size
        count += 1
    return out if count >= 2 else {}


def _source_type_code(text: str) -> bool:
    """True for an IPTC digital source type, as a URI of the IPTC vocabulary or as its bare code."""
    text = text.strip()
    return text.startswith(_IPTC) or text in SYNTHETIC_SOURCE_TYPES or text in (
        "digitalCapture", "negativeFilm", "positiveFilm", "print", "minorHumanEdits", "dataDrivenMedia",
        "digitalArt", "virtualRecording", "composite", "screenCapture")


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




# Every XMP packet is RDF and declares this namespace; a file without it holds no XMP property. One search
# for this long string (0.1 ms per MB) replaces two for the packet markers (0.7 ms per MB) in the usual case.
RDF_NAMESPACE = b"http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# The JUMBF type of a C2PA manifest store ("c2pa" 0011-0010-8000-00AA00389B71), written in the clear in the
# description box at the start of every embedded store.
C2PA_STORE_UUID = bytes.fromhex("6332706100110010800000aa00389b71")
# Formats whose C2PA embedding is raw JUMBF, so an embedded store's UUID appears as is in the file's bytes
# (JPEG APP11, PNG caBX, WebP/AVI C2PA chunk, GIF application block, TIFF tag, ISO BMFF uuid box).
_RAW_JUMBF_FORMATS = {"jpeg", "png", "webp", "gif", "tiff", "heic", "heif", "avif", "mp4", "mov", "avi"}
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


def _xmp_packet(data: bytes) -> str | None:
    """The first XMP packet of the file as text (UTF-8, or UTF-16 as some writers use), at most 2 MB."""
    for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
        namespace = RDF_NAMESPACE if encoding == "utf-8" else RDF_NAMESPACE.decode().encode(encoding)
        at = data.find(namespace)
        if at < 0:
            continue
        opener = "<x:xmpmeta".encode(encoding)
        start = data.rfind(opener, max(0, at - 64 * 1024), at)
        if start < 0:
            start = data.rfind("<rdf:RDF".encode(encoding), max(0, at - 64 * 1024), at)
        start = max(start, 0)
        if encoding != "utf-8" and (at - start) % 2:
            start -= 1
        end = data.find("</x:xmpmeta>".encode(encoding), at, at + 2 * 1024**2)
        end = at + 2 * 1024**2 if end < 0 else end + len("</x:xmpmeta>".encode(encoding))
        return data[start:end].decode(encoding, "replace")
    return None


# XMP properties shown, by qualified name: their key in metadata["xmp"].
_XMP_PROPERTIES = {"Iptc4xmpExt:DigitalSourceType": "DigitalSourceType", "xmp:CreatorTool": "creator_tool",
                   "dc:creator": "creator", "dc:description": "description", "dc:rights": "rights",
                   "dc:title": "title", "photoshop:Credit": "credit", "photoshop:Source": "source",
                   "tiff:Make": "make", "tiff:Model": "model", "tiff:Software": "software",
                   "plus:DataMining": "data_mining"}


def _xmp_property(packet: str, name: str) -> str | None:
    """A property's value in any of RDF's spellings: attribute, element, ``rdf:resource``, or first item of a
    rdf:Alt/Seq/Bag. Matched by local name under any prefix: prefixes are the writer's choice (older Adobe
    software writes ``xap:`` for ``xmp:``)."""
    local = re.escape(name.split(":", 1)[1])
    tag = r"[\w.-]+:" + local
    match = (re.search(r"\s" + tag + r"""\s*=\s*["']([^"'<]{1,2000})["']""", packet)
             or re.search("<" + tag + r"""\s+rdf:resource\s*=\s*["']([^"']{1,2000})["']""", packet)
             or re.search("<(" + tag + r")>\s*([^<\s][^<]{0,2000})</\1>", packet)
             or re.search("<" + tag + r">\s*<rdf:(?:Alt|Seq|Bag)>\s*<rdf:li[^>]*>([^<]{1,2000})</rdf:li>", packet))
    if not match:
        return None
    return _clip(html.unescape(match.group(match.lastindex))) or None


def _xmp_fields(packet: str) -> dict[str, str]:
    """The XMP properties of ``_XMP_PROPERTIES`` found in ``packet``."""
    fields = {}
    for name, key in _XMP_PROPERTIES.items():
        value = _xmp_property(packet, name)
        if value:
            fields[key] = value
    return fields
