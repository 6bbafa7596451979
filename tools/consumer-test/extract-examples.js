#!/usr/bin/env node
// Copies the README examples marked `<!-- consumer-test: boot -->` or `<!-- consumer-test:
// typecheck -->` (the ```ts block right after the marker) into <out-dir> verbatim, one file per
// README (`root.ts` for the workspace README, `<lib>.ts` for libs/<lib>/README.md), plus
// manifest.json. Fails when a Nest library's README has no marked example.
const fs = require('node:fs');
const path = require('node:path');
const { nestLibraries } = require('./libraries');

const root = path.join(__dirname, '../..');
const MARKED = /<!-- consumer-test: (boot|typecheck) -->\s*\n```ts\n([\s\S]*?)\n```/g;

const readmes = [
  { name: 'root', file: 'README.md' },
  ...nestLibraries().map((lib) => ({ name: lib, file: `libs/${lib}/README.md` })),
];

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node tools/consumer-test/extract-examples.js <out-dir>');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const manifest = [];
const unmarked = [];
for (const { name, file } of readmes) {
  const blocks = [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(MARKED)];
  if (blocks.length === 0) {
    unmarked.push(file);
    continue;
  }
  if (blocks.length > 1) throw new Error(`${file} marks ${blocks.length} examples; mark one`);
  const [, mode, code] = blocks[0];
  fs.writeFileSync(path.join(outDir, `${name}.ts`), `${code}\n`);
  manifest.push({ name, mode, readme: file });
}
if (unmarked.length > 0) {
  console.error(`no <!-- consumer-test: boot|typecheck --> example in ${unmarked.join(', ')}`);
  process.exit(1);
}
fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
for (const { readme, mode } of manifest) console.log(`  ${mode.padEnd(9)} ${readme}`);
