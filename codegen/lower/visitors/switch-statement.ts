import { ts } from 'ts-morph';
import { ps, type Expr, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { compareStrict, equalityOperand } from '../values.js';

/**
 * `switch` -> an if/elseif chain on the discriminant compared with `===` (PowerShell's own switch
 * matches case-insensitively, runs every matching clause and treats arrays element-wise). A case's
 * final `break` is dropped; a `break` anywhere else in a case would leave the wrong construct, and
 * fall-through is not supported: PSC1017.
 */
export function visitSwitch(node: ts.SwitchStatement, ctx: LoweringContext): Stmt[] {
  const before: Stmt[] = [];
  // The discriminant is evaluated once, into a temporary unless it is a plain variable.
  const discriminant = equalityOperand(ctx, node.expression);
  if (discriminant.expr.kind !== 'Var' && !discriminant.literal) {
    const temp = ctx.temp('sw');
    before.push(ps.exprStmt(ps.assign(temp, discriminant.expr)));
    discriminant.expr = temp;
  }
  const clauses: { cond: Expr; body: Stmt[] }[] = [];
  let elseBody: Stmt[] | undefined;
  let pendingTests: ts.Expression[] = [];
  const all = node.caseBlock.clauses;
  all.forEach((clause, index) => {
    const isLast = index === all.length - 1;
    if (ts.isCaseClause(clause)) pendingTests.push(clause.expression);
    if (clause.statements.length === 0 && !isLast) {
      if (ts.isDefaultClause(clause)) ctx.report(clause, 'PSC1017');
      return;
    }
    const body = caseBody(clause, ctx, isLast);
    if (ts.isDefaultClause(clause)) {
      // Cases grouped with default need no test of their own: the else branch covers them.
      elseBody = body;
    } else {
      const tests = pendingTests.map((t) => compareStrict(ctx, discriminant, equalityOperand(ctx, t), false));
      clauses.push({ cond: tests.reduce((acc, t) => ps.binary('-or', acc, t)), body });
    }
    pendingTests = [];
  });
  if (clauses.length === 0) return [...before, ...(elseBody ?? [])];
  return [...before, ps.if(clauses, elseBody)];
}

function caseBody(clause: ts.CaseOrDefaultClause, ctx: LoweringContext, isLast: boolean): Stmt[] {
  const stmts = [...clause.statements];
  const last = stmts[stmts.length - 1];
  const terminates = (s: ts.Statement | undefined): boolean =>
    !!s && (ts.isBreakStatement(s) || ts.isReturnStatement(s) || ts.isThrowStatement(s) || ts.isContinueStatement(s) ||
      (ts.isBlock(s) && terminates(s.statements[s.statements.length - 1])));
  if (!terminates(last) && !isLast) ctx.report(clause, 'PSC1017');
  // `case x: { ...; break; }`: the block's statements are the case's statements.
  while (stmts.length > 0 && ts.isBlock(stmts[stmts.length - 1])) {
    const block = stmts.pop() as ts.Block;
    stmts.push(...block.statements);
  }
  const final = stmts[stmts.length - 1];
  if (final && ts.isBreakStatement(final) && !final.label) stmts.pop();
  for (const s of stmts) checkNoInnerBreak(s, ctx);
  return ctx.stmts(stmts);
}

/** A `break` that targets the switch from inside an if or block would break the enclosing loop instead. */
function checkNoInnerBreak(node: ts.Node, ctx: LoweringContext): void {
  if (ts.isBreakStatement(node) && !node.label) {
    ctx.report(node, 'PSC1017');
    return;
  }
  if (ts.isIterationStatement(node, false) || ts.isSwitchStatement(node) || ts.isFunctionLike(node)) return;
  ts.forEachChild(node, (c) => checkNoInnerBreak(c, ctx));
}
