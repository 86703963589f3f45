/** Lists the conformance snippets (shared by the conformance and diagnostics tests). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../tools/toolchain.js';

export function snippetFiles(folder: 'cases' | 'diagnostics'): string[] {
  const dir = path.join(repoRoot, 'test', 'conformance', folder);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f))
    .sort();
}

export function relativeToRepo(file: string): string {
  return path.relative(repoRoot, file).split(path.sep).join('/');
}
