// Functions returning undefined / null stored into object properties and arrays, then serialized.
// Pitfall: a call returning nothing in PowerShell may leave the property missing or the array shorter.
function none(): undefined {
  return undefined;
}
function nul(): null {
  return null;
}
export function main(): { arr: (undefined | null)[]; obj: { u: undefined; n: null }; len: number } {
  const arr = [none(), nul(), none()];
  return { arr, obj: { u: none(), n: nul() }, len: arr.length };
}
