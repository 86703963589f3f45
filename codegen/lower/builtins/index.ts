/**
 * The named set of builtins core may use (docs/subset.md). Anything else on these receivers is
 * PSC1014; calling anything that is not a core function, a host primitive or a builtin is PSC1020.
 */
import { ts } from 'ts-morph';
import { ps, LIST_TYPE, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { toJsString } from '../values.js';
import { arrayMethods } from './array.js';
import { stringMethods } from './string.js';
import { numberMethods, numberStatics, numberConstants } from './number.js';
import { mathStatics, mathConstants } from './math.js';
import { mapMethods } from './map.js';
import { arg, type MethodLowering, type StaticLowering } from './types.js';

const METHODS: Partial<Record<string, Record<string, MethodLowering>>> = {
  array: arrayMethods,
  string: stringMethods,
  number: numberMethods,
  map: mapMethods,
};

const NAMESPACE_STATICS: Record<string, Record<string, StaticLowering>> = {
  Math: mathStatics,
  Number: numberStatics,
  String: {
    fromCharCode: (call, ctx) => {
      if (call.arguments.length === 0) return ps.str('');
      const chars = call.arguments.map((a) => ctx.helper('__fromCharCode', [ctx.expr(a)]));
      return chars.slice(1).reduce((acc, c) => ps.binary('+', acc, c), chars[0]);
    },
  },
  Array: {
    isArray: (call, ctx) => ps.binary('-or', ps.binary('-is', arg(call, 0, ctx), ps.type(LIST_TYPE)), ps.binary('-is', arg(call, 0, ctx), ps.type('object[]'))),
    from: (call, ctx) => {
      if (call.arguments.length !== 1) ctx.report(call, 'PSC1014', 'Array.from with a mapping function');
      return ctx.helper('__arrFrom', [arg(call, 0, ctx)]);
    },
  },
  Object: {
    keys: (call, ctx) => {
      const target = call.arguments[0];
      if (target && hasMaybeUndefinedProperty(ctx.checker.getTypeAtLocation(target), ctx)) {
        ctx.report(call, 'PSC1044', ctx.checker.typeToString(ctx.checker.getTypeAtLocation(target)));
      }
      return ctx.helper('__objectKeys', [arg(call, 0, ctx)]);
    },
  },
};

const NAMESPACE_CONSTANTS: Record<string, Record<string, Expr>> = {
  Math: mathConstants,
  Number: numberConstants,
};

const GLOBAL_FUNCTIONS: Record<string, StaticLowering> = {
  parseInt: (call, ctx) => ctx.helper('__parseInt', [arg(call, 0, ctx), arg(call, 1, ctx)]),
  String: (call, ctx) => (call.arguments[0] ? toJsString(ctx, ctx.expr(call.arguments[0]), ctx.type(call.arguments[0])) : ps.str('')),
  Number: (call, ctx) => ctx.helper('__toNumber', [arg(call, 0, ctx)]),
};

/** True when some property of the type is optional or may hold undefined. */
function hasMaybeUndefinedProperty(t: ts.Type, ctx: LoweringContext): boolean {
  for (const prop of ctx.checker.getPropertiesOfType(t)) {
    if (prop.flags & ts.SymbolFlags.Optional) return true;
    const decl = prop.valueDeclaration ?? prop.declarations?.[0];
    if (!decl) continue;
    const pt = ctx.checker.getTypeOfSymbolAtLocation(prop, decl);
    const parts = pt.isUnion() ? pt.types : [pt];
    if (parts.some((p) => (p.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0)) return true;
  }
  return false;
}

/** Global objects that are namespaces in JS (never values in core). */
export function isNamespace(node: ts.Expression, ctx: LoweringContext): string | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const known = ['Math', 'Number', 'String', 'Array', 'Object', 'JSON', 'console', 'Reflect', 'Promise', 'Symbol', 'Date', 'globalThis', 'process', 'Intl', 'RegExp'];
  if (!known.includes(node.text)) return undefined;
  const decl = ctx.declarationOf(node);
  // A local variable of the same name shadows the global.
  if (decl && !decl.getSourceFile().isDeclarationFile) return undefined;
  return node.text;
}

/** `ns.member` read for a namespace constant, `.length`/`.size` on values. */
export function lowerBuiltinProperty(node: ts.PropertyAccessExpression, ctx: LoweringContext): Expr | undefined {
  const name = node.name.text;
  const ns = isNamespace(node.expression, ctx);
  if (ns) {
    const c = NAMESPACE_CONSTANTS[ns]?.[name];
    if (c) return c;
    ctx.report(node, ns === 'Date' ? 'PSC1008' : 'PSC1014', `${ns}.${name}`);
    return ps.null();
  }
  const t = ctx.type(node.expression);
  switch (t.kind) {
    case 'array':
      if (name === 'length') return ps.member(ctx.expr(node.expression), 'Count');
      break;
    case 'string':
    case 'bytes':
      if (name === 'length') return ps.member(ctx.expr(node.expression), 'Length');
      break;
    case 'map':
      // get_Count(): `$m.Count` would read a key named 'Count' (PowerShell prefers keys).
      if (name === 'size') return ps.invoke(ctx.expr(node.expression), 'get_Count', []);
      break;
    default:
      return undefined;
  }
  ctx.report(node.name, 'PSC1014', `${t.kind}.${name}`);
  return ps.null();
}

/** A call of a builtin method or function, or undefined when the callee is not a builtin. */
export function lowerBuiltinCall(call: ts.CallExpression, ctx: LoweringContext): Expr | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) {
    const decl = ctx.declarationOf(callee);
    const global = GLOBAL_FUNCTIONS[callee.text];
    if (global && (!decl || decl.getSourceFile().isDeclarationFile)) return global(call, ctx);
    return undefined;
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const name = callee.name.text;
  const ns = isNamespace(callee.expression, ctx);
  if (ns) {
    const f = NAMESPACE_STATICS[ns]?.[name];
    if (f) return f(call, ctx);
    if (ns === 'Date') ctx.report(callee, 'PSC1008');
    else if (ns === 'console' || ns === 'process' || ns === 'globalThis' || ns === 'Promise') ctx.report(callee, 'PSC1020', `${ns}.${name}`);
    else ctx.report(callee, 'PSC1014', `${ns}.${name}`);
    return ps.null();
  }
  const t = ctx.type(callee.expression);
  const table = METHODS[t.kind];
  if (!table) return undefined;
  const method = table[name];
  if (!method) {
    ctx.report(callee.name, 'PSC1014', `${t.kind}.${name}`);
    return ps.null();
  }
  return method(ctx.expr(callee.expression), call, ctx);
}
