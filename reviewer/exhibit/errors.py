"""Typed errors of the exhibit package: one class per failure kind, plain words, French in exhibit_fr.ts."""

from __future__ import annotations

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP


class ExhibitError(ReviewerError):
    code = "exhibit_error"
    template = QT_TRANSLATE_NOOP("errors", "The exhibit could not be made or read. Nothing was changed.")


class BundleNotFound(ExhibitError):
    code = "bundle_not_found"
    template = QT_TRANSLATE_NOOP("errors", "{path}: no such file or folder.")


class BundleNotAZip(ExhibitError):
    code = "bundle_not_a_zip"
    template = QT_TRANSLATE_NOOP("errors", "{path} is not a readable zip file (it is damaged or of another kind).")


class BundleUnsafeName(ExhibitError):
    code = "bundle_unsafe_name"
    template = QT_TRANSLATE_NOOP("errors", "The bundle contains a file with an unsafe name ({name}); it was not opened.")


class BundleSymlink(ExhibitError):
    code = "bundle_symlink"
    template = QT_TRANSLATE_NOOP("errors", "The bundle contains a link ({name}) instead of a file; it was not opened.")


class BundleNotRegular(ExhibitError):
    code = "bundle_not_regular"
    template = QT_TRANSLATE_NOOP(
        "errors", "The bundle contains something that is not an ordinary file ({name}); it was not opened."
    )


class BundleDuplicateName(ExhibitError):
    code = "bundle_duplicate_name"
    template = QT_TRANSLATE_NOOP(
        "errors", "The bundle contains the name {name} twice (letter case ignored); it was not opened."
    )


class BundleTooManyEntries(ExhibitError):
    code = "bundle_too_many_entries"
    template = QT_TRANSLATE_NOOP(
        "errors", "The bundle contains too many files ({count}, at most {limit}); it was not opened."
    )


class BundleTooLarge(ExhibitError):
    code = "bundle_too_large"
    template = QT_TRANSLATE_NOOP("errors", "The bundle would unpack to more than {limit} bytes; it was not opened.")


class BundleZipBomb(ExhibitError):
    code = "bundle_zip_bomb"
    template = QT_TRANSLATE_NOOP(
        "errors", "The file {name} in the bundle is compressed suspiciously well (a \"zip bomb\"); it was not opened."
    )


class BundleEncrypted(ExhibitError):
    code = "bundle_encrypted"
    template = QT_TRANSLATE_NOOP("errors", "The file {name} in the bundle is password-protected; an exhibit never is.")


class BundleDamagedEntry(ExhibitError):
    code = "bundle_damaged_entry"
    template = QT_TRANSLATE_NOOP("errors", "The file {name} in the bundle is damaged and cannot be read.")


class BundleMoreThanExhibit(ExhibitError):
    code = "bundle_more_than_exhibit"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} holds more than the exhibit: other data was put before, inside or after it (the file may "
        "also open as a picture or another document). It was not checked; ask the sender for the exhibit "
        "exactly as the application wrote it.",
    )


class CaseNotFound(ExhibitError):
    code = "exhibit_case_not_found"
    template = QT_TRANSLATE_NOOP("errors", "There is no case {case} in this vault.")


class ExportCancelled(ExhibitError):
    code = "exhibit_export_cancelled"
    template = QT_TRANSLATE_NOOP("errors", "The export was cancelled. No file was written.")


class ExportFailed(ExhibitError):
    code = "exhibit_export_failed"
    template = QT_TRANSLATE_NOOP("errors", "The exhibit could not be written to {path}. No file was left behind.")


class ReportFailed(ExhibitError):
    code = "exhibit_report_failed"
    template = QT_TRANSLATE_NOOP("errors", "The PDF report could not be made.")
