#!/bin/sh
# The browser tests and the demo need Debian's Chromium (no test tool may
# download its own browser here), with its translations (chromium-l10n) so the
# Spanish test runs Chromium in Spanish. Installs what is missing; needs root or sudo.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ] && [ -f /usr/lib/chromium/locales/es.pak ]; then exit 0; fi
echo "Installing Debian's chromium and chromium-l10n..."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-l10n >/dev/null
"$CHROMIUM" --version
