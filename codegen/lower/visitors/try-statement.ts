import { ts } from 'ts-morph';
import { ps, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/**
 * `try { } catch (e) { } finally { }` -> PowerShell's own try/catch/finally. Core throws only
 * `new Error(message)` and the host primitives throw messages with IDs, so the message is the one
 * thing both engines agree on: the catch variable becomes `[pscustomobject]@{ message = ... }` and
 * may only be read as `(e as Error).message` (PSC1011 otherwise). Every generated script runs with
 * $ErrorActionPreference = 'Stop', so any error reaches the catch block as it would in JS.
 */
export function visitTry(node: ts.TryStatement, ctx: LoweringContext): Stmt[] {
  const clause = node.catchClause;
  let catchBody: Stmt[] | undefined;
  if (clause) {
    catchBody = [];
    const decl = clause.variableDeclaration;
    if (decl) {
      if (!ts.isIdentifier(decl.name)) {
        ctx.report(decl, 'PSC1011');
      } else {
        checkCatchVariableUses(decl.name, clause.block, ctx);
        // GetBaseException(): a throw inside a function called through its script block (ps.call)
        // arrives wrapped in MethodInvocationException(s); the innermost exception is the one thrown.
        const message = ps.cast('string', ps.member(ps.invoke(ps.member(ps.var('_'), 'Exception'), 'GetBaseException', []), 'Message'));
        catchBody.push(ps.exprStmt(ps.assign(ctx.local(decl, decl.name.text), ps.hash([{ key: 'message', value: message }], 'pscustomobject'))));
      }
    }
    catchBody.push(...ctx.stmts(clause.block.statements));
  }
  const finallyBody = node.finallyBlock ? ctx.stmts(node.finallyBlock.statements) : undefined;
  return [ps.try(ctx.stmts(node.tryBlock.statements), catchBody, finallyBody)];
}

/** Every use of the catch variable must be `(e as Error).message`. */
function checkCatchVariableUses(name: ts.Identifier, block: ts.Block, ctx: LoweringContext): void {
  const target = ctx.symbolOf(name);
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n.text === name.text && ctx.symbolOf(n) === target && !isMessageRead(n)) ctx.report(n, 'PSC1011');
    n.forEachChild(visit);
  };
  block.forEachChild(visit);
}

function isMessageRead(id: ts.Identifier): boolean {
  const as = id.parent;
  if (!ts.isAsExpression(as) || as.type.getText() !== 'Error') return false;
  const paren = as.parent;
  if (!ts.isParenthesizedExpression(paren)) return false;
  const access = paren.parent;
  return ts.isPropertyAccessExpression(access) && access.expression === paren && access.name.text === 'message';
}
