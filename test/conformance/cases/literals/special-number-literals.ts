// Special numeric values: -0, MAX_SAFE_INTEGER, the smallest denormal, the largest double, values at 2^31/2^32/2^53.
// Pitfall: [int]/[long]/[double] literal typing in PowerShell, and "E" formatting of extremes.
export function main(): { json: number[]; text: string[] } {
  const json = [-0, Number.MAX_SAFE_INTEGER, 5e-324, 1.7976931348623157e308, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296, 9007199254740992, 9007199254740993];
  const text: string[] = [];
  for (const v of json) {
    text.push(String(v));
  }
  return { json, text };
}
