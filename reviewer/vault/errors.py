"""Typed vault errors, one class per failure kind a user can meet."""

from __future__ import annotations

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate


class VaultError(ReviewerError):
    """Any failure of the evidence vault. Nothing already stored is lost when one is raised."""

    code = "vault"
    template = QT_TRANSLATE_NOOP("errors", "The evidence vault could not complete this. Nothing was changed.")


class VaultMissing(VaultError):
    code = "vault.missing"
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no evidence vault in {path}. Check the folder, or create a vault there first."
    )


class VaultExists(VaultError):
    code = "vault.exists"
    template = QT_TRANSLATE_NOOP(
        "errors", "There is already an evidence vault in {path}. It was left untouched."
    )


class VaultFolderUnusable(VaultError):
    code = "vault.folder_unusable"
    template = QT_TRANSLATE_NOOP(
        "errors", "The evidence vault cannot be made in {path}: that name is already a file, not a folder, or part "
                  "of the path cannot be used. Choose another folder. Nothing was changed."
    )


class NewerVaultFormat(VaultError):
    code = "vault.newer_format"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This evidence vault says it was made by a newer version of Reviewer (format {found}; this version reads "
        "up to {supported}). Install the newer version to open it. If no newer version was ever used, the file "
        "was changed outside Reviewer: keep a copy of the vault folder and ask your IT contact. Nothing was "
        "changed.",
    )


class NotAVault(VaultError):
    code = "vault.not_a_vault"
    template = QT_TRANSLATE_NOOP(
        "errors", "The file in {path} is not an evidence vault, or it is too damaged to open."
    )


class ReadOnlyVault(VaultError):
    code = "vault.read_only"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The folder {path} cannot be written to, so the evidence vault cannot be changed there. "
        "Choose a folder you may write to, or ask your IT contact.",
    )


class WrongPassphrase(VaultError):
    code = "vault.wrong_passphrase"
    template = QT_TRANSLATE_NOOP("errors", "The passphrase is not correct. Please try again.")


class UnknownReviewer(VaultError):
    code = "vault.unknown_reviewer"
    template = QT_TRANSLATE_NOOP("errors", "There is no active reviewer called {name} in this vault.")


class WeakPassphrase(VaultError):
    """A new passphrase the policy refuses (``reviewer.vault.passphrase_policy``); ``why`` says why."""

    code = "vault.weak_passphrase"
    template = QT_TRANSLATE_NOOP(
        "errors", "This passphrase cannot be used: {why} Choose a longer one, for example four or five "
                  "unrelated words (at least {minimum} characters). Nothing was created."
    )
    phrase_params = ("why",)


class NoPassphrase(VaultError):
    code = "vault.no_passphrase"
    template = QT_TRANSLATE_NOOP(
        "errors", "A passphrase is needed. Type it when asked, or set REVIEWER_PASSPHRASE for scripts."
    )


class UnknownCase(VaultError):
    code = "vault.unknown_case"
    template = QT_TRANSLATE_NOOP("errors", "There is no case {case} in this vault.")


class UnknownMedia(VaultError):
    code = "vault.unknown_media"
    template = QT_TRANSLATE_NOOP("errors", "There is no media {media} in case {case}.")


class UnknownRecord(VaultError):
    code = "vault.unknown_record"
    template = QT_TRANSLATE_NOOP("errors", "There is no record {record} in this vault.")


class UnknownKey(VaultError):
    code = "vault.unknown_key"
    template = QT_TRANSLATE_NOOP("errors", "There is no active reviewer key {key} in this vault.")


class LastKey(VaultError):
    code = "vault.last_key"
    template = QT_TRANSLATE_NOOP(
        "errors", "This key cannot be revoked: it is the last one that can open the vault, and nobody could ever "
                  "open it again. Enrol another reviewer first (or keep the recovery key), then revoke it. "
                  "Nothing was changed.")


class AmbiguousId(VaultError):
    code = "vault.ambiguous_id"
    template = QT_TRANSLATE_NOOP("errors", "{prefix} matches more than one item. Type more characters.")


class InvalidLabel(VaultError):
    code = "vault.invalid_label"
    template = QT_TRANSLATE_NOOP(
        "errors", "{label} is not one of the review labels. Allowed labels: {allowed}."
    )


class NotLatestReview(VaultError):
    """A correction names a review that is not the media's latest one (another was sealed meanwhile)."""

    code = "vault.not_latest_review"
    template = QT_TRANSLATE_NOOP(
        "errors", "The decision you are correcting is no longer the latest one for this media: another review "
                  "was sealed in the meantime. Look at the latest decision, then correct it if needed. "
                  "Nothing was sealed.")


class NothingToCorrect(NotLatestReview):
    """A correction names a record that is no review of this media (a wrong id), or the media has none yet: not
    the latest review either, said as what it is (a ``NotLatestReview``, for whoever catches that)."""

    code = "vault.nothing_to_correct"
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no decision to correct: {record} is not a sealed review of this media. Check the id of "
                  "the decision you are correcting (reviewer case show lists them), or seal a first decision "
                  "without --corrects. Nothing was sealed.")


class ContradictoryLabels(VaultError):
    """Two labels that cannot be sealed together (reviewer.vault.vocabulary); nothing was sealed."""

    code = "vault.contradictory_labels"
    template = QT_TRANSLATE_NOOP("errors", "\u201c{first}\u201d and \u201c{second}\u201d cannot be sealed together. "
                                           "{why} Nothing was sealed.")

    def __init__(self, detail: str | None = None, *, first: str, second: str, why: str) -> None:
        super().__init__(detail, first=first, second=second, why=why)

    @property
    def message(self) -> str:
        # The labels are translated in their own context ("labels"), the reason in "vocabulary".
        from reviewer.vault.records import LABELS

        def name(label: str) -> str:
            return translate("labels", LABELS.get(label, label))

        return translate("errors", self.template).format(
            first=name(self.params["first"]), second=name(self.params["second"]),
            why=translate("vocabulary", self.params["why"]))


class InvalidRecordValue(VaultError):
    """``why`` is one of the WHY_* source texts below, translated with the message (see TamperedVault)."""

    code = "vault.invalid_value"
    template = QT_TRANSLATE_NOOP("errors", "This value cannot be stored in the vault: {why}.")
    phrase_params = ("why",)


WHY_NAME_LENGTH = QT_TRANSLATE_NOOP("errors", "a reviewer's name must have 1 to 200 characters")
WHY_HASH_MISMATCH = QT_TRANSLATE_NOOP("errors", "the bytes do not match their SHA-256")
WHY_PROOF_SIZES = QT_TRANSLATE_NOOP("errors", "sizes {old} and {new} are not between 1 and {count}")
WHY_NOT_RECORDABLE = QT_TRANSLATE_NOOP("errors", "it holds a kind of value that a signed record cannot keep")


class MediaPurged(VaultError):
    code = "vault.media_purged"
    template = QT_TRANSLATE_NOOP(
        "errors", "The bytes of this media were destroyed on purpose (purged). Only its hashes remain."
    )


class ClockBehind(VaultError):
    code = "vault.clock_behind"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's clock ({now}) is behind a record already in this vault, dated {last}, so nothing was "
        "recorded: a record may never claim to come before the one it follows, nor before the vault was made. "
        "Check the computer's date and time: if they are wrong, set them right and try again. If they are "
        "right, it is that earlier record's date that was wrong (the clock of the computer that sealed it was "
        "ahead): record in the case that its dates were wrong (Review menu, \u201cDates in this case were "
        "wrong\u2026\u201d, or \u201creviewer case correct-time\u201d), then carry on. The earlier record is "
        "kept as it is and the correction is shown beside it.",
    )


class NoTimeAhead(VaultError):
    """``VaultSession.correct_times`` found no record of the case dated after this computer's clock."""

    code = "vault.no_time_ahead"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No record of this case is dated after this computer's clock ({now}): there is no wrong date to record. "
        "If a seal was refused because the clock is behind, set the computer's date and time right. Nothing was "
        "recorded.",
    )


class VaultRolledBack(VaultError):
    """The vault is older than the head this account last saw (``reviewer.vault.head_check``): a restored
    backup. Nothing is exported from it, nothing written to it (``VaultSession.require_current_head``)."""

    code = "vault.rolled_back"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This evidence vault is older than the one this account last saw (on {seen}): it looks like a "
        "restored backup or an old copy. What was recorded after that copy is missing: {lost}. A review "
        "among them may have withheld a media, so nothing can be exported from this vault or added to it; "
        "you can still open and read it. Put back the latest copy of the vault folder, or call your IT contact.",
    )


class VaultDiverged(VaultError):
    """The vault is not a continuation of the head this account last saw (``reviewer.vault.head_check``)."""

    code = "vault.diverged"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This evidence vault is not the one this account last saw (on {seen}): another copy of it was "
        "changed separately, so the two now tell different stories. Nothing can be exported from this vault "
        "or added to it; you can still open and read it. Keep both copies as they are and call your IT contact.",
    )


class TamperedVault(VaultError):
    """Raised when an operation meets data that fails its integrity check (the report says where).

    ``what`` is one of the WHAT_* source texts below, translated with the message and filled from the
    other parameters (``file``, ``case``, ``log``, ``seq``), so that no English is left in a French message.
    """

    code = "vault.tampered"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The evidence vault has been changed outside Reviewer or is damaged: {what}. Do not add to it; "
        "keep a copy and run a verification.",
    )
    phrase_params = ("what",)


WHAT_DATABASE = QT_TRANSLATE_NOOP("errors", "its database file")
WHAT_IDENTITY = QT_TRANSLATE_NOOP("errors", "the vault's identity")
WHAT_CHECKPOINT_KEY = QT_TRANSLATE_NOOP("errors", "the key that signs its checkpoints")
WHAT_HEAD_MISSING = QT_TRANSLATE_NOOP("errors", "the vault's signed head is missing")
WHAT_HEAD_LOG = QT_TRANSLATE_NOOP("errors", "the vault's log of checkpoints")
WHAT_CASE = QT_TRANSLATE_NOOP("errors", "case {case}")
WHAT_RECORDS_MISSING = QT_TRANSLATE_NOOP("errors", "records of {log} are missing")
WHAT_STORED_FILE = QT_TRANSLATE_NOOP("errors", "stored file {file}")
WHAT_RECORD = QT_TRANSLATE_NOOP("errors", "record {seq} of {log}")
WHAT_KEY_ROW = QT_TRANSLATE_NOOP("errors", "the stored key of reviewer {name}")
WHAT_KEY_ROW_MISSING = QT_TRANSLATE_NOOP("errors", "the stored key of reviewer {name} is missing")
WHAT_NO_KEY_ROW = QT_TRANSLATE_NOOP("errors", "no stored key of an active reviewer is left")


class KeyRowDamaged(TamperedVault):
    """A reviewer's stored key (their ``keys`` row) was changed or damaged, so that it no longer opens the vault;
    ``others`` is ``OTHERS_CAN_OPEN`` or ``NOBODY_ELSE_CAN_OPEN``: only what is true about who else can."""

    code = "vault.key_row_damaged"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The stored key of reviewer {name} was changed or damaged outside Reviewer, so it can no longer open the "
        "vault: nothing can be added or decrypted with it. {others} Keep a copy of the vault folder and run a "
        "verification.",
    )
    phrase_params = ("others",)


OTHERS_CAN_OPEN = QT_TRANSLATE_NOOP("errors", "Another reviewer's key, or the recovery key, can still open the vault.")
NOBODY_ELSE_CAN_OPEN = QT_TRANSLATE_NOOP(
    "errors", "No other key can open the vault: put back the vault folder from a backup made before the damage.")


class DiskFull(VaultError):
    code = "vault.disk_full"
    template = QT_TRANSLATE_NOOP(
        "errors", "The disk is full, so nothing was saved. Free some space and try again."
    )


class TimestampRefused(VaultError):
    """A trusted timestamp (RFC 3161) that cannot be requested or sealed; ``why`` is one of the WHY_TSA_*
    source texts below, filled from the other parameters (``status``, ``algorithm``). Nothing is recorded."""

    code = "vault.timestamp_refused"
    template = QT_TRANSLATE_NOOP("errors", "This timestamp reply cannot be accepted: {why} Nothing was recorded.")
    phrase_params = ("why",)


WHY_TSA_UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "the file is not a timestamp reply (RFC 3161 .tsr file), or it is damaged.")
WHY_TSA_NOT_GRANTED = QT_TRANSLATE_NOOP(
    "errors", "the timestamp authority refused the request (its answer: {status}).")
WHY_TSA_OTHER_REQUEST = QT_TRANSLATE_NOOP(
    "errors", "it answers another request, not one made from this vault on this computer with "
              "\u201creviewer timestamp request\u201d. Send that request file to the authority and import its reply.")
WHY_TSA_NOT_THIS_AUTHORITY = QT_TRANSLATE_NOOP(
    "errors", "it is not signed by the timestamp authority whose certificate you gave.")
WHY_TSA_CHAIN = QT_TRANSLATE_NOOP(
    "errors", "the timestamp authority's certificate does not lead to the certification authority in the "
              "certificate file you gave, or it was not valid at the time the reply states.")
WHY_TSA_NOT_FOR_TIMESTAMPS = QT_TRANSLATE_NOOP(
    "errors", "the first certificate of the file is not a timestamping certificate (its extended key usage must "
              "be timeStamping alone, marked critical).")
WHY_TSA_CERT_FILE = QT_TRANSLATE_NOOP(
    "errors", "the certificate file could not be read. It must be a PEM file holding the timestamp authority's "
              "certificate followed by the certificates of its certification authority.")
WHY_TSA_ALGORITHM = QT_TRANSLATE_NOOP(
    "errors", "it uses an algorithm this version does not accept ({algorithm}).")
WHY_TSA_ALREADY_SEALED = QT_TRANSLATE_NOOP("errors", "this reply is already sealed in the vault.")
WHY_TSA_FOREIGN_CERTIFICATE = QT_TRANSLATE_NOOP(
    "errors", "it carries a certificate that is not in the certificate file you gave: the reply was altered "
              "after the authority signed it, or the file lacks a certificate of the authority's chain. Import the "
              "reply exactly as the authority sent it, with the authority's full chain.")
WHY_TSA_CERTIFICATE_MISSING = QT_TRANSLATE_NOOP(
    "errors", "it does not carry the timestamp authority's certificate, which the request asked for; without it "
              "OpenSSL cannot check the reply.")


class TimestampFileUnreadable(VaultError):
    code = "vault.timestamp_file_unreadable"
    template = QT_TRANSLATE_NOOP("errors", "The file {path} could not be read. Check its name and folder. "
                                           "Nothing was recorded.")


class TimestampFileUnwritable(VaultError):
    code = "vault.timestamp_file_unwritable"
    template = QT_TRANSLATE_NOOP("errors", "The request file {path} could not be written. Choose a folder you may "
                                           "write to. Nothing was changed in the vault.")


class CheckpointFileUnreadable(VaultError):
    code = "vault.checkpoint_file_unreadable"
    template = QT_TRANSLATE_NOOP("errors", "The file {path} is not a checkpoint, or it could not be read. Give the "
                                           "checkpoint file kept from this vault (a few lines of text). "
                                           "Nothing was checked.")
