"""The application's self-test: proves, without a network, that its own files and code work.

Run by ``reviewer selftest`` (installers and IT staff) and by the window at start. Four checks:

1. every model file matches the SHA-256 of its manifest entry (the file is named when it does not);
2. onnxruntime loads the detector and it finds the face in the bundled sample photo;
3. the vault code creates, seals and verifies a throw-away vault in a temporary folder;
4. the Qt platform starts (in a child process, so a missing X11 library cannot crash the self-test).

No Qt is imported in this process. A component whose code is missing fails its check ("component not
installed"); a check never passes because it could not run.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reviewer import __version__
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.libraries import library_versions
from reviewer.paths import app_root, resources_dir

SAMPLE = "astronaut.png"  # a public-domain portrait (see resources/samples/README.md)
QT_PROBE_TIMEOUT_S = 60.0
QT_PROBE_MARK = "qt-platform:"

TITLES = {
    "models": QT_TRANSLATE_NOOP("selftest", "Model files match their manifest"),
    "detector": QT_TRANSLATE_NOOP("selftest", "The detector finds the face in the sample photo"),
    "vault": QT_TRANSLATE_NOOP("selftest", "A test vault can be created, sealed and verified"),
    "qt": QT_TRANSLATE_NOOP("selftest", "The window system starts"),
}
NOT_INSTALLED = QT_TRANSLATE_NOOP("selftest", "component not installed: {module}")
MODEL_CHANGED = QT_TRANSLATE_NOOP("selftest", "model file changed or damaged: {path}")
MODEL_MISSING = QT_TRANSLATE_NOOP("selftest", "model file missing: {path}")
NO_FACE = QT_TRANSLATE_NOOP("selftest", "no face found in {sample}")
UNEXPECTED = QT_TRANSLATE_NOOP("selftest", "unexpected error: {error}")


@dataclass(frozen=True)
class CheckResult:
    """One check: ``id`` (models, detector, vault, qt), ``ok``, and ``detail`` saying what was found or why
    it failed, in the current language (file names and technical causes are kept as they are)."""

    id: str
    ok: bool
    detail: str

    @property
    def title(self) -> str:
        return translate("selftest", TITLES[self.id])

    def to_json(self) -> dict:
        return {"id": self.id, "title": self.title, "ok": self.ok, "detail": self.detail}


@dataclass(frozen=True)
class SelftestReport:
    """All checks run, in order; ``ok`` only when every one passed."""

    checks: tuple[CheckResult, ...]
    app_root: str

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        return tuple(check for check in self.checks if not check.ok)

    def to_text(self) -> str:
        """A plain report, one line per check, then the result."""
        lines = [translate("selftest", "Reviewer {version} self-test ({root})").format(
            version=__version__, root=self.app_root)]
        for check in self.checks:
            status = translate("selftest", "PASS") if check.ok else translate("selftest", "FAIL")
            lines.append(translate("selftest", "[{status}] {title}: {detail}").format(
                status=status, title=check.title, detail=check.detail))
        lines.append(translate("selftest", "Libraries: {versions}").format(
            versions=", ".join(f"{name} {version}" for name, version in library_versions().items())))
        if self.ok:
            lines.append(translate("selftest", "Result: all checks passed."))
        else:
            lines.append(translate("selftest", "Result: {count} check(s) failed. Reinstall the application or "
                                               "give this report to your IT team.").format(count=len(self.failures)))
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {"ok": self.ok, "version": __version__, "app_root": self.app_root, "libraries": library_versions(),
                "checks": [check.to_json() for check in self.checks]}


class _ComponentMissing(Exception):
    """The code of a component is not there (a broken install), as opposed to a failure inside it."""


def _import(module: str, *names: str) -> list:
    """Attributes ``names`` of ``module``; _ComponentMissing when the module or a name is absent."""
    import importlib

    try:
        loaded = importlib.import_module(module)
        return [getattr(loaded, name) for name in names]
    except (ImportError, AttributeError) as error:
        raise _ComponentMissing(f"{module} ({type(error).__name__}: {error})") from error


def _describe(error: BaseException) -> str:
    """A one-line account of ``error``: its plain message and, for our own errors, the technical detail."""
    from reviewer.errors import ReviewerError

    if isinstance(error, ReviewerError):
        return f"{error.message} ({error.detail})" if error.detail else error.message
    return translate("selftest", UNEXPECTED).format(error=f"{type(error).__name__}: {error}")


def check_models() -> CheckResult:
    """Every model in the manifests hashes to its SHA-256; names the first file that does not."""
    load_manifest, verified_model_bytes = _import("reviewer.detect.registry", "load_manifest", "verified_model_bytes")
    ModelIntegrityError, ModelFileMissing = _import(  # noqa: N806 - classes
        "reviewer.detect.errors", "ModelIntegrityError", "ModelFileMissing")
    entries = load_manifest()
    if not entries:
        return CheckResult("models", False, translate("selftest", "no model is listed in the manifest"))
    checked = []
    for entry in entries.values():
        try:
            verified_model_bytes(entry)
        except ModelIntegrityError:
            return CheckResult("models", False, translate("selftest", MODEL_CHANGED).format(path=entry.path))
        except ModelFileMissing:
            return CheckResult("models", False, translate("selftest", MODEL_MISSING).format(path=entry.path))
        checked.append(f"{entry.name} {entry.path.name} sha256 {entry.sha256[:12]}…")
    return CheckResult("models", True, "; ".join(checked))


def check_detector() -> CheckResult:
    """The default detector loads (from verified bytes) and finds a face in the sample portrait."""
    (RegionDetector,) = _import("reviewer.detect", "RegionDetector")  # noqa: N806 - a class
    (decode_image,) = _import("reviewer.media", "decode_image")
    sample = resources_dir() / "samples" / SAMPLE
    decoded = decode_image(sample.read_bytes())
    detections = RegionDetector().detect(decoded.rgb, full_size=decoded.full_size)
    faces = [region for region in detections.regions if region.group == "face"]
    if not faces:
        return CheckResult("detector", False, translate("selftest", NO_FACE).format(sample=SAMPLE))
    best = max(faces, key=lambda region: region.score)
    return CheckResult("detector", True, translate("selftest", "face found in {sample} at {box}, score {score}").format(
        sample=SAMPLE, box=f"({best.x0}, {best.y0})-({best.x1}, {best.y1})", score=f"{best.score:.2f}"))


def check_vault() -> CheckResult:
    """A vault in a temporary folder: create it, ingest the sample, seal a review, close it, reopen and
    unlock it, and verify everything including the encrypted fields."""
    (Vault,) = _import("reviewer.vault", "Vault")  # noqa: N806 - a class
    (ingest,) = _import("reviewer.media", "ingest")
    passphrase = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="reviewer-selftest-") as folder:
        path = Path(folder) / "vault"
        session = Vault.create(path, reviewer_name="Self-test", passphrase=passphrase)
        try:
            case_id = session.new_case("Self-test")
            media_id = session.ingest(case_id, ingest(resources_dir() / "samples" / SAMPLE), how="self-test")
            session.seal_review(case_id, media_id, labels=["non-conclusive"], notes="self-test")
        finally:
            session.vault.close()
        with Vault.open(path) as vault:
            report = vault.verify(session=vault.unlock(passphrase))
    if not report.ok:
        return CheckResult("vault", False, translate("selftest", "verification failed: {report}").format(
            report=report.text()))
    return CheckResult("vault", True, report.text())


def qt_probe_command() -> list[str]:
    """The command that starts Qt in a child process: the frozen executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "selftest", "--qt-probe"]
    return [sys.executable, "-m", "reviewer", "selftest", "--qt-probe"]


def check_qt(timeout_s: float = QT_PROBE_TIMEOUT_S) -> CheckResult:
    """A QGuiApplication starts on the current platform (QT_QPA_PLATFORM, else Qt's default) in a child."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        source_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source_root, env.get("PYTHONPATH", "")) if p)
    try:
        done = subprocess.run(qt_probe_command(), env=env, capture_output=True, text=True, timeout=timeout_s,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return CheckResult("qt", False, translate("selftest", "Qt did not start within {seconds} s").format(
            seconds=int(timeout_s)))
    platform = next((line.split(":", 1)[1].strip() for line in done.stdout.splitlines()
                     if line.startswith(QT_PROBE_MARK)), "")
    if done.returncode != 0 or not platform:
        tail = " | ".join(line for line in (done.stderr or done.stdout).strip().splitlines()[-3:])
        return CheckResult("qt", False, translate("selftest", "Qt could not start (exit {code}): {error}").format(
            code=done.returncode, error=tail or "-"))
    return CheckResult("qt", True, translate("selftest", "platform {name}").format(name=platform))


def qt_probe() -> int:
    """Start a QGuiApplication, print the platform plug-in's name and quit (the child of ``check_qt``)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    print(f"{QT_PROBE_MARK} {app.platformName()}", flush=True)
    return 0


CHECKS: dict[str, Callable[[], CheckResult]] = {
    "models": check_models,
    "detector": check_detector,
    "vault": check_vault,
    "qt": check_qt,
}


def run_check(check_id: str) -> CheckResult:
    """Run one check; a missing component or any exception is a failure with a plain explanation."""
    try:
        return CHECKS[check_id]()
    except _ComponentMissing as missing:
        return CheckResult(check_id, False, translate("selftest", NOT_INSTALLED).format(module=missing))
    except Exception as error:  # noqa: BLE001 - the self-test reports every failure, it never crashes
        if os.environ.get("REVIEWER_SELFTEST_TRACE"):
            traceback.print_exc()
        return CheckResult(check_id, False, _describe(error))


def run_selftest(*, qt: bool = True, progress: Callable[[CheckResult], None] | None = None) -> SelftestReport:
    """Run every check (all but Qt when ``qt`` is False: the window already proves Qt starts).

    ``progress`` is called with each result as it is known. Never raises for a failed check; the report
    says what failed. Takes a few seconds (the model is loaded and the vault derives a key).
    """
    results = []
    for check_id in CHECKS:
        if check_id == "qt" and not qt:
            continue
        result = run_check(check_id)
        results.append(result)
        if progress is not None:
            progress(result)
    return SelftestReport(tuple(results), str(app_root()))
