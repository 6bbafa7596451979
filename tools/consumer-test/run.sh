#!/usr/bin/env bash
# The libraries inside another application: packs every library as it is published, installs the
# tarballs in a throwaway Nest project under /tmp (outside the workspace, so nothing resolves to
# the workspace's sources), copies the README examples into it verbatim, compiles them with
# `moduleResolution` node10 and nodenext, and boots the examples marked `consumer-test: boot`
# (the host's own DataSource and guard, no reference API) on scratch databases of DATABASE_URL's
# PostgreSQL, checking them over HTTP (tools/consumer-test/host/check.ts).
# CONSUMER_TEST_SKIP_BUILD=1 uses the libraries' dist as built (CI builds them just before).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tools/consumer-test
# every Nest library: each README's example is compiled against all of them as published
mapfile -t libs < <(node "$here/libraries.js")
: "${DATABASE_URL:?the consumer test boots the examples on PostgreSQL: set DATABASE_URL}"

phase() { printf '  %-44s %ss\n' "$1" "$SECONDS"; }

if [ "${CONSUMER_TEST_SKIP_BUILD:-}" != 1 ]; then
  npx nx run-many -t build --projects="$(IFS=,; echo "${libs[*]}")" --parallel=2 --outputStyle=static >/dev/null
  phase "built ${#libs[@]} libraries"
fi

work=$(mktemp -d /tmp/lavterskel-consumer.XXXXXX)
# CONSUMER_TEST_KEEP=1 keeps the project for a look after a failure.
trap '[ "${CONSUMER_TEST_KEEP:-}" = 1 ] && echo "  kept $work" || rm -rf "$work"' EXIT

mapfile -t tarballs < <(node tools/scripts/pack-libraries.js "$work/tarballs" "${libs[@]}")
phase "packed: $(cd "$work/tarballs" && echo *)"

node "$here/host-package.js" "$work" "${tarballs[@]}"
(cd "$work" && npm install --prefer-offline --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
phase "installed in $work"

mkdir -p "$work/src/examples"
cp "$here/host/tsconfig.node10.json" "$here/host/tsconfig.nodenext.json" "$work/"
cp "$here/host/check.ts" "$work/src/"
cp "$here/host/your-app.ts" "$work/src/examples/"
echo "  README examples:"
node "$here/extract-examples.js" "$work/src/examples"

(cd "$work" && npx tsc -p tsconfig.node10.json && npx tsc -p tsconfig.nodenext.json)
phase "compiled (moduleResolution node10 and nodenext)"

(cd "$work" && CONSUMER_TEST_DATABASE_URL="$DATABASE_URL" node dist/check.js src/examples/manifest.json)
phase "consumer test passed"
