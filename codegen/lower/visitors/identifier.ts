import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { numberLiteral } from '../values.js';

/** A variable, parameter or module-level constant; `undefined`, `NaN` and `Infinity`. */
export function visitIdentifier(node: ts.Identifier, ctx: LoweringContext): Expr {
  switch (node.text) {
    case 'undefined':
      return ps.null();
    case 'NaN':
      return numberLiteral(NaN);
    case 'Infinity':
      return numberLiteral(Infinity);
  }
  const v = ctx.variableFor(node);
  if (v) return v;
  const decl = ctx.declarationOf(node);
  if (decl && ts.isFunctionDeclaration(decl)) {
    ctx.report(node, 'PSC1013');
    return ps.null();
  }
  ctx.report(node, 'PSC1035', node.text);
  return ps.null();
}
