"""The ``reviewer`` command for tests' child processes, with a fast key derivation set in-process.

    python tests/reviewer_fast_kdf.py ARGS...   (as ``python -m reviewer ARGS...``)

No environment variable can lower the vault's key derivation cost (ADR 0020); tests that run the command
many times lower ``reviewer.vault.crypto.SCRYPT_N`` here, inside the child, as tests/conftest.py's
``fast_kdf`` fixture does in-process. Tests of the real cost run ``python -m reviewer`` instead.
"""

import sys

from reviewer.vault import crypto

crypto.SCRYPT_N = 2**10

from reviewer.cli import main  # noqa: E402

raise SystemExit(main(sys.argv[1:]))
