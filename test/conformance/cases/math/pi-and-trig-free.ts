// Math.PI in arithmetic and formatting: circle areas, degrees to radians, rounding to digits with Math.round.
// Pitfall: [Math]::PI formatting ("3.14159265358979" with "G") must be the JS shortest form.
function roundTo(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}
export function main(): (number | string)[] {
  return [Math.PI, String(Math.PI), Math.PI * 2, roundTo(Math.PI, 2), roundTo(Math.PI * 100, 0), (180 * Math.PI) / 180, roundTo(1.005, 2), roundTo(2.675, 2)];
}
