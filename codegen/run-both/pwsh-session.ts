/**
 * One persistent pwsh process (node-powershell) for many invocations: starting pwsh costs about a
 * second, an invocation in a running session a few milliseconds.
 */
import nodePowershell from 'node-powershell';
import { pwshPath, pwshEnv, repoRoot } from '../../tools/toolchain.js';

const { PowerShell } = nodePowershell as unknown as typeof import('node-powershell');

export class PwshSession {
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

  /** Runs PowerShell text and returns its output with the trailing newline removed. */
  async run(script: string): Promise<string> {
    const result = await this.shell.invoke(script);
    return result.raw.replace(/\r?\n$/, '');
  }

  async close(): Promise<void> {
    await this.shell.dispose();
  }
}
