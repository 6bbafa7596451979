// `npm run bench`: the benchmark report (tools/bench/src/report); `-- --quick` for its tiny
// form (CI); `-- --render <run>.json` writes a report's Markdown and charts again from its JSON. `npm run bench -- crisis` (any word) runs the `src/*.bench.ts` files whose name
// contains it instead, e.g. the crisis activation or the consent decision alone.
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const args = process.argv.slice(2);
const render = args.includes('--render');
const filter = render ? undefined : args.find((arg) => !arg.startsWith('--'));
const dir = join(__dirname, 'src');
const files = render
  ? ['report/render.ts']
  : filter
    ? readdirSync(dir).filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
    : ['report/main.ts'];
if (files.length === 0) {
  console.error(`no benchmark in tools/bench/src matches "${filter}"`);
  process.exit(2);
}
for (const file of files) {
  console.log(`\n# ${file}`);
  execFileSync(
    process.execPath,
    [
      '-C',
      '@lavterskel/source',
      '-r',
      join(__dirname, '../scripts/register.js'),
      join(dir, file),
      ...args,
    ],
    { stdio: 'inherit' },
  );
}
