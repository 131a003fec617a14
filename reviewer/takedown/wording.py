"""Plain-words texts of this package that any front end shows (command line, window).

Translate at display time: ``translate("takedown", TEXT).format(...)``.
"""

from __future__ import annotations

from reviewer.i18n import QT_TRANSLATE_NOOP

LIST_IMPORTED = QT_TRANSLATE_NOOP(
    "takedown", "Hash list {name} imported into case {case}: {pdq} PDQ, {md5} MD5, {sha1} SHA-1, {sha256} SHA-256, "
    "{video_md5} video MD5, {vpdq} vPDQ videos ({ignored} entries of other kinds left aside).")
LIST_LINE = QT_TRANSLATE_NOOP("takedown", "{record}  {name}  case {case}  imported {time}  {total} hashes")
NO_LISTS = QT_TRANSLATE_NOOP("takedown", "No hash list imported yet.")
MEDIA_HEADER = QT_TRANSLATE_NOOP("takedown", "Media {media}:")
NOT_SEEN = QT_TRANSLATE_NOOP("takedown", "  not seen on any list or in any other case.")
HIT_LINE = QT_TRANSLATE_NOOP("takedown", "  [{number}] {text}")
HINT_CONFIRM = QT_TRANSLATE_NOOP(
    "takedown", "A match is only a hint. Look at both and record your answer with: reviewer match-confirm CASE MEDIA NUMBER --decision same-picture|different-picture|non-conclusive")
MATCH_RECORDED = QT_TRANSLATE_NOOP("takedown", "Your answer is recorded and signed (record {record}).")
WRITTEN = QT_TRANSLATE_NOOP("takedown", "Written: {path}")
NOTICE_LOGGED = QT_TRANSLATE_NOOP("takedown", "Notice recorded and signed: {notice}. Record the reply with: reviewer notice reply CASE {notice} --status ...")
REPLY_LOGGED = QT_TRANSLATE_NOOP("takedown", "Reply recorded and signed (record {record}).")
NO_NOTICES = QT_TRANSLATE_NOOP("takedown", "No notice sent yet for this case.")
NOTICE_LINE = QT_TRANSLATE_NOOP("takedown", "{notice}  sent {at}  to {platform} ({channel})  {status}")
REPLY_LINE = QT_TRANSLATE_NOOP("takedown", "    {at}  {status}  statement of reasons: {statement}")
COUNT_TOTAL = QT_TRANSLATE_NOOP("takedown", "Notices sent in {year}: {total}")
COUNT_LINE = QT_TRANSLATE_NOOP("takedown", "  {platform}  {content_type}  {outcome}: {count}")
CAPTURE_IMPORTED = QT_TRANSLATE_NOOP(
    "takedown", "Capture sealed: {capture}. Page {url}, captured {at}; {count} pictures or videos inside.")
CAPTURE_HEADER = QT_TRANSLATE_NOOP("takedown", "Capture of {url}, taken {at}:")
CAPTURE_ITEM = QT_TRANSLATE_NOOP("takedown", "  {url}  {mime}  {size} bytes")
