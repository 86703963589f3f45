import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { toJsString } from '../values.js';

/** `a${x}b` -> "a$(x)b", each substitution converted with JS String() semantics. */
export function visitTemplateExpression(node: ts.TemplateExpression, ctx: LoweringContext): Expr {
  const parts: (string | Expr)[] = [node.head.text];
  for (const span of node.templateSpans) {
    parts.push(toJsString(ctx, ctx.expr(span.expression), ctx.type(span.expression)));
    parts.push(span.literal.text);
  }
  return ps.expandable(parts.filter((p) => p !== ''));
}
