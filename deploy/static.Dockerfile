# Issue #15: the static host and load balancer — nginx (Debian's package) serving the shell and
# every tab as folders with their build-time .br/.gz copies, and proxying the gateway's paths to the
# replicas. Takes the built front end from the build context: run `pnpm build:front` first (CI has).
#   podman build -f deploy/static.Dockerfile --ignorefile deploy/static.dockerignore -t customer-corner/static .
# Where no registry is reachable, add --build-arg BASE_IMAGE=localhost/cc-node-base (deploy/base/build-base.sh).
ARG BASE_IMAGE=node:20-bookworm-slim

FROM ${BASE_IMAGE} AS layout
WORKDIR /stage
COPY deploy/static-layout.mjs deploy/
COPY shell/dist shell/dist
COPY mf-contracts/package.json mf-contracts/
COPY mf-contracts/dist mf-contracts/dist
COPY mf-documents/package.json mf-documents/
COPY mf-documents/dist mf-documents/dist
COPY mf-requests/package.json mf-requests/
COPY mf-requests/dist mf-requests/dist
COPY mf-profiles/package.json mf-profiles/
COPY mf-profiles/dist mf-profiles/dist
COPY mf-backoffice/package.json mf-backoffice/
COPY mf-backoffice/dist mf-backoffice/dist
RUN node deploy/static-layout.mjs /stage /out

FROM ${BASE_IMAGE}
# nginx 1.22 from Debian, with the brotli_static module (the .br copies; gzip_static is built in).
RUN apt-get update -qq \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx libnginx-mod-http-brotli-static >/dev/null \
  && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled /etc/nginx/conf.d \
  && mkdir -p /srv/cc/published /etc/nginx/cc
COPY deploy/nginx/nginx.conf /etc/nginx/nginx.conf
COPY deploy/nginx/static-headers.conf deploy/nginx/proxy.conf /etc/nginx/cc/
COPY deploy/nginx/entrypoint.sh /usr/local/bin/cc-static
COPY --from=layout /out/site /srv/cc/site
# The default remotes config (every tab at its built version); an environment mounts its own here.
COPY --from=layout /out/config /srv/cc/config
RUN chmod 0755 /usr/local/bin/cc-static && chown www-data:www-data /srv/cc/published
USER www-data
ENV LISTEN_PORT=8080 GATEWAY_UPSTREAMS=gateway:4000
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.LISTEN_PORT||8080)+'/remotes.json').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/cc-static"]
