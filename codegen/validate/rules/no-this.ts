import { ts } from 'ts-morph';
import type { ValidationRule } from '../rule.js';

export const noThis: ValidationRule = {
  name: 'no-this',
  kinds: [ts.SyntaxKind.ThisKeyword],
  check: (node, v) => {
    // Inside a class the class itself is already reported.
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isClassLike(n)) return;
    v.diagnostics.report(node, 'PSC1026');
  },
};
