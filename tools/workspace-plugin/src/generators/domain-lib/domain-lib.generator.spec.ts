import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { domainLibGenerator } from './domain-lib.generator';

describe('domain-lib generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    domainLibGenerator(tree, { name: 'crisis-mode', schema: 'crisis', description: 'Crisis plans.' });
  });

  it('creates the three layers behind three entry points', () => {
    for (const file of [
      'src/index.ts',
      'src/typeorm.ts',
      'src/nest.ts',
      'src/domain/crisis-mode-error.ts',
      'src/persistence/crisis-mode-persistence.ts',
      'src/persistence/migrations/index.ts',
      'src/nest/crisis-mode.module.ts',
      'src/nest/crisis-mode-error.filter.ts',
      'README.md',
    ]) {
      expect(tree.exists(`libs/crisis-mode/${file}`)).toBe(true);
    }
    const manifest = readJson(tree, 'libs/crisis-mode/package.json');
    expect(manifest.name).toBe('@lavterskel/crisis-mode');
    expect(Object.keys(manifest.exports)).toEqual(['.', './typeorm', './nest', './package.json']);
  });

  it('tags the project for the module-boundary lint and gives it a build', () => {
    const project = readJson(tree, 'libs/crisis-mode/project.json');
    expect(project.tags).toEqual(['scope:crisis-mode', 'type:domain-lib']);
    expect(project.targets.build.options.command).toBe('tsc -p libs/crisis-mode/tsconfig.lib.json');
  });

  it('names the schema, the persistence export and the classes after the library', () => {
    const persistence = tree.read('libs/crisis-mode/src/persistence/crisis-mode-persistence.ts', 'utf8');
    expect(persistence).toContain("export const crisisModePersistence: LibraryPersistence");
    expect(persistence).toContain("schema: 'crisis'");
    expect(tree.read('libs/crisis-mode/src/nest/crisis-mode.module.ts', 'utf8')).toContain('export class CrisisModeModule');
    expect(tree.read('libs/crisis-mode/src/domain/crisis-mode-error.ts', 'utf8')).toContain("InvalidInput = 'crisis-mode.invalid-input'");
  });

  it('writes a first migration that creates the schema, listed in the migrations index', () => {
    const folder = 'libs/crisis-mode/src/persistence/migrations';
    const migration = tree.children(folder).find((file) => /^\d{13}-create-schema\.ts$/.test(file));
    expect(migration).toBeDefined();
    expect(tree.read(`${folder}/${migration}`, 'utf8')).toContain('CREATE SCHEMA IF NOT EXISTS "crisis"');
    const className = /export class (CrisisModeCreateSchema\d{13})/.exec(tree.read(`${folder}/${migration}`, 'utf8') ?? '')?.[1];
    expect(tree.read(`${folder}/index.ts`, 'utf8')).toContain(`  ${className},`);
  });

  it('refuses to overwrite an existing library', () => {
    expect(() => domainLibGenerator(tree, { name: 'crisis-mode' })).toThrow(/already exists/);
  });
});
