#!/usr/bin/env node
// Packs built libraries as they are published: `node tools/scripts/pack-libraries.js <out-dir> <lib>...`
// (e.g. `kernel consent`; build them first with `npx nx run-many -t build`). The workspace resolves
// `@lavterskel/*` to TypeScript sources through the `@lavterskel/source` export condition; a
// published package ships `dist` only, so each library is staged with that condition removed
// and every path its package.json names is checked to be in the tarball. Prints each tarball's path.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SOURCE_CONDITION = '@lavterskel/source';
const root = path.join(__dirname, '../..');

function withoutSourceCondition(exports) {
  if (typeof exports !== 'object' || exports === null) return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, value]) => [key, withoutSourceCondition(value)]),
  );
}

/** Every file a consumer's resolver may be sent to: main, types, exports' targets, typesVersions. */
function namedPaths(pkg) {
  const targets = [pkg.main, pkg.types];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  walk(pkg.typesVersions);
  return targets.filter((target) => typeof target === 'string' && !target.includes('*'));
}

/** Copies a built library into `stage` as it is published. */
function stageLibrary(lib, stage) {
  const libDir = path.join(root, 'libs', lib);
  const pkg = JSON.parse(fs.readFileSync(path.join(libDir, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(libDir, 'dist'))) {
    throw new Error(`libs/${lib}/dist is missing: run npx nx build ${lib} first`);
  }
  for (const entry of pkg.files) {
    fs.cpSync(path.join(libDir, entry), path.join(stage, entry), {
      recursive: true,
      filter: (source) => !source.endsWith('.tsbuildinfo'),
    });
  }
  const published = { ...pkg, exports: withoutSourceCondition(pkg.exports) };
  delete published.scripts;
  delete published.devDependencies;
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
  const missing = namedPaths(published).filter(
    (target) => !fs.existsSync(path.join(stage, target)),
  );
  if (missing.length > 0) {
    throw new Error(`${pkg.name} names files it does not ship: ${missing.join(', ')}`);
  }
}

const [outDir, ...libs] = process.argv.slice(2);
if (!outDir || libs.length === 0) {
  console.error('usage: node tools/scripts/pack-libraries.js <out-dir> <lib>...');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'lavterskel-pack-'));
try {
  const stages = libs.map((lib) => {
    const stage = path.join(staging, lib);
    fs.mkdirSync(stage);
    stageLibrary(lib, stage);
    return stage;
  });
  // One npm process for every library: npm's start-up is most of the time.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', path.resolve(outDir), ...stages], {
      cwd: staging,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  for (const { filename } of packed) console.log(path.join(path.resolve(outDir), filename));
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
