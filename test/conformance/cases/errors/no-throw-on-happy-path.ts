// A function that throws on bad input is called only with good input: no error, normal result.
// Pitfall: a throw statement in an untaken branch must not run (or be hoisted) in PowerShell.
function parsePort(s: string): number {
  const n = parseInt(s, 10);
  if (Number.isNaN(n) || n < 0 || n > 65535) {
    throw new Error(`invalid port: ${s}`);
  }
  return n;
}
export function main(): number[] {
  return ['80', '443', '0', '65535'].map((s) => parsePort(s));
}
