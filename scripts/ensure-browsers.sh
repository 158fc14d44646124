#!/usr/bin/env bash
# Makes sure the browsers the tests drive are installed: Debian's chromium and
# firefox-esr. Installs them with apt when it can (root and apt present);
# otherwise says exactly what to install and fails.
set -euo pipefail

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium fonts-dejavu-core)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get (once per machine)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

echo "The browser tests need: ${missing[*]}." >&2
echo "Install them with: sudo apt-get install ${missing[*]}" >&2
echo "or point CHROMIUM_PATH / FIREFOX_PATH at existing binaries." >&2
exit 1
