#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: static checks, unit
# tests, both builds, then the real browsers.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step "browsers"
bash scripts/ensure-browsers.sh
step "knowledge base"
npm run --silent kb:check
step "typecheck"
npm run --silent typecheck
step "lint"
npm run --silent lint
step "unit tests"
npx vitest run
step "build: Chrome"
npm run --silent build
step "build: Firefox"
npm run --silent build:firefox
step "web-ext lint (Firefox build)"
mkdir -p .cache
npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --output text 2>&1 | tee .cache/web-ext-lint.txt | tail -n 8
grep -Eq '^errors +0' .cache/web-ext-lint.txt
step "end-to-end: Chromium"
npx vitest run --config tests/e2e/vitest.config.ts
step "smoke: Firefox"
npx vitest run --config tests/firefox/vitest.config.ts
printf '\nAll tests passed.\n'
