// String.fromCharCode with one and several arguments, surrogate halves, values above 0xFFFF (mod 2^16), NUL.
// Pitfall: [char] casts throw above 0xFFFF; lone surrogates must survive.
export function main(): { s: string[]; lens: number[] } {
  const s = [
    String.fromCharCode(72, 105), String.fromCharCode(0x4e2d, 0x6587), String.fromCharCode(0xd83d, 0xde00), String.fromCharCode(0),
    String.fromCharCode(0x10041), String.fromCharCode(65.9), String.fromCharCode(), String.fromCharCode(0xd800),
  ];
  const lens: number[] = [];
  for (const x of s) {
    lens.push(x.length);
  }
  return { s, lens };
}
