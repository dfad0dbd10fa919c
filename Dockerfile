# Allies production image: Next's standalone server, run as a non-root user, migrations
# applied at start (scripts/container-start.ts). `npm run container:check` runs the same
# steps without a container. Build: `docker build -t allies .` (or podman).
# Node 24 LTS (decision 035): Node 20 reached its end of life in April 2026, and Node 24 serves
# every page with 16-40 % less CPU.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN PRISMA_SCHEMA_ENGINE_BINARY=/bin/true npx prisma generate \
 && npx next build \
 && node --import tsx scripts/assemble-standalone.ts /out

FROM node:24-bookworm-slim
# A bounded heap (as `npm start` sets it, ALLIES_MAX_HEAP_MIB): V8 otherwise sizes it by the
# host's memory and the server grows far beyond its live data under load (issue 10).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 NODE_OPTIONS=--max-old-space-size=384
WORKDIR /app
RUN groupadd --system --gid 10001 allies && useradd --system --uid 10001 --gid allies --no-create-home allies
COPY --from=build --chown=root:root /out ./
USER allies
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself (no shell, no npm in between).
CMD ["node", "container-start.js"]
