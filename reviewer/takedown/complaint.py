"""The complaint annex: a draft for the victim's adviser, pre-filled from the case, to join to a complaint to
the procureur de la République (French by default; English for an adviser who reads it).

Filled from the case: the facts (what was seen, where, when, the offences they point to), "X" as the author
unless a name is given, the notices already sent and their outcome, and the list of evidence, each item
pointing into the case's exhibit (its record file ``log/case/NNNNNN.json`` and, when the exhibit has one,
its file under ``media/<id>/``). Left for the adviser, clearly marked: the complainant's identity and
contact, the court, the harm, witnesses. Nothing is sent anywhere. Described in docs/takedown.md §4.
"""

from __future__ import annotations

from typing import Any, Callable

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.i18n import translate as current_translate
from reviewer.takedown.hashexports import case_media
from reviewer.takedown.notices import STATUSES, notices_log, reviewed_media

Translate = Callable[[str, str], str]
CTX = "takedown"

C_TITLE = QT_TRANSLATE_NOOP("takedown", "ANNEX TO THE COMPLAINT: sexual images of the complainant distributed without consent")
C_DRAFT = QT_TRANSLATE_NOOP(
    "takedown",
    "Draft prepared by the Reviewer application from case {case} on {date}, for the complainant's adviser to "
    "complete and check. Parts in square brackets are to be filled in.")
C_TO = QT_TRANSLATE_NOOP("takedown", "To the public prosecutor (procureur de la République) at the judicial court of [to be completed]")
C_FILL = QT_TRANSLATE_NOOP("takedown", "[to be completed]")
C_WHO = QT_TRANSLATE_NOOP("takedown", "1. Complainant")
C_WHO_LINES = (
    QT_TRANSLATE_NOOP("takedown", "Surname, first names: [to be completed]"),
    QT_TRANSLATE_NOOP("takedown", "Date and place of birth: [to be completed]"),
    QT_TRANSLATE_NOOP("takedown", "Address: [to be completed]"),
    QT_TRANSLATE_NOOP("takedown", "Telephone and e-mail: [to be completed]"),
)
C_AUTHOR = QT_TRANSLATE_NOOP("takedown", "2. Suspected author")
C_AUTHOR_X = QT_TRANSLATE_NOOP("takedown", "Complaint against X (author unknown).")
C_AUTHOR_NAMED = QT_TRANSLATE_NOOP("takedown", "Complaint against {name}, and any other person the investigation identifies.")
C_FACTS = QT_TRANSLATE_NOOP("takedown", "3. Facts")
C_FACTS_INTRO = QT_TRANSLATE_NOOP(
    "takedown", "The following content, which shows the complainant, was found on the internet and reviewed:")
C_FACT = QT_TRANSLATE_NOOP("takedown", "- {what}: seen on {seen} at {url}{platform}; evidence item {item}.")
C_FACT_NO_URL = QT_TRANSLATE_NOOP("takedown", "- {what}: where it was seen is not recorded [to be completed]; evidence item {item}.")
C_ON_PLATFORM = QT_TRANSLATE_NOOP("takedown", " (platform: {platform})")
C_SEEN_UNKNOWN = QT_TRANSLATE_NOOP("takedown", "a date not recorded [to be completed]")
C_PERIOD = QT_TRANSLATE_NOOP("takedown", "Dates: first seen {first}, last seen {last}. Place: the internet, at the addresses above.")
C_NO_FACTS = QT_TRANSLATE_NOOP("takedown", "[to be completed: no media of the case has been reviewed as illegal yet]")
C_LAW = QT_TRANSLATE_NOOP("takedown", "4. Offences these facts point to")
C_QUALIFICATION = QT_TRANSLATE_NOOP("takedown", "Legal qualification noted at the review: {text}")
C_HARM = QT_TRANSLATE_NOOP("takedown", "5. Harm suffered")
C_HARM_FILL = QT_TRANSLATE_NOOP(
    "takedown", "[to be completed: effects on the complainant's dignity, health, private, family and working life]")
C_WITNESSES = QT_TRANSLATE_NOOP("takedown", "6. Witnesses")
C_WITNESSES_FILL = QT_TRANSLATE_NOOP("takedown", "[to be completed, if any]")
C_STEPS = QT_TRANSLATE_NOOP("takedown", "7. Steps already taken")
C_STEP = QT_TRANSLATE_NOOP("takedown", "- Notice sent on {at} to {platform} ({channel}): {status}{statement}.")
C_STATEMENT = QT_TRANSLATE_NOOP("takedown", ", statement of reasons {id}")
C_NO_STEPS = QT_TRANSLATE_NOOP("takedown", "- No notice recorded in the case. [to be completed if other steps were taken]")
C_EVIDENCE = QT_TRANSLATE_NOOP("takedown", "8. List of evidence")
C_EXHIBIT = QT_TRANSLATE_NOOP(
    "takedown",
    "The evidence is in the exhibit exported from the case (a ZIP file with a signed record of each step, a "
    "report and a verifier anyone can run: verify_exhibit.py).")
C_EXHIBIT_SHA = QT_TRANSLATE_NOOP("takedown", "Exhibit exported on {date}, SHA-256 fingerprint of the ZIP file: {sha256}.")
C_EXHIBIT_NONE = QT_TRANSLATE_NOOP("takedown", "No exhibit has been exported from this case yet: export it and join it to the complaint.")
C_ITEM = QT_TRANSLATE_NOOP("takedown", "Item {item}: {kind} added on {added}, reviewed as: {labels}.")
C_NOT_REVIEWED = QT_TRANSLATE_NOOP("takedown", "not reviewed")
C_ITEM_FILES = QT_TRANSLATE_NOOP("takedown", "In the exhibit: record {record}; redacted copy {files}.")
C_ITEM_WITHHELD = QT_TRANSLATE_NOOP(
    "takedown", "In the exhibit: record {record} only; no image (suspected minor: fingerprints only).")
C_ITEM_PURGED = QT_TRANSLATE_NOOP("takedown", "In the exhibit: record {record} only; the file was destroyed (fingerprints kept).")
C_ITEM_HASHES = QT_TRANSLATE_NOOP("takedown", "Fingerprints: SHA-256 {sha256}, MD5 {md5}.")
C_CAPTURE = QT_TRANSLATE_NOOP(
    "takedown", "Item {item}: web capture ({format}) of {url}, taken {at}; record {record} of the exhibit; SHA-256 {sha256}.")
C_PICTURE = QT_TRANSLATE_NOOP("takedown", "picture")
C_VIDEO = QT_TRANSLATE_NOOP("takedown", "video")


def complaint_annex(session: Any, case_id: str, *, date: str, author: str = "",
                    translate: Translate = current_translate) -> str:
    """The annex text for case ``case_id`` in the language of ``translate``; ``author`` "" means "X".

    Raises ``UnknownCase``.
    """
    from reviewer.vault.records import LABELS

    def t(text: str) -> str:
        return translate(CTX, text)

    media = reviewed_media(session, case_id)
    records = session.vault.records(case_id)
    seq_of = {r.id: r.seq for r in records}
    minors = {m.id for m in case_media(session.vault, case_id) if m.suspected_minor}
    purged = {r.body["media"] for r in records if r.type == "media.purged"}
    item_of = {m.id: number for number, m in enumerate(media, 1)}

    lines = [t(C_TITLE), "", t(C_DRAFT).format(case=case_id, date=date), "", t(C_TO), "", t(C_WHO)]
    lines += [t(text) for text in C_WHO_LINES]
    lines += ["", t(C_AUTHOR), t(C_AUTHOR_NAMED).format(name=author) if author.strip() else t(C_AUTHOR_X)]

    lines += ["", t(C_FACTS)]
    facts = [m for m in media if m.content is not None]
    if facts:
        lines.append(t(C_FACTS_INTRO))
        for item in facts:
            what = t(item.content.name)
            if item.url:
                platform = t(C_ON_PLATFORM).format(platform=item.platform) if item.platform else ""
                lines.append(t(C_FACT).format(what=what, seen=item.seen_at or t(C_SEEN_UNKNOWN), url=item.url,
                                              platform=platform, item=item_of[item.id]))
            else:
                lines.append(t(C_FACT_NO_URL).format(what=what, item=item_of[item.id]))
        seen = sorted(m.seen_at for m in facts if m.seen_at)
        if seen:
            lines.append(t(C_PERIOD).format(first=seen[0], last=seen[-1]))
        lines += ["", t(C_LAW)]
        for content in dict.fromkeys(m.content for m in facts):
            lines.append("- " + t(content.explanation))
        for text in dict.fromkeys(m.qualification for m in facts if m.qualification):
            lines.append(t(C_QUALIFICATION).format(text=text))
    else:
        lines.append(t(C_NO_FACTS))

    lines += ["", t(C_HARM), t(C_HARM_FILL), "", t(C_WITNESSES), t(C_WITNESSES_FILL), "", t(C_STEPS)]
    log = notices_log(session, case_id)
    for notice in log:
        first = notice.first
        statement = next((e.get("statement_id") for e in reversed(notice.entries) if e.get("statement_id")), None)
        lines.append(t(C_STEP).format(at=first["at"], platform=first.get("platform") or "?",
                                      channel=first.get("channel") or "?", status=t(STATUSES[notice.status]),
                                      statement=t(C_STATEMENT).format(id=statement) if statement else ""))
    if not log:
        lines.append(t(C_NO_STEPS))

    lines += ["", t(C_EVIDENCE), t(C_EXHIBIT)]
    exports = [r for r in records if r.type == "exhibit.exported"]
    lines.append(t(C_EXHIBIT_SHA).format(date=exports[-1].time[:10], sha256=exports[-1].body["bundle_sha256"])
                 if exports else t(C_EXHIBIT_NONE))
    for item in media:
        labels = ", ".join(_label(translate, LABELS, label) for label in item.labels) or t(C_NOT_REVIEWED)
        record = f"log/case/{seq_of[item.id]:06d}.json"
        lines += ["", t(C_ITEM).format(item=item_of[item.id], kind=t(C_PICTURE if item.kind == "image" else C_VIDEO),
                                       added=item.added[:10], labels=labels)]
        if item.id in minors:
            lines.append(t(C_ITEM_WITHHELD).format(record=record))
        elif item.id in purged:
            lines.append(t(C_ITEM_PURGED).format(record=record))
        else:
            files = (f"media/{item.id}/redacted.png" if item.kind == "image"
                     else f"media/{item.id}/redacted-1.png ... redacted-4.png")
            lines.append(t(C_ITEM_FILES).format(record=record, files=files))
        lines.append(t(C_ITEM_HASHES).format(sha256=item.sha256, md5=item.md5))
    number = len(media)
    for record in records:
        if record.type != "capture.imported":
            continue
        number += 1
        view = session.decrypt_record(record)["body"]
        lines += ["", t(C_CAPTURE).format(item=number, format=view["format"].upper(), url=view["url"],
                                          at=view["captured_at"] or t(C_SEEN_UNKNOWN),
                                          record=f"log/case/{record.seq:06d}.json", sha256=view["files"][0]["sha256"])]
    lines.append("")
    return "\n".join(lines)


def _label(translate: Translate, labels: dict[str, str], label: str) -> str:
    """A review label in words in the language of ``translate``."""
    return translate("labels", labels.get(label, label))
