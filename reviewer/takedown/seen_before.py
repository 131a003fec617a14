"""Hash lists kept in the vault, and "seen before / on a list" for a media: find, then a reviewer confirms.

A list is imported as a ``hashlist.imported`` record: the file itself is stored encrypted (a vault blob,
so the list a partner shared stays as it was received), the record signs its SHA-256, format and counts.
``SeenBefore`` gathers every list of the vault and the hashes of every case, and tells for one media where
it was seen: on a list (exact hash, PDQ within 31, vPDQ or video MD5) or in another case (SHA-256, PDQ,
vPDQ), without showing anything of the other case but the decision sealed there (shown, not recorded). Nothing is labelled by
this: ``confirm`` seals the reviewer's answer as a ``match.reviewed`` record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.media.pdq import MATCH_DISTANCE, USABLE_QUALITY
from reviewer.takedown.errors import InvalidDecision, UnknownMatch
from reviewer.takedown.hashlists import HashList, parse_hash_list
from reviewer.takedown.matching import PdqIndex, match_vpdq, usable_frames

LIST_CASE_TITLE = QT_TRANSLATE_NOOP("takedown", "Hash list: {name}")
# The answers a reviewer gives about a match (``match.reviewed`` body ``decision``).
DECISIONS: dict[str, str] = {
    "same-picture": QT_TRANSLATE_NOOP("takedown", "Same picture or video"),
    "different-picture": QT_TRANSLATE_NOOP("takedown", "Different picture or video"),
    "non-conclusive": QT_TRANSLATE_NOOP("takedown", "Cannot tell"),
}
_EXACT = ("sha256", "md5", "sha1")
_STRENGTH = {"sha256": 0, "sha1": 1, "md5": 1, "video_md5": 1, "pdq": 2, "vpdq": 3}


def import_hash_list(session: Any, data: bytes, *, name: str, case_id: str | None = None,
                     fmt: str | None = None, origin: str = "") -> tuple[str, Any, HashList]:
    """Check and store a hash list; return ``(case id, record, parsed list)``.

    ``case_id`` None opens a case of its own for the list (titled "Hash list: <name>"). ``origin`` says
    where it came from (a partner, a date), sealed. Raises the errors of ``parse_hash_list`` before
    anything is written.
    """
    hashes = parse_hash_list(data, name=name, fmt=fmt)
    stored = session.store_file(data)
    if case_id is None:
        case_id = session.new_case(translate("takedown", LIST_CASE_TITLE).format(name=name))
    record = session.append_record(
        case_id, "hashlist.imported",
        {"format": hashes.format, "sha256": stored.sha256, "size": len(data), "counts": hashes.counts(),
         "blob": stored.ref()},
        {"name": name, "origin": origin}, files=[stored])
    return case_id, record, hashes


def import_hash_list_file(session: Any, path: str | Path, **options: Any) -> tuple[str, Any, HashList]:
    """``import_hash_list`` of a file read once (the name defaults to the file name)."""
    path = Path(path)
    options.setdefault("name", path.name)
    from reviewer.media.describe import read_file_once
    from reviewer.media.limits import Limits
    from reviewer.takedown.hashlists import MAX_LIST_BYTES

    return import_hash_list(session, read_file_once(path, Limits(max_file_bytes=MAX_LIST_BYTES + 1)), **options)


@dataclass
class Hit:
    """One place a media was seen. ``reference`` is what a confirmation seals; ``other_case`` and
    ``other_media`` stay in memory (the window may open a case the reviewer also works on)."""

    number: int
    on: str                 # "list" or "case"
    method: str             # sha256, md5, sha1, video_md5, pdq, vpdq
    distance: int | None    # PDQ bits apart (0 for exact hashes; None for vPDQ, see reference)
    reference: dict[str, Any]
    other_case: str | None = None
    other_media: str | None = None
    other_labels: tuple[str, ...] = ()  # how the other case's media was reviewed: shown, never sealed here

    def describe(self) -> str:
        """One plain sentence in the current language."""
        how = translate("takedown", _METHOD_TEXT[self.method]).format(distance=self.distance,
                                                                     percent=self.reference.get("query_percent"))
        if self.on == "list":
            return translate("takedown", QT_TRANSLATE_NOOP("takedown", "On the hash list “{name}”: {how}.")).format(
                name=self.reference.get("name", ""), how=how)
        labels = self.other_labels
        if labels:
            from reviewer.vault.records import LABELS

            said = ", ".join(translate("labels", LABELS.get(label, label)) for label in labels)
            return translate("takedown", QT_TRANSLATE_NOOP(
                "takedown", "Seen before in another case, reviewed there as: {labels}. It is {how}.")).format(labels=said, how=how)
        return translate("takedown", QT_TRANSLATE_NOOP(
            "takedown", "Seen before in another case, not reviewed there yet. It is {how}.")).format(how=how)

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "on": self.on, "method": self.method, "distance": self.distance,
                "reference": self.reference, "labels": list(self.other_labels), "text": self.describe()}


_METHOD_TEXT = {
    "sha256": QT_TRANSLATE_NOOP("takedown", "the very same file (SHA-256)"),
    "sha1": QT_TRANSLATE_NOOP("takedown", "the very same file (SHA-1)"),
    "md5": QT_TRANSLATE_NOOP("takedown", "the very same file (MD5)"),
    "video_md5": QT_TRANSLATE_NOOP("takedown", "the very same video file (MD5)"),
    "pdq": QT_TRANSLATE_NOOP("takedown", "a visually similar picture (PDQ, {distance} bits of 256 differ)"),
    "vpdq": QT_TRANSLATE_NOOP("takedown", "a visually similar video ({percent} % of its frames match)"),
}


@dataclass
class _Owners:
    """Exact hashes and PDQ rows of everything searched, each pointing back to where it came from.

    PDQ rows keep a small int per row (an index into ``pdq_sources``) rather than a tuple: a million list
    hashes cost 8 MB of owners, not 150.
    """

    exact: dict[tuple[str, str], list[tuple[str, Any]]] = field(default_factory=dict)  # (kind, hex) -> owners
    pdq_hex: list[str] = field(default_factory=list)
    pdq_source: list[int] = field(default_factory=list)       # row -> index in pdq_sources
    pdq_sources: list[tuple[str, str]] = field(default_factory=list)  # ("list", record id) or ("case", media id)
    videos: list[tuple[tuple[str, Any], list[str]]] = field(default_factory=list)
    index: PdqIndex | None = None

    def add_exact(self, kind: str, value: str | None, owner: tuple[str, Any]) -> None:
        if value:
            self.exact.setdefault((kind, value), []).append(owner)

    def add_pdq(self, hexes: list[str], source: tuple[str, str]) -> None:
        self.pdq_sources.append(source)
        self.pdq_hex += hexes
        self.pdq_source += [len(self.pdq_sources) - 1] * len(hexes)

    def pdq_owner(self, row: int) -> tuple[str, Any]:
        """The owner of PDQ row ``row`` in the form ``exact`` uses: ("list", (record id, hash)) or ("case", media id)."""
        on, ref = self.pdq_sources[self.pdq_source[row]]
        return (on, (ref, self.pdq_hex[row])) if on == "list" else (on, ref)

    def finish(self) -> None:
        self.index = PdqIndex(self.pdq_hex)


class SeenBefore:
    """Every hash list and every case's hashes of a vault, ready to tell where one media was seen.

    Build it once for a batch of lookups (``for_vault``); it reads the vault, it does not follow later writes.
    """

    def __init__(self) -> None:
        self.lists: dict[str, dict[str, Any]] = {}   # list record id -> {"name", "case"}
        self._owners = _Owners()
        self._cases: dict[str, dict[str, Any]] = {}  # media id -> {"case", "sha256", "labels"}

    @classmethod
    def for_vault(cls, session: Any) -> SeenBefore:
        """Read every list (decrypting its file) and every media record of ``session``'s vault."""
        seen = cls()
        vault = session.vault
        for case in vault.cases():
            records = vault.records(case["id"])
            labels: dict[str, list[str]] = {}
            for record in records:
                if record.type == "review.sealed":
                    labels[record.body["media"]] = record.body["labels"]
            for record in records:
                if record.type == "hashlist.imported":
                    seen._add_list(session, case["id"], record)
                elif record.type == "media.ingested":
                    seen._add_media(case["id"], record.id, record.body, labels.get(record.id, []))
        seen._owners.finish()
        return seen

    def _add_list(self, session: Any, case_id: str, record: Any) -> None:
        body = record.body
        name = session.decrypt_record(record)["body"]["name"]
        hashes = parse_hash_list(session.read_blob(body["blob"]["id"], body["blob"]["size"]), name=name,
                                 fmt=body["format"])
        self.lists[record.id] = {"name": name, "case": case_id}
        owners = self._owners
        for kind in ("md5", "sha1", "sha256", "video_md5"):
            for value in getattr(hashes, kind):
                owners.add_exact(kind, value, ("list", (record.id, value)))
        owners.add_pdq(hashes.pdq, ("list", record.id))
        for number, frames in enumerate(hashes.vpdq):
            usable = usable_frames([(f.hex, f.quality) for f in frames])
            owners.videos.append((("list", (record.id, f"vpdq #{number + 1}")), usable))

    def _add_media(self, case_id: str, media_id: str, body: dict[str, Any], labels: list[str]) -> None:
        self._cases[media_id] = {"case": case_id, "sha256": body["sha256"], "labels": labels}
        owner = ("case", media_id)
        owners = self._owners
        owners.add_exact("sha256", body["sha256"], owner)
        pdq = body.get("pdq")
        if body["kind"] == "image" and pdq and pdq["quality"] >= USABLE_QUALITY:
            owners.add_pdq([pdq["hex"]], owner)
        frames = usable_frames([(f["hex"], f["quality"]) for f in body.get("frame_pdqs") or []])
        if body["kind"] == "video" and frames:
            owners.videos.append((owner, frames))

    def lookup(self, case_id: str, body: dict[str, Any]) -> list[Hit]:
        """Where the media whose ``media.ingested`` body is ``body`` (in case ``case_id``) was seen, strongest first.

        The media's own case is left out (grouping inside a case is the case view's work).
        """
        found: dict[tuple[str, Any], tuple[str, int | None, dict[str, Any], tuple[str, Any]]] = {}

        def offer(owner: tuple[str, Any], method: str, distance: int | None, extra: dict[str, Any]) -> None:
            # The strongest hit per list and per other media: exact before PDQ before vPDQ, nearest first.
            on, ref = owner
            if on == "case" and self._cases[ref]["case"] == case_id:
                return
            key = (on, ref[0] if on == "list" else ref)
            best = found.get(key)
            if best is None or (_STRENGTH[method], distance or 0) < (_STRENGTH[best[0]], best[1] or 0):
                found[key] = (method, distance, extra, owner)

        owners = self._owners
        kinds = [("sha256", body["sha256"]), ("sha1", body["sha1"]), ("md5", body["md5"])]
        if body["kind"] == "video":
            kinds.append(("video_md5", body["md5"]))
        for kind, value in kinds:
            for owner in owners.exact.get((kind, value), []):
                offer(owner, kind, 0, {})
        pdq = body.get("pdq")
        if body["kind"] == "image" and pdq and pdq["quality"] >= USABLE_QUALITY and owners.index is not None:
            for row, distance in owners.index.within(pdq["hex"], MATCH_DISTANCE):
                offer(owners.pdq_owner(row), "pdq", distance, {})
        frames = usable_frames([(f["hex"], f["quality"]) for f in body.get("frame_pdqs") or []])
        if body["kind"] == "video" and frames:
            for owner, other in owners.videos:
                result = match_vpdq(frames, other)
                if result.matched:
                    offer(owner, "vpdq", None, {"query_percent": round(result.query_percent),
                                                "compared_percent": round(result.compared_percent)})
        ordered = sorted(found.items(), key=lambda item: (_STRENGTH[item[1][0]], item[1][1] or 0, item[0][0]))
        out = []
        for number, ((on, key), (method, distance, extra, owner)) in enumerate(ordered, 1):
            if on == "list":
                reference = {"list": key, "name": self.lists[key]["name"], "entry": owner[1][1], **extra}
                out.append(Hit(number, on, method, distance, reference))
            else:
                other = self._cases[key]
                # Only the other media's SHA-256 is sealed: this case's exhibit discloses its sealed fields, and
                # must say nothing of another case (not even its decision).
                reference = {"sha256": other["sha256"], **extra}
                out.append(Hit(number, on, method, distance, reference, other["case"], key, tuple(other["labels"])))
        return out


def find_matches(session: Any, case_id: str, media_id: str, seen: SeenBefore | None = None) -> list[Hit]:
    """Where media ``media_id`` of ``case_id`` was seen before; raise ``UnknownCase``/``UnknownMedia``."""
    from reviewer.vault import UnknownMedia

    record = session.vault.record(media_id)
    if record.type != "media.ingested" or record.log != case_id:
        raise UnknownMedia(media=media_id, case=case_id)
    seen = seen or SeenBefore.for_vault(session)
    return seen.lookup(case_id, record.body)


def confirm(session: Any, case_id: str, media_id: str, hit: Hit, decision: str, notes: str = "") -> Any:
    """Seal a reviewer's answer about one hit as a ``match.reviewed`` record; return the record.

    Raises ``InvalidDecision`` for an answer outside ``DECISIONS``.
    """
    if decision not in DECISIONS:
        raise InvalidDecision(value=decision, allowed=", ".join(DECISIONS))
    return session.append_record(
        case_id, "match.reviewed",
        {"media": media_id, "method": hit.method, "distance": hit.distance, "on": hit.on, "decision": decision},
        {"reference": hit.reference, "notes": notes})


def hit_numbered(hits: list[Hit], number: int) -> Hit:
    """The hit with this number; ``UnknownMatch`` when there is none."""
    for hit in hits:
        if hit.number == number:
            return hit
    raise UnknownMatch(number=number)
