# Khsae API (NestJS) production image.
#
# Build from the repository root (the build context):
#   docker build -f docker/api.Dockerfile -t khsae-api .
# or through docker/compose.yml. See docker/README.md.
#
# Stages:
#   build      full dependencies (dev included) and `nx build api` -> dist/apps/api
#   prod-deps  production dependencies only (`npm ci --omit=dev`) of the same lockfile
#   runtime    node:22-bookworm-slim, non-root, dist/apps/api + production node_modules
#
# `npm ci --ignore-scripts`: the project is developed with npm 11, which skips
# dependencies' install scripts by default, and relies on packages that ship
# prebuilt binaries or are pure JavaScript. The image's npm (10.x) would run them;
# skipping them keeps the image identical to what developers and CI test.

ARG NODE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false

# Dependencies first: this layer is reused until package.json or the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --include=dev --ignore-scripts --no-audit --no-fund

# Then the sources (.dockerignore keeps node_modules, dist, .nx, .git and secrets out).
COPY . .
RUN npx nx run-many -t build -p api --outputStyle=static \
    && test -f dist/apps/api/main.js

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && npm cache clean --force

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="khsae-api" \
      org.opencontainers.image.description="Khsae case-management API (NestJS)" \
      org.opencontainers.image.licenses="AGPL-3.0-only"

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    KHSAE_DEMO=false \
    KHSAE_WEB_DIR="" \
    NPM_CONFIG_UPDATE_NOTIFIER=false

WORKDIR /app

# Files stay owned by root (read-only for the app user); only the process runs as `node`.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
# Cambodia's gazetteer (NCDD via pumi, MIT; licence beside it), read at KHSAE_GAZETTEER_PATH's default.
COPY apps/api/data ./apps/api/data

# `node` (uid 1000) is the unprivileged user shipped with the official Node images.
USER node

EXPOSE 3000

# 200 when the database is up, 503 otherwise. Migrations run at start: allow time for them.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Run with an init process (compose sets `init: true`; `docker run --init`) so that
# signals reach node and zombie processes are reaped.
CMD ["node", "dist/apps/api/main.js"]
