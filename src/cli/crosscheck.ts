/**
 * `winsock2-doctor crosscheck <input...>`: reads each input with the core in Node and with the same
 * core compiled into the module, in one persistent pwsh session, and reports every difference. The
 * comparison is of the core results as JSON (JSON.stringify in Node, the module's __toJson in pwsh).
 */
import path from 'node:path';
import { readCatalogs } from '../core/sources/read-catalogs.js';
import { PwshSession, moduleCoreCall } from '../../codegen/run-both/pwsh-session.js';
import { ps } from '../../codegen/ps-ast/nodes.js';

export interface CrosscheckResult {
  input: string;
  equal: boolean;
  node: string;
  ps: string;
}

/** A result as comparable JSON text: the value, or the error a throw produced. */
function nodeJson(input: string): string {
  try {
    return JSON.stringify({ value: readCatalogs(input) });
  } catch (e) {
    return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
  }
}

/** JSON text in canonical form (unparsable text is compared as it is). */
function canonical(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

export async function crosscheck(inputs: string[], session?: PwshSession): Promise<CrosscheckResult[]> {
  const shell = session ?? (await PwshSession.start());
  try {
    await shell.importModuleCore();
    const out: CrosscheckResult[] = [];
    for (const input of inputs) {
      const full = path.resolve(input);
      const text = moduleCoreCall('ts_readCatalogs', [ps.str(full)]);
      const psJson = (await shell.run(text)).trim();
      const nodeText = nodeJson(full);
      out.push({ input, equal: canonical(psJson) === canonical(nodeText), node: nodeText, ps: psJson });
    }
    return out;
  } finally {
    if (!session) await shell.close();
  }
}
