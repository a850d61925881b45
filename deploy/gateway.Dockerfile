# Issue #15: the gateway image. One image, three commands: `gateway` (HTTP, /graphql, probes),
# `worker` (the outbox: mails and core events; run gateways with WORKER=off beside it) and `migrate`
# (applies pending migrations once, before a rollout: the Job / compose step).
# Build from the repository root:
#   podman build -f deploy/gateway.Dockerfile --ignorefile deploy/gateway.dockerignore -t customer-corner/gateway .
# Where no registry is reachable, add --build-arg BASE_IMAGE=localhost/cc-node-base (deploy/base/build-base.sh).
ARG BASE_IMAGE=node:20-bookworm-slim

FROM ${BASE_IMAGE} AS build
# better-sqlite3 (the embedded database) compiles from source here: the toolchain stays in this stage.
RUN apt-get update -qq \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 make g++ >/dev/null \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The pnpm store: a build may mount the host's own here (`--volume "$(pnpm store path)/..:/pnpm-store"`,
# as `pnpm stack` does): packages already downloaded and better-sqlite3 already compiled are reused.
ENV CI=true PNPM_HOME=/pnpm npm_config_update_notifier=false
# The workspace's manifests first: the install layer is reused while no dependency changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY gateway/package.json gateway/
COPY ui/package.json ui/
COPY shell/package.json shell/
COPY mf-contracts/package.json mf-contracts/
COPY mf-documents/package.json mf-documents/
COPY mf-requests/package.json mf-requests/
COPY mf-profiles/package.json mf-profiles/
COPY mf-backoffice/package.json mf-backoffice/
COPY e2e/package.json e2e/
COPY bench/package.json bench/
COPY explorer/package.json explorer/
RUN PNPM="$(node -p "require('./package.json').packageManager")" \
  && npx -y "$PNPM" install --store-dir /pnpm-store --frozen-lockfile --filter @customer-corner/gateway
COPY gateway/tsconfig.json gateway/tsconfig.build.json gateway/
COPY gateway/src gateway/src
COPY gateway/migrations gateway/migrations
# Compiled JavaScript, then a folder with the gateway and its production dependencies only
# (pnpm 10: --legacy, the workspace does not inject its packages).
RUN PNPM="$(node -p "require('./package.json').packageManager")" \
  && npx -y "$PNPM" --filter @customer-corner/gateway build \
  && npx -y "$PNPM" --filter @customer-corner/gateway deploy --store-dir /pnpm-store --prod --legacy /out \
  && rm -rf /out/src /out/migrations /out/tsconfig*.json /out/vitest.config.mts \
  && cp -r gateway/dist /out/dist \
  && find /out/dist -name '*.test.js*' -delete

FROM ${BASE_IMAGE}
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 UPLOAD_DIR=/var/lib/customer-corner/uploads
WORKDIR /app
COPY --from=build /out /app
COPY deploy/gateway-entrypoint.sh /usr/local/bin/cc-gateway
# The process never writes its own code: everything belongs to root, only the upload staging folder
# (files arriving, before they go into the database) to the unprivileged user.
RUN chmod 0755 /usr/local/bin/cc-gateway \
  && mkdir -p /var/lib/customer-corner/uploads \
  && chown -R node:node /var/lib/customer-corner
USER node
EXPOSE 4000
# Liveness of the process only; readiness (/readyz, database reachable) is the orchestrator's probe.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/cc-gateway"]
CMD ["gateway"]
