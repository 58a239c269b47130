#!/usr/bin/env bash
# Runs every suite (unit, integration, end-to-end in Chromium) and ends with one line of totals:
# "N passed, N failed[, N skipped]". Installs Debian's Chromium first when it is missing.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "[test] installing Debian's chromium for the browser tests" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

mkdir -p test-results
rm -rf test-results/*.json .e2e-data

status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1

# The browser tests run against a production build of this tree.
if npx next build >test-results/build.log 2>&1; then
  npx playwright test || status=1
else
  echo "[test] next build failed; see test-results/build.log" >&2
  tail -40 test-results/build.log >&2
  status=1
fi

node scripts/lib/sum-test-results.mjs test-results/vitest.json test-results/e2e.json || status=1
exit $status
