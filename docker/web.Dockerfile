# Khsae web app (React/Vite SPA) served by unprivileged nginx, which also proxies
# /api/ to the API container.
#
# Build from the repository root (the build context):
#   docker build -f docker/web.Dockerfile -t khsae-web .
# or through docker/compose.yml. See docker/README.md.
#
# Stages:
#   build    full dependencies and `nx build web` -> dist/apps/web (static files)
#   runtime  nginx (unprivileged: runs as uid 101, listens on 8080)

ARG NODE_IMAGE=node:22-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.27-alpine

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false

# Dependencies first for layer caching. `--ignore-scripts`: see docker/api.Dockerfile.
COPY package.json package-lock.json ./
RUN npm ci --include=dev --ignore-scripts --no-audit --no-fund

COPY . .
RUN npx nx run-many -t build -p web --outputStyle=static \
    && test -f dist/apps/web/index.html

# ---------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
LABEL org.opencontainers.image.title="khsae-web" \
      org.opencontainers.image.description="Khsae web app (static SPA) and /api/ reverse proxy" \
      org.opencontainers.image.licenses="AGPL-3.0-only"

# Values substituted into docker/nginx.conf at container start (see that file).
# NGINX_ENTRYPOINT_LOCAL_RESOLVERS makes the entrypoint export NGINX_LOCAL_RESOLVERS
# from /etc/resolv.conf; the filter keeps envsubst away from every other variable.
ENV KHSAE_API_UPSTREAM=api:3000 \
    KHSAE_MAX_BODY_SIZE=25m \
    KHSAE_TRUSTED_PROXY=127.0.0.1/32 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    NGINX_ENVSUBST_FILTER="^(KHSAE_|NGINX_LOCAL_RESOLVERS)"

# Rendered to /etc/nginx/conf.d/default.conf (replacing the stock server block).
COPY docker/nginx.conf /etc/nginx/templates/default.conf.template
# Owned by root, read-only for the nginx user.
COPY --from=build /app/dist/apps/web /srv/www

EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]

# ENTRYPOINT, CMD, USER (101) and STOPSIGNAL come from the nginx image.
