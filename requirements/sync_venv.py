"""Make the virtual environment hold exactly what requirements/requirements-lock.txt pins, nothing more.

pip installs what the lock names but never removes what an older lock left behind; a package that only
an old venv still has would let tests pass here and fail on a fresh clone. Run by the Makefile after
`pip install --require-hashes -r requirements/requirements-lock.txt`. Exits non-zero if a locked version is missing.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name

LOCK = Path(__file__).with_name("requirements-lock.txt")
PROJECT = "reviewer"  # installed editable from the work tree, not from the lock
REQUIREMENT = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def locked_versions(lock: Path = LOCK) -> dict[str, str]:
    """The lock's pinned version of every package that applies to this interpreter and platform."""
    pins: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = REQUIREMENT.match(line.strip())
        if not match:
            continue
        name, version, marker = match.groups()
        if marker and not Marker(marker).evaluate():
            continue
        pins[canonicalize_name(name)] = version
    return pins


def locked_hashes(name: str, lock: Path = LOCK) -> list[str]:
    """The ``sha256:<hex>`` hashes the lock accepts for package ``name`` (every wheel and the source
    distribution of its pinned version), in the lock's order. Raises KeyError when the lock does not
    name the package."""
    wanted, hashes, inside = canonicalize_name(name), [], False
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = REQUIREMENT.match(line.strip())
        if match:
            inside = canonicalize_name(match.group(1)) == wanted
        elif inside and line.strip().startswith("--hash="):
            hashes.append(line.strip().removeprefix("--hash=").rstrip(" \\"))
        elif inside and not line.startswith(" "):
            inside = False
    if not hashes:
        raise KeyError(f"{name} is not in {lock}")
    return hashes


def lock_without(names: set[str], lock: Path = LOCK) -> str:
    """The lock's text minus the entries (pin, hashes, comments) of the packages ``names``: what a venv
    installs from the lock when it takes those packages from elsewhere (the bundle's slim OpenCV)."""
    wanted = {canonicalize_name(name) for name in names}
    kept, skipping = [], False
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = REQUIREMENT.match(line.strip())
        if match or not line.startswith(" "):
            skipping = bool(match) and canonicalize_name(match.group(1)) in wanted
        if not skipping:
            kept.append(line)
    return "\n".join(kept) + "\n"


def installed_versions() -> dict[str, str]:
    return {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}


def main() -> int:
    pins = locked_versions()
    installed = installed_versions()
    extra = sorted(set(installed) - set(pins) - {PROJECT})
    if extra:
        print("removing packages the lock does not name:", " ".join(extra))
        subprocess.run([sys.executable, "-m", "pip", "uninstall", "--quiet", "--yes", *extra], check=True)
    wrong = {n: (v, installed.get(n)) for n, v in pins.items() if installed.get(n) != v}
    if wrong:
        for name, (want, have) in sorted(wrong.items()):
            print(f"error: {name} is {have or 'missing'}, the lock says {want}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
