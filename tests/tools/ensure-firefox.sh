#!/bin/sh
# The Firefox end-to-end run (npm run test:firefox) needs Debian's Firefox ESR,
# driven by puppeteer-core over WebDriver BiDi (no driver or browser download
# works here). Installs it when missing; needs root or sudo.
set -e
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then exit 0; fi
echo "Installing Debian's firefox-esr..."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
"$FIREFOX" --version
