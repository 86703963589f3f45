/**
 * Validation: the rules that name constructs outside the subset with a specific code before
 * lowering runs (lowering reports what only it can see, e.g. non-boolean conditions and builtins).
 */
import { ts } from 'ts-morph';
import type { ValidationContext, ValidationRule } from './rule.js';
import { noClass } from './rules/no-class.js';
import { noAsync } from './rules/no-async.js';
import { noGenerator } from './rules/no-generator.js';
import { noRegex } from './rules/no-regex.js';
import { noAny } from './rules/no-any.js';
import { noForIn } from './rules/no-for-in.js';
import { noDate } from './rules/no-date.js';
import { noAccessors } from './rules/no-accessors.js';
import { noLabels } from './rules/no-labels.js';
import { noDelete } from './rules/no-delete.js';
import { noThis } from './rules/no-this.js';
import { noTypeof } from './rules/no-typeof.js';
import { importSources } from './rules/import-sources.js';
import { noBigintSymbol } from './rules/no-bigint-symbol.js';
import { reservedIdentifiers } from './rules/reserved-identifiers.js';
import { noEnum } from './rules/no-enum.js';

export const validationRules: ValidationRule[] = [
  noClass, noAsync, noGenerator, noRegex, noAny, noForIn, noDate, noAccessors, noLabels,
  noDelete, noThis, noTypeof, importSources, noBigintSymbol, reservedIdentifiers, noEnum,
];

const byKind = new Map<ts.SyntaxKind, ValidationRule[]>();
for (const r of validationRules) for (const k of r.kinds) byKind.set(k, [...(byKind.get(k) ?? []), r]);

export function validateFile(sf: ts.SourceFile, v: ValidationContext): void {
  const visit = (node: ts.Node): void => {
    for (const rule of byKind.get(node.kind) ?? []) rule.check(node, v);
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
