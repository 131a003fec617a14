"""Nothing leaves the laptop: the switches that keep third-party libraries off the network.

Reviewer never opens a network connection (docs/adr/0020-nothing-leaves-nothing-lingers.md). Our own code has no network
code at all; what remains are libraries that would phone home on their own:

- onnxruntime 1.29 and later ship a telemetry uploader on Linux and macOS (Microsoft's 1DS SDK). As soon
  as the library loads, it writes a persistent device id and an event queue under
  ``~/.cache/Microsoft/DeveloperTools/.onnxruntime/`` and a background thread resolves and posts to
  ``mobile.events.data.microsoft.com``. Its Python ``disable_telemetry_events()`` only runs after that
  and does not stop the uploader. The full opt-out is an environment variable read once, when the
  library initialises: ``ORT_DISABLE_TELEMETRY=1`` in 1.29 to 1.32 (the locked version; checked with
  ``strings`` on its library and under strace), renamed ``ORT_TELEMETRY_DISABLED=1`` in later releases
  (onnxruntime pull request 29843). Both are set, so an upgrade of the lock cannot bring it back.
- c2pa-python could fetch remote manifests and OCSP answers: ``reviewer.media.c2pa_reader`` turns both
  off in the settings of every reader it makes.
- Qt (no QtNetwork module is used) and OpenCV (files are decoded from bytes in memory, never from a
  URL) open no connection; tests/privacy/test_no_network.py checks the whole application under strace.

``keep_offline()`` runs when the ``reviewer`` package is imported, that is before any module of ours
can import onnxruntime, in every process (worker processes inherit the environment).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

# Forced, not defaulted: a value left in the user's environment must not turn telemetry back on.
OFFLINE_ENVIRONMENT: dict[str, str] = {
    "ORT_DISABLE_TELEMETRY": "1",    # onnxruntime 1.29 .. 1.32
    "ORT_TELEMETRY_DISABLED": "1",   # onnxruntime after 1.32
}


def keep_offline(environ: MutableMapping[str, str] | None = None) -> None:
    """Set every switch of ``OFFLINE_ENVIRONMENT`` in ``environ`` (default: this process's environment).

    Must run before onnxruntime is first imported: the library reads its switch once, when it loads.
    """
    target = os.environ if environ is None else environ
    for name, value in OFFLINE_ENVIRONMENT.items():
        target[name] = value
