"""Entry point of the frozen application (PyInstaller runs this file as ``__main__``).

Two things only a frozen program needs, before the command line starts:
- ``multiprocessing.freeze_support()``: where worker processes are spawned (Windows; `reviewer scan`
  uses a process pool), each child starts this same executable, which must then run the worker and
  not the command line again;
- onnxruntime imported before Qt on Windows, so that its DLLs load before PySide6's (the command
  line loads QtCore for translations before any handler imports onnxruntime), but after the reviewer
  package, which turns off onnxruntime's telemetry first.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # The reviewer package before anything else: importing it switches off onnxruntime's telemetry
    # (reviewer/offline.py), which onnxruntime reads once, when it loads, just below on Windows.
    import reviewer  # noqa: F401

    if sys.platform == "win32":
        import onnxruntime  # noqa: F401

    from reviewer.cli import main

    raise SystemExit(main())
