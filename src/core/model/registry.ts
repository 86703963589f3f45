/**
 * The registry as core sees it: keys and typed values with their raw bytes, in source order. Every
 * source (live registry, .reg file, backup) becomes a RegistrySnapshot; catalogs are built from it.
 */
import type { Bytes } from '../../host/primitives.js';

/** REG_* type numbers as Windows defines them; any other number is kept as is (hex(N) in .reg). */
export const REG_NONE = 0;
export const REG_SZ = 1;
export const REG_EXPAND_SZ = 2;
export const REG_BINARY = 3;
export const REG_DWORD = 4;
export const REG_DWORD_BIG_ENDIAN = 5;
export const REG_LINK = 6;
export const REG_MULTI_SZ = 7;
export const REG_QWORD = 11;

export interface RegistryValue {
  /** The value name; '' is the key's default value (`@` in a .reg file). */
  name: string;
  /** The REG_* type number. */
  type: number;
  /** The data exactly as the registry stores it (strings: UTF-16LE including the terminating NUL). */
  data: Bytes;
}

export interface RegistryKey {
  /** The full key path as the source names it, root included (`HKEY_LOCAL_MACHINE\SYSTEM\...`). */
  path: string;
  values: RegistryValue[];
}

/** A registry subtree: keys in source order, each with its values in source order. */
export interface RegistrySnapshot {
  keys: RegistryKey[];
}
