#!/usr/bin/env bash
# macOS: Reviewer.app and a signed, notarised DMG. NOT RUN ON THIS PROJECT'S LINUX MACHINE: run it on a Mac
# (see installers/ci/build-installers.yml), from the repository root, with Python 3.11 and `pip install -e '.[build]'`.
#     installers/macos/build_dmg.sh            -> dist/Reviewer-<version>.dmg (signed and notarised when
#                                                 the variables below are set, unsigned otherwise)
# Signing and notarisation (an Apple Developer ID is needed; without them Gatekeeper blocks the app):
#   SIGN_IDENTITY   "Developer ID Application: Organisation (TEAMID)"   (in the login or CI keychain)
#   NOTARY_PROFILE  a profile stored once with:
#                   xcrun notarytool store-credentials reviewer-notary --apple-id ID --team-id TEAMID --password APP-PASSWORD
set -euo pipefail
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' reviewer/__init__.py)
app=dist/Reviewer.app
dmg="dist/Reviewer-$version.dmg"

# 1. The bundle: the spec makes dist/reviewer and, on macOS, dist/Reviewer.app around it.
python installers/build_bundle.py
# 2. The installed files work before anything is signed (QT_QPA_PLATFORM=offscreen: CI has no screen).
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/reviewer" selftest

if [ -n "${SIGN_IDENTITY:-}" ]; then
	# 3. Sign from the inside out with the hardened runtime (notarisation requires it): every library and
	#    executable first, then the app. --deep is not used: Apple advises against it.
	entitlements=installers/macos/entitlements.plist
	find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) -print0 |
		xargs -0 codesign --force --timestamp --options runtime --sign "$SIGN_IDENTITY"
	codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$SIGN_IDENTITY" \
		"$app/Contents/MacOS/reviewer"
	codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$SIGN_IDENTITY" "$app"
	codesign --verify --strict --verbose=2 "$app"
fi

# 4. The disk image: the app and a link to /Applications to drag it onto.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Reviewer $version" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${SIGN_IDENTITY:-}" ]; then
	codesign --force --timestamp --sign "$SIGN_IDENTITY" "$dmg"
	if [ -n "${NOTARY_PROFILE:-}" ]; then
		# 5. Notarise (Apple scans the image; minutes) and staple the ticket so it opens offline.
		xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
		xcrun stapler staple "$dmg"
		spctl --assess --type open --context context:primary-signature --verbose "$dmg"
	fi
fi
echo "$dmg"
