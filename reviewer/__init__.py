"""Reviewer: offline review of reported sexual deepfakes and non-consensual intimate images."""

import os as _os

__version__ = "0.1.0"

# numpy's OpenBLAS starts one thread per extra core when numpy is imported, and that thread spins for
# about 0.1 s of CPU before it sleeps: a core taken from the start of every command, window and worker
# process on a 2-core laptop. Reviewer's only BLAS work is on 3x3 matrices (reference comparison), so one
# thread loses nothing. Set here, before any module imports numpy; a value the user set is kept.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# Before any module of ours imports onnxruntime: its telemetry uploader must never start (reviewer.offline).
from reviewer.offline import keep_offline as _keep_offline  # noqa: E402

_keep_offline()
