// let declared inside a loop body starts fresh each iteration; a const in an if block is independent.
// Pitfall: PowerShell has no block scope: a variable set in one iteration survives into the next.
export function main(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    let acc: number | undefined;
    if (i === 1) {
      acc = 42;
    }
    out.push(`i=${i} acc=${acc}`);
    let count = 0;
    count++;
    out.push(`count=${count}`);
  }
  return out;
}
