/**
 * `npm run --silent run-both -- <snippet.ts>`: prints exactly one JSON object
 * {"node", "ps", "equal", "diagnostics"} and exits 0 (equal, no diagnostics), 1 (values differ)
 * or 2 (diagnostics).
 */
import { runBoth } from './harness.js';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run --silent run-both -- <snippet.ts>\n');
    return 2;
  }
  const [r] = await runBoth([file]);
  const diagnostics = r.diagnostics.map((d) => ({ code: d.code, file: d.file, line: d.line, column: d.column, message: d.message }));
  process.stdout.write(JSON.stringify({ node: r.node, ps: r.ps, equal: r.equal, diagnostics }) + '\n');
  if (diagnostics.length > 0) return 2;
  return r.equal ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`run-both failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(2);
  },
);
