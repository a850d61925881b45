#!/usr/bin/env bash
# Issue #15: the base image of every Customer Corner image, made locally where no image registry is
# reachable (CI, this machine kind). A minimal Debian root file system (debootstrap, minbase) with the
# machine's own Node.js 20 and npm copied in, imported into podman as localhost/cc-node-base.
# The Dockerfiles default to the official node:20-bookworm-slim: pass this one with
#   --build-arg BASE_IMAGE=localhost/cc-node-base
# Usage: deploy/base/build-base.sh [--force]   (root; needs debootstrap and podman)
set -euo pipefail
IMAGE="${CC_BASE_IMAGE:-localhost/cc-node-base}"
SUITE="${DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}"
# The mirror the machine's own apt sources use (deb822 or one-line format), else Debian's.
MIRROR="$(cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | grep -v '^[[:space:]]*#' | grep -oE 'https?://[^ ]+/debian/?' | head -n1 || true)"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
HERE="$(cd "$(dirname "$0")" && pwd)"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$HERE/containers.conf}"

if [ "${1:-}" != "--force" ] && podman image exists "$IMAGE"; then
  echo "$IMAGE exists (--force rebuilds it)"
  exit 0
fi
NODE_BIN="$(readlink -f "$(command -v node)")"
case "$("$NODE_BIN" --version)" in v20.*) ;; *) echo "Node 20 expected at $NODE_BIN" >&2; exit 1 ;; esac
NPM_DIR="$(dirname "$NODE_BIN")/../lib/node_modules/npm"

ROOTFS="$(mktemp -d /tmp/cc-base-rootfs.XXXXXX)"
trap 'rm -rf "$ROOTFS"' EXIT
started=$SECONDS
debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" > "$ROOTFS.log" 2>&1 || { tail -20 "$ROOTFS.log" >&2; exit 1; }
rm -f "$ROOTFS.log"
# The node and npm the official image has; the npm registry as npx uses it on the host.
install -m 0755 "$NODE_BIN" "$ROOTFS/usr/local/bin/node"
mkdir -p "$ROOTFS/usr/local/lib/node_modules"
cp -a "$NPM_DIR" "$ROOTFS/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ROOTFS/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ROOTFS/usr/local/bin/npx"
# Node's headers, where the official image has them: native addons (better-sqlite3) build offline.
NODE_HEADERS="$(dirname "$NODE_BIN")/../include/node"
if [ -d "$NODE_HEADERS" ]; then
  mkdir -p "$ROOTFS/usr/local/include"
  cp -r "$NODE_HEADERS" "$ROOTFS/usr/local/include/node"
fi
# The machine's trust: its CA bundle and the certificates it added (an egress proxy's, a company's),
# so that npm inside a build reaches the registry as npx does on the host.
CHANGES=(--change 'ENV npm_config_nodedir=/usr/local')
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  mkdir -p "$ROOTFS/etc/ssl/certs" "$ROOTFS/usr/local/share/ca-certificates"
  cp /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt"
  cp -r /usr/local/share/ca-certificates/. "$ROOTFS/usr/local/share/ca-certificates/" 2>/dev/null || true
  CHANGES+=(--change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt')
fi
# The unprivileged user of the official image (uid 1000), so the Dockerfiles' USER node works on both.
chroot "$ROOTFS" groupadd --gid 1000 node
chroot "$ROOTFS" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
# Smaller image: no apt lists, documentation or locales.
rm -rf "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/cache/apt/*.bin "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/locale/*
tar -C "$ROOTFS" -c . | podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["node"]' "${CHANGES[@]}" \
  - "$IMAGE" >/dev/null
echo "$IMAGE: Debian $SUITE (minbase, $MIRROR) + $("$NODE_BIN" --version), $((SECONDS - started)) s"
