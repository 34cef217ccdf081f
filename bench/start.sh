#!/usr/bin/env bash
# `npm start` timings: the build it runs first (full vs. nothing changed vs. one file changed), then
# the launcher from start to banner (first start with demo data and its two-year history, second start)
# and from Ctrl-C to exit. Uses a scratch data folder and free ports; leaves dist/ built.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
seconds() { node -e "console.log(((Date.now() - $1) / 1000).toFixed(1))"; }
now() { node -p 'Date.now()'; }

t=$(now); rm -rf dist; npm run build >/dev/null 2>&1; echo "full build (npm run build, before: every npm start): $(seconds "$t") s"
node scripts/build-changed.js >/dev/null # the first incremental build writes its build info and web stamp
t=$(now); node scripts/build-changed.js >/dev/null; echo "scripts/build-changed.js, nothing changed:           $(seconds "$t") s"
touch libs/booking/src/booking.service.ts
t=$(now); node scripts/build-changed.js >/dev/null; echo "scripts/build-changed.js, one server file changed:   $(seconds "$t") s"
touch apps/web/src/main.tsx
t=$(now); node scripts/build-changed.js >/dev/null 2>&1; echo "scripts/build-changed.js, one web file changed:      $(seconds "$t") s"

data=$(mktemp -d); chmod 755 "$data"
launch() {
  local label=$1 log; log=$(mktemp)
  local t; t=$(now)
  env -u DATABASE_URL -u REDIS_URL -u SMTP_URL SPARRING_DATA_DIR="$data" PORT="${PORT:-3900}" \
    setsid node dist/scripts/start.js >"$log" 2>&1 &
  local pid=$!
  until grep -q 'kører på' "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
  done
  echo "launcher to banner, $label: $(seconds "$t") s ($(grep -o 'Demo data ready.*' "$log" || echo 'no demo data line'))"
  t=$(now); kill -INT -- "-$pid"; wait "$pid" || true
  echo "Ctrl-C to exit, $label: $(seconds "$t") s"
  rm -f "$log"
}
launch "first start (initdb, migrations, demo history)"
launch "second start"
rm -rf "$data"
