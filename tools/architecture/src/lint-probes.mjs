// Lints source snippets as if they stood at the given paths, with the workspace's real ESLint
// configuration. Reads [{ filePath, code }] on stdin, writes the rule ids hit per probe as JSON.
// A separate process because ESLint loads its flat config with import(), which jest cannot.
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../..', import.meta.url)) });
const probes = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const { filePath, code } of probes) {
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath });
  results.push((result?.messages ?? []).map((message) => message.ruleId ?? message.message));
}
process.stdout.write(JSON.stringify(results));
