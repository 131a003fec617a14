"""The versions of the libraries whose code produces a result, recorded beside the result.

A forensic result must be reproducible: the same file, model and parameters give the same output only
with the same decoder, inference runtime and hashing code. Every analysis method, ``reviewer inspect``
and ``reviewer scan`` line, the self-test and ``reviewer --version --verbose`` name them. Versions are
read from the installed distributions' metadata (no heavy import), falling back to the module's own
``__version__`` where a bundle carries the module without its metadata.
"""

from __future__ import annotations

import functools
import importlib
import platform
from importlib import metadata

# (distribution, module, what it does for a result). OpenCV decodes images and video and computes the
# forensic maps; onnxruntime runs the detector; numpy holds every array; Pillow decodes what OpenCV cannot
# and reads metadata; pdqhash computes PDQ; c2pa-python reads Content Credentials.
LIBRARIES = (
    ("opencv-python-headless", "cv2"),
    ("onnxruntime", "onnxruntime"),
    ("numpy", "numpy"),
    ("pillow", "PIL"),
    ("pdqhash", "pdqhash"),
    ("c2pa-python", "c2pa"),
)
UNKNOWN = "unknown"


def _version(distribution: str, module: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        pass
    try:
        return str(getattr(importlib.import_module(module), "__version__", UNKNOWN))
    except ImportError:
        return UNKNOWN


@functools.cache
def library_versions() -> dict[str, str]:
    """``{"python": ..., "opencv-python-headless": ..., ...}`` for this process, in a fixed key order.

    Never raises: a library that is not installed reads "unknown".
    """
    versions = {"python": platform.python_version()}
    for distribution, module in LIBRARIES:
        versions[distribution] = _version(distribution, module)
    return versions


def versions_text() -> str:
    """One ``name version`` line per library, for ``reviewer --version --verbose`` and the self-test."""
    return "\n".join(f"{name} {version}" for name, version in library_versions().items())
