/**
 * `npm run setup`: install (when missing) and verify the pinned toolchain under .tools/:
 * pwsh 7.6.9 (.NET tool, fixed path .tools/pwsh/pwsh) and Pester 5.7.1 (.tools/nuget).
 * Prints what it did; exits 1 with a clear message when anything cannot be set up.
 */
import path from 'node:path';
import { ensureToolchain, repoRoot, ToolchainError } from '../tools/toolchain.js';

const started = Date.now();
try {
  const report = ensureToolchain((line) => console.log(`setup: ${line}`));
  if (report.actions.length === 0) console.log('setup: toolchain already installed, nothing to do');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`setup: pwsh ${report.pwshVersion} at ${path.relative(repoRoot, report.pwshPath)}`);
  console.log(`setup: Pester ${report.pesterVersion} at ${path.relative(repoRoot, report.pesterManifestPath)}`);
  console.log(`setup: ok (${seconds} s)`);
} catch (err) {
  const message = err instanceof ToolchainError ? err.message : (err as Error).stack ?? String(err);
  console.error(`setup: FAILED: ${message}`);
  process.exit(1);
}
