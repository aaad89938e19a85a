# syntax=docker/dockerfile:1
# kubesys image: the Next.js standalone server, non-root, read-only root filesystem friendly.
#
# CI has no Docker engine, so it proves this image's contents another way: `npm test`
# (scripts/test-all.sh) runs the same `npm ci` and `next build`, then starts the server with the same
# `node scripts/start.mjs` this ENTRYPOINT runs, and the Playwright journeys run against it.
# scripts/dockerfile.test.ts fails when these commands drift apart.
#
#   docker build -t kubesys .
#   docker run -p 3000:3000 -e BASE_PATH=/kubesys … kubesys   # one image, any sub-path: BASE_PATH is read at start
#
# The base is the current Node.js LTS line (26, LTS since 2026-10-28, supported to 2029-04-30), pinned
# to an exact release on Debian 13 so a rebuild gets the same runtime; raise the patch version for
# security releases. The app itself also runs on Node.js 20 and later (package.json engines), so it
# uses no API newer than Node 20.
ARG NODE_IMAGE=node:26.10.0-trixie-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build
# Lay the standalone output out as scripts/start.mjs expects it, static assets and public/ beside the
# server, and point its client-node at the lean KubeConfig (scripts/client-node-lean.mjs), so nothing is
# written at start (the root filesystem is read-only at run time).
RUN node -e "import('./scripts/start.mjs').then((m) => m.prepareStandalone())"

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 BIND_ADDRESS=0.0.0.0
RUN groupadd --system --gid 10001 kubesys && useradd --system --uid 10001 --gid kubesys --no-create-home kubesys
# The app's files belong to root and are only readable by the runtime user: a compromised server cannot
# rewrite its own code, even where the root filesystem is not mounted read-only.
COPY --from=build /app/.next/standalone ./.next/standalone
COPY --from=build /app/scripts/start.mjs /app/scripts/server-hooks.cjs /app/scripts/client-node-lean.mjs /app/scripts/map-build.mjs /app/scripts/share-chunks.mjs /app/scripts/base-path.cjs ./scripts/
RUN chmod -R go-w /app
# The only place under /app the runtime user writes: at every start, start.mjs maps the build to BASE_PATH
# into it (scripts/map-build.mjs, about 20 MB) and Next.js keeps its cache there. Mount an emptyDir here
# (deploy/deployment.yaml) and on /tmp.
RUN mkdir -p .next/standalone/.next/cache && chown 10001:10001 .next/standalone/.next/cache
USER 10001:10001
EXPOSE 3000
ENTRYPOINT ["node", "scripts/start.mjs"]
