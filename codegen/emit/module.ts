/**
 * The module files: Winsock2Doctor.psm1 (runtime helpers, host primitives, compiled core, the
 * cmdlets) and Winsock2Doctor.psd1 (the manifest), both printed by the one printer.
 */
import { ps, type Expr, type Stmt, type CmdletFunction, type CmdletParam } from '../ps-ast/nodes.js';
import { printStatements } from '../ps-ast/printer.js';
import type { LinkedUnit } from '../compiler.js';
import type { CmdletDefinition } from '../../src/core/cmdlets/cmdlet-definition.js';
import { preamble, unitChunks } from './standalone.js';
import { helperClosure, helperSource } from '../runtime/index.js';

export const MODULE_NAME = 'Winsock2Doctor';
/** Permanent: the module's identity in the PowerShell Gallery and in `Get-Module`. */
export const MODULE_GUID = '5d0c8a8e-2f2b-4a53-9d5e-0b8f3c6a7e21';

/** All units of the module merged: every file once, dependencies first. */
export function mergeUnits(units: LinkedUnit[]): LinkedUnit {
  const seen = new Set<string>();
  const files = units.flatMap((u) => u.files).filter((f) => (seen.has(f.fileName) ? false : (seen.add(f.fileName), true)));
  const names = new Map<string, string>();
  for (const f of files) for (const [ts, psName] of f.functionNames) names.set(ts, names.has(ts) ? '' : psName);
  return {
    entry: MODULE_NAME,
    files,
    functions: files.flatMap((f) => f.functions),
    initializers: files.flatMap((f) => f.initializers),
    helpers: [...new Set(units.flatMap((u) => u.helpers))].sort(),
    primitives: [...new Set(units.flatMap((u) => u.primitives))].sort(),
    bound: new Map(units.flatMap((u) => [...u.bound])),
    exports: names,
  };
}

function cmdletParam(p: CmdletDefinition['parameters'][number]): CmdletParam {
  return {
    name: p.name,
    type: p.type,
    mandatory: p.mandatory,
    position: p.position,
    aliases: p.aliases,
    validateSet: p.validateSet,
    valueFromPipelineByPropertyName: p.valueFromPipelineByPropertyName,
  };
}

/**
 * The advanced function for one definition: resolves path parameters against the PowerShell
 * location, calls the core implementation, turns a core error into a terminating ErrorRecord whose
 * ErrorId is the W2Dnnnn ID, and shapes the output objects.
 */
export function cmdletFunction(def: CmdletDefinition, implementationName: string): CmdletFunction {
  const result = ps.var('result');
  // The compiled core is loaded on the first call of any cmdlet (CORE_LOADER).
  const body: Stmt[] = [ps.exprStmt(ps.command(CORE_LOADER, []))];
  // Core gets undefined ($null) for a parameter that was not given: an unbound [string] parameter
  // would otherwise arrive as ''. Paths are resolved against the PowerShell location.
  // -Force on a ShouldProcess cmdlet: no confirmation prompt unless -Confirm is given explicitly
  // (the usual PowerShell convention); -WhatIf still only shows what would happen.
  if (def.confirmImpact !== undefined && def.parameters.some((p) => p.name === 'Force' && p.type === 'switch')) {
    body.push(
      ps.if([
        {
          cond: ps.binary('-and', ps.member(ps.var('Force'), 'IsPresent'), ps.unary('-not', ps.invoke(ps.var('PSBoundParameters'), 'ContainsKey', [ps.str('Confirm')]))),
          body: [ps.exprStmt(ps.assign(ps.var('ConfirmPreference'), ps.str('None')))],
        },
      ]),
    );
  }
  const args: Expr[] = def.parameters.filter((p) => p.wrapperOnly !== true).map((p) => {
    const v = ps.var(p.name);
    if (p.type === 'switch') return ps.member(v, 'IsPresent');
    const arg = ps.var(`arg${p.name}`);
    const resolve = (e: Expr) => ps.invoke(ps.var('PSCmdlet'), 'GetUnresolvedProviderPathFromPSPath', [e]);
    let value: Expr = v;
    if (p.isPath) value = p.type === 'string[]' ? ps.arraySub([ps.foreach(ps.var('item'), v, [ps.exprStmt(resolve(ps.var('item')))])]) : resolve(v);
    body.push(ps.exprStmt(ps.assign(arg, ps.null())));
    body.push(ps.if([{ cond: ps.invoke(ps.var('PSBoundParameters'), 'ContainsKey', [ps.str(p.name)]), body: [ps.exprStmt(ps.assign(arg, value))] }]));
    return arg;
  });
  const pathParam = def.parameters.find((p) => p.isPath);
  const target: Expr = pathParam ? ps.var(`arg${pathParam.name}`) : ps.null();
  const error = ps.command('__errorRecord', [ps.var('_'), target]);
  body.push(
    ps.try(
      [ps.exprStmt(ps.assign(result, ps.command(implementationName, args)))],
      [ps.exprStmt(ps.invoke(ps.var('PSCmdlet'), 'ThrowTerminatingError', [error]))],
    ),
  );
  for (const output of def.outputs) {
    const item = ps.var('item');
    const nested = output.nested ?? [];
    // An object with typed nested arrays: shaped, then each nested array replaced by its shaped elements.
    const shape = (e: Expr): Stmt[] => {
      const call = ps.command('__outputObject', [e, ps.str(output.type)]);
      if (nested.length === 0) return [ps.exprStmt(call)];
      const shaped = ps.var('shaped');
      const inner = ps.var('element');
      return [
        ps.exprStmt(ps.assign(shaped, call)),
        ...nested.map((n) =>
          ps.exprStmt(
            ps.assign(
              ps.member(shaped, n.property.charAt(0).toUpperCase() + n.property.slice(1)),
              ps.arraySub([ps.foreach(inner, ps.member(e, n.property), [ps.exprStmt(ps.command('__outputObject', [inner, ps.str(n.type)]))])]),
            ),
          ),
        ),
        ps.exprStmt(shaped),
      ];
    };
    if (output.from === 'result') body.push(...shape(result));
    else if (output.from === 'each') body.push(ps.foreach(item, result, shape(item)));
    else body.push(ps.foreach(item, ps.member(result, output.from), shape(item)));
  }
  return ps.cmdlet({
    name: def.name,
    help: {
      synopsis: def.synopsis,
      description: def.description,
      parameters: def.parameters.map((p) => ({ name: p.name, description: p.description })),
      examples: def.examples,
      outputs: def.outputs.map((o) => o.type).join(', '),
      notes: def.notes,
    },
    outputTypes: def.outputs.map((o) => o.type),
    supportsShouldProcess: def.confirmImpact !== undefined,
    confirmImpact: def.confirmImpact,
    params: def.parameters.map(cmdletParam),
    // Pipeline input arrives one object at a time: the work belongs in process {}.
    ...(def.parameters.some((p) => p.valueFromPipelineByPropertyName) ? { process: body, end: [] } : { end: body }),
  });
}

/** Runtime helpers the cmdlet wrappers call themselves: defined in the .psm1, before the core is loaded. */
export const WRAPPER_HELPERS: string[] = helperClosure(['__outputObject', '__errorRecord']);
export const CORE_FILE = `${MODULE_NAME}.Core.ps1`;
/** The psm1 function that dot-sources the core file once; every cmdlet calls it first. */
export const CORE_LOADER = '__w2dImportCore';

/**
 * The core file: runtime helpers, host primitives, the compiled core and its module-level values.
 * Every function in it is defined as `function script:name` and every value as `$script:name`, so
 * dot-sourcing it from inside the loader function puts them in the module's scope. Importing the
 * module then parses only the small .psm1; the core is parsed on the first cmdlet call.
 */
export function emitCore(repoRoot: string, unit: LinkedUnit): string {
  const withJson: LinkedUnit = { ...unit, helpers: [...new Set([...unit.helpers, '__toJson'])].sort() };
  const head = printStatements([ps.comment(`${MODULE_NAME} core: loaded by ${CORE_LOADER} in ${MODULE_NAME}.psm1 on first use. Generated by codegen; do not edit.`)]);
  return [head, ...unitChunks(repoRoot, withJson, true, WRAPPER_HELPERS)].join('\n\n') + '\n';
}

function coreLoader(): Stmt {
  const loaded = ps.var('script:__w2dCoreLoaded');
  return ps.function(CORE_LOADER, [], [
    ps.if([{ cond: loaded, body: [ps.return()] }]),
    ps.exprStmt(ps.command('.', [ps.command('Join-Path', [ps.var('PSScriptRoot'), ps.str(CORE_FILE)])])),
    ps.exprStmt(ps.assign(loaded, ps.bool(true))),
  ], 'Dot-sources the core once, on the first cmdlet call (its functions and values are script-scoped).');
}

export function emitPsm1(repoRoot: string, unit: LinkedUnit, cmdlets: CmdletDefinition[]): string {
  const functions = cmdlets.map((c) => {
    const impl = unit.exports.get(c.implementation.name);
    if (!impl) throw new Error(`${c.name}: implementation ${c.implementation.name}() is not a (uniquely named) core function`);
    return cmdletFunction(c, impl);
  });
  const exportList = ps.arraySub([ps.exprStmt(ps.arrayLiteral(cmdlets.map((c) => ps.str(c.name))))]);
  const helpers = WRAPPER_HELPERS.map((h) => helperSource(h).replace(/\r\n/g, '\n').trimEnd());
  const tail: Stmt[] = [
    ps.exprStmt(ps.assign(ps.var('script:__w2dCoreLoaded'), ps.bool(false))),
    ps.blank(),
    coreLoader(),
    ps.blank(),
    ps.comment('---- cmdlets (src/core/cmdlets) ----'),
    ...functions.flatMap((f) => [ps.blank(), f]),
    ps.blank(),
    ps.exprStmt(ps.command('Export-ModuleMember', [ps.parameter('Function'), exportList])),
  ];
  return [printStatements(preamble()), printStatements([ps.comment('---- runtime helpers the cmdlet wrappers use (codegen/runtime) ----')]), ...helpers, printStatements(tail)].join('\n\n') + '\n';
}

export function emitPsd1(version: string, description: string, cmdlets: CmdletDefinition[]): string {
  // Manifest data: `@('a', 'b')`; one string needs no unary comma (strings never unroll).
  const list = (items: string[]) =>
    ps.arraySub(items.length === 0 ? [] : [ps.exprStmt(items.length === 1 ? ps.str(items[0]) : ps.arrayLiteral(items.map((i) => ps.str(i))))]);
  const manifest = ps.hash(
    [
      { key: 'RootModule', value: ps.str(`${MODULE_NAME}.psm1`) },
      { key: 'ModuleVersion', value: ps.str(version) },
      { key: 'GUID', value: ps.str(MODULE_GUID) },
      { key: 'Author', value: ps.str('Winsock2Doctor contributors') },
      { key: 'Copyright', value: ps.str('(c) Winsock2Doctor contributors. MIT License.') },
      { key: 'Description', value: ps.str(description) },
      { key: 'PowerShellVersion', value: ps.str('5.1') },
      { key: 'CompatiblePSEditions', value: list(['Desktop', 'Core']) },
      { key: 'FormatsToProcess', value: list([`${MODULE_NAME}.Format.ps1xml`]) },
      { key: 'FileList', value: list([`${MODULE_NAME}.psd1`, `${MODULE_NAME}.psm1`, CORE_FILE, `${MODULE_NAME}.Format.ps1xml`]) },
      { key: 'FunctionsToExport', value: list(cmdlets.map((c) => c.name)) },
      { key: 'CmdletsToExport', value: list([]) },
      { key: 'VariablesToExport', value: list([]) },
      { key: 'AliasesToExport', value: list([]) },
      {
        key: 'PrivateData',
        value: ps.hash([{ key: 'PSData', value: ps.hash([{ key: 'Tags', value: list(['Winsock', 'Winsock2', 'LSP', 'Network', 'KB811259', 'Repair']) }], undefined, true) }], undefined, true),
      },
    ],
    undefined,
    true,
  );
  return printStatements([ps.comment(`Module manifest for ${MODULE_NAME}. Generated by codegen from src/core/cmdlets. Do not edit.`), ps.exprStmt(manifest)]) + '\n';
}
