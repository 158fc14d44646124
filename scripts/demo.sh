#!/usr/bin/env bash
# Builds the extension and shows it working on the bundled demo pages.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh
npm run --silent build
npx tsx scripts/demo.ts "$@"
