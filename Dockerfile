# One image for the api, the worker and the migration (the command picks which); the web app is built in.
# Node 24 LTS, pinned to an exact release (update deliberately; `engines` in package.json says >=22.12).
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# devDependencies (the embedded PostgreSQL, the local mail catcher, the toolchain) stay in this stage.
RUN npm run build && npm prune --omit=dev

FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# Health checks differ per role (api: /health/ready, worker: its heartbeat file): see docker-compose.yml.
CMD ["node", "dist/apps/api/src/main.js"]
