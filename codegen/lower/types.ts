/**
 * Static type classification: the lowering chooses PowerShell operators by the TypeScript type of
 * each operand, because PowerShell's own operators coerce and compare case-insensitively.
 */
import { ts } from 'ts-morph';

export type ValueKind = 'number' | 'string' | 'boolean' | 'array' | 'map' | 'bytes' | 'object' | 'function' | 'void' | 'mixed';

export interface TypeInfo {
  /** The kind of the non-nullish part of the type ('mixed' when the parts differ). */
  kind: ValueKind;
  /** May hold undefined. */
  undef: boolean;
  /** May hold null. */
  nul: boolean;
  /** The type is exactly `any` (or `unknown`). */
  any: boolean;
}

function kindOfPart(t: ts.Type, checker: ts.TypeChecker): ValueKind {
  const f = t.flags;
  if (f & (ts.TypeFlags.NumberLike)) return 'number';
  if (f & (ts.TypeFlags.StringLike)) return 'string';
  if (f & (ts.TypeFlags.BooleanLike)) return 'boolean';
  if (f & (ts.TypeFlags.Void)) return 'void';
  if (checker.isArrayType(t) || checker.isTupleType(t)) return 'array';
  const sym = t.getSymbol();
  const name = sym?.getName();
  if (name === 'Map' || name === 'ReadonlyMap') return 'map';
  if (name === 'Uint8Array') return 'bytes';
  if (t.getCallSignatures().length > 0) return 'function';
  if (f & ts.TypeFlags.Object) return 'object';
  return 'mixed';
}

export function typeInfo(t: ts.Type, checker: ts.TypeChecker): TypeInfo {
  const info: TypeInfo = { kind: 'void', undef: false, nul: false, any: false };
  if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return { kind: 'mixed', undef: true, nul: true, any: true };
  const parts = t.isUnion() ? t.types : [t];
  let kind: ValueKind | undefined;
  for (const p of parts) {
    if (p.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) { info.undef = true; continue; }
    if (p.flags & ts.TypeFlags.Null) { info.nul = true; continue; }
    const k = kindOfPart(p, checker);
    kind = kind === undefined ? k : kind === k ? k : 'mixed';
  }
  info.kind = kind ?? 'void';
  return info;
}

export function typeOfNode(node: ts.Node, checker: ts.TypeChecker): TypeInfo {
  return typeInfo(checker.getTypeAtLocation(node), checker);
}

/** Primitive values never unroll in a PowerShell pipeline, so they need no `,` wrapper. */
export function isScalar(info: TypeInfo): boolean {
  return info.kind === 'number' || info.kind === 'string' || info.kind === 'boolean' || info.kind === 'void';
}
