import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/** `'text'` and a template without substitutions. */
export function visitStringLiteral(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, _ctx: LoweringContext): Expr {
  return ps.str(node.text);
}
