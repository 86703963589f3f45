/**
 * Reading and changing single values of a snapshot while a repair plan is built (each change gives a
 * new snapshot; the registry itself is only written when the plan is applied).
 */
import { host } from '../../host/host.js';
import type { RegistryKey, RegistrySnapshot, RegistryValue } from '../model/registry.js';
import { REG_DWORD } from '../model/registry.js';
import { applyOperations } from '../registry/apply-operation.js';
import { setValueOperation } from '../registry/registry-operation.js';
import { keyMatchForm } from '../registry/key-order.js';
import { dwordBytes } from '../formats/reg/hex.js';

export function keyAt(s: RegistrySnapshot, path: string): RegistryKey | undefined {
  const form = keyMatchForm(path);
  return s.keys.find((k) => keyMatchForm(k.path) === form);
}

export function valueOf(key: RegistryKey | undefined, name: string): RegistryValue | undefined {
  if (key === undefined) return undefined;
  const upper = name.toUpperCase();
  return key.values.find((v) => v.name.toUpperCase() === upper);
}

/** A REG_DWORD value as a number, or null when missing or not 4 bytes. */
export function dwordOf(key: RegistryKey | undefined, name: string): number | null {
  const v = valueOf(key, name);
  if (v === undefined || v.data.length !== 4) return null;
  return host.readU32LE(v.data, 0);
}

export function dwordValue(name: string, n: number): RegistryValue {
  return { name, type: REG_DWORD, data: dwordBytes(n) };
}

export function withDword(s: RegistrySnapshot, keyPath: string, name: string, n: number): RegistrySnapshot {
  return applyOperations(s, [setValueOperation(keyPath, dwordValue(name, n))]);
}
