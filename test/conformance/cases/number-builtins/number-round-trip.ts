// Numbers converted to strings and back (String -> Number, toString -> parseInt) round-trip exactly.
// Pitfall: "R" vs "G15" formatting loses digits; culture decimal separators break parsing.
export function main(): { ok: boolean[]; text: string[] } {
  const xs = [0.1, 1 / 3, 123456.789, 1e21, 1e-7, 5e-324, 2147483648, -0.000001, 9007199254740991, 0.1 + 0.2];
  const ok: boolean[] = [];
  const text: string[] = [];
  for (const x of xs) {
    const s = String(x);
    text.push(s);
    ok.push(Number(s) === x);
  }
  ok.push(parseInt((255).toString(16), 16) === 255, parseInt((4294967295).toString(16), 16) === 4294967295);
  return { ok, text };
}
