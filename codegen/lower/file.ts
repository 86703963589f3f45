/**
 * Lowers one source file: module-level functions become PowerShell functions, module-level
 * variables become script-scope variables initialised (in file order) after all functions exist.
 */
import { ts } from 'ts-morph';
import { ps, type FunctionDef, type Stmt } from '../ps-ast/nodes.js';
import type { LoweringContext } from './context.js';
import { NameScope } from './naming.js';

export interface LoweredFile {
  fileName: string;
  functions: FunctionDef[];
  /** Module-level variable initialisers, in source order. */
  initializers: Stmt[];
  /** TypeScript function name -> PowerShell function name. */
  functionNames: Map<string, string>;
}

export function lowerFile(sf: ts.SourceFile, ctx: LoweringContext, relativeName: string): LoweredFile {
  const out: LoweredFile = { fileName: relativeName, functions: [], initializers: [], functionNames: new Map() };
  const moduleScope = new NameScope();
  for (const stmt of sf.statements) {
    if (ts.isFunctionDeclaration(stmt)) {
      if (!stmt.body) continue;
      const fn = lowerFunction(stmt, ctx, relativeName);
      out.functions.push(fn);
      if (stmt.name) out.functionNames.set(stmt.name.text, fn.name);
      continue;
    }
    if (ts.isVariableStatement(stmt)) {
      out.initializers.push(...ctx.withFunctionScope(moduleScope, () => lowerModuleVariables(stmt, ctx)));
      continue;
    }
    if (ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt) || ts.isImportDeclaration(stmt) || ts.isEmptyStatement(stmt)) continue;
    if (ts.isExportDeclaration(stmt)) continue;
    if (ts.isExportAssignment(stmt)) {
      ctx.report(stmt, 'PSC1042', 'export default / export =');
      continue;
    }
    if (ts.isEnumDeclaration(stmt)) {
      ctx.report(stmt, 'PSC1036');
      continue;
    }
    if (ts.isClassDeclaration(stmt)) {
      ctx.report(stmt, 'PSC1002');
      continue;
    }
    if (ts.isModuleDeclaration(stmt)) {
      ctx.report(stmt, 'PSC1001', 'namespace');
      continue;
    }
    ctx.report(stmt, 'PSC1041');
  }
  return out;
}

function lowerModuleVariables(stmt: ts.VariableStatement, ctx: LoweringContext): Stmt[] {
  const list = stmt.declarationList;
  if (!(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) ctx.report(list, 'PSC1027');
  const out: Stmt[] = [];
  for (const d of list.declarations) {
    if (!ts.isIdentifier(d.name)) {
      ctx.report(d.name, 'PSC1028');
      continue;
    }
    const name = ctx.moduleNames.get(d);
    if (!name) continue;
    out.push(ps.exprStmt(ps.assign(ps.var(name, 'script'), d.initializer ? ctx.expr(d.initializer) : ps.null())));
  }
  return out;
}

function lowerFunction(fn: ts.FunctionDeclaration, ctx: LoweringContext, relativeName: string): FunctionDef {
  const scope = new NameScope();
  return ctx.withFunctionScope(scope, () => {
    const prologue: Stmt[] = [];
    const params = fn.parameters.map((p) => {
      if (p.dotDotDotToken) ctx.report(p, 'PSC1038');
      if (!ts.isIdentifier(p.name)) {
        ctx.report(p.name, 'PSC1028');
        return { name: '__invalid' };
      }
      const v = ctx.local(p, p.name.text);
      // A JS default applies when the argument is undefined, not only when it is missing.
      if (p.initializer) prologue.push(ps.if([{ cond: ps.binary('-eq', ps.null(), v), body: [ps.exprStmt(ps.assign(v, ctx.expr(p.initializer)))] }]));
      return { name: v.name };
    });
    const body = [...prologue, ...ctx.stmts(fn.body!.statements)];
    const sf = fn.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(fn.getStart(sf)).line + 1;
    const signature = `${fn.name?.text ?? 'anonymous'}(${fn.parameters.map((p) => p.name.getText()).join(', ')})`;
    return ps.function(ctx.functionNameFor(fn), params, body, `${relativeName}:${line} ${signature}`, 'script');
  });
}

