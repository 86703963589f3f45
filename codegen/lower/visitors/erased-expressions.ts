import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

export function visitParenthesized(node: ts.ParenthesizedExpression, ctx: LoweringContext): Expr {
  const inner = ctx.expr(node.expression);
  return inner.kind === 'Paren' ? inner : ps.paren(inner);
}

/** `x as T`, `x!`, `x satisfies T`, `<T>x`: types only, erased. */
export function visitErasedWrapper(
  node: ts.AsExpression | ts.NonNullExpression | ts.SatisfiesExpression | ts.TypeAssertion,
  ctx: LoweringContext,
): Expr {
  return ctx.expr(node.expression);
}
