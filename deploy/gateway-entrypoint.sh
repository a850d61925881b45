#!/bin/sh
# Issue #15: the gateway image's commands. The heap flags are those of scripts/gateway-runtime.mjs
# (GATEWAY_NODE_FLAGS; `pnpm stack` checks that both agree). `exec`: the process gets SIGTERM itself.
set -eu
NODE_FLAGS="--max-old-space-size=192 --max-semi-space-size=32 --enable-source-maps"
command="${1:-gateway}"
[ "$#" -gt 0 ] && shift
case "$command" in
  gateway) exec node $NODE_FLAGS dist/src/main.js "$@" ;;
  worker) exec node $NODE_FLAGS dist/src/cli/worker.js "$@" ;;
  # A replica never migrates by itself when a migration step exists: MIGRATE_ON_START=false on gateways.
  migrate) exec node --enable-source-maps dist/src/cli/migrate.js "$@" ;;
  *) echo "usage: gateway | worker | migrate (got: $command)" >&2; exit 64 ;;
esac
