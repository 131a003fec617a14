"""Exhibit export for one case and its verification. No Qt except the PDF step (imported when used).

See docs/exhibit-format.md for the bundle and docs/adr/0010-exhibit.md for the decisions.
"""

from reviewer.exhibit.bundle import ExportResult, export_case
from reviewer.exhibit.errors import (BundleDamagedEntry, BundleDuplicateName, BundleEncrypted, BundleNotAZip,
                                     BundleNotFound, BundleNotRegular, BundleSymlink, BundleTooLarge,
                                     BundleTooManyEntries, BundleUnsafeName, BundleZipBomb, CaseNotFound, ExhibitError,
                                     ExportCancelled, ExportFailed, ReportFailed)
from reviewer.exhibit.safezip import open_bundle
from reviewer.exhibit.verify import verify_bundle

__all__ = [
    "export_case", "ExportResult", "verify_bundle", "open_bundle",
    "ExhibitError", "CaseNotFound", "ExportCancelled", "ExportFailed", "ReportFailed",
    "BundleNotFound", "BundleNotAZip", "BundleUnsafeName", "BundleSymlink", "BundleNotRegular", "BundleDuplicateName",
    "BundleTooManyEntries", "BundleTooLarge", "BundleZipBomb", "BundleEncrypted", "BundleDamagedEntry",
]
