#!/bin/sh
# Issue #15: the static/load-balancer image's start. Configuration from the environment:
#   LISTEN_PORT          port nginx listens on (8080)
#   GATEWAY_UPSTREAMS    comma-separated host:port of the gateway replicas (gateway:4000); in
#                        Kubernetes one Service name, whose endpoints follow /readyz
#   LB_SERVED_BY_HEADER  true: answers from a gateway say which replica served them (X-Served-By);
#                        for the stack's checks, not for production
set -eu
LISTEN_PORT="${LISTEN_PORT:-8080}"
GATEWAY_UPSTREAMS="${GATEWAY_UPSTREAMS:-gateway:4000}"
mkdir -p /tmp/cc-nginx
{
  echo "upstream cc_gateway {"
  for server in $(echo "$GATEWAY_UPSTREAMS" | tr ',' ' '); do echo "  server $server max_fails=1 fail_timeout=5s;"; done
  echo "  keepalive 32;"
  echo "}"
} > /tmp/cc-nginx/upstream.conf
echo "listen $LISTEN_PORT;" > /tmp/cc-nginx/listen.conf
if [ "${LB_SERVED_BY_HEADER:-false}" = "true" ]; then
  echo 'add_header X-Served-By $upstream_addr always;' > /tmp/cc-nginx/proxy-extra.conf
else
  : > /tmp/cc-nginx/proxy-extra.conf
fi
[ -f /srv/cc/config/remotes.json ] || { echo "no /srv/cc/config/remotes.json (the remotes config)" >&2; exit 1; }
nginx -t -q
exec nginx -g 'daemon off;'
