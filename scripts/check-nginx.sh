#!/usr/bin/env bash
# Checks the reference nginx configuration (deploy/nginx/) with `nginx -t`, in a scratch
# prefix: the site file and its header files are installed where the site expects them
# (/etc/nginx/grow-smarter-monitor/ is rewritten to the scratch folder), with a throw-away
# self-signed certificate. Fails clearly when nginx is not installed (apt-get install -y nginx).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
nginx_bin="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
if [ ! -x "$nginx_bin" ]; then
  echo "nginx is not installed: run 'apt-get update && apt-get install -y nginx' (Debian) or set NGINX=/path/to/nginx" >&2
  exit 2
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/conf" "$scratch/logs" "$scratch/ssl"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=monitor.example.org" \
  -keyout "$scratch/ssl/privkey.pem" -out "$scratch/ssl/fullchain.pem" >/dev/null 2>&1
cp "$here/deploy/nginx/headers-app.conf" "$here/deploy/nginx/headers-embed.conf" "$scratch/conf/"
sed -e "s#/etc/nginx/grow-smarter-monitor/#$scratch/conf/#g" \
    -e "s#/etc/ssl/monitor.example.org/#$scratch/ssl/#g" \
    "$here/deploy/nginx/grow-smarter-monitor.conf" > "$scratch/conf/site.conf"
cat > "$scratch/conf/nginx.conf" <<CONF
pid $scratch/nginx.pid;
error_log $scratch/logs/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $scratch/tmp-body;
  proxy_temp_path $scratch/tmp-proxy;
  fastcgi_temp_path $scratch/tmp-fastcgi;
  uwsgi_temp_path $scratch/tmp-uwsgi;
  scgi_temp_path $scratch/tmp-scgi;
  include /etc/nginx/mime.types;
  include $scratch/conf/site.conf;
}
CONF
"$nginx_bin" -t -q -p "$scratch" -c "$scratch/conf/nginx.conf"
echo "nginx -t: deploy/nginx/grow-smarter-monitor.conf is valid ($("$nginx_bin" -v 2>&1))"
