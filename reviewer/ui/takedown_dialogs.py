"""The "After the review" window of a case and its small forms: notices to the platform and Pharos, the log of
notices sent and the platforms' answers, hashes for StopNCII, platforms and police, the complaint annex; the
organisation's identity that notices carry; the yearly Article 22(3) count of the vault's notices; a screenshot
capture of a page.

They only collect input and show results; ``takedown_controller.TakedownController`` runs ``reviewer.takedown``
off the GUI thread and fills them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.takedown import notices
from reviewer.takedown.notifier import Notifier
from reviewer.ui import file_dialogs, formats


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # URLs, platforms and names are the user's text, not markup
    if name:
        label.setObjectName(name)
    return label


def typed_moment(edit: QDateTimeEdit) -> str:
    """The date and time of ``edit`` with the computer's offset, as ``reviewer.takedown.times`` reads it
    ("2026-03-14 21:05 +01:00")."""
    moment = edit.dateTime()
    offset = moment.offsetFromUtc() // 60
    sign = "+" if offset >= 0 else "-"
    return f"{moment.toString('yyyy-MM-dd HH:mm')} {sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


def _moment_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    return edit



def _arrange_form(dialog: QDialog, intro: QWidget, form: QFormLayout, confirm: str, cancel: str,
                  width: int) -> tuple[QPushButton, QPushButton]:
    """Lay out a small form dialog: its plain intro, the form, then ``confirm`` (accepts) and ``cancel``
    (texts already translated in the dialog's own context); return (confirm button, cancel button)."""
    buttons = QDialogButtonBox()
    confirm_button = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel_button = buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(width)
    return confirm_button, cancel_button

class AfterReviewDialog(QDialog):
    """The after-review window of one case. Signals carry what the user asked for; the controller acts.

    ``urlAdded(url, platform)``, ``checkedChanged()``, ``copyRequested()``, ``saveRequested()``,
    ``sentRequested()``, ``answerRequested(notice id)``, ``identityRequested()``, ``hashesRequested(format)``,
    ``complaintRequested()``, ``countRequested(year)``, ``captureRequested()``,
    ``screenshotRequested()``."""

    urlAdded = Signal(str, str)
    checkedChanged = Signal()
    copyRequested = Signal()
    saveRequested = Signal()
    sentRequested = Signal()
    answerRequested = Signal(str)
    identityRequested = Signal()
    hashesRequested = Signal(str)
    complaintRequested = Signal()
    countRequested = Signal(int)
    captureRequested = Signal()
    screenshotRequested = Signal()

    PREVIEW_FR, PREVIEW_EN, PREVIEW_PHAROS = range(3)

    def __init__(self, case_title: str, parent=None) -> None:
        super().__init__(parent)
        self._refused = ""  # why nothing may be sealed now (``refuse_sealing``), "" when it may
        self.setObjectName("afterReview")
        self.setWindowTitle(self.tr("After the review"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = _label(self.tr("Case “{title}”: report the content, stop it coming back, prepare the complaint. "
                               "The application prepares the texts and files; you send them yourself.")
                       .format(title=case_title))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("After the review"))
        self.tabs.addTab(self._notices_page(), self.tr("&Notices"))
        self.tabs.addTab(self._log_page(), self.tr("Notices &sent"))
        self.tabs.addTab(self._hashes_page(), self.tr("&Fingerprints"))
        self.tabs.addTab(self._complaint_page(), self.tr("&Complaint"))
        self.tabs.addTab(self._captures_page(), self.tr("&Web captures"))
        self.tabs.currentChanged.connect(lambda _index: self.status.setText(""))  # a message belongs to its page
        self._sealing_tooltips = [button.toolTip() for button in self._sealing_buttons()]
        self.status = _label(name="hint")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = _label(name="warning")
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(980, 640)
        self.drafts: list = []
        self.show_loading()

    # -- pages -------------------------------------------------------------------------------------------
    def _notices_page(self) -> QWidget:
        page = QWidget()
        self.identity_warning = _label(name="warning")
        self.identity_warning.setVisible(False)
        self.identity_button = QPushButton(self.tr("Organisation's &identity…"))
        self.identity_button.clicked.connect(self.identityRequested)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity_warning, 1)
        # The button stays at the right when nothing is missing (stretch 0: the warning, when shown, takes the room).
        identity_row.addStretch(0)
        identity_row.addWidget(self.identity_button, 0, Qt.AlignmentFlag.AlignTop)

        self.no_url = _label(name="hint")
        self.no_url.setVisible(False)
        urls_title = _label(self.tr("Addresses where the content was seen (tick those to report):"))
        self.urls = QListWidget()
        self.urls.setAccessibleName(self.tr("Addresses to report"))
        self.urls.currentRowChanged.connect(lambda _row: self._show_current())
        self.urls.itemChanged.connect(lambda _item: self.checkedChanged.emit())
        self.new_url = QLineEdit()
        self.new_url.setPlaceholderText(self.tr("Another address: https://…"))
        self.new_url.setAccessibleName(self.tr("Address to add"))
        self.new_platform = QLineEdit()
        self.new_platform.setPlaceholderText(self.tr("Platform or site"))
        self.new_platform.setAccessibleName(self.tr("Platform or site"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self._add_url)
        self.new_url.returnPressed.connect(self._add_url)
        self.new_url.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.add_button.setEnabled(False)
        add_row = QGridLayout()
        add_row.addWidget(self.new_url, 0, 0, 1, 2)
        add_row.addWidget(self.new_platform, 1, 0)
        add_row.addWidget(self.add_button, 1, 1)
        left = QVBoxLayout()
        left.addWidget(urls_title)
        left.addWidget(self.no_url)
        left.addWidget(self.urls, 1)
        left.addLayout(add_row)

        self.preview = QTabWidget()
        self.preview.setAccessibleName(self.tr("Texts to send"))
        self.notice_fr = self._text_view(self.tr("Notice in French"))
        self.notice_en = self._text_view(self.tr("Notice in English"))
        self.pharos = self._text_view(self.tr("Pharos summary"))
        self.preview.addTab(self.notice_fr, self.tr("Notice (French)"))
        self.preview.addTab(self.notice_en, self.tr("Notice (English)"))
        self.preview.addTab(self.pharos, self.tr("Pharos"))
        # The notice in the reader's language first; the other one is a click away.
        self.preview.setCurrentIndex(self.PREVIEW_FR if formats.current_language() == "fr" else self.PREVIEW_EN)
        self.preview_hint = _label(name="hint")
        self.preview.currentChanged.connect(lambda _index: self._update_hint())
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.clicked.connect(self.copyRequested)
        self.save_button = QPushButton(self.tr("Save as a &text file…"))
        self.save_button.clicked.connect(self.saveRequested)
        self.sent_button = QPushButton(self.tr("&Record that I sent it…"))
        self.sent_button.clicked.connect(self.sentRequested)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.sent_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_hint)
        right.addLayout(actions)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(page)
        layout.addLayout(identity_row)
        layout.addLayout(columns, 1)
        return page

    def _text_view(self, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setAccessibleName(name)
        return view

    def _log_page(self) -> QWidget:
        page = QWidget()
        explanation = _label(self.tr("Each line is a notice you recorded as sent, with the platform's latest answer. "
                                     "Every entry is signed with your key and kept in the case's history."))
        self.log = QTableWidget(0, 4)
        self.log.setObjectName("noticesLog")
        self.log.setAccessibleName(self.tr("Notices sent"))
        self.log.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Sent on"), self.tr("Where it stands"),
                                            self.tr("Answer")])
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.verticalHeader().setVisible(False)
        header = self.log.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.log.itemSelectionChanged.connect(self._update_answer_button)
        self.empty_log = _label(self.tr("No notice recorded yet for this case."), "hint")
        self.log_sent_button = QPushButton(self.tr("Record that I &sent a notice…"))
        self.log_sent_button.clicked.connect(self.sentRequested)
        self.answer_button = QPushButton(self.tr("Record the platform's &answer…"))
        self.answer_button.clicked.connect(self._answer)
        self.answer_button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.log_sent_button)
        actions.addWidget(self.answer_button)
        actions.addStretch(1)
        # The yearly count is of the whole vault (every case), for the trusted flagger's transparency report.
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.year.setGroupSeparatorShown(False)
        self.year.setAccessibleName(self.tr("Year"))
        self.count_button = QPushButton(self.tr("&Yearly count of every case…"))
        self.count_button.clicked.connect(lambda: self.countRequested.emit(self.year.value()))
        count_label = QLabel(self.tr("Transparency report (DSA Art. 22(3)), &year:"))
        count_label.setBuddy(self.year)
        counts = QHBoxLayout()
        counts.addWidget(count_label)
        counts.addWidget(self.year)
        counts.addWidget(self.count_button)
        counts.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(explanation)
        layout.addWidget(self.empty_log)
        layout.addWidget(self.log, 1)
        layout.addLayout(actions)
        layout.addLayout(counts)
        return page

    def _hashes_page(self) -> QWidget:
        page = QWidget()
        intro = _label(self.tr("A fingerprint (hash) is a short code computed from a picture or a video. It lets "
                               "others recognise copies without receiving the picture. None of these files holds "
                               "an image; media marked “suspected minor” leave only as fingerprints."))
        rows = [
            ("stopncii", self.tr("&StopNCII receipt for the victim…"),
             self.tr("For the person shown: the fingerprints StopNCII.org uses (PDQ for pictures, MD5 for videos), "
                     "so partner platforms can block copies.")),
            ("hma", self.tr("&Hash list (HMA)…"),
             self.tr("For a platform's trust and safety team: the case's fingerprints as a list their matching tools "
                     "read (Hasher-Matcher-Actioner).")),
            ("vics", self.tr("File for the &police (VICS 2.0)…"),
             self.tr("For investigators: the case's fingerprints in the format of their tools (Griffeye, Autopsy, "
                     "IPED), without any category chosen for them.")),
        ]
        grid = QGridLayout()
        self.hash_buttons: dict[str, QPushButton] = {}
        for row, (fmt, text, purpose) in enumerate(rows):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, f=fmt: self.hashesRequested.emit(f))
            self.hash_buttons[fmt] = button
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(purpose), row, 1)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(14)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _complaint_page(self) -> QWidget:
        page = QWidget()
        intro = _label(self.tr("The complaint annex is a text for the victim's adviser to complete: the facts, the "
                               "notices already sent and the list of evidence, pointing into the exported exhibit. "
                               "It holds no image."))
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("Leave empty if unknown (the complaint is then against “X”)"))
        self.author.setAccessibleName(self.tr("Suspected author"))
        self.annex_language = QComboBox()
        self.annex_language.addItem("Français", "fr")
        self.annex_language.addItem("English", "en")
        self.annex_language.setAccessibleName(self.tr("Language of the annex"))
        form = QFormLayout()
        form.addRow(self.tr("Suspected &author"), self.author)
        form.addRow(self.tr("&Language of the annex"), self.annex_language)
        self.complaint_button = QPushButton(self.tr("&Prepare the complaint annex…"))
        self.complaint_button.clicked.connect(self.complaintRequested)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.complaint_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _captures_page(self) -> QWidget:
        page = QWidget()
        intro = _label(self.tr("A capture of the page where the content was seen, with its address, date and time, "
                               "is kept sealed in the case as evidence. Make it with ArchiveWeb.page or Webrecorder "
                               "(a WACZ or WARC file), then import it here."))
        self.captures = QTableWidget(0, 3)
        self.captures.setObjectName("captures")
        self.captures.setAccessibleName(self.tr("Web captures of the case"))
        self.captures.setHorizontalHeaderLabels([self.tr("Page"), self.tr("Captured on"), self.tr("Kind")])
        self.captures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.captures.verticalHeader().setVisible(False)
        header = self.captures.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.no_capture = _label(self.tr("No web capture in this case yet."), "hint")
        self.capture_button = QPushButton(self.tr("&Import a web capture (WACZ or WARC)…"))
        self.capture_button.clicked.connect(self.captureRequested)
        self.screenshot_button = QPushButton(self.tr("Import a &screenshot of the page…"))
        self.screenshot_button.clicked.connect(self.screenshotRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.capture_button)
        buttons.addWidget(self.screenshot_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.no_capture)
        layout.addWidget(self.captures, 1)
        layout.addLayout(buttons)
        return page

    # -- what the controller shows -------------------------------------------------------------------------
    def show_loading(self) -> None:
        self.status.setText(self.tr("Reading the case…"))
        self._update_actions()

    def show_targets(self, targets: list, no_url: str) -> None:
        """The case's URLs to report (checked), or ``no_url`` (why there is none yet) above an empty list."""
        self.urls.blockSignals(True)
        self.urls.clear()
        for target in targets:
            self._add_item(target)
        self.urls.blockSignals(False)
        missing = no_url and not targets
        self.no_url.setText(no_url + "\n" + self.tr("You can type the address below.") if missing else "")
        self.no_url.setVisible(bool(no_url) and not targets)
        if targets:
            self.urls.setCurrentRow(0)
        self.status.setText("")
        self._update_actions()

    def _add_item(self, target) -> QListWidgetItem:
        item = QListWidgetItem(target.url)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        what = translate("takedown", target.content.name)
        item.setToolTip(f"{target.platform} — {what}" if target.platform else what)
        self.urls.addItem(item)
        return item

    def add_target(self, target) -> None:
        """A URL the user typed, now in the list (checked and current)."""
        self.no_url.setVisible(False)
        self.urls.blockSignals(True)
        self._add_item(target)
        self.urls.blockSignals(False)
        self.urls.setCurrentRow(self.urls.count() - 1)
        self.new_url.clear()
        self.new_platform.clear()
        self._update_actions()

    def checked_rows(self) -> list[int]:
        return [row for row in range(self.urls.count())
                if self.urls.item(row).checkState() == Qt.CheckState.Checked]

    def show_identity(self, complete: bool) -> None:
        """Say in plain words when the notices lack the sender's name and e-mail (``complete`` False), and how
        to give them."""
        if complete:
            self.identity_warning.setVisible(False)
            self.identity_button.setText(self.tr("Organisation's &identity…"))
        else:
            self.identity_warning.setText(self.tr(
                "The organisation's name and e-mail address are not set. A notice to a platform must give them "
                "(a notice about a suspected minor does not). Click “Fill in the identity…” to give them once "
                "for this computer."))
            self.identity_warning.setVisible(True)
            self.identity_button.setText(self.tr("Fill in the &identity…"))

    def show_drafts(self, drafts: list) -> None:
        """The notices of the listed URLs, in the list's order (``takedown_steps.NoticeDraft``)."""
        self.drafts = drafts
        self._show_current()

    def show_pharos(self, text: str) -> None:
        self.pharos.setPlainText(text)
        self._update_actions()

    def _show_current(self) -> None:
        row = self.urls.currentRow()
        draft = self.drafts[row] if 0 <= row < len(self.drafts) else None
        for view, lang in ((self.notice_fr, "fr"), (self.notice_en, "en")):
            if draft is None:
                view.setPlainText("")
            else:
                view.setPlainText(draft.texts.get(lang) or draft.problem)
        self._update_hint()
        self._update_actions()

    def _update_hint(self) -> None:
        if self.preview.currentIndex() == self.PREVIEW_PHAROS:
            hint = self.tr("Copy these lines into the form on internet-signalement.gouv.fr. Never attach the pictures.")
        else:
            hint = self.tr("One notice per address, for the platform's reporting form or its e-mail address. "
                           "Never attach the pictures.")
        self.preview_hint.setText(hint)

    def current_text(self) -> str:
        """The text of the preview shown (the current URL's notice in one language, or the Pharos summary)."""
        row = self.urls.currentRow()
        draft = self.drafts[row] if 0 <= row < len(self.drafts) else None
        index = self.preview.currentIndex()
        if index == self.PREVIEW_PHAROS:
            return self.pharos.toPlainText()
        if draft is None:
            return ""
        return draft.texts.get("fr" if index == self.PREVIEW_FR else "en", "")

    def current_notice(self) -> int:
        """The row of the URL whose notice is shown (-1 when none)."""
        return self.urls.currentRow()

    def show_log(self, log: list) -> None:
        """The case's notices (``takedown_steps.NoticeRow``), oldest first: platform, date sent, status, last answer."""
        self.log.setRowCount(len(log))
        for row, notice in enumerate(log):
            answer = notice.answer
            if notice.statement_id:
                answer = (answer + " " if answer else "") + self.tr("(statement of reasons {id})").format(
                    id=notice.statement_id)
            cells = [notice.platform, formats.short_date_time(notice.sent_at),
                     translate("takedown", notices.STATUSES[notice.status]), answer]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 3 else "")
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, notice.id)
                self.log.setItem(row, column, item)
        self.empty_log.setVisible(not log)
        self.log.setVisible(bool(log))
        self._update_answer_button()

    def show_captures(self, rows: list) -> None:
        """The case's web captures (``takedown_steps.CaptureRow``), oldest first."""
        kinds = {"wacz": "WACZ", "warc": "WARC", "screenshot": self.tr("Screenshot")}
        self.captures.setRowCount(len(rows))
        for row, capture in enumerate(rows):
            when = formats.short_date_time(capture.captured_at) if capture.captured_at else self.tr("not given")
            for column, text in enumerate((capture.url, when, kinds.get(capture.format, capture.format))):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 0 else "")
                self.captures.setItem(row, column, item)
        self.no_capture.setVisible(not rows)
        self.captures.setVisible(bool(rows))

    def selected_notice(self) -> str | None:
        rows = self.log.selectionModel().selectedRows()
        if not rows:
            return None
        return self.log.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def show_saved(self, text: str) -> None:
        self.problem.setVisible(False)
        self.status.setText(text)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)
        self.status.setText("")

    # -- internal ----------------------------------------------------------------------------------------
    def _add_url(self) -> None:
        if self.new_url.text().strip():
            self.urlAdded.emit(self.new_url.text().strip(), self.new_platform.text().strip())

    def _answer(self) -> None:
        notice = self.selected_notice()
        if notice:
            self.answerRequested.emit(notice)

    def _sealing_buttons(self) -> tuple[QPushButton, ...]:
        """The buttons that seal a record in the case (a notice sent, an answer, a capture)."""
        return (self.sent_button, self.log_sent_button, self.answer_button, self.capture_button,
                self.screenshot_button)

    def refuse_sealing(self, reason: str) -> None:
        """Grey the sealing buttons with ``reason`` as their tooltip while it is not empty (the vault takes no
        record: ``casework.vault_writes``); give them back otherwise."""
        self._refused = reason
        for button, tooltip in zip(self._sealing_buttons(), self._sealing_tooltips):
            button.setToolTip(reason or tooltip)
            button.setEnabled(not reason)
        self._update_answer_button()

    def _update_answer_button(self) -> None:
        self.answer_button.setEnabled(self.selected_notice() is not None and not self._refused)

    def _update_actions(self) -> None:
        has_text = bool(self.current_text())
        self.copy_button.setEnabled(has_text)
        self.save_button.setEnabled(has_text)


class NotifierDialog(QDialog):
    """The organisation's identity that notices carry (Article 16(2)(c)): name, e-mail, address, telephone,
    trusted flagger status. Read-only when the organisation's settings file gives it (IT decides then)."""

    def __init__(self, notifier: Notifier, from_organisation: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notifierIdentity")
        self.setWindowTitle(self.tr("Organisation's identity"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        if from_organisation:
            text = self.tr("These details come from the organisation's settings, set by the person who installed "
                           "Reviewer. Ask them to change them.")
        else:
            text = self.tr("Every notice to a platform gives the name and e-mail address of whoever sends it. They "
                           "are kept on this computer for the notices of every case.")
        intro = _label(text)
        self.name = QLineEdit(notifier.name)
        self.name.setPlaceholderText(self.tr("e.g. Association d'aide aux victimes"))
        self.email = QLineEdit(notifier.email)
        self.email.setPlaceholderText(self.tr("e.g. reports@association.org"))
        self.address = QLineEdit(notifier.address)
        self.phone = QLineEdit(notifier.phone)
        self.trusted_flagger = QLineEdit(notifier.trusted_flagger)
        self.trusted_flagger.setPlaceholderText(self.tr("Only if a regulator designated you (e.g. Arcom)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Postal address"), self.address)
        form.addRow(self.tr("&Telephone"), self.phone)
        form.addRow(self.tr("Trusted &flagger status"), self.trusted_flagger)
        for edit, name in ((self.name, self.tr("Name")), (self.email, self.tr("E-mail")),
                           (self.address, self.tr("Postal address")), (self.phone, self.tr("Telephone")),
                           (self.trusted_flagger, self.tr("Trusted flagger status"))):
            edit.setAccessibleName(name)
            edit.setReadOnly(from_organisation)
            edit.textChanged.connect(self._update_ok)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        if from_organisation:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._update_ok()

    def _update_ok(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(bool(self.name.text().strip() and "@" in self.email.text()))

    def values(self) -> Notifier:
        return Notifier(self.name.text().strip(), self.email.text().strip(), self.address.text().strip(),
                        self.phone.text().strip(), self.trusted_flagger.text().strip())


class SentNoticeDialog(QDialog):
    """"Record that I sent it": to whom, how, about which addresses, which content, when. Accepting seals it."""

    CHANNELS = {
        "web-form": QT_TRANSLATE_NOOP("SentNoticeDialog", "The platform's reporting form"),
        "email": QT_TRANSLATE_NOOP("SentNoticeDialog", "E-mail"),
        "pharos": QT_TRANSLATE_NOOP("SentNoticeDialog", "Pharos (internet-signalement.gouv.fr)"),
        "letter": QT_TRANSLATE_NOOP("SentNoticeDialog", "Letter"),
        "api": QT_TRANSLATE_NOOP("SentNoticeDialog", "Trusted flagger interface (API)"),
        "other": QT_TRANSLATE_NOOP("SentNoticeDialog", "Other"),
    }

    def __init__(self, platform: str, urls: list[str], content_type: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeSent")
        self.setWindowTitle(self.tr("Record a notice sent"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = _label(self.tr("Record a notice once you have sent it. The record is signed with your key and kept "
                               "in the case's history; it cannot be removed afterwards."))
        self.platform = QLineEdit(platform)
        self.platform.setPlaceholderText(self.tr("e.g. the platform's name or site"))
        self.channel = QComboBox()
        for key, text in self.CHANNELS.items():
            self.channel.addItem(QCoreApplication.translate("SentNoticeDialog", text), key)
        self.content = QComboBox()
        for key, kind in notices.CONTENT_TYPES.items():
            self.content.addItem(translate("takedown", kind.name), key)
        self.content.setCurrentIndex(max(0, self.content.findData(content_type)))
        self.urls = QPlainTextEdit("\n".join(urls))
        self.urls.setTabChangesFocus(True)
        self.urls.setMaximumHeight(90)
        self.at = _moment_edit()
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("e.g. the platform's reference number"))
        form = QFormLayout()
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("Sent &through"), self.channel)
        form.addRow(self.tr("&Addresses (one per line)"), self.urls)
        form.addRow(self.tr("&Content"), self.content)
        form.addRow(self.tr("Sent &on"), self.at)
        form.addRow(self.tr("N&otes"), self.notes)
        for widget, name in ((self.platform, self.tr("Platform")), (self.channel, self.tr("Sent through")),
                             (self.urls, self.tr("Addresses")), (self.content, self.tr("Content")),
                             (self.at, self.tr("Sent on")), (self.notes, self.tr("Notes"))):
            widget.setAccessibleName(name)
        self.confirm_button, self.cancel_button = _arrange_form(
            self, intro, form, self.tr("Record and &sign"), self.tr("&Cancel"), 600)
        self.platform.textChanged.connect(self._update_ok)
        self.urls.textChanged.connect(self._update_ok)
        self._update_ok()

    def url_list(self) -> list[str]:
        return [line.strip() for line in self.urls.toPlainText().splitlines() if line.strip()]

    def _update_ok(self) -> None:
        self.confirm_button.setEnabled(bool(self.platform.text().strip() and self.url_list()))

    def values(self) -> dict:
        """``notices.log_sent``'s keyword arguments (the notice's text is added by the controller)."""
        return {"platform": self.platform.text().strip(), "channel": self.channel.currentData(),
                "urls": self.url_list(), "content_type": self.content.currentData(), "at": typed_moment(self.at),
                "notes": self.notes.text().strip()}


class NoticeAnswerDialog(QDialog):
    """"Record the platform's answer": where the notice stands now, the answer, its statement-of-reasons id."""

    def __init__(self, platform: str, sent_at: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeAnswer")
        self.setWindowTitle(self.tr("Record the platform's answer"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = _label(self.tr("The notice sent to {platform} on {date}. The record is signed with your key and kept "
                               "in the case's history.").format(platform=platform, date=formats.date_time(sent_at)))
        self.status = QComboBox()
        for key, text in notices.STATUSES.items():
            if key != "sent":
                self.status.addItem(translate("takedown", text), key)
        self.reply = QPlainTextEdit()
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(110)
        self.reply.setPlaceholderText(self.tr("Paste or sum up the platform's answer"))
        self.statement = QLineEdit()
        self.statement.setPlaceholderText(self.tr("If the answer gives one"))
        self.at = _moment_edit()
        form = QFormLayout()
        form.addRow(self.tr("&Where it stands"), self.status)
        form.addRow(self.tr("&Answer"), self.reply)
        form.addRow(self.tr("&Statement of reasons number"), self.statement)
        form.addRow(self.tr("Answered &on"), self.at)
        for widget, name in ((self.status, self.tr("Where it stands")), (self.reply, self.tr("Answer")),
                             (self.statement, self.tr("Statement of reasons number")),
                             (self.at, self.tr("Answered on"))):
            widget.setAccessibleName(name)
        self.confirm_button, _ = _arrange_form(self, intro, form, self.tr("Record and &sign"), self.tr("&Cancel"), 560)

    def values(self) -> dict:
        """``notices.log_update``'s keyword arguments."""
        return {"status": self.status.currentData(), "reply": self.reply.toPlainText().strip(),
                "statement_id": self.statement.text().strip(), "at": typed_moment(self.at)}


class YearlyCountDialog(QDialog):
    """The Article 22(3) count of one year, for every case of the vault: notices by platform, content and where
    they stand, with no personal data (no address, no case, no name). ``saveRequested()`` asks for the file."""

    saveRequested = Signal()

    def __init__(self, counts, parent=None) -> None:
        """``counts``: ``notices.YearlyCounts``."""
        super().__init__(parent)
        self.setObjectName("yearlyCount")
        self.setWindowTitle(self.tr("Notices of {year}").format(year=counts.year))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.counts = counts
        intro = _label(self.tr("For the yearly transparency report of a trusted flagger (DSA Article 22(3)): the "
                               "notices first sent in {year}, in every case, by platform, content and where they "
                               "stand. It holds no address, no case and no name.").format(year=counts.year))
        # No %n plural: English has no translator loaded, so "notice(s)" would show as such (ui/translators.py).
        self.total = _label(self.tr("Notices in all: {count}").format(count=formats.integer(counts.total)))
        self.table = QTableWidget(len(counts.rows), 4)
        self.table.setObjectName("yearlyCountTable")
        self.table.setAccessibleName(self.tr("Notices by platform, content and outcome"))
        self.table.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Content"), self.tr("Where it stands"),
                                              self.tr("Notices")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, values in enumerate(counts.rows):
            content = notices.CONTENT_TYPES.get(values["content_type"])
            status = notices.STATUSES.get(values["outcome"])
            cells = [values["platform"], translate("takedown", content.name) if content else values["content_type"],
                     translate("takedown", status) if status else values["outcome"], formats.integer(values["count"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("&Save the count…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.saveRequested)
        self.save_button.setEnabled(counts.total > 0)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)


class ScreenshotCaptureDialog(QDialog):
    """A full-page screenshot and the page's HTML as saved by the browser, with the page's address and when the
    screenshot was taken (date, time, this computer's time zone). Accepting seals them as one capture."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screenshotCapture")
        self.setWindowTitle(self.tr("Import a screenshot of the page"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = _label(self.tr("Give the screenshot of the whole page (PNG or JPEG), the page saved by the browser "
                               "(File ▸ Save page as, HTML), its address and when you took the screenshot. Both "
                               "files are sealed in the case, unchanged."))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://… as in the browser's address bar"))
        self.at = _moment_edit()
        self.image = QLineEdit()
        self.html = QLineEdit()
        self.notes = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Page &address"), self.url)
        form.addRow(self.tr("&Taken on"), self.at)
        self.image_button = QPushButton(self.tr("C&hoose…"))
        self.html_button = QPushButton(self.tr("Choos&e…"))
        form.addRow(self.tr("&Screenshot"),
                    self._file_row(self.image, self.image_button, self.tr("Choose the screenshot"),
                                   self.tr("Pictures (*.png *.jpg *.jpeg)")))
        form.addRow(self.tr("Page (&HTML)"),
                    self._file_row(self.html, self.html_button, self.tr("Choose the saved page"),
                                   self.tr("Web pages (*.html *.htm)")))
        form.addRow(self.tr("N&otes"), self.notes)
        for widget, name in ((self.url, self.tr("Page address")), (self.at, self.tr("Taken on")),
                             (self.image, self.tr("Screenshot")), (self.html, self.tr("Page (HTML)")),
                             (self.notes, self.tr("Notes"))):
            widget.setAccessibleName(name)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._update_ok)
        self.confirm_button, _ = _arrange_form(self, intro, form, self.tr("Seal in the &case"), self.tr("&Cancel"), 640)
        self._update_ok()

    def _file_row(self, edit: QLineEdit, choose: QPushButton, title: str, name_filter: str) -> QWidget:
        """``edit`` and its ``choose`` button, which fills it from Qt's file dialog (ui/file_dialogs.py)."""

        def chosen() -> None:
            path = file_dialogs.choose_file(self, title, name_filter)
            if path:
                edit.setText(path)

        choose.clicked.connect(chosen)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(edit, 1)
        row_layout.addWidget(choose)
        return row

    def _update_ok(self) -> None:
        self.confirm_button.setEnabled(all(e.text().strip() for e in (self.url, self.image, self.html)))

    def values(self) -> dict:
        """``takedown_steps.import_screenshot_files``'s values: image, html, url, at, notes."""
        return {"image": self.image.text().strip(), "html": self.html.text().strip(), "url": self.url.text().strip(),
                "at": typed_moment(self.at), "notes": self.notes.text().strip()}
