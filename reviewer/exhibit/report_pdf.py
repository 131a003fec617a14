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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QTranslator, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from reviewer.exhibit.errors import ReportFailed
from reviewer.exhibit.report_content import MediaEntry, ReportContent
from reviewer.translations import load_translators
from reviewer.vault import LABELS

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
    cells = "".join(f"<tr><th align='left' valign='top'>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
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
    return image


def _heatmap_html(path: str, summary: object, t: ReportLanguage) -> str:
    """A recorded heatmap's bundle path with what it means, its limits and its measured reliability
    (reviewer.detect.cues, in the report's language): a lawyer reads what the map is worth."""
    from reviewer.detect.cues import cue_texts

    heatmap_id = path.rsplit("/", 1)[-1].removesuffix(".png")
    entry = summary.get(heatmap_id) if isinstance(summary, dict) else None
    params = entry.get("params") if isinstance(entry, dict) else None
    texts = cue_texts(heatmap_id, params if isinstance(params, dict) else None, t.translate)
    lines = [f"<tt>{_e(path)}</tt>", f"<b>{_e(texts['name'])}</b>: {_e(texts['meaning'])}"]
    lines += [f"<i>{_e(text)}</i>" for text in (texts["limits"], texts["measured"], texts["note"]) if text]
    return "<br>".join(lines)


def _media_html(item: MediaEntry, index: int, t: ReportLanguage, doc: QTextDocument) -> str:
    parts = [_tag("h2", t.translate("exhibit_report", "Media {number}: {name}").format(number=index, name=item.name))]
    if item.thumbnail_png:
        url = f"thumb://{item.media_id}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), _png_image(item.thumbnail_png))
        parts.append(f"<p><img src='{url}' width='{_THUMB_WIDTH_PT}'></p>")
        parts.append(_tag("p", t.translate("exhibit_report", "Thumbnail: redacted copy (sensitive regions blurred)."), italic=True))
    if item.withheld_reason:
        parts.append(f"<p><b>{_e(item.withheld_reason)}</b></p>")
    size = f"{item.width} × {item.height}"
    if item.duration_s:
        size += " · " + t.translate("exhibit_report", "{seconds} s").format(seconds=f"{item.duration_s:.1f}")
    quality = t.translate("exhibit_report", "quality {quality}").format(quality=item.pdq_quality)
    rows = [
        (t.translate("exhibit_report", "Media id"), _e(item.media_id)),
        (t.translate("exhibit_report", "Kind and format"), _e(f"{item.kind} / {item.format}")),
        (t.translate("exhibit_report", "Size"), _e(t.translate("exhibit_report", "{bytes} bytes").format(bytes=item.size)) + " · " + _e(size)),
        ("SHA-256", f"<tt>{_e(item.sha256)}</tt>"),
        ("SHA-1", f"<tt>{_e(item.sha1)}</tt>"),
        ("MD5", f"<tt>{_e(item.md5)}</tt>"),
        (
            "PDQ",
            f"<tt>{_e(item.pdq)}</tt> ({_e(quality)})"
            if item.pdq
            else _e(t.translate("exhibit_report", "none")),
        ),
        (
            t.translate("exhibit_report", "Original in this bundle"),
            _e(t.translate("exhibit_report", "yes") if item.original_included else t.translate("exhibit_report", "no")),
        ),
        (t.translate("exhibit_report", "Files in this bundle"), "<br>".join(f"<tt>{_e(f)}</tt>" for f in item.files)),
    ]
    if item.frame_pdq_count:
        rows.append((t.translate("exhibit_report", "Frame PDQ hashes"), _e(str(item.frame_pdq_count))))
    parts.append(_rows(rows))

    parts.append(_tag("h3", t.translate("exhibit_report", "Provenance signals")))
    if item.signals:
        parts.append(
            "<ul>"
            + "".join(
                # Signals are recorded with their English source texts, marked in the "media" context.
                f"<li><b>{_e(s.get('id', ''))}</b>: {_e(s.get('value', ''))}<br>{_e(t.translate('media', str(s.get('meaning', ''))))}"
                f"<br><i>{_e(t.translate('media', str(s.get('limits', ''))))}</i></li>"
                for s in item.signals
            )
            + "</ul>"
        )
    else:
        parts.append(
            _tag("p", t.translate("exhibit_report", "No provenance signal was found. The absence of metadata proves nothing."))
        )

    parts.append(_tag("h3", t.translate("exhibit_report", "Detector results")))
    if not item.analyses:
        parts.append(_tag("p", t.translate("exhibit_report", "No analysis was recorded.")))
    for analysis in item.analyses:
        method = analysis.method
        rows = [
            (t.translate("exhibit_report", "Method"), _e(f"{method.get('id', '')} {method.get('version', '')}".strip())),
            (t.translate("exhibit_report", "Model"), _e(f"{method.get('model', '—')} {method.get('model_version', '')}".strip())),
            (t.translate("exhibit_report", "Model file SHA-256"), f"<tt>{_e(method.get('model_sha256', '—'))}</tt>"),
            (t.translate("exhibit_report", "Input SHA-256"), f"<tt>{_e(method.get('input_sha256', '—'))}</tt>"),
            (t.translate("exhibit_report", "Parameters"), _e(_compact(method.get("params", {})))),
            (t.translate("exhibit_report", "Recorded by"), _e(f"{analysis.signer}, {analysis.time}")),
        ]
        if analysis.heatmaps:
            rows.append((t.translate("exhibit_report", "Heatmaps"),
                         "<br>".join(_heatmap_html(h, analysis.summary, t) for h in analysis.heatmaps)))
        if isinstance(analysis.summary, dict):
            rows += [(str(key), _e(_compact(value))) for key, value in sorted(analysis.summary.items())]
        else:
            rows.append((t.translate("exhibit_report", "Summary"), _e(_compact(analysis.summary))))
        parts.append(_rows(rows))
    parts.append(
        _tag("p", t.translate("exhibit_report", "Detector scores and heatmaps are cues for a human reviewer, never proof on their own."), italic=True)
    )

    parts.append(_tag("h3", t.translate("exhibit_report", "Reviewer decisions")))
    if not item.decisions:
        parts.append(_tag("p", t.translate("exhibit_report", "No sealed review.")))
    for decision in item.decisions:
        rows = [
            (t.translate("exhibit_report", "Labels"), _e(", ".join(t.label(label) for label in decision.labels))),
            (t.translate("exhibit_report", "Legal qualification"), _e(decision.qualification or "—")),
            (t.translate("exhibit_report", "Notes"), _e(decision.notes or "—")),
            (t.translate("exhibit_report", "Signed by"), _e(f"{decision.signer}, {decision.time}")),
        ]
        if decision.source:
            rows.append((t.translate("exhibit_report", "Source"), _e(json.dumps(decision.source, ensure_ascii=False, sort_keys=True))))
        parts.append(_rows(rows))

    parts.append(_tag("h3", t.translate("exhibit_report", "Reveal log")))
    if not item.reveals:
        parts.append(_tag("p", t.translate("exhibit_report", "No sensitive region was revealed.")))
    else:
        head = "".join(
            f"<th align='left'>{_e(h)}</th>"
            for h in (
                t.translate("exhibit_report", "Time"),
                t.translate("exhibit_report", "Reviewer"),
                t.translate("exhibit_report", "Region"),
                t.translate("exhibit_report", "Seconds shown"),
            )
        )
        body = "".join(
            f"<tr><td>{_e(r.time)}</td><td>{_e(r.signer)}</td>"
            f"<td>{_e(json.dumps(r.region, ensure_ascii=False, sort_keys=True))}</td><td>{_e(f'{r.duration_s:.1f}')}</td></tr>"
            for r in item.reveals[:MAX_TABLE_ROWS]
        )
        parts.append(f"<table cellspacing='0' cellpadding='3' border='1' width='100%'><tr>{head}</tr>{body}</table>")
        parts.append(_more_rows(len(item.reveals), t))
    return "\n".join(parts)


def report_html(content: ReportContent, t: ReportLanguage, doc: QTextDocument) -> str:
    """The report as Qt rich text; image resources are added to ``doc``."""
    out = [
        "<html><body>",
        _tag("h1", t.translate("exhibit_report", "Exhibit report")),
        _tag("p", t.translate("exhibit_report", "Case: {title}").format(title=content.title)),
        _rows(
            [
                (t.translate("exhibit_report", "Case id"), _e(content.case_id)),
                (t.translate("exhibit_report", "Case opened"), _e(content.created_at)),
                (t.translate("exhibit_report", "Case notes"), _e(content.notes or "—")),
                (t.translate("exhibit_report", "Exported"), _e(f"{content.exported_at}, {content.exported_by}")),
                (t.translate("exhibit_report", "For"), _e(content.recipient or "—")),
                (t.translate("exhibit_report", "Records in the case log"), _e(str(content.record_count))),
                (t.translate("exhibit_report", "Media items"), _e(str(len(content.media)))),
                (t.translate("exhibit_report", "Made with"), _e(f"Reviewer {content.app_version}")),
            ]
        ),
    ]
    for notice in content.notices:
        out.append(f"<p><b>{_e(notice)}</b></p>")
    out.append(_tag("h2", t.translate("exhibit_report", "How to verify this exhibit")))
    out.append(
        "<p>"
        + _e(
            t.translate(
                "exhibit_report",
                "Every file of the bundle is listed with its SHA-256 in manifest.json, which the vault's key "
                "signs. Run 'python verify_exhibit.py --expect-key FINGERPRINT' on the bundle (it needs only "
                "Python and the cryptography package): it checks that signature first, then every record "
                "signature, that the records form the complete case log under the signed checkpoint, and that "
                "this checkpoint is included in the vault's signed log. These checks prove the bundle is "
                "consistent; only a fingerprint received from the sender through another channel (telephone, "
                "letter) proves which vault made it. VERIFY.md explains each step.",
            )
        )
        + "</p>"
    )
    if content.vault_fingerprint:
        out.append(_rows([
            (t.translate("exhibit_report", "Vault key fingerprint"), f"<b><tt>{_e(content.vault_fingerprint)}</tt></b>"),
            (t.translate("exhibit_report", "Vault key"), f"<tt>{_e(content.vault_key)}</tt>"),
        ]))
    for index, item in enumerate(content.media, start=1):
        out.append(_media_html(item, index, t, doc))

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
            f"<tr><td>{line.seq}</td><td>{_e(line.time)}</td><td>{_e(line.kind)}</td><td>{_e(line.signer)}</td>"
            f"<td><tt>{_e(line.leaf_hash[:16])}…</tt></td></tr>"
            for line in content.log[:MAX_TABLE_ROWS]
        )
        + "</table>"
    )
    out.append(_more_rows(len(content.log), t))
    out.append(_tag("h2", t.translate("exhibit_report", "Signed checkpoints")))
    out.append(_tag("p", t.translate("exhibit_report", "Case log checkpoint:")) + f"<pre>{_e(content.case_checkpoint)}</pre>")
    out.append(_tag("p", t.translate("exhibit_report", "Vault log checkpoint:")) + f"<pre>{_e(content.vault_checkpoint)}</pre>")
    out.append("</body></html>")
    return "\n".join(out)


def render_report_pdf(content: ReportContent, *, lang: str = "fr") -> bytes:
    """Render ``content`` as an A4 PDF in ``lang`` ("fr" or "en"); return the PDF bytes.

    Raises ReportFailed when Qt cannot produce the document (no QGuiApplication off the main thread,
    an unreadable thumbnail).
    """
    ensure_gui_application()
    t = ReportLanguage(lang)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14px; } h3 { font-size: 10pt; }"
        "th { background-color: #eeeeee; } pre, tt { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; }"
    )
    doc.setHtml(report_html(content, t, doc))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    writer.setTitle(t.translate("exhibit_report", "Exhibit report") + f" — {content.case_id}")
    writer.setCreator(f"Reviewer {content.app_version}")
    doc.print_(writer)
    del writer  # flushes the PDF into the buffer
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise ReportFailed("QPdfWriter produced no PDF")
    return data
