/**
 * Registry key paths as the sources spell them, reduced to one form so catalogs can be found in any
 * of them: `HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\...`, `HKLM\SYSTEM\ControlSet001\...`,
 * hive-relative `\ControlSet001\...` (offline tools exporting a loaded SYSTEM hive),
 * `HKEY_LOCAL_MACHINE\<any hive name>\ControlSet002\...`. Comparison is case-insensitive.
 *
 * Stand-in until the .reg reader publishes `normalizeKeyPath` in src/core/formats/reg/; this one is
 * used by the catalog builder (it also needs to know WHICH control set a path names).
 */

export interface ControlSetPath {
  /** The control-set segment as written (`CurrentControlSet`, `ControlSet001`), or '' when none. */
  controlSet: string;
  /** The path below the control set (`Services\WinSock2\Parameters`), or the whole path when none. */
  rest: string;
  /** The segments of `rest`. */
  restSegments: string[];
}

/** true for `CurrentControlSet` and `ControlSetNNN` (any case). */
export function isControlSetName(segment: string): boolean {
  // Length first: most segments are neither, and PowerShell pays for every helper call.
  const n = segment.length;
  if (n !== 13 && n !== 17) {
    return false;
  }
  const lower = segment.toLowerCase();
  if (n === 17) {
    return lower === 'currentcontrolset';
  }
  if (!lower.startsWith('controlset')) {
    return false;
  }
  const digits = '0123456789';
  return digits.includes(lower.charAt(10)) && digits.includes(lower.charAt(11)) && digits.includes(lower.charAt(12));
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

/** Splits off the control set: looked for among the first three segments (root, hive, set). */
export function splitControlSet(path: string): ControlSetPath {
  const segments = keyPathSegments(path);
  const limit = Math.min(3, segments.length);
  for (let i = 0; i < limit; i++) {
    if (isControlSetName(segments[i])) {
      const restSegments = segments.slice(i + 1);
      return { controlSet: segments[i], rest: restSegments.join('\\'), restSegments };
    }
  }
  return { controlSet: '', rest: segments.join('\\'), restSegments: segments };
}

/**
 * One spelling for a key path: any control set becomes `HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet`,
 * `HKLM` becomes `HKEY_LOCAL_MACHINE`; other segments keep their case. Compare results with
 * `sameKeyPath` (or lower-case them).
 */
export function normalizeKeyPathLocal(path: string): string {
  const split = splitControlSet(path);
  if (split.controlSet !== '') {
    const head = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet';
    return split.rest === '' ? head : `${head}\\${split.rest}`;
  }
  const segments = keyPathSegments(path);
  if (segments.length > 0 && segments[0].toLowerCase() === 'hklm') {
    segments[0] = 'HKEY_LOCAL_MACHINE';
  }
  return segments.join('\\');
}

/** Case-insensitive comparison of two key paths after normalisation. */
export function sameKeyPath(a: string, b: string): boolean {
  return normalizeKeyPathLocal(a).toLowerCase() === normalizeKeyPathLocal(b).toLowerCase();
}
