// Runs benchmarks: `npm run bench` (all) or `npm run bench -- consent` (files whose name contains it).
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const filter = process.argv[2] ?? '';
const dir = join(__dirname, 'src');
const files = readdirSync(dir).filter(
  (file) => file.endsWith('.bench.ts') && file.includes(filter),
);
if (files.length === 0) {
  console.error(`no benchmark in tools/bench/src matches "${filter}"`);
  process.exit(2);
}
for (const file of files) {
  console.log(`\n# ${file}`);
  execFileSync(
    process.execPath,
    ['-C', '@lavterskel/source', '-r', join(__dirname, '../scripts/register.js'), join(dir, file)],
    {
      stdio: 'inherit',
    },
  );
}
