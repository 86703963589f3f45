import { ts } from 'ts-morph';
import type { Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { condition, conditionalValue } from '../values.js';
import { isScalar } from '../types.js';

/** `c ? a : b` without the 7-only ternary: only the chosen branch is evaluated. */
export function visitConditional(node: ts.ConditionalExpression, ctx: LoweringContext): Expr {
  return conditionalValue(condition(ctx, node.condition), ctx.expr(node.whenTrue), ctx.expr(node.whenFalse), isScalar(ctx.type(node)));
}
