"""The exhibit's PDF report, laid out with Qt's rich text and written with QPdfWriter.

The only module of the core packages allowed to import PySide6 (see pyproject.toml). It draws the
facts of ``report_content.ReportContent`` and decides nothing itself.

Threads: QTextDocument is reentrant and QPainter may paint on a QPdfWriter outside the GUI thread
(Qt, "Thread-Support in Qt Modules"), so the window may call ``render_report_pdf`` from its worker.
Images are added as QImage (never QPixmap, which is GUI-thread only). Fonts need a QGuiApplication:
when none exists and we are on the main thread (command line, tests) an offscreen one is created;
from any other thread without one, ReportFailed is raised.

Language: the report is written in the language asked for, whatever the application's language, so
it loads its own translator (``exhibit_<lang>.qm``) instead of using the installed one.
"""

from __future__ import annotations

import html
import json
import os
import threading
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QTranslator, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from reviewer import local_format
from reviewer.exhibit.errors import ReportFailed
from reviewer.exhibit.report_content import MediaEntry, ReportContent
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.translations import load_translators
from reviewer.vault import LABELS

# Method ids of the analyses the report names in words (reviewer.detect: regions, video regions, comparison).
DETECTION_METHODS = ("detect.regions", "detect.video_regions")
COMPARISON_METHOD = "detect.compare"

_THUMB_WIDTH_PT = 220
# Long tables (a long review session has thousands of reveals) are cut in the report: Qt lays out about
# a thousand rows a second, and every record is in the bundle anyway.
MAX_TABLE_ROWS = 300


class ReportLanguage:
    """Translation into one fixed language, independent of the application's current language.

    Every package's translator for that language is loaded: the report shows the vault's label names
    (context "labels") as well as its own texts (context "exhibit_report").
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translators: list[QTranslator] = load_translators(lang)

    def translate(self, context: str, text: str) -> str:
        for translator in self._translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    def label(self, label_id: str) -> str:
        """A review label in words, with its stable id: "Suspected minor (suspected-minor)"."""
        text = LABELS.get(label_id)
        return f"{self.translate('labels', text)} ({label_id})" if text else label_id


# One template per count form (these packages have no %n plural), as in casework/add_outcome.py: [one, other].
_MEDIA_COUNT = (
    QT_TRANSLATE_NOOP("exhibit_report", "1 media, {reviewed} with a sealed decision, {withheld} whose pictures are "
                                        "withheld"),
    QT_TRANSLATE_NOOP("exhibit_report", "{count} media, {reviewed} with a sealed decision, {withheld} whose pictures "
                                        "are withheld"))
_HOLDS = (
    QT_TRANSLATE_NOOP("exhibit_report", "This exhibit holds the signed records of one case: 1 media with its "
                                        "fingerprints (hashes), a blurred copy of the picture unless stated otherwise, "
                                        "the reviewers' sealed decisions and a report (report.pdf). It reveals nothing "
                                        "of any other case."),
    QT_TRANSLATE_NOOP("exhibit_report", "This exhibit holds the signed records of one case: {count} media with their "
                                        "fingerprints (hashes), blurred copies of the pictures unless stated otherwise, "
                                        "the reviewers' sealed decisions and a report (report.pdf). It reveals nothing "
                                        "of any other case."))


def ensure_gui_application() -> None:
    """Make sure a Qt application exists (fonts need one); see the module docstring for threads."""
    if QGuiApplication.instance() is not None:
        return
    if threading.current_thread() is not threading.main_thread():
        raise ReportFailed("no QGuiApplication and not on the main thread")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not a bare QGuiApplication): Qt allows one application object per process, and
    # a window opened later in the same process (tests, the app itself) needs the widgets kind.
    from PySide6.QtWidgets import QApplication

    # Kept on the function so it lives as long as the process.
    ensure_gui_application.app = QApplication(["reviewer-report"])  # type: ignore[attr-defined]


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _tag(tag: str, text: str, *, italic: bool = False) -> str:
    inner = f"<i>{_e(text)}</i>" if italic else _e(text)
    return f"<{tag}>{inner}</{tag}>"


def _compact(value: object) -> str:
    if isinstance(value, str):
        return value
    # Spaces after separators let long values wrap inside a table cell.
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _rows(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th align='left' valign='top' width='28%'>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0' cellpadding='3' border='1' width='100%'>{cells}</table>"


def _more_rows(total: int, t: ReportLanguage) -> str:
    if total <= MAX_TABLE_ROWS:
        return ""
    text = t.translate("exhibit_report", "{shown} of {total} rows shown; every record is in the bundle under log/case/.")
    return _tag("p", text.format(shown=MAX_TABLE_ROWS, total=total), italic=True)


def _png_image(data: bytes) -> QImage:
    image = QImage()
    if not image.loadFromData(QByteArray(data), "PNG"):
        raise ReportFailed("thumbnail is not a readable PNG")
    # One grey channel: the PDF then holds no colour picture of a media (QPdfWriter's grey colour model).
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _thumbnail(item: MediaEntry, doc: QTextDocument, width_pt: int) -> str:
    if not item.thumbnail_png:
        return ""
    url = f"thumb://{item.media_id}"
    if doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), _png_image(item.thumbnail_png))
    return f"<img src='{url}' width='{width_pt}'>"


# ---------------------------------------------------------------------------------------------------
# Plain words: what the main body of the report says of each media. No JSON, no code identifier, no model
# label and no ISO timestamp before the technical annex (tests read the PDF's text to check it).
# ---------------------------------------------------------------------------------------------------


def _when(moment: str, t: ReportLanguage) -> str:
    if not moment:
        return "—"
    try:
        return local_format.date_time(moment, t.lang)
    except ValueError:
        return moment


def _labels_in_words(labels: tuple[str, ...], t: ReportLanguage) -> str:
    return ", ".join(t.translate("labels", LABELS.get(label, label)) for label in labels)


def _what_it_is(item: MediaEntry, t: ReportLanguage) -> str:
    size = local_format.byte_size(item.size, t.lang)
    pixels = f"{local_format.number(item.width, t.lang)} × {local_format.number(item.height, t.lang)}"
    if item.kind == "video":
        text = t.translate("exhibit_report", "Video ({format}), {pixels} pixels, {duration}, {size}.").format(
            format=item.format.upper(), pixels=pixels, size=size,
            duration=local_format.seconds(item.duration_s or 0.0, t.lang))
    else:
        text = t.translate("exhibit_report", "Picture ({format}), {pixels} pixels, {size}.").format(
            format=item.format.upper(), pixels=pixels, size=size)
    if item.added_at:
        text += " " + t.translate("exhibit_report", "Added to the case on {date} by {name}.").format(
            date=_when(item.added_at, t), name=item.added_by or "—")
    return text


def _detector_words(item: MediaEntry, t: ReportLanguage) -> str:
    from reviewer.detect.registry import GROUP_NAMES

    if not any(a.method.get("id") in DETECTION_METHODS for a in item.analyses):
        return t.translate("exhibit_report", "No automatic detection was recorded for this media.")
    if not item.detected:
        return t.translate("exhibit_report", "The detector flagged no sensitive area. Detectors miss some (back "
                                             "views, partial bodies, small pictures), so the picture was still "
                                             "shown blurred.")
    parts = ", ".join(f"{t.translate('groups', GROUP_NAMES.get(group, group))} ({count})" for group, count in item.detected)
    return t.translate("exhibit_report", "The detector flagged these areas, outlined on the picture: {parts}. "
                                         "Its scores are hints for the reviewer, never a verdict.").format(parts=parts)


def _comparison_words(summary: dict, t: ReportLanguage) -> str:
    """One sentence on a recorded comparison with the original photo."""
    if summary.get("where"):  # comparison version 2: the conclusion is rebuilt from its recorded facts
        from reviewer.detect.compare import conclusion_sentence

        return conclusion_sentence(summary, t.translate)
    changed = summary.get("changed_fraction")
    if not isinstance(changed, (int, float)):
        return t.translate("exhibit_report", "A comparison with the original photo was recorded.")
    if changed <= 0:
        return t.translate("exhibit_report", "Compared with the original photo, no changed area was found.")
    text = t.translate("exhibit_report", "Compared with the original photo, about {changed} of the picture "
                                         "changed.").format(changed=local_format.percent(float(changed), t.lang))
    inside = summary.get("changed_in_regions")
    if isinstance(inside, (int, float)) and inside > 0:
        text += " " + t.translate("exhibit_report", "{share} of the change lies in the areas the detector "
                                                    "flagged.").format(share=local_format.percent(float(inside), t.lang))
    return text


def _cue_words(path: str, summary: object, t: ReportLanguage) -> str:
    """A recorded map's name, what it means, its limits and its measured reliability, in words."""
    from reviewer.detect.cues import cue_texts

    heatmap_id = path.rsplit("/", 1)[-1].removesuffix(".png")
    entry = summary.get(heatmap_id) if isinstance(summary, dict) else None
    params = entry.get("params") if isinstance(entry, dict) else None
    texts = cue_texts(heatmap_id, params if isinstance(params, dict) else None, t.translate)
    if not texts["meaning"]:  # a map of a later version: named only in the annex
        return ""
    lines = [f"<b>{_e(texts['name'])}</b> : {_e(texts['meaning'])}" if t.lang == "fr"
             else f"<b>{_e(texts['name'])}</b>: {_e(texts['meaning'])}"]
    lines += [f"<i>{_e(text)}</i>" for text in (texts["limits"], texts["measured"], texts["note"]) if text]
    return "<li>" + "<br>".join(lines) + "</li>"


SOURCE_FIELDS = (
    ("url", QT_TRANSLATE_NOOP("exhibit_report", "Address (URL)")),
    ("platform", QT_TRANSLATE_NOOP("exhibit_report", "Platform")),
    ("account", QT_TRANSLATE_NOOP("exhibit_report", "Account")),
    ("seen", QT_TRANSLATE_NOOP("exhibit_report", "Seen on")),
    ("date_seen", QT_TRANSLATE_NOOP("exhibit_report", "Seen on")),
    ("time_seen", QT_TRANSLATE_NOOP("exhibit_report", "Time seen")),
    ("timezone", QT_TRANSLATE_NOOP("exhibit_report", "Time zone")),
)


def _source_rows(source: dict, t: ReportLanguage) -> list[tuple[str, str]]:
    rows = []
    for key, title in SOURCE_FIELDS:
        value = source.get(key)
        if isinstance(value, str) and value:
            if key in ("seen", "date_seen"):
                try:
                    value = local_format.date(value, t.lang)
                except ValueError:
                    pass
            rows.append((t.translate("exhibit_report", title), _e(value)))
    return rows


def _decisions_html(item: MediaEntry, t: ReportLanguage) -> list[str]:
    if not item.decisions:
        return [_tag("p", t.translate("exhibit_report", "No decision was sealed for this media."))]
    ordered = sorted(item.decisions, key=lambda d: d.time)
    parts = []
    for position, decision in reversed(list(enumerate(ordered))):
        later = ordered[position + 1] if position + 1 < len(ordered) else None
        rows = [
            (t.translate("exhibit_report", "Decision"), f"<b>{_e(_labels_in_words(decision.labels, t))}</b>"),
            (t.translate("exhibit_report", "Legal qualification"), _e(decision.qualification or "—")),
            (t.translate("exhibit_report", "Notes"), _e(decision.notes or "—")),
            (t.translate("exhibit_report", "Sealed by"),
             _e(t.translate("exhibit_report", "{name}, on {date}").format(name=decision.signer, date=_when(decision.time, t)))),
            *_source_rows(decision.source if isinstance(decision.source, dict) else {}, t),
        ]
        corrected = next((d for d in ordered if decision.supersedes and d.record == decision.supersedes), None)
        if corrected is not None:  # sealed as a correction: the record names the decision it replaced
            rows.insert(0, (t.translate("exhibit_report", "Correction"), _e(t.translate(
                "exhibit_report", "Corrected on {date} by {name}, replacing the decision of {earlier}").format(
                    date=_when(decision.time, t), name=decision.signer, earlier=_when(corrected.time, t)))))
        if later is not None:
            rows.insert(0, (t.translate("exhibit_report", "Status"), "<b>" + _e(t.translate(
                "exhibit_report", "Replaced by the decision of {date} ({name})").format(
                    date=_when(later.time, t), name=later.signer)) + "</b>"))
        elif len(ordered) > 1:
            rows.insert(0, (t.translate("exhibit_report", "Status"), _e(t.translate(
                "exhibit_report", "Current decision; it replaces {count} earlier one(s)").format(count=len(ordered) - 1))))
        parts.append(_rows(rows))
    return parts


def _reveal_words(item: MediaEntry, t: ReportLanguage) -> str:
    if not item.reveals:
        return t.translate("exhibit_report", "No blurred part of this media was uncovered.")
    seconds = sum(r.duration_s for r in item.reveals)
    names = ", ".join(sorted({r.signer for r in item.reveals}))
    return t.translate("exhibit_report", "Blurred parts were uncovered {count} time(s), {seconds} in all, by "
                                         "{names}; each time is in the signed log.").format(
        count=len(item.reveals), seconds=local_format.seconds(seconds, t.lang), names=names)


def _media_html(item: MediaEntry, index: int, t: ReportLanguage, doc: QTextDocument) -> str:
    parts = [_tag("h2", t.translate("exhibit_report", "Media {number}: {name}").format(number=index, name=item.name))]
    picture = _thumbnail(item, doc, _THUMB_WIDTH_PT)
    if picture:
        parts.append(f"<p>{picture}</p>")
        parts.append(_tag("p", t.translate("exhibit_report", "Picture blurred as on the reviewer's screen, in "
                                                             "grey; outlined areas are those the detector flagged, "
                                                             "blurred more."), italic=True))
    if item.withheld_reason:
        parts.append(f"<p><b>{_e(item.withheld_reason)}</b></p>")
    parts.append(_tag("p", _what_it_is(item, t)))

    parts.append(_tag("h3", t.translate("exhibit_report", "What the detector found")))
    parts.append(_tag("p", _detector_words(item, t)))

    comparisons = [a for a in item.analyses if a.method.get("id") == COMPARISON_METHOD]
    cues = [_cue_words(h, a.summary, t) for a in item.analyses for h in a.heatmaps]
    if comparisons or any(cues):
        parts.append(_tag("h3", t.translate("exhibit_report", "Forensic cues")))
        for comparison in comparisons:
            if isinstance(comparison.summary, dict):
                parts.append(f"<p><b>{_e(_comparison_words(comparison.summary, t))}</b></p>")
        if any(cues):
            parts.append("<ul>" + "".join(c for c in cues if c) + "</ul>")
        parts.append(_tag("p", t.translate("exhibit_report", "These maps are cues for a person, never proof on "
                                                             "their own."), italic=True))

    parts.append(_tag("h3", t.translate("exhibit_report", "Where it comes from")))
    if item.signals:
        parts.append("<ul>" + "".join(
            # Signals are recorded with their English source texts, marked in the "media" context.
            f"<li>{_e(t.translate('media', str(s.get('meaning', ''))))}"
            f"<br><i>{_e(t.translate('media', str(s.get('limits', ''))))}</i></li>"
            for s in item.signals) + "</ul>")
    else:
        parts.append(_tag("p", t.translate("exhibit_report", "The file carries no information about its origin "
                                                             "(camera, software, generator). The absence of such "
                                                             "information proves nothing.")))

    parts.append(_tag("h3", t.translate("exhibit_report", "Reviewers' decision")))
    parts += _decisions_html(item, t)
    parts.append(_tag("p", _reveal_words(item, t)))
    return "\n".join(parts)


def _summary_table(content: ReportContent, t: ReportLanguage, doc: QTextDocument) -> str:
    head = "".join(f"<th align='left'>{_e(t.translate('exhibit_report', h))}</th>" for h in (
        QT_TRANSLATE_NOOP("exhibit_report", "Picture"), QT_TRANSLATE_NOOP("exhibit_report", "No."),
        QT_TRANSLATE_NOOP("exhibit_report", "File"), QT_TRANSLATE_NOOP("exhibit_report", "Decision"),
        QT_TRANSLATE_NOOP("exhibit_report", "By"), QT_TRANSLATE_NOOP("exhibit_report", "On")))
    rows = []
    for index, item in enumerate(content.media, start=1):
        latest = max(item.decisions, key=lambda d: d.time) if item.decisions else None
        if item.withheld_reason and not item.thumbnail_png:
            picture = _e(t.translate("exhibit_report", "not shown"))
        else:
            picture = _thumbnail(item, doc, 60)
        decision = _labels_in_words(latest.labels, t) if latest else t.translate("exhibit_report", "Not reviewed")
        rows.append(f"<tr><td>{picture}</td><td>{index}</td><td>{_e(item.name)}</td><td>{_e(decision)}</td>"
                    f"<td>{_e(latest.signer if latest else '—')}</td>"
                    f"<td>{_e(local_format.date(latest.time, t.lang) if latest else '—')}</td></tr>")
    return f"<table cellspacing='0' cellpadding='3' border='1' width='100%'><tr>{head}</tr>{''.join(rows)}</table>"


def _cover_html(content: ReportContent, t: ReportLanguage) -> list[str]:
    reviewed = sum(1 for m in content.media if m.decisions)
    withheld = sum(1 for m in content.media if m.withheld_reason)
    out = [
        _tag("h1", t.translate("exhibit_report", "Exhibit report")),
        _tag("p", t.translate("exhibit_report", "Case: {title}").format(title=content.title)),
        _rows([
            (t.translate("exhibit_report", "Produced by"), _e(t.translate("exhibit_report", "{name}, on {date}").format(
                name=content.exported_by, date=_when(content.exported_at, t)))),
            (t.translate("exhibit_report", "For"), _e(content.recipient or "—")),
            (t.translate("exhibit_report", "Case opened on"), _e(_when(content.created_at, t))),
            (t.translate("exhibit_report", "Media"), _e(t.translate("exhibit_report", _MEDIA_COUNT[len(content.media) != 1])
                                                         .format(count=len(content.media), reviewed=reviewed,
                                                                 withheld=withheld))),
            (t.translate("exhibit_report", "Signed records"), _e(local_format.number(content.record_count, t.lang))),
        ]),
    ]
    out += [f"<p><b>{_e(notice)}</b></p>" for notice in content.notices]
    out.append(_tag("h2", t.translate("exhibit_report", "Check where this exhibit comes from")))
    out.append(_tag("p", t.translate(
        "exhibit_report", "Before relying on this exhibit, ask the sender, by telephone or in person (not by "
                          "replying to the message that brought it), to read you their vault's fingerprint, and "
                          "compare it with this one. If they match, the exhibit comes from their vault and nothing "
                          "in it was changed; if they differ, do not rely on it.")))
    if content.vault_fingerprint:
        out.append(f"<p align='center' style='font-size: 15pt'><b>{_e(_identity(content))}</b></p>")
    out += _replaced_key_html(content, t)
    out.append(_tag("p", t.translate(
        "exhibit_report", "A technical person can check every file of the exhibit with the verifier it contains "
                          "(it needs only Python): {command}. The technical annex at the end of this report says "
                          "what each check proves and what it does not.").format(
        command="python verify_exhibit.py --expect-key " + (content.vault_fingerprint or "…") + " exhibit.zip")))
    return out


def _annex_html(content: ReportContent, t: ReportLanguage) -> list[str]:
    """Precision before readability: hashes, method ids, library versions, keys, the log, the checkpoints."""
    out = [_tag("h1", t.translate("exhibit_report", "Technical annex")),
           _tag("p", t.translate(
               "exhibit_report",
               "Every file of the bundle is listed with its SHA-256 in manifest.json, which the vault's key signs. "
               "verify_exhibit.py checks that signature first, then every record signature, that the records form "
               "the complete case log under the signed checkpoint, and that this checkpoint is included in the "
               "vault's signed log. These checks prove the bundle is consistent; only a fingerprint received from "
               "the sender through another channel proves which vault made it. That key is replaced each time a "
               "reviewer is revoked, handed over by the key before it: someone who worked on the vault and has left "
               "may still hold an older key, but not the one that signs now. An exhibit they made from a copy of the "
               "vault kept from before they left passes a check against the vault's first fingerprint, not against "
               "the fingerprint of the key that signs now. VERIFY.md explains each step.")),
           _tag("p", t.translate(
               "exhibit_report",
               "What these checks do not show: that the decisions are right; that the times are true (each record's "
               "time is the clock of the computer that sealed it; only a trusted timestamp, when there is one, dates "
               "the vault's state independently); that nothing was recorded after the export. For suspected minors, "
               "the verifier sees this case's labels and the list of withheld media the vault signed, not labels "
               "sealed in other cases or after the export, nor a picture mirrored or turned a quarter turn, nor a "
               "video copy that is not the same file."))]
    out.append(_rows([
        (t.translate("exhibit_report", "Case id"), f"<tt>{_e(content.case_id)}</tt>"),
        (t.translate("exhibit_report", "Vault key"), f"<tt>{_e(content.vault_key or '—')}</tt>"),
        *([(t.translate("exhibit_report", "Vault identity (first key)"), f"<tt>{_e(content.identity_fingerprint)}</tt>")]
          if content.key_replaced else []),
        (t.translate("exhibit_report", "Exported at"), f"<tt>{_e(content.exported_at)}</tt>"),
        (t.translate("exhibit_report", "Made with"), _e(f"Reviewer {content.app_version}")),
    ]))
    for index, item in enumerate(content.media, start=1):
        out.append(_tag("h3", t.translate("exhibit_report", "Media {number}: {name}").format(number=index, name=item.name)))
        quality = t.translate("exhibit_report", "quality {quality}").format(quality=item.pdq_quality)
        rows = [
            (t.translate("exhibit_report", "Media id"), f"<tt>{_e(item.media_id)}</tt>"),
            (t.translate("exhibit_report", "Kind and format"), _e(f"{item.kind} / {item.format}")),
            (t.translate("exhibit_report", "Size in bytes"), _e(str(item.size))),
            ("SHA-256", f"<tt>{_e(item.sha256)}</tt>"),
            ("SHA-1", f"<tt>{_e(item.sha1)}</tt>"),
            ("MD5", f"<tt>{_e(item.md5)}</tt>"),
            ("PDQ", f"<tt>{_e(item.pdq)}</tt> ({_e(quality)})" if item.pdq else "—"),
            (t.translate("exhibit_report", "Added at"), f"<tt>{_e(item.added_at or '—')}</tt>"),
            (t.translate("exhibit_report", "Original in this bundle"),
             _e(t.translate("exhibit_report", "yes") if item.original_included else t.translate("exhibit_report", "no"))),
            (t.translate("exhibit_report", "Files in this bundle"), "<br>".join(f"<tt>{_e(f)}</tt>" for f in item.files) or "—"),
        ]
        if item.frame_pdq_count:
            rows.append((t.translate("exhibit_report", "Frame PDQ hashes"), _e(str(item.frame_pdq_count))))
        for s in item.signals:
            rows.append((t.translate("exhibit_report", "Signal"), f"<tt>{_e(s.get('id', ''))}</tt> {_e(_compact(s.get('value', '')))}"))
        for analysis in item.analyses:
            method = analysis.method
            rows.append((t.translate("exhibit_report", "Analysis"), "<br>".join([
                f"<tt>{_e(method.get('id', ''))} {_e(method.get('version', ''))}</tt> — {_e(analysis.signer)}, <tt>{_e(analysis.time)}</tt>",
                f"<tt>{_e(_compact({k: v for k, v in method.items() if k not in ('id', 'version')}))}</tt>",
                f"<tt>{_e(_compact(analysis.summary))}</tt>",
                *(f"<tt>{_e(h)}</tt>" for h in analysis.heatmaps)])))
        for decision in item.decisions:
            rows.append((t.translate("exhibit_report", "Sealed decision"),
                         f"<tt>{_e(', '.join(decision.labels))}</tt> — {_e(decision.signer)}, <tt>{_e(decision.time)}</tt>"
                         + (f"<br><tt>{_e(_compact(decision.source))}</tt>" if decision.source else "")))
        for reveal in item.reveals[:MAX_TABLE_ROWS]:
            rows.append((t.translate("exhibit_report", "Reveal"),
                         f"<tt>{_e(reveal.time)}</tt> {_e(reveal.signer)} {_e(f'{reveal.duration_s:.1f}')} s "
                         f"<tt>{_e(_compact(reveal.region))}</tt>"))
        out.append(_rows(rows))
        out.append(_more_rows(len(item.reveals), t))

    out.append(_tag("h2", t.translate("exhibit_report", "Signers")))
    vault_role = t.translate("exhibit_report", "vault key")
    reviewer_role = t.translate("exhibit_report", "reviewer")
    out.append(
        "<table cellspacing='0' cellpadding='3' border='1' width='100%'>"
        + "".join(
            f"<tr><td>{_e(s.name)}</td><td>{_e(vault_role if s.role == 'vault' else reviewer_role)}</td>"
            f"<td><tt>{_e(s.key_id)}</tt></td><td><tt>{_e(s.public_key)}</tt></td></tr>"
            for s in content.signers
        )
        + "</table>"
    )
    out.append(_tag("h2", t.translate("exhibit_report", "Case log")))
    out.append(
        "<table cellspacing='0' cellpadding='2' border='1' width='100%'>"
        + "".join(
            f"<tr><td>{line.seq}</td><td><tt>{_e(line.time)}</tt></td><td><tt>{_e(line.kind)}</tt></td><td>{_e(line.signer)}</td>"
            f"<td><tt>{_e(line.leaf_hash[:16])}…</tt></td></tr>"
            for line in content.log[:MAX_TABLE_ROWS]
        )
        + "</table>"
    )
    out.append(_more_rows(len(content.log), t))
    if content.timestamps:
        out += _timestamps_html(content, t)
    out.append(_tag("h2", t.translate("exhibit_report", "Signed checkpoints")))
    # pre-wrap: a signature line (key name and signature, about 140 characters) is longer than the page is
    # wide; without it the end of the signature was cut off at the page's edge.
    out.append(_tag("p", t.translate("exhibit_report", "Case log checkpoint:"))
               + f"<pre style='white-space: pre-wrap'>{_e(content.case_checkpoint)}</pre>")
    out.append(_tag("p", t.translate("exhibit_report", "Vault log checkpoint:"))
               + f"<pre style='white-space: pre-wrap'>{_e(content.vault_checkpoint)}</pre>")
    return out


def _timestamps_html(content: ReportContent, t: ReportLanguage) -> list[str]:
    """Each trusted timestamp in plain words: who states what existed when, and which records it covers."""
    out = [_tag("h2", t.translate("exhibit_report", "Trusted timestamps (RFC 3161)")),
           _tag("p", t.translate(
               "exhibit_report",
               "A timestamp authority signed that the vault's signed state existed at the time below. The reply, "
               "the stamped bytes and the certificates are in the bundle (timestamps/); VERIFY.md gives the OpenSSL "
               "command that checks them without this application. It proves when these records existed at the "
               "latest, not that they are true."))]
    rows = []
    for stamp in content.timestamps:
        said = t.translate("exhibit_report", "{tsa} states that the vault's signed state of {size} checkpoints "
                                             "existed at {time}.").format(tsa=stamp.tsa, size=stamp.vault_size,
                                                                          time=stamp.gen_time)
        if stamp.covered:
            covers = t.translate("exhibit_report", "It covers records 0 to {last} of this case.").format(
                last=stamp.covered - 1)
        else:
            covers = t.translate("exhibit_report", "It was made before this case existed: it covers none of its records.")
        rows.append((stamp.gen_time, _e(f"{said} {covers}") + f"<br><tt>timestamps/{_e(stamp.record_id)}.*</tt>"))
    out.append(_rows(rows))
    return out


def report_html(content: ReportContent, t: ReportLanguage, doc: QTextDocument) -> str:
    """The report as Qt rich text: a cover, a summary table, one plain-words section per media, then the
    technical annex (the only part with hashes, identifiers and raw values). Images are added to ``doc``."""
    out = ["<html><body>", *_cover_html(content, t)]
    out.append(_tag("h2", t.translate("exhibit_report", "Summary")))
    out.append(_summary_table(content, t, doc))
    for index, item in enumerate(content.media, start=1):
        out.append(_media_html(item, index, t, doc))
    out += _annex_html(content, t)
    out.append("</body></html>")
    return "\n".join(out)


def _pdf_writer(buffer: QBuffer, title: str, app_version: str) -> QPdfWriter:
    """An A4 PDF/A-1b writer (Qt writes the XMP identification, the sRGB output intent, a document ID and
    embeds every font) with the grey colour model: archives and courts expect PDF/A, and no picture of a
    media may be in colour."""
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setColorModel(QPdfWriter.ColorModel.Grayscale)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    writer.setTitle(title)
    writer.setCreator(f"Reviewer {app_version}")
    return writer


def _render(html_of: Callable[[QTextDocument], str], title: str, app_version: str) -> bytes:
    ensure_gui_application()
    doc = QTextDocument()
    doc.setDefaultStyleSheet(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14px; } h3 { font-size: 10pt; }"
        "th { background-color: #eeeeee; } pre, tt { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; }"
    )
    doc.setHtml(html_of(doc))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, title, app_version)
    doc.print_(writer)
    del writer  # flushes the PDF into the buffer
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise ReportFailed("QPdfWriter produced no PDF")
    return data


def render_report_pdf(content: ReportContent, *, lang: str = "fr") -> bytes:
    """Render ``content`` as an A4 PDF/A-1b in ``lang`` ("fr" or "en"); return the PDF bytes.

    Raises ReportFailed when Qt cannot produce the document (no QGuiApplication off the main thread,
    an unreadable thumbnail).
    """
    t = ReportLanguage(lang)
    return _render(lambda doc: report_html(content, t, doc),
                   t.translate("exhibit_report", "Exhibit report") + f" — {content.title}", content.app_version)


def _identity(content: ReportContent) -> str:
    """The fingerprint the sender reads out (`reviewer vault fingerprint`, first): the vault's identity."""
    return content.identity_fingerprint or content.vault_fingerprint


def _replaced_key_html(content: ReportContent, t: ReportLanguage) -> list[str]:
    """When the vault's signing key was replaced at a revocation: when, and the fingerprint of the key that signs
    now, which the sender's `reviewer vault fingerprint` also prints and which rules out an old copy."""
    if not content.key_replaced:
        return []
    return [_tag("p", t.translate(
        "exhibit_report", "The vault's signing key was replaced on {date}, when a reviewer's access was withdrawn. "
                          "The key that signs now has this fingerprint; ask the sender for it too: an exhibit made "
                          "from an old copy of the vault, by someone who has left, does not match it.").format(
        date=_when(content.key_replaced, t))),
        f"<p align='center'><b>{_e(content.vault_fingerprint)}</b></p>"]


def cover_letter_html(content: ReportContent, t: ReportLanguage) -> str:
    """The one-page letter for the recipient: what the exhibit is, the fingerprint to check with the sender
    through another channel, and how to verify it."""
    return "\n".join([
        "<html><body>",
        _tag("h1", t.translate("exhibit_report", "Cover letter")),
        _tag("p", t.translate("exhibit_report", "Case: {title}").format(title=content.title)),
        _tag("p", t.translate("exhibit_report", "Sent by {name}, on {date}, for {recipient}.").format(
            name=content.exported_by, date=_when(content.exported_at, t), recipient=content.recipient or "—")),
        _tag("p", t.translate("exhibit_report", _HOLDS[len(content.media) != 1]).format(count=len(content.media))),
        _tag("h2", t.translate("exhibit_report", "Check where this exhibit comes from")),
        _tag("p", t.translate(
            "exhibit_report", "Before relying on this exhibit, ask the sender, by telephone or in person (not by "
                              "replying to the message that brought it), to read you their vault's fingerprint, and "
                              "compare it with this one. If they match, the exhibit comes from their vault and nothing "
                              "in it was changed; if they differ, do not rely on it.")),
        f"<p align='center' style='font-size: 16pt'><b>{_e(_identity(content) or '—')}</b></p>",
        *_replaced_key_html(content, t),
        _tag("h2", t.translate("exhibit_report", "How to verify it")),
        _tag("p", t.translate(
            "exhibit_report", "With Python and its cryptography package, run the verifier the exhibit contains:")),
        f"<pre>python verify_exhibit.py --expect-key {_e(content.vault_fingerprint or '…')} exhibit.zip</pre>",
        _tag("p", t.translate(
            "exhibit_report", "It says \u201cintact\u201d only if every file is exactly as the vault signed it and the "
                              "vault is the one with this fingerprint. VERIFY.md, in the exhibit, explains each check.")),
        "</body></html>",
    ])


def render_cover_letter_pdf(content: ReportContent, *, lang: str = "fr") -> bytes:
    """The cover letter as a one-page A4 PDF/A-1b in ``lang``. Raises ReportFailed as render_report_pdf."""
    t = ReportLanguage(lang)
    return _render(lambda doc: cover_letter_html(content, t),
                   t.translate("exhibit_report", "Cover letter") + f" — {content.title}", content.app_version)
