import { ts } from 'ts-morph';
import { ps, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { returnable } from '../values.js';

/** `return v` -> `return ,v` for arrays/objects/maps, so 0- and 1-element arrays stay arrays. */
export function visitReturn(node: ts.ReturnStatement, ctx: LoweringContext): Stmt[] {
  if (!node.expression) return [ps.return()];
  return [ps.return(returnable(ctx.expr(node.expression), ctx.type(node.expression)))];
}
