import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { newList } from '../values.js';

/** `[a, b]` -> a new List[object]; `[...xs, y]` concatenates with __concat. */
export function visitArrayLiteral(node: ts.ArrayLiteralExpression, ctx: LoweringContext): Expr {
  const segments: Expr[] = [];
  let pending: Expr[] = [];
  const flush = () => {
    if (pending.length > 0) segments.push(newList(pending));
    pending = [];
  };
  for (const el of node.elements) {
    if (ts.isOmittedExpression(el)) {
      ctx.report(el, 'PSC1001', 'array hole');
      continue;
    }
    if (ts.isSpreadElement(el)) {
      if (ctx.type(el.expression).kind !== 'array') ctx.report(el, 'PSC1025');
      flush();
      segments.push(ctx.expr(el.expression));
      continue;
    }
    pending.push(ctx.expr(el));
  }
  const hasSpread = node.elements.some((e) => ts.isSpreadElement(e));
  if (!hasSpread) return newList(pending);
  flush();
  // Always copy: [...xs] is a new array even with a single spread.
  let result = ctx.helper('__concat', [newList([]), segments[0]]);
  for (const s of segments.slice(1)) result = ctx.helper('__concat', [result, s]);
  return result;
}
