import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { lowerBuiltinProperty } from '../builtins/index.js';
import { conditionalValue, nullishTest } from '../values.js';
import { isScalar } from '../types.js';

/** `o.p` on an object (a [pscustomobject] property), builtin properties, and `o?.p`. */
export function visitPropertyAccess(node: ts.PropertyAccessExpression, ctx: LoweringContext): Expr {
  if (ts.isIdentifier(node.expression) && isHostObject(node.expression, ctx)) {
    ctx.report(node, 'PSC1020', `host.${node.name.text} (not called)`);
    return ps.null();
  }
  const builtin = lowerBuiltinProperty(node, ctx);
  if (builtin) return builtin;
  const t = ctx.type(node.expression);
  if (t.kind !== 'object' && t.kind !== 'mixed') {
    ctx.report(node.name, 'PSC1014', `${t.kind}.${node.name.text}`);
    return ps.null();
  }
  const target = ctx.expr(node.expression);
  if (!node.questionDotToken) return ps.member(target, node.name.text);
  // o?.p: undefined when o is null or undefined.
  const tmp = ctx.temp();
  const isNullish = nullishTest(ps.paren(ps.assign(tmp, target)), false, tmp);
  return conditionalValue(isNullish, ps.null(), ps.member(tmp, node.name.text), isScalar(ctx.type(node)));
}

/** The `host` object of src/host/host.ts. */
export function isHostObject(id: ts.Identifier, ctx: LoweringContext): boolean {
  const decl = ctx.declarationOf(id);
  return !!decl && ts.isVariableDeclaration(decl) && id.text === 'host' && /[\\/]src[\\/]host[\\/]host\.ts$/.test(decl.getSourceFile().fileName);
}
