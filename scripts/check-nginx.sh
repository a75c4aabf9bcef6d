#!/usr/bin/env bash
# Checks the reference nginx configuration (deploy/nginx/) with `nginx -t`, in a scratch
# prefix: the site file and its header files are installed where the site expects them
# (/etc/nginx/grow-smarter-monitor/ is rewritten to the scratch folder), with a throw-away
# self-signed certificate. Fails clearly when nginx is not installed (apt-get install -y nginx).
#
#   check-nginx.sh                              nginx -t, then exit
#   check-nginx.sh --serve HTTPS_PORT AUTH_PORT  then run it in the foreground until killed:
#       the HTTPS site on 127.0.0.1:HTTPS_PORT, oauth2-proxy expected on 127.0.0.1:AUTH_PORT
#       (scripts/nginx-live.test.ts puts a stand-in there), the port-80 redirect on a socket.
set -euo pipefail
serve=""
if [ "${1:-}" = "--serve" ]; then
  serve=1 https_port="$2" auth_port="$3"
fi
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
rewrites=(-e "s#/etc/nginx/grow-smarter-monitor/#$scratch/conf/#g" -e "s#/etc/ssl/monitor.example.org/#$scratch/ssl/#g")
if [ -n "$serve" ]; then
  rewrites+=(-e "s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl;#"
             -e "s#listen 80;#listen unix:$scratch/http.sock;#"
             -e "s#server 127.0.0.1:4180;#server 127.0.0.1:$auth_port;#")
fi
sed "${rewrites[@]}" "$here/deploy/nginx/grow-smarter-monitor.conf" > "$scratch/conf/site.conf"
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
if [ -n "$serve" ]; then
  "$nginx_bin" -p "$scratch" -c "$scratch/conf/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  trap 'kill "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null; rm -rf "$scratch"' EXIT
  trap 'exit 0' TERM INT
  echo "serving on https://127.0.0.1:$https_port"
  wait "$nginx_pid"
fi
