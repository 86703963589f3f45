import { ts } from 'ts-morph';
import { ps, type Expr, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { destructure } from './variable-statement.js';
import { newList } from '../values.js';

/**
 * `for (const x of xs)` -> `foreach`. Strings iterate by code point (as JS does); Maps and
 * `map.entries()` iterate DictionaryEntry pairs, destructured into `[key, value]`.
 */
export function visitForOf(node: ts.ForOfStatement, ctx: LoweringContext): Stmt[] {
  if (node.awaitModifier) ctx.report(node, 'PSC1003');
  const init = node.initializer;
  if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) {
    ctx.report(init, 'PSC1001', 'for-of over an existing variable');
    return [];
  }
  if (!(init.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) ctx.report(init, 'PSC1027');
  const decl = init.declarations[0];
  const { collection, entries } = iterable(node.expression, ctx);
  const prologue: Stmt[] = [];
  let loopVar: Expr & { kind: 'Var' };
  if (ts.isIdentifier(decl.name)) {
    if (entries) {
      loopVar = ctx.temp('e');
      prologue.push(ps.exprStmt(ps.assign(ctx.local(decl, decl.name.text), newList([ps.member(loopVar, 'Key'), ps.member(loopVar, 'Value')]))));
    } else {
      loopVar = ctx.local(decl, decl.name.text);
    }
  } else {
    loopVar = ctx.temp('e');
    if (entries && ts.isArrayBindingPattern(decl.name)) {
      const parts = ['Key', 'Value'];
      decl.name.elements.forEach((el, i) => {
        if (ts.isOmittedExpression(el)) return;
        if (i > 1 || el.dotDotDotToken || el.initializer || !ts.isIdentifier(el.name)) {
          ctx.report(el, 'PSC1028');
          return;
        }
        prologue.push(ps.exprStmt(ps.assign(ctx.local(el, el.name.text), ps.member(loopVar, parts[i]))));
      });
    } else {
      prologue.push(...destructure(decl.name, loopVar, ctx));
    }
  }
  return [ps.foreach(loopVar, collection, [...prologue, ...ctx.body(node.statement)])];
}

function iterable(node: ts.Expression, ctx: LoweringContext): { collection: Expr; entries: boolean } {
  const t = ctx.type(node);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.arguments.length === 0) {
    const receiverType = ctx.type(node.expression.expression);
    if (receiverType.kind === 'map' && node.expression.name.text === 'entries') {
      return { collection: ps.invoke(ctx.expr(node.expression.expression), 'GetEnumerator', []), entries: true };
    }
  }
  switch (t.kind) {
    case 'array':
    case 'bytes':
      return { collection: ctx.expr(node), entries: false };
    case 'string':
      return { collection: ctx.helper('__codePoints', [ctx.expr(node)]), entries: false };
    case 'map':
      return { collection: ps.invoke(ctx.expr(node), 'GetEnumerator', []), entries: true };
  }
  // map.keys() / map.values() have iterator types; they lower to the dictionary's collections.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ctx.type(node.expression.expression).kind === 'map') {
    return { collection: ctx.expr(node), entries: false };
  }
  ctx.report(node, 'PSC1001', `for-of over ${ctx.checker.typeToString(ctx.checker.getTypeAtLocation(node))}`);
  return { collection: ps.null(), entries: false };
}
