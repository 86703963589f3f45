// Number(x) on booleans, null and numbers: true -> 1, false -> 0, null -> 0, numbers unchanged.
// Pitfall: [double]$null is 0 but [double][DBNull]::Value throws; [double]$true is 1.
export function main(): string[] {
  const n: number | null = null;
  const t: boolean = 1 > 0;
  return [String(Number(t)), String(Number(!t)), String(Number(n)), String(Number(2.5)), String(Number(-0))];
}
