import { generateFiles, names, type Tree } from '@nx/devkit';
import { join } from 'node:path';
import type { DomainLibGeneratorSchema } from './schema';

/**
 * Scaffolds libs/<name> as ARCHITECTURE.md describes: a plain-TypeScript domain layer,
 * a TypeORM persistence layer owning one PostgreSQL schema, a Nest module with options,
 * three entry points, tags for the module-boundary lint, a README.
 */
export function domainLibGenerator(tree: Tree, options: DomainLibGeneratorSchema): () => void {
  const projectRoot = `libs/${options.name}`;
  if (tree.exists(projectRoot)) throw new Error(`${projectRoot} already exists.`);
  const { className, propertyName, fileName } = names(options.name);
  generateFiles(tree, join(__dirname, 'files'), projectRoot, {
    name: options.name,
    fileName,
    className,
    propertyName,
    schema: options.schema ?? options.name.replaceAll('-', '_'),
    description: options.description ?? 'A Lavterskel domain library.',
    // The first migration creates the library's schema; later ones come from migration:generate.
    timestamp: Date.now(),
    template: '',
  });
  return () => {
    console.log(`Next: add ${propertyName}Persistence to apps/api/src/database/libraries.ts and`);
    console.log(`${className}Module.forRoot() to apps/api/src/app.module.ts, then run npm install.`);
  };
}

export default domainLibGenerator;
