import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { newList } from '../values.js';

/**
 * `{ a: 1, b }` -> `[pscustomobject]@{ a = 1; b = $b }` (the parser keeps the order). Optional
 * properties of the contextual type that the literal leaves out are added as $null (undefined), so
 * a later `o.p = v` finds the property; JSON and Object.keys skip $null-valued properties.
 */
export function visitObjectLiteral(node: ts.ObjectLiteralExpression, ctx: LoweringContext): Expr {
  if (node.properties.some((p) => ts.isSpreadAssignment(p))) return objectSpread(node, ctx);
  const entries: { key: string; value: Expr }[] = [];
  const seen = new Map<string, string>();
  const add = (key: string, value: Expr, at: ts.Node) => {
    const lower = key.toLowerCase();
    if (key === '' || RESERVED_MEMBERS.has(lower)) ctx.report(at, 'PSC1043', key);
    const previous = seen.get(lower);
    if (previous !== undefined && previous !== key) ctx.report(at, 'PSC1019', previous, key);
    seen.set(lower, key);
    entries.push({ key, value });
  };
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p)) {
      const key = propertyName(p.name);
      if (key === undefined) {
        ctx.report(p.name, 'PSC1018');
        continue;
      }
      add(key, ctx.expr(p.initializer), p);
    } else if (ts.isShorthandPropertyAssignment(p)) {
      add(p.name.text, ctx.expr(p.name), p);
    } else if (ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) {
      ctx.report(p, 'PSC1010');
    } else {
      ctx.report(p, 'PSC1013');
    }
  }
  for (const missing of optionalPropertiesLeftOut(node, ctx, seen)) entries.push({ key: missing, value: ps.null() });
  return ps.hash(jsKeyOrder(entries), 'pscustomobject');
}

/**
 * Names PowerShell reserves on every object, and the methods every object has: a note property named
 * `gettype` hides GetType() from the runtime and from formatting.
 */
const RESERVED_MEMBERS = new Set(['psobject', 'psbase', 'psadapted', 'psextended', 'pstypenames', 'gettype', 'tostring', 'equals', 'gethashcode']);

/** JS orders integer-like keys ("0", "10") first, ascending, then the others as written. */
function jsKeyOrder<T extends { key: string }>(entries: T[]): T[] {
  const isIndex = (k: string) => /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
  const indexed = entries.filter((e) => isIndex(e.key)).sort((a, b) => Number(a.key) - Number(b.key));
  return [...indexed, ...entries.filter((e) => !isIndex(e.key))];
}

/**
 * `{ ...a, k: v }`: the parts merged by __objSpread in JS order (a later property replaces the value
 * and keeps the first position); only objects may be spread.
 */
function objectSpread(node: ts.ObjectLiteralExpression, ctx: LoweringContext): Expr {
  const parts: Expr[] = [];
  const literal: Expr[] = [];
  let pending: ts.ObjectLiteralElementLike[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    parts.push(plainObject(pending, ctx));
    literal.push(ps.bool(true));
    pending = [];
  };
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      flush();
      if (ctx.type(p.expression).kind !== 'object') ctx.report(p, 'PSC1025');
      parts.push(ctx.expr(p.expression));
      literal.push(ps.bool(false));
    } else {
      pending.push(p);
    }
  }
  flush();
  const fill = optionalPropertiesLeftOut(node, ctx, new Map()).map((n) => ps.str(n) as Expr);
  return ctx.helper('__objSpread', [newList(parts), newList(literal), newList(fill)]);
}

/** The literal properties between spreads, as one object (no optional-property filling). */
function plainObject(props: ts.ObjectLiteralElementLike[], ctx: LoweringContext): Expr {
  const entries: { key: string; value: Expr }[] = [];
  for (const p of props) {
    if (ts.isPropertyAssignment(p)) {
      const key = propertyName(p.name);
      if (key === undefined) ctx.report(p.name, 'PSC1018');
      else entries.push({ key, value: ctx.expr(p.initializer) });
    } else if (ts.isShorthandPropertyAssignment(p)) {
      entries.push({ key: p.name.text, value: ctx.expr(p.name) });
    } else {
      ctx.report(p, 'PSC1001', 'object member');
    }
  }
  return ps.hash(entries, 'pscustomobject');
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

function optionalPropertiesLeftOut(node: ts.ObjectLiteralExpression, ctx: LoweringContext, seen: Map<string, string>): string[] {
  const contextual = ctx.checker.getContextualType(node);
  if (!contextual) return [];
  const out: string[] = [];
  const types = contextual.isUnion() ? contextual.types : [contextual];
  for (const t of types) {
    if (!(t.flags & ts.TypeFlags.Object)) continue;
    for (const prop of ctx.checker.getPropertiesOfType(t)) {
      const name = prop.getName();
      if (seen.has(name.toLowerCase()) || out.includes(name)) continue;
      if (prop.flags & ts.SymbolFlags.Optional) out.push(name);
    }
  }
  return out;
}
