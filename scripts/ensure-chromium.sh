#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (no browser download). Install it when missing and
# we may (root with apt-get); otherwise say how. A missing browser fails the tests, never skips.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing at $browser. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
exit 1
