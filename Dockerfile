# syntax=docker/dockerfile:1
# The Lavterskel API for a real deployment: PostgreSQL is external (see compose.yaml), the API
# runs from its TypeScript sources as `npm start` does (swc compiles them as they load).
ARG NODE_VERSION=24

# Every workspace's package.json at its path, and nothing else: the install layer below is
# rebuilt only when a manifest or the lockfile changes, not at every change of source.
FROM node:${NODE_VERSION}-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests && cp package-lock.json /manifests/ \
 && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents {} /manifests/ \;

FROM node:${NODE_VERSION}-bookworm-slim AS dependencies
WORKDIR /app
COPY --from=manifests /manifests ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json tsconfig.base.json tsconfig.runtime.json ./
COPY tools/scripts ./tools/scripts
COPY tools/dev-postgres ./tools/dev-postgres
COPY libs ./libs
COPY apps/api ./apps/api
# The image's unprivileged user: the API needs to write nothing.
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: readiness turns 503 for SHUTDOWN_DRAIN_SECONDS, then the API closes its port.
STOPSIGNAL SIGTERM
CMD ["node", "-C", "@lavterskel/source", "-r", "./tools/scripts/register.js", "apps/api/src/main.ts"]
