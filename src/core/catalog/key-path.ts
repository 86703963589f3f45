/**
 * Registry key paths for the catalog builder. The one spelling of a SYSTEM-hive path is the .reg
 * reader's `normalizeKeyPath` (src/core/formats/reg/key-path.ts: any control set, `HKLM`,
 * hive-relative `\ControlSet001\...`, an offline hive loaded under another name all become
 * `HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\...`), so both agree on what is the SYSTEM hive.
 * This file adds what the builder needs besides: WHICH control set the source named (a full
 * `reg export` of SYSTEM holds ControlSet001 and ControlSet002), and paths given relative to the
 * control set (`Services\WinSock2\...`, as a JSON snapshot may hold them).
 */
import { isControlSetName, normalizeKeyPath } from '../formats/reg/key-path.js';

export interface ControlSetPath {
  /** The control-set segment as the source wrote it (`CurrentControlSet`, `ControlSet001`), or '' when none. */
  controlSet: string;
  /** The path below the control set (`Services\WinSock2\Parameters`), or the whole path when none. */
  rest: string;
  /** The segments of `rest`. */
  restSegments: string[];
}

/** The path's segments without empty ones (leading `\`, doubled `\\`, trailing `\`). */
export function keyPathSegments(path: string): string[] {
  const out: string[] = [];
  for (const s of path.trim().split('\\')) {
    if (s !== '') {
      out.push(s);
    }
  }
  return out;
}

/** Splits a key path into the control set it names and the path below it. */
export function splitControlSet(path: string): ControlSetPath {
  const normalized = normalizeKeyPath(path.trim());
  const segments = keyPathSegments(normalized);
  const mapped =
    segments.length >= 3 && segments[0] === 'HKEY_LOCAL_MACHINE' && segments[1] === 'SYSTEM' && segments[2] === 'CurrentControlSet';
  if (!mapped) {
    return { controlSet: '', rest: segments.join('\\'), restSegments: segments };
  }
  const restSegments = segments.slice(3);
  // normalizeKeyPath finds the set among the first three segments; name it as the source did.
  let controlSet = 'CurrentControlSet';
  const original = keyPathSegments(path);
  const limit = Math.min(3, original.length);
  for (let i = 0; i < limit; i++) {
    if (isControlSetName(original[i])) {
      controlSet = original[i];
      break;
    }
  }
  return { controlSet, rest: restSegments.join('\\'), restSegments };
}

/** Case-insensitive comparison of two key paths after normalisation. */
export function sameKeyPath(a: string, b: string): boolean {
  return normalizeKeyPath(a).toLowerCase() === normalizeKeyPath(b).toLowerCase();
}

