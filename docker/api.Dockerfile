# The API (which can also serve the built web app). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t wide-open-api .
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --projects=api,web --output-style=static && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data WEB_DIST=/app/dist/web CHROMIUM_PATH=/usr/bin/chromium
# Headless Chromium prints the guide's PDF (GET /guide/guide.pdf); fonts for Latin and accents.
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/package.json /app/tsconfig.base.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/tools/scripts/register-dist-paths.cjs ./tools/scripts/
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Node receives SIGTERM directly (exec form): the API drains requests and closes sockets and the pool.
CMD ["node", "-r", "./tools/scripts/register-dist-paths.cjs", "dist/api/apps/api/src/main.js"]
