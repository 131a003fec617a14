"""Process hardening at start: no core dump may write keys, passphrases or decoded pixels to disk.

A desktop with apport (Ubuntu) or systemd-coredump keeps the memory of a crashed process on disk, for
weeks: the vault's data key, the unlocked signing key and the pixels of the pictures under review would
all be in it. Two switches, because each covers what the other misses:

- ``RLIMIT_CORE`` 0, soft and hard: the kernel writes no core file, apport and systemd-coredump skip the
  process, and no child (a verification worker) can raise it again;
- ``PR_SET_DUMPABLE`` 0 (Linux): the kernel does not dump even to a core pipe that ignores the limit,
  and other processes of the same user cannot attach a debugger or read ``/proc/<pid>/mem``.

Windows (Windows Error Reporting) and macOS (ReportCrash) have no per-process switch of this kind that
Python reaches; there the limit is set where the platform has one and the rest is left to the
organisation's policy (docs/adr/0020-nothing-leaves-nothing-lingers.md).
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass

PR_SET_DUMPABLE = 4   # <linux/prctl.h>
PR_GET_DUMPABLE = 3


@dataclass(frozen=True)
class Hardening:
    """What ``harden_process`` achieved: each flag is True when the switch is in force."""

    core_limit_zero: bool
    not_dumpable: bool


def harden_process() -> Hardening:
    """Turn core dumps off for this process and its children, where the platform allows; never raises.

    Returns which switches are in force (a platform without them returns False for those).
    """
    return Hardening(core_limit_zero=_core_limit_zero(), not_dumpable=_not_dumpable())


def _core_limit_zero() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with contextlib.suppress(ValueError, OSError):
        return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    return False


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False
