import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { newMap } from '../values.js';

/** `new Map()` and `new Uint8Array(n)`; `new Error` is only valid in `throw`. */
export function visitNew(node: ts.NewExpression, ctx: LoweringContext): Expr {
  const name = ts.isIdentifier(node.expression) ? node.expression.text : '';
  const args = node.arguments ?? [];
  switch (name) {
    case 'Map':
      if (args.length > 0) {
        ctx.report(node, 'PSC1014', 'new Map(entries)');
        return ps.null();
      }
      return newMap();
    case 'Uint8Array':
      if (args.length !== 1 || ctx.type(args[0]).kind !== 'number') {
        ctx.report(node, 'PSC1014', 'new Uint8Array(non-number)');
        return ps.null();
      }
      return ps.staticInvoke('byte[]', 'new', [ctx.expr(args[0])]);
    case 'Error':
      ctx.report(node, 'PSC1022');
      return ps.null();
    case 'Set':
      ctx.report(node, 'PSC1034');
      return ps.null();
    case 'Date':
      ctx.report(node, 'PSC1008');
      return ps.null();
  }
  ctx.report(node, 'PSC1001', `new ${node.expression.getText()}`);
  return ps.null();
}
