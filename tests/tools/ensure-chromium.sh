#!/bin/sh
# The browser tests and the demo need Debian's Chromium (no test tool may
# download its own browser here). Installs it when missing; needs root or sudo.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "Chromium not found at $CHROMIUM: installing Debian's chromium package..."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
