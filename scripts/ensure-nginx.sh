#!/usr/bin/env bash
# The unit tests check the reference deployment with `nginx -t` (scripts/check-nginx.test.ts), using
# Debian's nginx. Install it when missing and we may (root with apt-get); otherwise say how. A
# missing nginx fails that test, never skips it.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || [ -n "${NGINX:-}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's nginx for the deployment check…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  exit 0
fi
echo "nginx is missing: install it (sudo apt-get install -y nginx) or set NGINX=/path/to/nginx; scripts/check-nginx.test.ts needs it." >&2
