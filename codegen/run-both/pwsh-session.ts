/**
 * One persistent pwsh process (node-powershell) for many invocations: starting pwsh costs about a
 * second, an invocation in a running session a few milliseconds.
 */
import nodePowershell from 'node-powershell';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printStatements } from '../ps-ast/printer.js';
import { ps, type Expr, type ExprStmt } from '../ps-ast/nodes.js';
import { moduleManifestPath, pwshPath, pwshEnv, repoRoot } from '../../tools/toolchain.js';

const { PowerShell } = nodePowershell as unknown as typeof import('node-powershell');

export class PwshSession {
  private counter = 0;
  private readonly scratch = mkdtempSync(path.join(os.tmpdir(), 'pwsh-session-'));

  private constructor(private readonly shell: InstanceType<typeof PowerShell>) {}

  static async start(): Promise<PwshSession> {
    const shell = new PowerShell({
      executable: pwshPath(),
      executableOptions: { '-NoProfile': true, '-NonInteractive': true },
      // TERM=dumb keeps terminal escape sequences out of the output.
      spawnOptions: { env: pwshEnv({ W2D_REPO_ROOT: repoRoot }) },
      invocationTimeout: 120_000,
      throwOnInvocationError: false,
    });
    const session = new PwshSession(shell);
    await session.run('$null');
    return session;
  }

  /**
   * Runs PowerShell text and returns its output with the trailing newline removed. node-powershell
   * sends one line at a time, so a script of several lines is written to a temporary file and
   * dot-sourced (same scope as typing it).
   */
  async run(script: string): Promise<string> {
    let text = script;
    if (script.includes('\n')) {
      const file = path.join(this.scratch, `script-${++this.counter}.ps1`);
      writeFileSync(file, '\uFEFF' + script, 'utf8');
      text = printStatements([ps.exprStmt(ps.command('.', [ps.str(file)]))]);
    }
    const result = await this.shell.invoke(text);
    return result.raw.replace(/\r?\n$/, '');
  }

  /**
   * Imports the generated module (-Force: a rebuilt module replaces a loaded one) and loads
   * Invoke-ModuleCoreJson (invoke-module.ps1), so compiled core functions can be called with
   * `moduleCoreCall` in this session.
   */
  async importModuleCore(): Promise<void> {
    await this.run(printStatements([ps.exprStmt(ps.command('Import-Module', [ps.str(moduleManifestPath), ps.parameter('Force')]))]));
    await this.run(printStatements([ps.exprStmt(ps.command('.', [ps.str(path.join(repoRoot, 'codegen', 'run-both', 'invoke-module.ps1'))]))]));
  }

  async close(): Promise<void> {
    await this.shell.dispose();
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

/** `Invoke-ModuleCoreJson 'fn' (args)`: a core function of the module (see importModuleCore), one JSON line out. */
export function moduleCoreCall(fn: string, args: Expr[]): string {
  return printStatements([moduleCoreCallStatement(fn, args)]);
}

/** The statement of moduleCoreCall, for scripts of several calls. */
export function moduleCoreCallStatement(fn: string, args: Expr[]): ExprStmt {
  return ps.exprStmt(ps.command('Invoke-ModuleCoreJson', [ps.str(fn), ps.arrayLiteral(args)]));
}
