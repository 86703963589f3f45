/**
 * One change to the registry, the unit the registry store applies and counts as one write: create
 * a key, delete a key with all its subkeys, set a value (with its type and raw data), delete a value.
 * Plans, restores and rollbacks are ordered lists of these.
 */
import type { RegistryValue } from '../model/registry.js';

export type RegistryAction = 'createKey' | 'deleteKeyTree' | 'setValue' | 'deleteValue';

export interface RegistryOperation {
  action: RegistryAction;
  /** The full key path (`HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\...`). */
  path: string;
  /** setValue: the value (name, type, data); deleteValue: the value whose name is deleted; else undefined. */
  value: RegistryValue | undefined;
}

export function createKeyOperation(path: string): RegistryOperation {
  return { action: 'createKey', path, value: undefined };
}

export function deleteKeyTreeOperation(path: string): RegistryOperation {
  return { action: 'deleteKeyTree', path, value: undefined };
}

export function setValueOperation(path: string, value: RegistryValue): RegistryOperation {
  return { action: 'setValue', path, value };
}

export function deleteValueOperation(path: string, value: RegistryValue): RegistryOperation {
  return { action: 'deleteValue', path, value };
}

/** One line for logs and error messages: `setValue HKEY_...\Parameters Serial_Access_Num`. */
export function describeOperation(op: RegistryOperation): string {
  return op.value === undefined ? `${op.action} ${op.path}` : `${op.action} ${op.path} '${op.value.name}'`;
}
