// undefined and null elements in arrays: JSON shows both as null; length counts them; indexOf finds them.
// Pitfall: $null elements vanish when a PowerShell array is enumerated or unrolled.
export function main(): { arr: (number | undefined | null)[]; len: number; idxU: number; idxN: number; mapped: string[]; onlyUndef: undefined[] } {
  const arr: (number | undefined | null)[] = [1, undefined, null, 2, undefined];
  return {
    arr,
    len: arr.length,
    idxU: arr.indexOf(undefined),
    idxN: arr.indexOf(null),
    mapped: arr.map((x) => String(x)),
    onlyUndef: [undefined],
  };
}
