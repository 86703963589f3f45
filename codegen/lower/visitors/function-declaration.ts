import { ts } from 'ts-morph';
import type { Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/** Module-level functions are lowered by lower/file.ts; one met inside a body is nested: PSC1016. */
export function visitNestedFunction(node: ts.FunctionDeclaration, ctx: LoweringContext): Stmt[] {
  ctx.report(node, 'PSC1016');
  return [];
}
