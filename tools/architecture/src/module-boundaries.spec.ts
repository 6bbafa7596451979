import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Probe {
  filePath: string;
  code: string;
}

/** Lints every probe in one ESLint run and returns the rule ids each one hit. */
function lint(probes: Probe[]): string[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-probes.mjs')], {
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

const boundaries = '@nx/enforce-module-boundaries';
const restricted = 'no-restricted-imports';

/** The architecture's import rules, checked through the workspace's real lint configuration. */
describe('module boundaries', () => {
  const cases: { probe: Probe; expected: string[]; why: string }[] = [
    { why: 'a domain library imports another', probe: { filePath: 'libs/consent/src/domain/probe.ts', code: "import '@lavterskel/groups';" }, expected: [boundaries] },
    { why: "a library's nest layer imports another library", probe: { filePath: 'libs/crisis-mode/src/nest/probe.ts', code: "import '@lavterskel/services/nest';" }, expected: [boundaries] },
    { why: 'the kernel imports a domain library', probe: { filePath: 'libs/kernel/src/domain/probe.ts', code: "import '@lavterskel/clients';" }, expected: [boundaries] },
    { why: 'NestJS in src/domain', probe: { filePath: 'libs/groups/src/domain/probe.ts', code: "import '@nestjs/common';" }, expected: [restricted] },
    { why: 'TypeORM in src/domain', probe: { filePath: 'libs/groups/src/domain/probe.ts', code: "import 'typeorm';" }, expected: [restricted] },
    { why: 'pg in src/domain', probe: { filePath: 'libs/groups/src/domain/probe.ts', code: "import 'pg';" }, expected: [restricted] },
    { why: 'class-validator in src/domain', probe: { filePath: 'libs/groups/src/domain/probe.ts', code: "import 'class-validator';" }, expected: [restricted] },
    { why: 'test tooling in shipped code', probe: { filePath: 'libs/groups/src/persistence/probe.ts', code: "import '@lavterskel/dev-postgres';" }, expected: [restricted] },
    { why: 'test tooling in an integration test', probe: { filePath: 'libs/groups/src/persistence/probe.int-spec.ts', code: "import '@lavterskel/dev-postgres';" }, expected: [] },
    { why: 'the kernel in a domain layer', probe: { filePath: 'libs/consent/src/domain/probe.ts', code: "import '@lavterskel/kernel';" }, expected: [] },
    { why: 'NestJS in the nest layer', probe: { filePath: 'libs/consent/src/nest/probe.ts', code: "import '@nestjs/common';\nimport '@lavterskel/kernel/nest';" }, expected: [] },
    { why: 'TypeORM in the persistence layer', probe: { filePath: 'libs/consent/src/persistence/probe.ts', code: "import 'typeorm';\nimport '@lavterskel/kernel/typeorm';" }, expected: [] },
    { why: 'libraries in the app', probe: { filePath: 'apps/api/src/probe.ts', code: "import '@lavterskel/consent/nest';\nimport '@lavterskel/groups';" }, expected: [] },
  ];
  let results: string[][];

  beforeAll(() => {
    results = lint(cases.map((c) => c.probe));
  });

  it.each(cases.map((c, index) => [c.why, c.expected, index] as const))('%s → %j', (_why, expected, index) => {
    expect(results[index]).toEqual(expected);
  });
});
