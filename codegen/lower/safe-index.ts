/**
 * PowerShell indexes from the end for negative indexes (`$a[-1]`), JS gives undefined. Plain
 * `$a[$i]` is emitted only where the index is provably a non-negative integer: a literal, or the
 * counter of a `for` loop that starts at a non-negative literal and is only ever incremented by the
 * loop itself. Anything else goes through `__at`.
 */
import { ts } from 'ts-morph';
import type { LoweringContext } from './context.js';

export function isProvablyNonNegativeIndex(node: ts.Expression, ctx: LoweringContext): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isNumericLiteral(node)) {
    const v = Number(node.text);
    return Number.isInteger(v) && v >= 0;
  }
  if (!ts.isIdentifier(node)) return false;
  const decl = ctx.declarationOf(node);
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return false;
  const list = decl.parent;
  const loop = list?.parent;
  if (!loop || !ts.isForStatement(loop) || loop.initializer !== list) return false;
  if (!ts.isNumericLiteral(decl.initializer) || !(Number(decl.initializer.text) >= 0)) return false;
  if (!Number.isInteger(Number(decl.initializer.text))) return false;
  if (!loop.incrementor || !isIncrementOf(loop.incrementor, decl, ctx)) return false;
  return !writesOutsideIncrementor(loop, decl, ctx);
}

function isIncrementOf(e: ts.Expression, decl: ts.Declaration, ctx: LoweringContext): boolean {
  const target = (x: ts.Expression) => ts.isIdentifier(x) && ctx.declarationOf(x) === decl;
  if ((ts.isPostfixUnaryExpression(e) || ts.isPrefixUnaryExpression(e)) && e.operator === ts.SyntaxKind.PlusPlusToken) return target(e.operand);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken && target(e.left)) {
    return ts.isNumericLiteral(e.right) && Number.isInteger(Number(e.right.text)) && Number(e.right.text) >= 0;
  }
  return false;
}

function writesOutsideIncrementor(loop: ts.ForStatement, decl: ts.Declaration, ctx: LoweringContext): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || n === loop.incrementor) return;
    let target: ts.Expression | undefined;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target = n.left;
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) target = n.operand;
    if (target && ts.isIdentifier(target) && ctx.declarationOf(target) === decl) {
      found = true;
      return;
    }
    ts.forEachChild(n, visit);
  };
  if (loop.condition) visit(loop.condition);
  visit(loop.statement);
  return found;
}
