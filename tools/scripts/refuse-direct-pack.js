#!/usr/bin/env node
// A library's `prepack`: its package.json sends the workspace's `@lavterskel/source` condition to
// `src/`, which a tarball does not ship. Publish what tools/scripts/pack-libraries.js packs.
console.error(
  'Pack libraries with `node tools/scripts/pack-libraries.js <out-dir> <lib>...` (after `npx nx run-many -t build`), then `npm publish <tarball>`.',
);
process.exit(1);
