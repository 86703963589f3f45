/**
 * `npm run build`: compiles src/core into module/Winsock2Doctor (psm1 + psd1). Prints every
 * diagnostic as file:line:column and exits 1 if there is any; writes nothing in that case.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from './compiler.js';
import { formatDiagnostic } from './diagnostics/diagnostic.js';
import { emitPsd1, emitPsm1, mergeUnits, MODULE_NAME } from './emit/module.js';
import { cmdlets } from '../src/core/cmdlets/index.js';
import { repoRoot } from '../tools/toolchain.js';

/** Core source files: everything under src/core except the cmdlet definitions (data, not compiled). */
export function coreEntries(): string[] {
  const dir = path.join(repoRoot, 'src', 'core');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.split(path.sep).includes('cmdlets'))
    .map((f) => path.join(dir, f))
    .sort();
}

/** UTF-8 with BOM: Windows PowerShell 5.1 reads BOM-less files as ANSI. */
function writeModuleFile(file: string, text: string): void {
  writeFileSync(file, '\uFEFF' + text, 'utf8');
}

function main(): number {
  const started = Date.now();
  const result = compile(repoRoot, coreEntries());
  for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  if (result.diagnostics.length > 0) {
    process.stderr.write(`build failed: ${result.diagnostics.length} diagnostic(s); module/ left unchanged\n`);
    return 1;
  }
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string; description: string };
  const outDir = path.join(repoRoot, 'module', MODULE_NAME);
  mkdirSync(outDir, { recursive: true });
  const unit = mergeUnits(result.units);
  writeModuleFile(path.join(outDir, `${MODULE_NAME}.psm1`), emitPsm1(repoRoot, unit, cmdlets));
  writeModuleFile(path.join(outDir, `${MODULE_NAME}.psd1`), emitPsd1(pkg.version, pkg.description, cmdlets));
  process.stdout.write(`built module/${MODULE_NAME} from ${unit.files.length} core file(s), ${cmdlets.length} cmdlet(s) in ${Date.now() - started} ms\n`);
  return 0;
}

process.exit(main());
