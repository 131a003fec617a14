# Two commands on a fresh machine: `make run` and `make test`. Everything else is set up from here.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Every package of the venv, runtime, test and build, pinned with hashes (made by `make lock`, with uv).
LOCK := requirements/requirements-lock.txt
UV_VERSION := 0.13.9
SYSTEM_STAMP := $(VENV)/.system-stamp
# Debian packages: Xvfb for the real-window smoke test, the xcb libraries Qt's X11 plugin needs,
# poppler-utils (pdftoppm) and qpdf to render and check exhibit PDFs in tests, sqlite3 (the client tests tamper with),
# openssl (the timestamp authority tests make, and the `openssl ts -verify` an exhibit's VERIFY.md gives), fonts for
# readable PDFs and screenshots, strace for the no-network test (tests/privacy/test_no_network.py), a C compiler
# and binutils for the installer's library-stub test (tests/installers/test_bundle_contents.py).
DEB_PACKAGES := xvfb xauth poppler-utils qpdf sqlite3 openssl strace fonts-dejavu-core gcc libc6-dev binutils libegl1 libgl1 \
	libfontconfig1 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
RUN_ARGS ?=

.PHONY: run test venv system-deps translations bench lint clean lock lock-upgrade

venv: $(STAMP)

$(STAMP): pyproject.toml $(LOCK) requirements/sync_venv.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# Everything from the lock, each file checked against its hash; nothing resolved afresh.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCK)
	@# The project itself, editable, built with the locked setuptools (no isolated build env to download).
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python requirements/sync_venv.py
	@# Exactly one OpenCV distribution: a second one (opencv-python) would shadow the headless build.
	@! $(BIN)/python -m pip list 2>/dev/null | grep -iE '^opencv-(python|contrib-python|contrib-python-headless) ' \
		|| (echo "error: a non-headless OpenCV is installed; remove it" && exit 1)
	touch $(STAMP)

# The lock: `make lock` adds what pyproject.toml newly asks for and keeps every other pin; `make lock-upgrade`
# resolves every range afresh, on purpose (review the diff: a new OpenCV or onnxruntime changes results).
# Both resolve for Linux x86-64 and CPython 3.11, the machines the suite, CI and the .deb run on, with hashes;
# Windows and macOS builds resolve from the same pyproject ranges on their own machines (installers/).
UV := $(VENV)-uv/bin/uv
UV_COMPILE = $(UV) pip compile pyproject.toml requirements/build-system.in --extra test --extra build \
	--generate-hashes --python-platform x86_64-manylinux_2_28 --python-version 3.11 --no-header -o $(LOCK)
$(UV):
	$(PYTHON) -m venv $(VENV)-uv && $(VENV)-uv/bin/python -m pip install --quiet uv==$(UV_VERSION)

lock: $(UV)
	$(UV_COMPILE)

lock-upgrade: $(UV)
	$(UV_COMPILE) --upgrade

# Installs the Debian packages the Qt tests need when they are missing (as root, or with sudo).
system-deps: $(SYSTEM_STAMP)

$(SYSTEM_STAMP): | $(STAMP)
	@missing=$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then \
		echo "system packages present"; \
	elif command -v apt-get >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		echo "installing: $$missing"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			$$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
		echo "warning: no apt-get; install Xvfb and poppler-utils by hand for the full suite"; \
	fi
	touch $(SYSTEM_STAMP)

run: $(STAMP)
	$(BIN)/reviewer gui $(RUN_ARGS)

# The whole suite, headless, with no network: inside an empty network namespace when the machine
# allows one (this also blocks native code such as c2pa's Rust core), and pytest-socket in-process.
# Then the host_network tests, outside the namespace: they trace the application under strace in the
# machine's real network, where a library that would phone home actually tries (an empty namespace
# hides the attempt). Exit status 5 (nothing selected, e.g. PYTEST_ARGS named other tests) is fine.
test: $(STAMP) $(SYSTEM_STAMP)
	$(BIN)/lint-imports
	@if unshare -rn true 2>/dev/null; then NONET="unshare -rn"; else NONET=""; echo "note: no network namespace; pytest-socket only"; fi; \
	QT_QPA_PLATFORM=offscreen $$NONET $(BIN)/python -m pytest -m "not host_network" $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m host_network $(PYTEST_ARGS) || [ $$? -eq 5 ]

translations: $(STAMP)
	$(BIN)/python resources/translations/update.py

bench: $(STAMP)
	for b in bench/*_bench.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# Packaged installers (installers/, see README "Install"): `installer` builds the one-folder bundle
# (dist/reviewer, size report printed) and the .deb; `installer-test` installs that .deb into a fresh
# root and runs the installed files with no Python on the PATH and no network.
.PHONY: installer installer-test

# Debian packages the Linux bundle's build needs: binutils (PyInstaller's objdump, strip), compilers,
# CMake, meson and nasm for the slim OpenCV/FFmpeg/dav1d build, dpkg-dev for `apt-get source`, icu-devtools
# (icupkg) to cut Qt's ICU data (installers/linux/slim_opencv.py and icu_data.py), aom-tools and vpx-tools
# (aomenc, aomdec, vpxenc) for the bundle test's AV1 clip and its reference (tests/installers/test_bundle.py).
INSTALLER_DEB_PACKAGES := binutils build-essential cmake ninja-build meson pkg-config nasm dpkg-dev xz-utils \
	icu-devtools aom-tools vpx-tools

installer: $(STAMP)
	@missing=$$(for p in $(INSTALLER_DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); echo "installing: $$missing"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			$$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi
	$(BIN)/python installers/build_bundle.py
	$(BIN)/python installers/linux/build_deb.py

installer-test: $(SYSTEM_STAMP)
	installers/linux/test_installed.sh

clean:
	rm -rf $(VENV) $(VENV)-uv build dist *.egg-info
