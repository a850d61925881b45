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
# The unprivileged user of the official image (uid 1000), so the Dockerfiles' USER node works on both.
chroot "$ROOTFS" groupadd --gid 1000 node
chroot "$ROOTFS" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
# Smaller image: no apt lists, documentation or locales.
rm -rf "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/cache/apt/*.bin "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/locale/*
tar -C "$ROOTFS" -c . | podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["node"]' \
  - "$IMAGE" >/dev/null
echo "$IMAGE: Debian $SUITE (minbase, $MIRROR) + $("$NODE_BIN" --version), $((SECONDS - started)) s"
