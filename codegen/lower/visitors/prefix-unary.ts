import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { condition, numberLiteral } from '../values.js';
import { isNumber, bitwiseNot } from '../operators.js';
import { assignmentTarget } from './assignment-target.js';

/** `!b`, `-n`, `+n`, `~n`, `++i`, `--i`. */
export function visitPrefixUnary(node: ts.PrefixUnaryExpression, ctx: LoweringContext): Expr {
  switch (node.operator) {
    case ts.SyntaxKind.ExclamationToken:
      return ps.unary('-not', condition(ctx, node.operand));
    case ts.SyntaxKind.MinusToken: {
      if (ts.isNumericLiteral(node.operand)) return numberLiteral(-Number(node.operand.text));
      requireNumber(node, ctx);
      // -1.0 * x keeps JS's -0 for x = 0 (an int negation would give 0).
      return ps.binary('*', ps.num('-1.0'), ctx.expr(node.operand));
    }
    case ts.SyntaxKind.PlusToken: {
      const t = ctx.type(node.operand);
      if (t.kind === 'string') return ctx.helper('__toNumber', [ctx.expr(node.operand)]);
      requireNumber(node, ctx);
      return ctx.expr(node.operand);
    }
    case ts.SyntaxKind.TildeToken:
      requireNumber(node, ctx);
      return bitwiseNot(ctx, ctx.expr(node.operand));
    case ts.SyntaxKind.PlusPlusToken:
    case ts.SyntaxKind.MinusMinusToken:
      requireNumber(node, ctx);
      return ps.incDec(node.operator === ts.SyntaxKind.PlusPlusToken ? '++' : '--', true, assignmentTarget(node.operand, ctx));
  }
}

function requireNumber(node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, ctx: LoweringContext): void {
  const t = ctx.type(node.operand);
  if (!isNumber(t)) ctx.report(node, 'PSC1021', ts.tokenToString(node.operator) ?? '', ctx.checker.typeToString(ctx.checker.getTypeAtLocation(node.operand)), 'number');
}

export { requireNumber };
