#!/usr/bin/env bash
# `make installer-test`: install the .deb into a fresh root with `dpkg -x` and check the INSTALLED files:
#   - apt can satisfy the package's Depends here (simulated install);
#   - the menu entry, its icon and the `reviewer` command are where the desktop looks for them;
#   - every shared library of the bundle resolves (from the bundle or from the packages in Depends);
#   - `reviewer --version --verbose` and `reviewer selftest` name the libraries that produce results
#     (OpenCV, onnxruntime, numpy, Pillow, pdqhash, c2pa) at the versions requirements/requirements-lock.txt pins;
#   - `reviewer selftest` passes and the window starts and quits under Xvfb (the real xcb platform),
#     inside an empty network namespace (no network) and a private mount namespace in which the source
#     tree and its venv are hidden, every python executable of the machine is replaced by a decoy that
#     records any call, and Python's library folders are empty (no Python but the bundle's own), with
#     an empty environment whose PATH holds only the installed /usr/bin/reviewer and decoys;
#   - after one byte of the installed model file is changed, `reviewer selftest` fails and names it.
# Usage: installers/linux/test_installed.sh [path/to/reviewer_X_arch.deb]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

if [ "${1:-}" = "--inside-namespace" ]; then
	# Second half, run by the first half under `unshare -rn` (see below).
	root=$2 work=$3 repo=$4
	failures=0
	fail() { echo "FAIL: $*"; exit 1; }
	# Mounts here are private to this namespace: the machine itself is not changed.
	mount -t tmpfs none "$repo" || fail "cannot hide the source tree $repo"
	hidden=0
	while read -r exe; do
		mount --bind "$work/decoys/python3" "$exe" 2>/dev/null && hidden=$((hidden + 1))
	done <"$work/python-executables"
	libs=0
	while read -r dir; do
		mount -t tmpfs none "$dir" 2>/dev/null && libs=$((libs + 1))
	done <"$work/python-libraries"
	echo "hidden: the source tree and venv ($repo), $hidden python executable path(s), $libs python library folder(s)"
	failed() { echo "FAIL: $*"; failures=$((failures + 1)); }  # record and go on: report every failure
	interfaces=$(awk -F: 'NR > 2 {gsub(/ /, "", $1); print $1}' /proc/net/dev | tr '\n' ' ')
	[ "$interfaces" = "lo " ] || fail "network interfaces visible: $interfaces"
	echo "network: none (interfaces: $interfaces)"
	Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$work/display" 2>"$work/xvfb.log" &
	xvfb_pid=$!
	trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
	for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
	[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
	display=":$(cat "$work/display")"
	echo "Xvfb on $display"
	mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
	run_installed() {
		timeout 300 env -i HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" PATH="$root/usr/bin:$work/decoys" \
			DISPLAY="$display" LANG=C.UTF-8 REVIEWER_LANG=en reviewer "$@"
	}
	echo "--- reviewer --version --verbose (library versions against the lock)"
	versions=$(cd "$work/home" && run_installed --version --verbose) || failed "reviewer --version --verbose failed"
	echo "$versions"
	while read -r name version; do
		grep -qx "$name $version" <<<"$versions" || failed "reviewer --version --verbose does not say $name $version (the lock's)"
	done <"$work/locked-libraries"
	echo "--- reviewer selftest (installed files, xcb platform)"
	report=$(cd "$work/home" && run_installed selftest) || failed "reviewer selftest failed"
	echo "$report"
	libraries=$(grep '^Libraries: ' <<<"$report" || true)
	while read -r name version; do
		grep -q "[ ,]$name $version\(,\|\$\)" <<<"$libraries" || failed "selftest does not name $name $version (the lock's)"
	done <"$work/locked-libraries"
	echo "--- reviewer gui --quit-after 3"
	if (cd "$work/home" && run_installed gui --quit-after 3); then
		echo "window started and quit: exit 0"
	else
		failed "the window did not start and quit cleanly"
	fi
	echo "--- one byte of the installed model changed"
	model="$root/opt/reviewer/_internal/nudenet/320n.onnx"
	printf '\x01' | dd of="$model" bs=1 seek=4096 conv=notrunc status=none
	set +e
	tampered=$(cd "$work/home" && run_installed selftest --no-qt 2>&1)
	status=$?
	set -e
	echo "$tampered"
	if [ "$status" -ne 0 ] && grep -q "changed or damaged: .*/opt/reviewer/_internal/nudenet/320n.onnx" <<<"$tampered"; then
		echo "selftest failed (exit $status) and named the changed model file, as it must"
	else
		failed "selftest did not fail naming the changed model file (exit $status)"
	fi
	if [ -e "$work/python-was-run" ]; then
		failed "the installed application ran python: $(cat "$work/python-was-run")"
	else
		echo "no python command was run"
	fi
	[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
	exit 0
fi

deb=${1:-$(ls -t dist/reviewer_*.deb 2>/dev/null | head -n 1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no .deb given or found in dist/ (run make installer)"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/reviewer-installer-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg -x "$deb" "$root"
echo "installed $(basename "$deb") into a fresh root: $root"

fail() { echo "FAIL: $*"; exit 1; }
# apt resolves the package's Depends on this machine (a simulation: nothing is installed).
if command -v apt-get >/dev/null; then
	plan=$(apt-get -s install "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")" 2>&1) \
		|| fail "apt cannot satisfy the package's dependencies: $(tail -n 3 <<<"$plan")"
	echo "apt would install: $(sed -n 's/^Inst \([^ ]*\).*/\1/p' <<<"$plan" | tr '\n' ' ')"
fi
[ -x "$root/usr/bin/reviewer" ] || fail "/usr/bin/reviewer missing"
desktop="$root/usr/share/applications/reviewer.desktop"
grep -q '^Exec=reviewer ' "$desktop" || fail "menu entry does not run reviewer"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$root/usr/share/icons/hicolor/256x256/apps/$icon.png" ] || fail "menu icon $icon.png missing"
echo "menu entry, icon and command: present"

# The bootloader puts _internal on the library path at run time; ldd must see the same.
missing=$(find "$root/opt/reviewer" -type f \( -name '*.so' -o -name '*.so.*' -o -name reviewer \) -print0 \
	| LD_LIBRARY_PATH="$root/opt/reviewer/_internal" xargs -0 ldd 2>/dev/null | grep 'not found' | sort -u || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
echo "every shared library resolves"

mkdir "$work/decoys"
for name in python python3 python3.11; do
	printf '#!/bin/sh\necho "%s $*" >> "%s/python-was-run"\nexit 97\n' "$name" "$work" >"$work/decoys/$name"
	chmod +x "$work/decoys/$name"
done

repo=$(cd "$here/../.." && pwd)
# The libraries whose versions results record (reviewer/libraries.py) and their locked versions, read
# now: the repository is hidden from the second half.
for name in opencv-python-headless onnxruntime numpy pillow pdqhash c2pa-python; do
	pin=$(grep -m1 -i "^$name==" "$repo/requirements/requirements-lock.txt" | sed 's/^[^=]*==\([^ ;\\]*\).*/\1/') \
		|| fail "$name is not in requirements/requirements-lock.txt"
	echo "$name $pin"
done >"$work/locked-libraries"
# Every Python of this machine (system, /usr/local, pyenv, the venv's base...) and its standard library,
# found while they are still visible; the second half hides them all.
{
	for exe in /usr/bin/python* /usr/local/bin/python* /bin/python* "$repo"/.venv/bin/python* \
		$(command -v -a python python3 python3.11 2>/dev/null || true); do
		exe=$(readlink -f "$exe")
		# Interpreters only (ELF programs), not the scripts that share the name.
		[ -f "$exe" ] && [ "$(head -c 4 "$exe")" = $'\177ELF' ] && echo "$exe"
	done
} | sort -u >"$work/python-executables"
while read -r exe; do
	dir=$("$exe" -c 'import sysconfig; print(sysconfig.get_path("stdlib"))' 2>/dev/null) && [ -d "$dir" ] && echo "$dir"
done <"$work/python-executables" | sort -u >"$work/python-libraries"
echo "python to hide: $(cat "$work/python-executables" "$work/python-libraries" | tr '\n' ' ')"
# The second half runs from a copy: the repository holding this script is hidden while it runs.
cp "$here/test_installed.sh" "$work/test_installed.sh"
if unshare -rnm true 2>/dev/null; then
	unshare -rnm bash "$work/test_installed.sh" --inside-namespace "$root" "$work" "$repo"
else
	echo "FAIL: cannot create network and mount namespaces (unshare -rnm); the offline check cannot run here"
	exit 1
fi
echo "installer-test: PASS"
