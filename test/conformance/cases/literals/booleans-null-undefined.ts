// Literals true/false/null/undefined in arrays and objects, and their String() forms.
// Pitfall: null is [DBNull] and undefined is $null on the PowerShell side; JSON must show null / omit.
export function main(): { arr: (boolean | null | undefined)[]; obj: { t: boolean; f: boolean; n: null; u: undefined }; text: string[] } {
  const arr: (boolean | null | undefined)[] = [true, false, null, undefined];
  const obj = { t: true, f: false, n: null, u: undefined };
  const text = [String(true), String(false), String(null), String(undefined), `${true}|${false}|${null}|${undefined}`];
  return { arr, obj, text };
}
