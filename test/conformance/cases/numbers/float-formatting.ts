// Number to string exactly like JS: shortest round-trip digits, exponent from 1e21 and below 1e-6.
// Pitfall: .NET "R"/"G17" give 0.30000000000000004 but "1E+21", "1E-07" and culture decimal commas.
export function main(): { text: string[]; json: number[] } {
  const json = [
    0.1 + 0.2, 1e21, 1e-7, 1.5e-7, 123e-20, 1 / 3, 2 / 3, 100, 1e20, 1.23e21, 0.000001, 0.0000001, 1e100, -1e-7,
    123456789.123, 4.35, 0.1 * 3, 1.005 * 1000, 999999999999999900000, 12345678901234567890, 0.5, -1.5, 3.0, 1e-6 * 10,
    1.7976931348623157e308, 1e21 - 1e5, 0.1 + 0.7, 1 - 0.9,
  ];
  const text: string[] = [];
  for (const v of json) {
    text.push(String(v));
    text.push(`${v}`);
    text.push(v.toString());
    text.push('' + v);
  }
  return { text, json };
}
