// Template strings with numbers, booleans, expressions and nested templates.
// Pitfall: PowerShell formats $true as "True" and doubles with culture/"E" notation; templates must format like JS.
function describe(n: number, ok: boolean): string {
  return `n=${n} ok=${ok} twice=${n * 2} neg=${-n} half=${n / 2}`;
}
export function main(): string[] {
  const a = 3;
  const b = 0.1 + 0.2;
  const flag = a > 2;
  return [
    `a is ${a}`,
    `b is ${b}`,
    `flag is ${flag}, not ${!flag}`,
    `${a}${a}${a}`,
    `sum: ${a + 4}, concat: ${'x' + a + 4}`,
    `nested: ${`inner ${a + 1}`}`,
    describe(7, true),
    describe(-1.5, false),
    `${1e21} ${1e-7} ${-0} ${2147483648} ${0.000001}`,
    `${''}`,
    ``,
  ];
}
