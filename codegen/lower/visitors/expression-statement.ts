import { ts } from 'ts-morph';
import { ps, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/** .NET methods that return nothing, so no `$null =` is needed to keep the output clean. */
const VOID_METHODS = new Set(['Add', 'Clear', 'Remove', 'Insert', 'RemoveAt']);

/** An expression statement: every value that is not an assignment is discarded (`$null = ...`). */
export function visitExpressionStatement(node: ts.ExpressionStatement, ctx: LoweringContext): Stmt[] {
  const e = ctx.expr(node.expression);
  if (e.kind === 'Null') return [];
  const silent = e.kind === 'Assign' || e.kind === 'IncDec' || (e.kind === 'InvokeMember' && VOID_METHODS.has(e.name));
  return [ps.exprStmt(e, !silent)];
}
