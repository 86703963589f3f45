/**
 * State shared by the visitors while one program is lowered: the type checker, diagnostics, the
 * names given to declarations, and the runtime helpers and host primitives the output needs.
 */
import { ts } from 'ts-morph';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { ps, type Expr, type Stmt } from '../ps-ast/nodes.js';
import { NameScope, functionName, primitiveFunctionName } from './naming.js';
import { typeOfNode, type TypeInfo } from './types.js';
import { expressionVisitors, statementVisitors } from './dispatch.js';
import { isInLoopOrCallback, type CallGraph } from './call-graph.js';
import { declarationOf, symbolOf } from './symbols.js';
import { runtimeHelpers } from '../runtime/index.js';

/** What one source file needs from the rest of the output. */
export interface Usage {
  helpers: Set<string>;
  primitives: Set<string>;
  /** Functions called through their bound delegate (ps.call), with their arity: the emitter binds exactly these. */
  bound: Map<string, number>;
}

export class LoweringContext {
  /** The names of the function being lowered (callbacks share their enclosing function's scope). */
  private scopes: NameScope[] = [];
  /** Nesting of arrow callbacks being lowered (their own declarations are inside them). */
  readonly arrowStack: ts.ArrowFunction[] = [];

  constructor(
    readonly checker: ts.TypeChecker,
    readonly diagnostics: DiagnosticBag,
    readonly usage: Usage,
    /** Names of module-level variables (script scope), shared by the whole program. */
    readonly moduleNames: Map<ts.Node, string>,
    /** Names of module-level functions, shared by the whole program. */
    readonly functionNames: NameScope,
    /** True for files whose declarations are compiled (core and snippets), false for src/host. */
    readonly isCompiledFile: (sf: ts.SourceFile) => boolean,
    /** Recursive calls and hot functions (call-graph.ts): how each call is lowered. */
    readonly callGraph: CallGraph = { isRecursiveCall: () => false, isHotFunction: () => false },
  ) {}

  /** The expressions being lowered, innermost last (a helper call is placed by its expression). */
  private readonly nodes: ts.Node[] = [];

  /** True when code at `node` runs often: inside a loop or callback, or in a hot function. */
  isHotSite(node: ts.Node): boolean {
    const fn = ts.findAncestor(node, ts.isFunctionDeclaration);
    if (!fn) return false;
    return this.callGraph.isHotFunction(fn) || isInLoopOrCallback(node);
  }

  /** A call of a generated function: through its bound delegate when `hot`, else by name. */
  callFunction(name: string, args: Expr[], arity: number, hot: boolean): Expr {
    if (!hot) return ps.command(name, args);
    const known = this.usage.bound.get(name);
    if (known !== undefined && known !== arity) throw new Error(`internal: ${name} called with arity ${arity} and ${known}`);
    this.usage.bound.set(name, arity);
    return ps.call(name, args, arity);
  }

  private get hereIsHot(): boolean {
    const node = this.nodes[this.nodes.length - 1];
    return node !== undefined && this.isHotSite(node);
  }

  report(node: ts.Node, code: DiagnosticCode, ...args: string[]): void {
    this.diagnostics.report(node, code, ...args);
  }

  type(node: ts.Node): TypeInfo {
    return typeOfNode(node, this.checker);
  }

  // ---- dispatch ------------------------------------------------------------------------------

  expr(node: ts.Expression): Expr {
    const visit = (expressionVisitors as unknown as Record<number, ((n: ts.Node, c: LoweringContext) => Expr) | undefined>)[node.kind];
    if (!visit) {
      this.reportUnsupported(node);
      return ps.null();
    }
    this.nodes.push(node);
    try {
      return visit(node, this);
    } finally {
      this.nodes.pop();
    }
  }

  /** PSC1001 for a kind without a visitor, unless validation already explained this node. */
  reportUnsupported(node: ts.Node): void {
    if (!this.diagnostics.hasAt(node)) this.report(node, 'PSC1001', ts.SyntaxKind[node.kind]);
  }

  stmt(node: ts.Statement): Stmt[] {
    const visit = (statementVisitors as unknown as Record<number, ((n: ts.Node, c: LoweringContext) => Stmt[]) | undefined>)[node.kind];
    if (!visit) {
      this.reportUnsupported(node);
      return [];
    }
    return visit(node, this);
  }

  stmts(nodes: readonly ts.Statement[]): Stmt[] {
    return nodes.flatMap((n) => this.stmt(n));
  }

  /** The body of a block or a single statement. */
  body(node: ts.Statement): Stmt[] {
    return ts.isBlock(node) ? this.stmts(node.statements) : this.stmt(node);
  }

  // ---- runtime helpers and primitives --------------------------------------------------------

  helper(name: string, args: Expr[]): Expr {
    this.usage.helpers.add(name);
    const helper = runtimeHelpers[name];
    if (!helper) throw new Error(`internal: unknown runtime helper '${name}'`);
    return this.callFunction(name, args, helper.arity, this.hereIsHot);
  }

  /** A host primitive of `arity` parameters (its HostPrimitives signature). */
  primitive(name: string, args: Expr[], arity: number): Expr {
    this.usage.primitives.add(name);
    return this.callFunction(primitiveFunctionName(name), args, arity, this.hereIsHot);
  }

  // ---- names ---------------------------------------------------------------------------------

  withFunctionScope<T>(scope: NameScope, f: () => T): T {
    this.scopes.push(scope);
    try {
      return f();
    } finally {
      this.scopes.pop();
    }
  }

  get scope(): NameScope {
    const s = this.scopes[this.scopes.length - 1];
    if (!s) throw new Error('internal: no function scope');
    return s;
  }

  get inFunction(): boolean {
    return this.scopes.length > 0;
  }

  /** A local variable for a declaration of the current function. */
  local(decl: ts.Node, tsName: string): Expr & { kind: 'Var' } {
    return ps.var(this.scope.nameFor(decl, tsName));
  }

  temp(hint?: string): Expr & { kind: 'Var' } {
    return ps.var(this.scope.temp(hint));
  }

  /** The symbol an identifier refers to, through import aliases. */
  symbolOf(node: ts.Node): ts.Symbol | undefined {
    return symbolOf(this.checker, node);
  }

  declarationOf(node: ts.Node): ts.Declaration | undefined {
    return declarationOf(this.checker, node);
  }

  /** The PowerShell variable for an identifier that names a variable or parameter. */
  variableFor(id: ts.Identifier): Expr | undefined {
    // In `{ name }` the identifier's own symbol is the property; the value is the variable.
    const shorthand = ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id
      ? this.checker.getShorthandAssignmentValueSymbol(id.parent)
      : undefined;
    const decl = shorthand ? shorthand.valueDeclaration ?? shorthand.declarations?.[0] : this.declarationOf(id);
    if (!decl) return undefined;
    if (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl)) {
      if (isModuleLevel(decl)) {
        const name = this.moduleNames.get(decl);
        return name ? ps.var(name, 'script') : undefined;
      }
      return this.local(decl, id.text);
    }
    return undefined;
  }

  functionNameFor(decl: ts.FunctionDeclaration): string {
    return this.functionNames.nameFor(decl, functionName(decl.name?.text ?? 'anonymous'));
  }
}

/** A variable declared directly in a source file (not inside a function). */
export function isModuleLevel(decl: ts.Node): boolean {
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) return false;
    if (ts.isSourceFile(n)) return true;
  }
  return false;
}
