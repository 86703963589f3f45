import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/**
 * An arrow or function expression reached through ordinary expression lowering is not the direct
 * callback of a supported array method (those are lowered by the builtins): PSC1013.
 */
export function visitArrowOutsideCallback(node: ts.ArrowFunction | ts.FunctionExpression, ctx: LoweringContext): Expr {
  ctx.report(node, 'PSC1013');
  return ps.null();
}
