/**
 * Parity of the host primitives: every member of the HostPrimitives interface (read from
 * src/host/primitives.ts with ts-morph) has exactly one Node implementation
 * (src/host/node/<name>.ts exporting function <name>, collected in nodePrimitives) and exactly one
 * PowerShell implementation (src/host/ps/<name>.ps1 defining only function host_<name>, parameters in
 * the interface's order), and neither side has anything extra. The PowerShell files are inspected with
 * PowerShell's own parser (one pwsh process).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Project } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodePrimitives } from '../../src/host/node/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostDir = path.join(repoRoot, 'src', 'host');
const nodeDir = path.join(hostDir, 'node');
const psDir = path.join(hostDir, 'ps');
const pwsh = path.join(repoRoot, '.tools', 'pwsh', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh');

/** PowerShell automatic variables a parameter may not be named after: the compiler appends '_'. */
const PS_RESERVED = new Set(['args', 'input', 'error', 'host', 'matches', 'this', 'event', 'home', 'pid', 'pwd', 'switch', 'foreach', 'psitem']);
const psParamName = (tsName: string): string => (PS_RESERVED.has(tsName.toLowerCase()) ? `${tsName}_` : tsName);

interface Member {
  name: string;
  params: string[];
}

function interfaceMembers(): Member[] {
  const project = new Project({ skipAddingFilesFromTsConfig: true });
  const sf = project.addSourceFileAtPath(path.join(hostDir, 'primitives.ts'));
  const iface = sf.getInterfaceOrThrow('HostPrimitives');
  expect(iface.getProperties().map((p) => p.getName()), 'HostPrimitives members must be methods').toEqual([]);
  return iface.getMethods().map((m) => ({ name: m.getName(), params: m.getParameters().map((p) => p.getName()) }));
}

interface PsFile {
  file: string;
  parseErrors: string[];
  functions: string[];
  topLevel: string[];
  scriptParams: boolean;
  otherBlocks: boolean;
  params: string[];
  functionBlocks: string[];
}

function inspectPsFiles(): PsFile[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'w2d-parity-'));
  try {
    const script = path.join(dir, 'inspect.ps1');
    writeFileSync(
      script,
      String.raw`
$ErrorActionPreference = 'Stop'
$out = New-Object System.Collections.Generic.List[object]
foreach ($f in (Get-ChildItem -LiteralPath $args[0] -File | Sort-Object Name)) {
    $tokens = $null; $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($f.FullName, [ref]$tokens, [ref]$errors)
    $fns = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true))
    $top = @()
    if ($null -ne $ast.EndBlock) { $top = @($ast.EndBlock.Statements | ForEach-Object { $_.GetType().Name }) }
    $params = @()
    $blocks = @()
    if ($fns.Count -ge 1) {
        $body = $fns[0].Body
        if ($null -ne $body.ParamBlock) { $params = @($body.ParamBlock.Parameters | ForEach-Object { $_.Name.VariablePath.UserPath }) }
        elseif ($null -ne $fns[0].Parameters) { $params = @($fns[0].Parameters | ForEach-Object { $_.Name.VariablePath.UserPath }) }
        foreach ($b in @('BeginBlock', 'ProcessBlock', 'DynamicParamBlock')) { if ($null -ne $body.$b) { $blocks += $b } }
    }
    $out.Add([pscustomobject]@{
        file = $f.Name
        parseErrors = @($errors | ForEach-Object { $_.Message })
        functions = @($fns | ForEach-Object { $_.Name })
        topLevel = $top
        scriptParams = ($null -ne $ast.ParamBlock)
        otherBlocks = ($null -ne $ast.BeginBlock -or $null -ne $ast.ProcessBlock -or $null -ne $ast.DynamicParamBlock)
        params = $params
        functionBlocks = $blocks
    })
}
[Console]::Out.Write((ConvertTo-Json -InputObject $out -Depth 5 -Compress))
`,
    );
    const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', script, psDir], {
      env: { ...process.env, TERM: 'dumb', POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`pwsh failed: ${r.error?.message ?? ''}${r.stderr}`);
    return JSON.parse(r.stdout) as PsFile[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('host primitive parity', () => {
  let members: Member[];
  let names: string[];
  let psFiles: PsFile[];

  beforeAll(() => {
    members = interfaceMembers();
    names = members.map((m) => m.name);
    psFiles = inspectPsFiles();
  }, 120_000);

  it('reads a non-trivial interface', () => {
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  describe('Node', () => {
    it('has exactly one file per primitive plus index.ts', () => {
      const files = readdirSync(nodeDir).sort();
      expect(files).toEqual([...names.map((n) => `${n}.ts`), 'index.ts'].sort());
    });

    it('nodePrimitives has exactly the interface members', () => {
      expect(Object.keys(nodePrimitives).sort()).toEqual([...names].sort());
    });

    it('each file exports function <name>, which nodePrimitives uses, with the interface parameters', async () => {
      const project = new Project({ skipAddingFilesFromTsConfig: true });
      for (const m of members) {
        const file = path.join(nodeDir, `${m.name}.ts`);
        const fn = project.addSourceFileAtPath(file).getFunction(m.name);
        expect(fn, `${m.name}.ts declares function ${m.name}`).toBeDefined();
        expect(fn!.isExported(), `${m.name} is exported`).toBe(true);
        expect(fn!.getParameters().map((p) => p.getName()), `${m.name} parameters`).toEqual(m.params);
        const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        expect(nodePrimitives[m.name as keyof typeof nodePrimitives], `nodePrimitives.${m.name}`).toBe(mod[m.name]);
      }
    });
  });

  describe('PowerShell', () => {
    it('has exactly one .ps1 file per primitive and nothing else', () => {
      expect(readdirSync(psDir).sort()).toEqual(names.map((n) => `${n}.ps1`).sort());
      expect(psFiles.map((f) => f.file).sort()).toEqual(names.map((n) => `${n}.ps1`).sort());
    });

    it('each file defines only function host_<name> with the interface parameters in order', () => {
      for (const m of members) {
        const f = psFiles.find((x) => x.file === `${m.name}.ps1`);
        expect(f, `${m.name}.ps1`).toBeDefined();
        expect(f!.parseErrors, `${m.name}.ps1 parses`).toEqual([]);
        expect(f!.functions, `${m.name}.ps1 defines exactly script:host_${m.name} (no nested functions; script-scoped for the module's core loader)`).toEqual([`script:host_${m.name}`]);
        expect(f!.topLevel, `${m.name}.ps1 holds nothing but the function`).toEqual(['FunctionDefinitionAst']);
        expect(f!.scriptParams || f!.otherBlocks, `${m.name}.ps1 has no script-level param/begin/process`).toBe(false);
        expect(f!.functionBlocks, `host_${m.name} is a plain function (no begin/process)`).toEqual([]);
        expect(f!.params, `host_${m.name} parameters`).toEqual(m.params.map(psParamName));
      }
    });
  });
});
