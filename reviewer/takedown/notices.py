"""Takedown notices: a DSA Article 16 notice per URL, a Pharos pre-fill summary, the sealed log of notices
sent and the replies, and the yearly Article 22(3) counts.

What goes into a notice comes from the case: the media whose latest sealed review says sexual deepfake,
intimate image shared without consent or suspected minor, grouped by the URL where they were seen (the
review's source, else the ingest's). Texts are built with a ``translate(context, text)`` given by the
caller, so the same notice can be written in French and in English (``reviewer.translations.fixed_language``)
without this package loading Qt. The format is in docs/takedown.md §2.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable
from urllib.parse import urlsplit

from reviewer import local_format
from reviewer.i18n import QT_TRANSLATE_NOOP, language_of
from reviewer.i18n import translate as current_translate
from reviewer.media.pdq import USABLE_QUALITY
from reviewer.takedown.errors import (
    InvalidDecision,
    InvalidUrl,
    MissingNotifier,
    NothingToNotify,
    NoUrl,
    UnknownNotice,
)
from reviewer.takedown.notifier import Notifier
from reviewer.takedown.times import parse_local_time, rfc3339

Translate = Callable[[str, str], str]
CTX = "takedown"


@dataclass(frozen=True)
class ContentType:
    """How a kind of content is named in a notice: the DSA transparency database's category and keyword
    (their exact spellings), the French offence, and the explanation of why it is illegal."""

    id: str
    category: str
    keyword: str
    name: str
    explanation: str


CONTENT_TYPES: dict[str, ContentType] = {
    "csam": ContentType(
        "csam", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
        QT_TRANSLATE_NOOP("takedown", "Sexual content that appears to show a minor"),
        QT_TRANSLATE_NOOP(
            "takedown",
            "The content is a sexual image that appears to show a person under 18 (real or generated). Making, "
            "keeping or distributing such an image is an offence under article 227-23 of the French Criminal Code "
            "and is child sexual abuse material under Directive 2011/93/EU.")),
    "deepfake": ContentType(
        "deepfake", "STATEMENT_CATEGORY_CYBER_VIOLENCE", "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE",
        QT_TRANSLATE_NOOP("takedown", "Sexual deepfake of a real person, shared without consent"),
        QT_TRANSLATE_NOOP(
            "takedown",
            "The content is a sexual montage (deepfake) made from the features of a real, identifiable person, "
            "published without that person's consent. This is an offence under article 226-8-1 of the French "
            "Criminal Code (sexual montage distributed without consent).")),
    "ncii": ContentType(
        "ncii", "STATEMENT_CATEGORY_CYBER_VIOLENCE", "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
        QT_TRANSLATE_NOOP("takedown", "Intimate image shared without consent"),
        QT_TRANSLATE_NOOP(
            "takedown",
            "The content is a real intimate image of an identifiable person, published without that person's "
            "consent. This is an offence under article 226-2-1 of the French Criminal Code.")),
}
LABEL_CONTENT = {"suspected-minor": "csam", "sexual-deepfake-adult": "deepfake", "intimate-image-nonconsensual": "ncii"}
_SEVERITY = ("csam", "deepfake", "ncii")  # a URL showing several kinds is notified as the most serious

STATUSES: dict[str, str] = {
    "sent": QT_TRANSLATE_NOOP("takedown", "Sent, no reply yet"),
    "acknowledged": QT_TRANSLATE_NOOP("takedown", "Receipt acknowledged"),
    "removed": QT_TRANSLATE_NOOP("takedown", "Content removed"),
    "disabled": QT_TRANSLATE_NOOP("takedown", "Access disabled"),
    "restricted": QT_TRANSLATE_NOOP("takedown", "Visibility restricted"),
    "refused": QT_TRANSLATE_NOOP("takedown", "Refused by the platform"),
    "no-reply": QT_TRANSLATE_NOOP("takedown", "No reply in time"),
    "withdrawn": QT_TRANSLATE_NOOP("takedown", "Withdrawn by us"),
}
CHANNELS = ("email", "web-form", "api", "letter", "pharos", "other")


@dataclass(frozen=True)
class ReviewedMedia:
    """A media of a case as notices and the complaint need it: hashes, latest review, where it was seen."""

    id: str
    kind: str
    name: str
    added: str
    sha256: str
    md5: str
    pdq: str | None           # usable PDQ hex, else None
    labels: tuple[str, ...]   # of the latest sealed review; empty when not reviewed
    qualification: str
    reviewed_at: str | None   # date of the latest review
    url: str
    platform: str
    seen_at: str | None       # RFC 3339 with offset, when known
    content: ContentType | None  # the most serious illegal kind its labels name, if any


def reviewed_media(session: Any, case_id: str) -> list[ReviewedMedia]:
    """Every media of a case, in the order added, with its latest review and source (the review's source,
    else the ingest's). Raises ``UnknownCase``."""
    from reviewer.vault import UnknownCase

    records = session.vault.records(case_id)
    if not records:
        raise UnknownCase(case=case_id)
    ingested: dict[str, tuple[Any, dict[str, Any]]] = {}
    reviews: dict[str, tuple[Any, dict[str, Any]]] = {}
    for record in records:
        if record.type == "media.ingested":
            ingested[record.id] = (record, session.decrypt_record(record)["body"])
        elif record.type == "review.sealed":
            reviews[record.body["media"]] = (record, session.decrypt_record(record)["body"])
    out = []
    for media_id, (record, body) in ingested.items():
        review_record, review = reviews.get(media_id, (None, {}))
        labels = tuple(review.get("labels") or ())
        kinds = [LABEL_CONTENT[label] for label in labels if label in LABEL_CONTENT]
        source = review.get("source") or body.get("source") or {}
        pdq = body["pdq"]
        out.append(ReviewedMedia(
            media_id, body["kind"], body.get("name") or "", record.time, body["sha256"], body["md5"],
            pdq["hex"] if pdq and pdq["quality"] >= USABLE_QUALITY else None, labels,
            review.get("qualification") or "", review_record.time[:10] if review_record else None,
            (source.get("url") or "").strip(), (source.get("platform") or "").strip(), source.get("seen_at"),
            CONTENT_TYPES[min(kinds, key=_SEVERITY.index)] if kinds else None))
    return out


@dataclass
class Target:
    """One URL to notify: where, on which platform, the most serious kind of content, the media seen there."""

    url: str
    platform: str
    content: ContentType
    media: list[ReviewedMedia] = field(default_factory=list)


def notice_targets(session: Any, case_id: str) -> list[Target]:
    """The URLs of a case that carry reviewed illegal content, in the order first seen.

    Raises ``UnknownCase``, or ``NoUrl`` when no reviewed media has a URL.
    """
    targets: dict[str, Target] = {}
    for item in reviewed_media(session, case_id):
        if item.content is None or not item.url:
            continue
        target = targets.get(item.url)
        if target is None:
            target = targets[item.url] = Target(item.url, item.platform, item.content)
        elif _SEVERITY.index(item.content.id) < _SEVERITY.index(target.content.id):
            target.content = item.content
        target.media.append(item)
    if not targets:
        raise NoUrl()
    return list(targets.values())


def added_target(session: Any, case_id: str, url: str, platform: str = "") -> Target:
    """A target for a URL the user types (the case's content was also seen there): every media of the case
    whose latest sealed review names illegal content, notified as the most serious kind among them.

    Raises ``InvalidUrl`` when ``url`` is not a web address (http or https with a host), ``NothingToNotify``
    when no media of the case is reviewed as illegal content, ``UnknownCase``.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        raise InvalidUrl(url=url)
    media = [item for item in reviewed_media(session, case_id) if item.content is not None]
    if not media:
        raise NothingToNotify()
    content = min((item.content for item in media), key=lambda c: _SEVERITY.index(c.id))
    return Target(url, platform.strip(), content, media)


# -- the DSA Article 16 notice ---------------------------------------------------------------------------

N_TITLE = QT_TRANSLATE_NOOP("takedown", "Notice of illegal content under Article 16 of the Digital Services Act (Regulation (EU) 2022/2065)")
N_DATE = QT_TRANSLATE_NOOP("takedown", "Prepared on {date}.")
N_PLATFORM = QT_TRANSLATE_NOOP("takedown", "Service concerned: {platform}")
N_WHERE = QT_TRANSLATE_NOOP("takedown", "1. Exact location of the content (Article 16(2)(b))")
N_WHY = QT_TRANSLATE_NOOP("takedown", "2. Why the content is illegal (Article 16(2)(a))")
N_REVIEWED = QT_TRANSLATE_NOOP(
    "takedown", "This assessment was made after a review of the content by trained staff of the notifier on {date}.")
N_QUALIFICATION = QT_TRANSLATE_NOOP("takedown", "Legal qualification given by the reviewer: {text}")
N_CLASS = QT_TRANSLATE_NOOP("takedown", "3. Classification (DSA Transparency Database)")
N_CATEGORY = QT_TRANSLATE_NOOP("takedown", "Category: {category}")
N_KEYWORD = QT_TRANSLATE_NOOP("takedown", "Keyword: {keyword}")
N_HASHES = QT_TRANSLATE_NOOP("takedown", "4. Identification of the content by its fingerprints (hashes)")
N_HASH_ITEM = QT_TRANSLATE_NOOP("takedown", "Item {number}:")
N_WHO = QT_TRANSLATE_NOOP("takedown", "5. Notifier (Article 16(2)(c))")
N_NAME = QT_TRANSLATE_NOOP("takedown", "Name: {name}")
N_EMAIL = QT_TRANSLATE_NOOP("takedown", "E-mail: {email}")
N_ADDRESS = QT_TRANSLATE_NOOP("takedown", "Address: {address}")
N_PHONE = QT_TRANSLATE_NOOP("takedown", "Telephone: {phone}")
N_ANONYMOUS = QT_TRANSLATE_NOOP(
    "takedown",
    "The notifier's name and e-mail address are not given: Article 16(2)(c) does not require them for "
    "child sexual abuse material (offences under Articles 3 to 7 of Directive 2011/93/EU).")
N_TRUSTED = QT_TRANSLATE_NOOP(
    "takedown", "Trusted flagger status (Article 22): {status}. Under Article 22(1) this notice is to be given priority.")
N_FAITH = QT_TRANSLATE_NOOP("takedown", "6. Statement of good faith (Article 16(2)(d))")
N_FAITH_TEXT = QT_TRANSLATE_NOOP(
    "takedown",
    "{who} confirms a bona fide belief that the information and allegations contained in this notice are "
    "accurate and complete.")
N_FAITH_ANONYMOUS = QT_TRANSLATE_NOOP("takedown", "The notifier")
N_REQUEST = QT_TRANSLATE_NOOP(
    "takedown",
    "We ask you to remove or disable access to this content without delay, and to send us your decision "
    "with its statement of reasons (Articles 16(5) and 17).")


def dsa_notice(target: Target, notifier: Notifier, date: str, translate: Translate = current_translate) -> str:
    """The text of a DSA Article 16 notice for one URL, in the language of ``translate``.

    It holds every element of Article 16(2): (a) the explanation, (b) the exact URL, (c) the notifier's
    name and e-mail (left out for child sexual abuse material, which does not require them), (d) the
    statement of good faith; and the transparency database category and keyword, the hashes, the trusted
    flagger status if any. Raises ``MissingNotifier`` when (c) is required and the settings lack it.
    """
    def t(text: str) -> str:
        return translate(CTX, text)

    anonymous = target.content.id == "csam"
    if not anonymous and not notifier.complete:
        raise MissingNotifier()
    language = language_of(translate)  # dates in words, in the notice's language: "6 décembre 2026"
    lines = [t(N_TITLE), "", t(N_DATE).format(date=local_format.date(date, language))]
    if target.platform:
        lines.append(t(N_PLATFORM).format(platform=target.platform))
    lines += ["", t(N_WHERE), target.url, "", t(N_WHY), t(target.content.explanation),
              t(N_REVIEWED).format(date=local_format.date(max(m.reviewed_at for m in target.media), language))]
    for text in dict.fromkeys(m.qualification for m in target.media if m.qualification):
        lines.append(t(N_QUALIFICATION).format(text=text))
    lines += ["", t(N_CLASS), t(N_CATEGORY).format(category=target.content.category),
              t(N_KEYWORD).format(keyword=target.content.keyword), "", t(N_HASHES)]
    for number, item in enumerate(target.media, 1):
        lines.append(t(N_HASH_ITEM).format(number=number))
        lines += [f"  SHA-256: {item.sha256}", f"  MD5: {item.md5}"]
        if item.pdq:
            lines.append(f"  PDQ: {item.pdq}")
    lines += ["", t(N_WHO)]
    if anonymous:
        lines.append(t(N_ANONYMOUS))
    else:
        lines += [t(N_NAME).format(name=notifier.name), t(N_EMAIL).format(email=notifier.email)]
        if notifier.address:
            lines.append(t(N_ADDRESS).format(address=notifier.address))
        if notifier.phone:
            lines.append(t(N_PHONE).format(phone=notifier.phone))
    if notifier.trusted_flagger:
        lines.append(t(N_TRUSTED).format(status=notifier.trusted_flagger))
    who = t(N_FAITH_ANONYMOUS) if anonymous else notifier.name
    lines += ["", t(N_FAITH), t(N_FAITH_TEXT).format(who=who), "", t(N_REQUEST), ""]
    return "\n".join(lines)


# -- Pharos ----------------------------------------------------------------------------------------------

P_TITLE = QT_TRANSLATE_NOOP("takedown", "Report to Pharos (internet-signalement.gouv.fr): what to copy into the form")
P_CATEGORY = QT_TRANSLATE_NOOP("takedown", "Suggested category: {category} (choose the closest one the form offers)")
P_CATEGORY_CSAM = QT_TRANSLATE_NOOP("takedown", "child sexual abuse images (paedophilia)")
P_CATEGORY_SEXUAL = QT_TRANSLATE_NOOP("takedown", "sexual images of a person distributed without consent")
P_URL = QT_TRANSLATE_NOOP("takedown", "Web address (URL): {url}")
P_WHERE = QT_TRANSLATE_NOOP("takedown", "Site or platform: {platform}")
P_PUBLISHED = QT_TRANSLATE_NOOP("takedown", "Date and time of publication: not known (give it if the page shows it)")
P_SEEN = QT_TRANSLATE_NOOP("takedown", "Seen on: {seen}")
P_SEEN_UNKNOWN = QT_TRANSLATE_NOOP("takedown", "Seen on: not recorded")
P_COMMENTS = QT_TRANSLATE_NOOP("takedown", "Comments: {text}")
P_CONTACT = QT_TRANSLATE_NOOP("takedown", "Your contact details: {name}, {email}")
P_NO_IMAGE = QT_TRANSLATE_NOOP(
    "takedown", "Do not attach the images to the report: give the addresses; Pharos investigators look themselves.")


def pharos_summary(targets: list[Target], notifier: Notifier, translate: Translate = current_translate) -> str:
    """What to copy into the Pharos form, one block per URL: category, URL, platform, dates, comments, contact."""
    def t(text: str) -> str:
        return translate(CTX, text)

    lines = [t(P_TITLE), "", t(P_NO_IMAGE), ""]
    for number, target in enumerate(targets, 1):
        category = t(P_CATEGORY_CSAM if target.content.id == "csam" else P_CATEGORY_SEXUAL)
        seen = sorted(m.seen_at for m in target.media if m.seen_at)
        lines += [f"{number}.", t(P_CATEGORY).format(category=category), t(P_URL).format(url=target.url)]
        if target.platform:
            lines.append(t(P_WHERE).format(platform=target.platform))
        lines += [t(P_PUBLISHED), t(P_SEEN).format(seen=seen[0]) if seen else t(P_SEEN_UNKNOWN),
                  t(P_COMMENTS).format(text=t(target.content.explanation))]
        if notifier.complete:
            lines.append(t(P_CONTACT).format(name=notifier.name, email=notifier.email))
        lines.append("")
    return "\n".join(lines)


# -- the log of notices sent -------------------------------------------------------------------------------

@dataclass
class NoticeState:
    """A notice as its log entries tell it: the first entry (sending) and every later one (replies)."""

    id: str
    entries: list[dict[str, Any]]

    @property
    def first(self) -> dict[str, Any]:
        return self.entries[0]

    @property
    def status(self) -> str:
        return self.entries[-1]["status"]


def _entry(status: str, at: str | None, **values: Any) -> dict[str, Any]:
    if status not in STATUSES:
        raise InvalidDecision(value=status, allowed=", ".join(STATUSES))
    when = parse_local_time(at) if at else rfc3339(datetime.now(timezone.utc).astimezone())
    keys = ("channel", "platform", "urls", "content_type", "reply", "statement_id", "notice_sha256", "notes")
    return {"at": when, **{key: values.get(key) for key in keys}}


def log_sent(session: Any, case_id: str, *, platform: str, channel: str, urls: list[str], content_type: str,
             at: str | None = None, notice_text: str = "", notes: str = "") -> Any:
    """Seal the first entry of a notice: sent on ``at`` (typed date and time with zone; None: now) through
    ``channel`` to ``platform`` about ``urls``; the SHA-256 of the text sent is kept, not the text.

    Raises ``InvalidDecision`` for an unknown channel or content type, ``InvalidDateTime``, ``UnknownCase``.
    """
    if channel not in CHANNELS:
        raise InvalidDecision(value=channel, allowed=", ".join(CHANNELS))
    if content_type not in CONTENT_TYPES:
        raise InvalidDecision(value=content_type, allowed=", ".join(CONTENT_TYPES))
    entry = _entry("sent", at, channel=channel, platform=platform.strip(), urls=list(urls), content_type=content_type,
                   notice_sha256=hashlib.sha256(notice_text.encode("utf-8")).hexdigest() if notice_text else None,
                   notes=notes)
    return session.append_record(case_id, "notice.logged", {"notice": None, "status": "sent"}, {"entry": entry})


def log_update(session: Any, case_id: str, notice_id: str, *, status: str, at: str | None = None, reply: str = "",
               statement_id: str = "", notes: str = "") -> Any:
    """Seal a later entry of notice ``notice_id``: its new ``status``, the platform's ``reply`` and its
    statement-of-reasons id (DSA Article 17 / transparency database). Raises ``UnknownNotice``."""
    if notice_id not in {n.id for n in notices_log(session, case_id)}:
        raise UnknownNotice(notice=notice_id)
    entry = _entry(status, at, reply=reply, statement_id=statement_id or None, notes=notes)
    return session.append_record(case_id, "notice.logged", {"notice": notice_id, "status": status}, {"entry": entry})


def notices_log(session: Any, case_id: str) -> list[NoticeState]:
    """Every notice of a case with its entries in order (each entry also has ``status``, ``record``, ``time``)."""
    notices: dict[str, NoticeState] = {}
    for record in session.vault.records(case_id):
        if record.type != "notice.logged":
            continue
        view = session.decrypt_record(record)["body"]
        entry = {**view["entry"], "status": view["status"], "record": record.id, "time": record.time}
        if view["notice"] is None:
            notices[record.id] = NoticeState(record.id, [entry])
        elif view["notice"] in notices:
            notices[view["notice"]].entries.append(entry)
    return list(notices.values())


def resolve_notice(session: Any, case_id: str, prefix: str) -> str:
    """The id of the notice of ``case_id`` starting with ``prefix``; ``UnknownNotice`` otherwise."""
    found = [n.id for n in notices_log(session, case_id) if n.id.startswith(prefix)]
    if len(found) != 1:
        raise UnknownNotice(notice=prefix)
    return found[0]


@dataclass(frozen=True)
class YearlyCounts:
    """Article 22(3) counts: notices sent in ``year``, by platform, content type and outcome. No personal data:
    no URL, no case, no name; platforms as typed (grouped without regard to case)."""

    year: int
    rows: list[dict[str, Any]]   # {"platform", "content_type", "outcome", "count"}
    total: int

    def by(self, key: str) -> dict[str, int]:
        out: Counter[str] = Counter()
        for row in self.rows:
            out[row[key]] += row["count"]
        return dict(out)

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "total": self.total, "rows": self.rows, "by_platform": self.by("platform"),
                "by_content_type": self.by("content_type"), "by_outcome": self.by("outcome")}


def yearly_counts(session: Any, year: int) -> YearlyCounts:
    """Count the notices of every case first sent in ``year`` (their own date), by platform, content type
    and latest status. ``total`` equals the sum of the rows."""
    counts: Counter[tuple[str, str, str]] = Counter()
    spelling: dict[str, str] = {}
    for case in session.vault.cases():
        for notice in notices_log(session, case["id"]):
            if not notice.first["at"].startswith(f"{year:04d}-"):
                continue
            platform = notice.first.get("platform") or "?"
            key = spelling.setdefault(platform.casefold(), platform)
            counts[(key, notice.first.get("content_type") or "?", notice.status)] += 1
    rows = [{"platform": p, "content_type": c, "outcome": o, "count": n} for (p, c, o), n in sorted(counts.items())]
    return YearlyCounts(year, rows, sum(counts.values()))
