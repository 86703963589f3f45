/**
 * Every snippet under cases/ runs in Node and, compiled, in pwsh (one batch, one persistent pwsh
 * session); the results must be equal as canonical JSON and the compiler must not reject it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runBoth, type RunBothOutcome } from '../../codegen/run-both/harness.js';
import { snippetFiles, relativeToRepo } from './files.js';

const files = snippetFiles('cases');
const outcomes = new Map<string, RunBothOutcome>();

beforeAll(async () => {
  for (const o of await runBoth(files)) outcomes.set(o.file, o);
}, 900_000);

describe('conformance: Node and PowerShell agree', () => {
  it('has at least 150 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
  });

  it.each(files.map(relativeToRepo))('%s', (file) => {
    const o = outcomes.get(file);
    expect(o, 'no outcome').toBeDefined();
    expect(o!.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(o!.ps).toEqual(o!.node);
    expect(o!.equal).toBe(true);
  });
});
