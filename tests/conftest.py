"""Shared fixtures. Tests build real objects: real files, a real SQLite vault, the real model, real widgets."""

import os
import shutil
import subprocess
import time
from pathlib import Path

# Before any Qt import: every test runs headless. The Xvfb smoke test sets its own platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must not touch the user's real vault or settings.
os.environ.setdefault("REVIEWER_LANG", "en")

import pytest  # noqa: E402

# Before any test module or conftest imports onnxruntime: the package switches its telemetry off
# (reviewer/offline.py), as the application does; a bare `import onnxruntime` would start the uploader.
import reviewer  # noqa: E402,F401

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point the per-user data folder at a temporary one so no test sees the developer's vault."""
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(home))
    monkeypatch.delenv("REVIEWER_VAULT", raising=False)


@pytest.fixture(autouse=True)
def _automatic_garbage_collection():
    """A window's task runner moves garbage collection to a timer on the GUI thread (reviewer/ui/workers.py),
    which only runs while a test waits on Qt: give the tests after it Python's own collection back."""
    yield
    import gc

    if not gc.isenabled():
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """A fast key derivation (scrypt N = 2^10) for every in-process test, set on the module, never through
    the environment; each key records its own parameters. Tests of the real cost undo it
    (``monkeypatch.undo()``) or run the real entry point in a child process."""
    from reviewer.vault import crypto

    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def xvfb_display():
    """Start Xvfb on a free display number; skip cleanly when Xvfb is not installed or cannot start."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed")
    for number in range(91, 120):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        process = subprocess.Popen([binary, f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and process.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        if process.poll() is None and Path(f"/tmp/.X11-unix/X{number}").exists():
            try:
                yield f":{number}"
            finally:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
            return
        process.kill()
    pytest.skip("Xvfb could not start")


class OpenSSLTimestampAuthority:
    """A real RFC 3161 timestamp authority made with the openssl client: a root CA, a TSA certificate
    (extendedKeyUsage critical,timeStamping) it issued, and an `openssl ts` configuration."""

    CONFIG = """
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = {dir}/serial
crypto_device = builtin
signer_cert = {dir}/tsa.crt
certs = {dir}/ca.crt
signer_key = {dir}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.2
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
[ v3_tsa ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,nonRepudiation
extendedKeyUsage = critical,timeStamping
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
"""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder
        folder.mkdir(parents=True)
        self.config = folder / "ts.cnf"
        self.config.write_text(self.CONFIG.format(dir=folder), encoding="utf-8")
        (folder / "serial").write_text("01\n", encoding="ascii")

        def openssl(*args: str) -> None:
            subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=folder, timeout=60)

        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "3650",
                "-subj", f"/CN={name} Root CA", "-config", str(self.config), "-extensions", "v3_ca")
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
                "-subj", f"/CN={name} TSA")
        openssl("x509", "-req", "-in", "tsa.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "tsa.crt", "-days", "3650", "-extfile", str(self.config), "-extensions", "v3_tsa")
        self.ca = folder / "ca.crt"
        # What --tsa-cert takes: the TSA certificate followed by its CA chain.
        self.certificates = folder / "chain.pem"
        self.certificates.write_bytes((folder / "tsa.crt").read_bytes() + self.ca.read_bytes())

    def reply(self, request: Path, out: Path) -> Path:
        """Answer a request file as a TSA does (`openssl ts -reply -queryfile`)."""
        subprocess.run(["openssl", "ts", "-reply", "-config", str(self.config), "-queryfile", str(request),
                        "-out", str(out)], check=True, capture_output=True, timeout=60)
        return out


@pytest.fixture
def timestamp_authority(tmp_path_factory):
    """Make real OpenSSL timestamp authorities: ``timestamp_authority("Name")`` (openssl is in the Makefile's
    DEB_PACKAGES: a machine without it fails here rather than skipping the checks)."""

    def make(name: str = "Test") -> OpenSSLTimestampAuthority:
        return OpenSSLTimestampAuthority(tmp_path_factory.mktemp("tsa") / "authority", name)

    return make
