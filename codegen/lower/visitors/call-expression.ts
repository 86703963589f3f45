import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { lowerBuiltinCall } from '../builtins/index.js';
import { isHostObject } from './property-access.js';

/**
 * Calls: core functions (`ts_name`), host primitives (`host_name`) and builtins: hot ones through
 * their bound delegates (ps.call), recursive and cold ones by name (see call-graph.ts). Arguments are
 * passed positionally and never unrolled.
 */
export function visitCall(node: ts.CallExpression, ctx: LoweringContext): Expr {
  if (node.questionDotToken) {
    ctx.report(node, 'PSC1037');
    return ps.null();
  }
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && isHostObject(callee.expression, ctx)) {
    const signature = ctx.checker.getResolvedSignature(node)?.getDeclaration();
    const args = lowerArguments(node, ctx);
    return ctx.primitive(callee.name.text, args, signature ? signature.parameters.length : args.length);
  }
  const builtin = lowerBuiltinCall(node, ctx);
  if (builtin) return builtin;
  if (ts.isIdentifier(callee)) {
    const decl = ctx.declarationOf(callee);
    if (decl && ts.isFunctionDeclaration(decl) && decl.body && ctx.isCompiledFile(decl.getSourceFile())) {
      const caller = ts.findAncestor(node, ts.isFunctionDeclaration);
      // Hot callees through their delegate, recursion and the rest by name: see call-graph.ts.
      const hot = ctx.callGraph.isHotFunction(decl) && !(caller && ctx.callGraph.isRecursiveCall(caller, decl));
      return ctx.callFunction(ctx.functionNameFor(decl), lowerArguments(node, ctx), decl.parameters.length, hot);
    }
  }
  ctx.report(callee, 'PSC1020', callee.getText());
  return ps.null();
}

function lowerArguments(node: ts.CallExpression, ctx: LoweringContext): Expr[] {
  return node.arguments.map((a) => {
    if (ts.isSpreadElement(a)) {
      ctx.report(a, 'PSC1025');
      return ps.null();
    }
    return ctx.expr(a);
  });
}
