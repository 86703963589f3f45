import { ts } from 'ts-morph';
import { ps, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { toJsString } from '../values.js';

/** `throw new Error(message)` -> `throw (message)`: the exception's Message is the JS message. */
export function visitThrow(node: ts.ThrowStatement, ctx: LoweringContext): Stmt[] {
  const e = node.expression;
  if (!ts.isNewExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== 'Error' || (e.arguments?.length ?? 0) > 1) {
    ctx.report(node, 'PSC1022');
    return [];
  }
  const msg = e.arguments?.[0];
  return [ps.throw(msg ? toJsString(ctx, ctx.expr(msg), ctx.type(msg)) : ps.str(''))];
}
