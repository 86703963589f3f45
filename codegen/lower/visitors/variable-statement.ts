import { ts } from 'ts-morph';
import { ps, type Expr, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/** `const x = v;` `let y;` and the destructuring forms `const [a, b] = xs` / `const { p, q } = o`. */
export function visitVariableStatement(node: ts.VariableStatement, ctx: LoweringContext): Stmt[] {
  return lowerDeclarationList(node.declarationList, ctx);
}

export function lowerDeclarationList(list: ts.VariableDeclarationList, ctx: LoweringContext): Stmt[] {
  if (!(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) ctx.report(list, 'PSC1027');
  return list.declarations.flatMap((d) => lowerDeclaration(d, ctx));
}

function lowerDeclaration(d: ts.VariableDeclaration, ctx: LoweringContext): Stmt[] {
  const value = d.initializer ? ctx.expr(d.initializer) : ps.null();
  if (ts.isIdentifier(d.name)) return [ps.exprStmt(ps.assign(ctx.local(d, d.name.text), value))];
  return destructure(d.name, value, ctx);
}

/** Binds the names of a pattern from `value` (evaluated once into a temporary unless it is a variable). */
export function destructure(pattern: ts.BindingName, value: Expr, ctx: LoweringContext): Stmt[] {
  if (ts.isIdentifier(pattern)) return [];
  const out: Stmt[] = [];
  let source = value;
  if (value.kind !== 'Var') {
    source = ctx.temp('d');
    out.push(ps.exprStmt(ps.assign(source, value)));
  }
  if (ts.isArrayBindingPattern(pattern)) {
    pattern.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (el.dotDotDotToken || el.initializer || !ts.isIdentifier(el.name)) {
        ctx.report(el, 'PSC1028');
        return;
      }
      out.push(ps.exprStmt(ps.assign(ctx.local(el, el.name.text), ps.index(source, ps.num(String(i))))));
    });
    return out;
  }
  for (const el of pattern.elements) {
    const prop = el.propertyName ?? el.name;
    if (el.dotDotDotToken || el.initializer || !ts.isIdentifier(el.name) || !(ts.isIdentifier(prop) || ts.isStringLiteral(prop))) {
      ctx.report(el, 'PSC1028');
      continue;
    }
    out.push(ps.exprStmt(ps.assign(ctx.local(el, el.name.text), ps.member(source, prop.text))));
  }
  return out;
}

