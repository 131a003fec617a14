"""File dialogs that remember nothing on disk about where files came from.

The folders a reviewer picks files from are usually named after the victim. Qt's file dialog saves its
``history`` and ``lastVisited`` folders, its sidebar and its view state in ``QSettings(UserScope,
"QtProject")`` (``~/.config/QtProject.conf`` on Linux, the registry on Windows, a plist on macOS) every
time a dialog is destroyed, and platform dialogs keep their own lists (GTK's ``recently-used.xbel``, the
Windows shell's most-recently-used lists). So:

- every dialog is Qt's own widget dialog (``DontUseNativeDialog``): no platform dialog, no platform list;
- it opens in the user's home folder, never in the working directory or a folder remembered from before,
  with an empty history, and it is given an empty history and the home folder again before it is
  destroyed, so that what Qt saves names no folder the reviewer visited;
- ``forget_dialog_settings()`` (called once by ``make_application``) sends Qt's own per-user settings
  files (``QtProject.conf``) to a folder below the null device, which no one can create, so nothing is
  written at all. This holds where settings are files (Linux and other Unix); the Windows registry and
  macOS preferences ignore the path, and there the reset above is what keeps the folders out. The
  application's own settings use explicit file paths (``reviewer.ui.settings``) and are not affected.

The application keeps no recent-files list at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeView, QWidget

# Below the null device (a file, not a folder), so QSettings can neither create the folder nor write in it.
NOWHERE = str(Path(os.devnull) / "reviewer-keeps-no-dialog-settings")


def forget_dialog_settings() -> None:
    """Make Qt's per-user settings (QtProject: file dialog history, last folder) unwritable, everywhere.

    Call before the first dialog is made. Idempotent.
    """
    # QFileDialog opens QSettings(UserScope, "QtProject"), which uses the native format whatever the default.
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, NOWHERE)


def start_folder() -> str:
    """The folder every dialog opens in: the user's home folder."""
    return str(Path.home())


def _dialog(parent: QWidget | None, title: str, mode: QFileDialog.FileMode, name_filter: str = "",
            accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen) -> QFileDialog:
    dialog = QFileDialog(parent, title, start_folder(), name_filter)
    dialog.setObjectName("fileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setHistory([])
    # Room for the name, size, type and date columns, in French too, on a 1366x768 screen: the details
    # columns take the width of what they show (Qt's defaults cut "Dernière modification" and every date).
    dialog.resize(900, 560)
    for details in dialog.findChildren(QTreeView):
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    """Show ``dialog`` (modal) and return the chosen paths; it remembers nothing when it is destroyed."""
    try:
        chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        # What Qt saves when a dialog is destroyed: let it be an empty history and the home folder.
        dialog.setDirectory(start_folder())
        dialog.setHistory([])
        dialog.setParent(None)
        dialog.deleteLater()
    return chosen


def choose_files(parent: QWidget | None, title: str, name_filter: str) -> list[str]:
    """Existing files picked by the user (none when cancelled)."""
    return _run(_dialog(parent, title, QFileDialog.FileMode.ExistingFiles, name_filter))


def choose_file(parent: QWidget | None, title: str, name_filter: str) -> str:
    """One existing file picked by the user ("" when cancelled)."""
    return next(iter(_run(_dialog(parent, title, QFileDialog.FileMode.ExistingFile, name_filter))), "")


def choose_folder(parent: QWidget | None, title: str) -> str:
    """One existing folder picked by the user ("" when cancelled)."""
    return next(iter(_run(_dialog(parent, title, QFileDialog.FileMode.Directory))), "")


def choose_save_path(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str:
    """Where to save a new file ("" when cancelled); ``suggested`` is the proposed file (its folder is
    not remembered afterwards)."""
    dialog = _dialog(parent, title, QFileDialog.FileMode.AnyFile, name_filter, QFileDialog.AcceptMode.AcceptSave)
    if suggested:
        dialog.selectFile(suggested)
    return next(iter(_run(dialog)), "")
